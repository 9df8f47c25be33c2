"""`make eval` end to end on a few items per section (--quick), with the real models."""
import json
import subprocess
import sys

import pytest

from ..conftest import ROOT, SHARED_DATA

pytestmark = pytest.mark.model


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="needs ../shared/data")
def test_evaluate_quick_writes_every_section(tmp_path):
    out = tmp_path / "results.json"
    res = subprocess.run([sys.executable, "scripts/evaluate.py", "--quick", "--out", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stderr[-2000:]
    for title in ("## Synthetic multi-article benchmark", "## Real multi-outlet news", "## Seed cluster",
                  "## Document vs. claim", "## NLI", "Targets (issue 8)"):
        assert title in res.stdout
    data = json.loads(out.read_text())
    assert {"synthetic", "realnews", "seeds", "summac", "nli", "models"} <= set(data)
    assert set(data["synthetic"]) == {"dev", "test"}
    assert 0.0 <= data["synthetic"]["test"]["recall@3"] <= 1.0
    assert data["seeds"]["gold"]["outlier_correct"] is True
    assert data["nli"]["throughput_pairs_per_s"] > 0
