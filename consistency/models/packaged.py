"""Models shipped as Python packages (weights inside), found without network."""
from __future__ import annotations

import importlib

from ..types import InputError


def packaged_model_path(module: str, missing_hint: str) -> str:
    """``module.get_model_path()`` of an installed model package, or a clear error."""
    try:
        package = importlib.import_module(module)
    except ImportError:
        raise InputError(f"the default model package {module!r} is missing: {missing_hint}") from None
    return str(package.get_model_path())
