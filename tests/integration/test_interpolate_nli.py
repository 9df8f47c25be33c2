"""scripts/interpolate_nli.py on the shipped weights (WiSE-FT averaging of two NLI models)."""
import json
import shutil
import subprocess
import sys

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.model


def _run(*args):
    return subprocess.run([sys.executable, "scripts/interpolate_nli.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def _shipped():
    import consistency_nli_minilm

    return consistency_nli_minilm.get_model_path()


def test_averaging_a_model_with_itself_gives_it_back(tmp_path):
    from safetensors.torch import load_file

    res = _run(_shipped(), "--alpha", 0.4, "--out", tmp_path / "mixed")
    assert res.returncode == 0, res.stderr[-2000:]
    got = load_file(str(tmp_path / "mixed" / "model.safetensors"))
    want = load_file(str(_shipped() / "model.safetensors"))
    assert got.keys() == want.keys()
    assert max((got[k].float() - want[k].float()).abs().max().item() for k in want) < 1e-2
    meta = json.loads((tmp_path / "mixed" / "training_meta.json").read_text())
    assert meta["interpolation"]["alpha"] == 0.4
    assert meta["interpolation"]["base_sha256"] == meta["interpolation"]["other_sha256"]
    assert (tmp_path / "mixed" / "tokenizer.json").is_file()


def test_models_that_name_their_labels_differently_are_refused(tmp_path):
    other = tmp_path / "other"
    shutil.copytree(_shipped(), other)
    config = json.loads((other / "config.json").read_text())
    config["id2label"] = {k: v.upper() for k, v in config["id2label"].items()}
    (other / "config.json").write_text(json.dumps(config))
    res = _run(other, "--alpha", 0.5, "--out", tmp_path / "mixed")
    assert res.returncode != 0 and "labels" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "mixed").exists()
    res = _run(other, "--alpha", 2, "--out", tmp_path / "mixed")
    assert res.returncode == 2 and "--alpha" in res.stderr
