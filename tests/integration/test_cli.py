"""The command line: bad input gets one clear line and exit 2; a real run writes reports."""
import json
import subprocess
import sys

import pytest

from ..conftest import ROOT, SEEDS


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "consistency", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=600)


def write(tmp_path, name, content):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return p


ARTICLE = "The council approved the budget on Monday. The mayor said taxes would not rise."


@pytest.mark.parametrize("files,message", [
    ({"missing": None}, "no such file"),
    ({"a.txt": "", "b.txt": ARTICLE}, "empty"),
    ({"a.txt": b"\x00\xff\x00binary", "b.txt": ARTICLE}, "binary"),
    ({"a.txt": "caf\xe9".encode("latin-1"), "b.txt": ARTICLE}, "UTF-8"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, files, message):
    paths = []
    for name, content in files.items():
        paths.append(tmp_path / name if content is None else write(tmp_path, name, content))
    res = run("check", *paths, "--out", tmp_path / "out")
    assert res.returncode == 2, res.stderr
    assert message in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_one_article_or_no_sentences_exit_2(tmp_path):
    res = run("check", write(tmp_path, "a.txt", ARTICLE), "--out", tmp_path / "out")
    assert res.returncode == 2 and "at least 2 articles" in res.stderr and "Traceback" not in res.stderr
    res = run("check", write(tmp_path, "b.txt", "ADVERTISEMENT\n0 Comments\n"), write(tmp_path, "c.txt", ARTICLE),
              "--out", tmp_path / "out")
    assert res.returncode == 2 and "no sentences left in: b" in res.stderr


def test_help_explains():
    res = run("check", "--help")
    assert res.returncode == 0 and "--fail-on" in res.stdout and "exit status" in res.stdout


@pytest.mark.model
def test_check_seeds_writes_three_reports_and_fail_on(tmp_path):
    out = tmp_path / "seeds"
    res = run("check", SEEDS, "--out", out, "--top", "5", "--quiet")
    assert res.returncode == 0, res.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["divergences"]) <= 5 and (out / "report.md").exists() and (out / "report.html").exists()
    res = run("check", SEEDS, "--out", out, "--quiet", "--fail-on", "0.5")
    assert res.returncode == 1
