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
DTYPES = ("auto", "float32", "bfloat16")


def resolve_backend(backend: str, device: str) -> str:
    """``auto``: onnx when the models run on the CPU and onnxruntime and its exporter are
    installed (faster there at the same probabilities, see ``onnx_backend``), else torch."""
    check_runtime(backend, "float32", device, False)
    if backend != "auto":
        return backend
    from .onnx_backend import missing_packages

    return "onnx" if resolve_device(device) == "cpu" and not missing_packages() else "torch"


def native_bf16() -> bool:
    """Whether this CPU computes bfloat16 natively (AVX512-BF16 or AMX); elsewhere torch
    emulates it, slower than float32."""
    import torch

    return any(getattr(torch.cpu, name, lambda: False)() for name in ("_is_avx512_bf16_supported",
                                                                       "_is_amx_tile_supported"))


def resolve_runtime(backend: str, dtype: str, device: str, int8: bool = False) -> tuple[str, str]:
    """The backend and float type the models run with. Both ``auto``, on a CPU that computes
    bfloat16 natively and without int8: torch in bfloat16 (make bench: the NLI about 1.6x and
    the embedder about 1.7x the speed of onnx float32, probabilities within a few hundredths,
    the same figures in make eval). Otherwise ``auto`` is float32, and the backend as
    ``resolve_backend`` picks it. A backend or device named explicitly keeps float32 unless
    bfloat16 is asked for: torch float32 stays the reference that the other ways are
    compared with."""
    check_runtime(backend, dtype, device, int8)
    if dtype == "auto":
        fast = backend == "auto" and not int8 and resolve_device(device) == "cpu" and native_bf16()
        dtype = "bfloat16" if fast else "float32"
    return ("torch" if dtype == "bfloat16" else resolve_backend(backend, device)), dtype


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


def check_runtime(backend: str, dtype: str, device: str, int8: bool) -> None:
    """Refuse combinations that cannot run as asked."""
    if backend not in BACKENDS:
        raise InputError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, not {backend!r}")
    if dtype not in DTYPES:
        raise InputError(f"dtype must be one of {', '.join(map(repr, DTYPES))}, not {dtype!r}")
    check_backend_device(backend, device)
    if dtype == "bfloat16" and backend == "onnx":
        raise InputError("--dtype bfloat16 runs on torch, not on --backend onnx (float32 or --int8 there)")
    if dtype == "bfloat16" and int8:
        raise InputError("--dtype bfloat16 and --int8 exclude each other: int8 weights compute in int8 and float32")
