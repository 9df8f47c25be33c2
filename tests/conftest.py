import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def checker():
    """The real shipped models, loaded once for the whole session."""
    from consistency import ConsistencyChecker

    return ConsistencyChecker()


@pytest.fixture(scope="session")
def seed_result(checker):
    from consistency import load_articles

    return checker.check(load_articles([SEEDS]))


def pytest_collection_modifyitems(items):
    for item in items:
        if "integration" in str(item.fspath) and "checker" in getattr(item, "fixturenames", ()) or \
                "seed_result" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)
