"""`consistency batch` with the real models on three tiny clusters, one of them broken: run,
then run again after losing one cluster's folder. The second run checks only that cluster
(and the broken one), and every output is byte for byte what the first run wrote."""
import json
import shutil
import subprocess
import sys

import pytest

from ..conftest import ROOT

COUNCIL = ("The council approved the budget on Monday after a long debate. "
           "The mayor said the city will never accept the new tax plan.")
PLANT = ("A fire at the chemical plant injured 12 workers on Tuesday. "
         "The company said production would resume next week.")
RECORDS = [
    {"cluster": "council", "id": "wire", "text": COUNCIL},
    {"cluster": "plant", "id": "local", "text": PLANT},
    {"cluster": "council", "id": "edited", "text": COUNCIL.replace("will never accept", "will ever accept")},
    {"cluster": "plant", "id": "national", "text": PLANT.replace("12 workers", "21 workers")},
    {"cluster": "council", "id": "copy", "text": COUNCIL},
    {"cluster": "broken", "id": "alone", "text": "Only one article made it into this cluster."},
]


def run(*args):
    return subprocess.run([sys.executable, "-m", "consistency", "batch", *map(str, args)], capture_output=True,
                          encoding="utf-8", cwd=ROOT, timeout=600)


def outputs(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.model
def test_batch_reports_each_cluster_once_and_a_rerun_changes_no_byte(tmp_path):
    day, out = tmp_path / "day.jsonl", tmp_path / "out"
    day.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")

    first = run(day, "--out", out, "--quiet")
    assert first.returncode == 1, first.stderr
    assert first.stdout == "" and "Loading weights" not in first.stderr and "\r" not in first.stderr
    assert first.stderr.splitlines()[-2:] == [
        "consistency: cluster broken failed: need at least 2 articles with sentences, got 1",
        f"consistency: 1 of 3 clusters failed (all in {out / 'summary.csv'}): exit 1"]
    rows = {r["cluster"]: r for r in map(json.loads, (out / "summary.jsonl").read_text(encoding="utf-8").splitlines())}
    assert list(rows) == ["council", "plant", "broken"]
    assert rows["council"]["outlier"] == "edited" and rows["council"]["top_score"] >= 0.7
    assert rows["plant"]["divergences"] >= 1 and rows["broken"]["status"] == "error"
    report = json.loads((out / "clusters" / "council" / "report.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in report["articles"]] == ["wire", "edited", "copy"]
    before = outputs(out)

    # As after a kill: one finished cluster is gone. Only it (and the broken one) is checked again.
    shutil.rmtree(out / "clusters" / "plant")
    council_written = (out / "clusters" / "council" / "report.json").stat().st_mtime_ns
    second = run(day, "--out", out)
    assert second.returncode == 1, second.stderr
    assert "3 clusters: 1 already done, 2 checked (1 failed) in " in second.stdout
    assert "clusters/s; summary: " in second.stdout
    assert (out / "clusters" / "council" / "report.json").stat().st_mtime_ns == council_written
    after = outputs(out)
    # The stage timings of the cluster checked again are the one thing a re-check changes.
    del before["clusters/plant/timings.json"], after["clusters/plant/timings.json"]
    assert after == before


@pytest.mark.model
def test_kill_9_mid_batch_then_rerun_gives_the_uninterrupted_outputs(tmp_path):
    import os
    import signal
    import time

    records = []
    for n in range(12):  # enough clusters that the kill lands while some are still to do
        records += [{"cluster": f"c{n:02d}", "id": "wire", "text": COUNCIL.replace("Monday", f"day {n}")},
                    {"cluster": f"c{n:02d}", "id": "edited",
                     "text": COUNCIL.replace("Monday", f"day {n}").replace("will never", "will ever")},
                    {"cluster": f"c{n:02d}", "id": "copy", "text": COUNCIL.replace("Monday", f"day {n}")}]
    day = tmp_path / "day.jsonl"
    day.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    reference, killed = tmp_path / "reference", tmp_path / "killed"
    assert run(day, "--out", reference, "--quiet").returncode == 0

    proc = subprocess.Popen([sys.executable, "-m", "consistency", "batch", str(day), "--out", str(killed), "--quiet"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = []
    deadline = time.monotonic() + 300
    while not done and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        done = list((killed / "clusters").glob("c*/cluster.json")) if (killed / "clusters").exists() else []
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = len(list((killed / "clusters").glob("c*/cluster.json")))
    assert 1 <= finished < 12, finished  # killed mid-run, not before the first or after the last cluster

    rerun = run(day, "--out", killed, "--quiet")
    assert rerun.returncode == 0, rerun.stderr
    rows = [json.loads(line)["cluster"] for line in (killed / "summary.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows == [f"c{n:02d}" for n in range(12)]
    assert not [p for p in killed.rglob("*") if p.name.startswith(".tmp-")]
    # Timings are the one output that differs from run to run.
    same = {k: v for k, v in outputs(killed).items() if not k.endswith("timings.json")}
    assert same == {k: v for k, v in outputs(reference).items() if not k.endswith("timings.json")}
