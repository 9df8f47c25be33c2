"""The shipped NLI model: loads offline, gets the obvious pairs right (label mapping and load errors:
tests/unit/test_models.py)."""
import pytest

from consistency.models.nli import LABELS, NLIModel, default_nli_model
from consistency.types import InputError

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nli(checker):
    return checker.nli


def test_shipped_model_is_found_offline(nli):
    assert nli.name == default_nli_model()
    assert [nli.config.id2label[i] for i in range(3)] == list(LABELS)


@pytest.mark.parametrize("premise,hypothesis,expected", [
    ("Russia has claimed a fifth of Ukraine, annexations the West and Ukraine say they will never accept.",
     "Russia has claimed a fifth of Ukraine, annexations the West and Ukraine say they will ever accept.",
     "contradiction"),
    ("The central bank raised interest rates on Friday.", "The central bank raised interest rates on Friday.",
     "entailment"),
    ("The central bank raised interest rates on Friday.", "The central bank cut interest rates on Friday.",
     "contradiction"),
    ("The storm killed 40 people in the north of the country.",
     "The storm killed 14 people in the north of the country.", "contradiction"),
    ("A man is playing a guitar on stage.", "A man is playing an instrument.", "entailment"),
])
def test_obvious_pairs(nli, premise, hypothesis, expected):
    probs = nli.score(premise, hypothesis)
    assert set(probs) == set(LABELS) and abs(sum(probs.values()) - 1) < 1e-4
    assert max(probs, key=probs.get) == expected, probs


def test_batched_scores_match_single(checker):
    pairs = [("It rained in Paris.", "It was dry in Paris."), ("Tom bought a car.", "Tom bought a vehicle.")]
    batched = checker.score([p for p, _ in pairs], [h for _, h in pairs])
    for (p, h), got in zip(pairs, batched):
        single = checker.score(p, h)
        assert all(abs(single[k] - got[k]) < 1e-4 for k in LABELS)
    with pytest.raises(InputError):
        checker.score(["a"], ["b", "c"])


def test_int8_option_keeps_the_obvious_labels():
    fast = NLIModel(int8=True, device="cpu")
    probs = fast.score("The central bank raised interest rates on Friday.",
                       "The central bank cut interest rates on Friday.")
    assert max(probs, key=probs.get) == "contradiction"
