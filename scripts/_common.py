"""Shared bits of the scripts: where the data is, and quiet offline defaults."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"

for key, value in {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "TRANSFORMERS_VERBOSITY": "error",
                   "TOKENIZERS_PARALLELISM": "false"}.items():
    os.environ.setdefault(key, value)
sys.path.insert(0, str(ROOT))


def check_data(path: Path) -> Path:
    """Exit with a clear message when the shared data folder is missing."""
    if not (path / "README.md").exists():
        sys.exit(f"error: no shared data at {path} (expected ../shared/data beside the project; pass --data)")
    return path


def shipped_nli_model() -> str:
    """The folder of the NLI weights the installed ``consistency-nli-minilm`` package ships."""
    import consistency_nli_minilm

    return str(consistency_nli_minilm.get_model_path())
