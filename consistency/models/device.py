"""Pick the torch device from a user's choice."""
from __future__ import annotations

import warnings
from typing import Callable

from ..types import InputError


def resolve_device(choice: str = "auto") -> str:
    """``auto`` takes CUDA where present; asking for ``cuda`` without one is a user error."""
    import torch  # here, not at the top: importing the package must not load torch

    if choice == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if choice == "cuda" and not torch.cuda.is_available():
        raise InputError("--device cuda: no CUDA device is available here (use --device cpu or auto)")
    if choice not in ("cpu", "cuda") and not choice.startswith("cuda:"):
        raise InputError(f"--device {choice}: expected auto, cpu or cuda")
    return choice


BACKENDS = ("auto", "torch", "onnx")


def resolve_backend(backend: str, device: str) -> str:
    """``auto``: onnx when the models run on the CPU and onnxruntime and its exporter are
    installed (faster there at the same probabilities, see ``onnx_backend``), else torch."""
    if backend not in BACKENDS:
        raise InputError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, not {backend!r}")
    check_backend_device(backend, device)
    if backend != "auto":
        return backend
    from .onnx_backend import missing_packages

    return "onnx" if resolve_device(device) == "cpu" and not missing_packages() else "torch"


def load_on_backend(requested: str, backend: str, loaders: dict[str, Callable[[], None]], what: str) -> str:
    """Run ``loaders[backend]`` and return the backend that loaded. Where ``auto`` chose onnx
    and preparing it fails (a model the export cannot reproduce, an unwritable cache folder),
    ``what`` runs on torch, with a warning: the default must not stop a run that torch can do."""
    if backend != "onnx":
        loaders[backend]()
        return backend
    try:
        loaders["onnx"]()
        return "onnx"
    except Exception as exc:
        if requested == "onnx":
            if isinstance(exc, OSError):  # the cache folder: not writable, disk full
                raise InputError(f"--backend onnx: {what} could not be exported ({exc})") from None
            raise
        warnings.warn(f"{what} runs on torch: the onnx backend failed ({type(exc).__name__}: {exc})", stacklevel=3)
    loaders["torch"]()
    return "torch"


def check_backend_device(backend: str, device: str) -> None:
    """The onnx backend runs on onnxruntime's CPU build (the PyPI ``onnxruntime``): asking it
    for a GPU is refused, not quietly moved to the CPU. ``auto`` means the CPU for it."""
    if backend == "onnx" and device.startswith("cuda"):
        raise InputError(f"--backend onnx runs on the CPU only, not on --device {device}; "
                         "use --device cpu or auto, or --backend torch for the GPU")
