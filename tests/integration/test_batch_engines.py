"""`consistency batch --workers 2` with the real models, on a pool of processes and on Ray
actors: every report is byte for byte what one worker in the batch's own process writes, and
the summary lists each cluster once."""
import json
import subprocess
import sys

import pytest

from ..conftest import ROOT

FERRY = "The ferry left the port at 9 a.m. with 40 passengers on board. It reached the island two hours later."
STRIKE = "Rail workers will strike on Friday over pay. The union said talks with the operator had failed."
BRIDGE = "The city closed the old bridge on Sunday for repairs. Engineers found cracks in two of its supports."
RECORDS = [
    {"cluster": "ferry", "id": "wire", "text": FERRY},
    {"cluster": "ferry", "id": "local", "text": FERRY.replace("40 passengers", "14 passengers")},
    {"cluster": "strike", "id": "wire", "text": STRIKE},
    {"cluster": "strike", "id": "paper", "text": STRIKE.replace("had failed", "had not failed")},
    {"cluster": "strike", "id": "copy", "text": STRIKE},
    {"cluster": "bridge", "id": "wire", "text": BRIDGE},
    {"cluster": "bridge", "id": "radio", "text": BRIDGE.replace("on Sunday", "on Monday")},
    {"cluster": "broken", "id": "alone", "text": "Only one article made it into this cluster."},
]


def run(*args):
    # float32: in bfloat16 a worker's thread count changes the last digits of its sums (oneDNN
    # blocks the products by threads), float noise that is not the engine's doing.
    return subprocess.run([sys.executable, "-m", "consistency", "batch", *map(str, args), "--dtype", "float32",
                           "--quiet"],
                          capture_output=True, encoding="utf-8", cwd=ROOT, timeout=300)


def reports(folder):
    """Every file but the stage timings, the one output that changes from run to run."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "timings.json"}


@pytest.mark.model
def test_parallel_engines_write_the_reports_of_one_worker(tmp_path):
    day = tmp_path / "day.jsonl"
    day.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    one = run(day, "--out", tmp_path / "one")
    assert one.returncode == 1, one.stderr
    expected = reports(tmp_path / "one")
    assert len([name for name in expected if name.endswith("/report.json")]) == 3

    for engine in ("local", "ray"):
        out = tmp_path / engine
        done = run(day, "--out", out, "--engine", engine, "--workers", 2)
        assert done.returncode == 1, done.stderr
        # Only the broken cluster's failure: no worker, model-loading or Ray chatter.
        assert done.stdout == "" and done.stderr.splitlines() == [
            "consistency: cluster broken failed: need at least 2 articles with sentences, got 1",
            f"consistency: 1 of 4 clusters failed (all in {out / 'summary.csv'}): exit 1"], engine
        summary = [json.loads(line)["cluster"] for line in (out / "summary.jsonl").read_text("utf-8").splitlines()]
        assert summary == ["ferry", "strike", "bridge", "broken"], engine
        got = reports(out)
        assert got.keys() == expected.keys(), engine
        for name in expected:
            assert got[name] == expected[name], f"{engine}: {name}"
