"""scripts/tune.py --grid parsing (no models)."""
import sys

import pytest

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from tune import parse_grid  # noqa: E402


def test_grid_of_float_settings():
    assert parse_grid(["near_duplicate_nli_weight=0.6,0.8", "slot_evidence=0.5"]) == {
        "near_duplicate_nli_weight": [0.6, 0.8], "slot_evidence": [0.5]}


@pytest.mark.parametrize("item", ["top_k=3", "no_such=0.1", "slot_evidence", "slot_evidence=high"])
def test_bad_grid_items_are_refused(item):
    with pytest.raises(SystemExit):
        parse_grid([item])
