"""Pins the shipped NLI model's probabilities on fixed pairs, so that a silent change of the
weights, the tokenizer or the label mapping fails here. After a deliberate retraining that
`make eval-nli` shows to be better, refresh the pins with

    .venv/bin/python tests/integration/test_nli_pinned.py --update
"""
import json
import sys
from pathlib import Path

import pytest

from consistency.eval.nli_sets import ISSUE_EXAMPLES

PINS = Path(__file__).with_name("nli_pinned.json")
TOLERANCE = 0.02  # fp16 weights run in fp32: other CPUs and BLAS builds differ in the third decimal

# The issue-8 table (both ways) plus a few pairs the checker's own tests rely on.
PAIRS = [(p, h) for p, h, _ in ISSUE_EXAMPLES] + [
    ("Russia has claimed a fifth of Ukraine, annexations the West and Ukraine say they will never accept.",
     "Russia has claimed a fifth of Ukraine, annexations the West and Ukraine say they will ever accept."),
    ("A man is playing a guitar on stage.", "A man is playing an instrument."),
]
PAIRS += [(h, p) for p, h in PAIRS]


def _scores():
    """In float32 (bfloat16, the default on some CPUs, moves probabilities by a few hundredths)."""
    from consistency.models.nli import NLIModel

    return NLIModel(dtype="float32").predict(PAIRS)


@pytest.mark.model
def test_shipped_model_matches_its_pins():
    pins = json.loads(PINS.read_text())
    assert [tuple(p) for p in pins["pairs"]] == PAIRS, "pairs changed: refresh the pins"
    got = _scores()
    for pair, want, have in zip(PAIRS, pins["probabilities"], got.tolist()):
        assert max(abs(a - b) for a, b in zip(want, have)) <= TOLERANCE, (pair, want, have)


if __name__ == "__main__" and "--update" in sys.argv:
    PINS.write_text(json.dumps({"pairs": PAIRS, "probabilities": [[round(x, 4) for x in row] for row in _scores().tolist()]},
                               indent=1) + "\n")
    print(f"wrote {PINS}")
