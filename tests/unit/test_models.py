"""Model-side code that needs no model: label mapping, load errors, the bounded cache."""
import numpy as np
import pytest

from consistency.models.cache import LRUCache
from consistency.models.nli import LABELS, NLIModel, RoutedNLI, label_order
from consistency.types import InputError


def test_label_order_follows_id2label():
    assert label_order({0: "CONTRADICTION", 1: "ENTAILMENT", 2: "NEUTRAL"}) == ["contradiction", "entailment", "neutral"]
    assert label_order({"0": "entailment", "1": "neutral", "2": "contradiction"}) == list(LABELS)
    with pytest.raises(InputError):
        label_order({0: "LABEL_0", 1: "LABEL_1"})


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="could not be loaded"):
        NLIModel(str(tmp_path / "no-such-model"))


class Squares:
    def __init__(self):
        self.batches = []

    def __call__(self, keys):
        self.batches.append(keys)
        return [k * k for k in keys]


def test_cache_computes_only_missing_keys_in_one_batch():
    cache, compute = LRUCache(10), Squares()
    assert cache.lookup([3, 1, 3, 2], compute) == {3: 9, 1: 1, 2: 4}
    assert cache.lookup([2, 4, 1], compute) == {2: 4, 4: 16, 1: 1}
    assert compute.batches == [[3, 1, 2], [4]]


def test_cache_drops_the_least_recently_used():
    cache, compute = LRUCache(2), Squares()
    cache.lookup([1, 2], compute)
    cache.lookup([1], compute)  # 1 is now more recent than 2
    cache.lookup([3], compute)
    assert 1 in cache and 3 in cache and 2 not in cache and len(cache) == 2


def test_cache_smaller_than_a_batch_still_answers_every_key():
    cache, compute = LRUCache(2), Squares()
    assert cache.lookup([1, 2, 3, 4, 5], compute) == {k: k * k for k in range(1, 6)}
    assert len(cache) == 2 and 5 in cache
    off = LRUCache(0)
    assert off.lookup([1, 2], compute) == {1: 1, 2: 4} and len(off) == 0


class Recorder:
    """An NLI stand-in that answers one fixed row and keeps the pairs it was given."""

    def __init__(self, row):
        self.row, self.pairs = row, []
        self.name, self.backend, self.dtype, self.int8, self.device = "rec", "torch", "float32", False, "cpu"
        self.batch_size, self.max_length = 32, 256

    def predict(self, pairs, batch_size=None, show_progress_bar=False):
        self.pairs += pairs
        return np.array([self.row] * len(pairs), dtype=np.float32)


def test_pairs_go_to_the_model_of_their_kind():
    near_model, reworded_model = Recorder([1, 0, 0]), Recorder([0, 0, 1])
    judge = RoutedNLI(near_model, reworded_model, ratio=0.8)
    near = ("The bank raised rates on Tuesday.", "The bank cut rates on Tuesday.")
    reworded = ("The bank raised rates on Tuesday.", "Rates went up, the central bank said.")
    rows = judge.predict([near, reworded, near[::-1], reworded[::-1]])
    assert [LABELS[int(r.argmax())] for r in rows] == ["entailment", "contradiction"] * 2
    assert near_model.pairs == [near, near[::-1]]
    assert reworded_model.pairs == [reworded, reworded[::-1]]
    assert judge.score(*reworded)["contradiction"] == 1.0 and judge.predict([]).shape == (0, 3)


def test_a_checker_routes_only_when_rewordings_have_a_model():
    from consistency.checker import ConsistencyChecker

    checker = ConsistencyChecker()
    checker._nli = Recorder([0, 1, 0])
    assert checker.judge is checker.nli
    assert checker.score(["a b c", "a b c d"], ["x y z", "a b c e"])[0]["neutral"] == 1.0
    routed = ConsistencyChecker(reworded_nli_model="rewordings-model")
    routed._nli, routed._judge = Recorder([1, 0, 0]), None
    routed._load_nli = lambda name: Recorder([0, 0, 1])
    assert isinstance(routed.judge, RoutedNLI) and routed.judge.near is routed._nli
    assert routed.score("The bank raised rates.", "Rates went up, officials said.")["contradiction"] == 1.0
