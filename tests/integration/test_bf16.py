"""--dtype bfloat16 on the shipped models: the same labels as torch float32, probabilities and
vectors close to it, and the float type recorded (resolution without models:
tests/unit/test_backend.py; the whole pipeline: test_checker_inputs.py)."""
import numpy as np
import pytest

from consistency.models.embedder import Embedder
from consistency.models.nli import NLIModel

from .test_onnx_backend import PAIRS

pytestmark = pytest.mark.model


def test_bf16_nli_keeps_the_labels_of_float32():
    reference = NLIModel(device="cpu", backend="torch").predict(PAIRS)
    model = NLIModel(device="cpu", dtype="bfloat16")
    assert (model.backend, model.dtype) == ("torch", "bfloat16")
    probs = model.predict(PAIRS)
    assert probs.dtype == np.float32 and np.allclose(probs.sum(1), 1, atol=1e-5)
    assert (probs.argmax(1) == reference.argmax(1)).all()
    assert np.abs(probs - reference).max() < 0.05


def test_bf16_embedder_keeps_the_vectors_of_float32():
    texts = [t for pair in PAIRS for t in pair]
    reference = Embedder(device="cpu", backend="torch").encode(texts)
    embedder = Embedder(device="cpu", dtype="bfloat16", cache_size=0)
    assert (embedder.backend, embedder.dtype) == ("torch", "bfloat16")
    vectors = embedder.encode(texts)
    assert vectors.dtype == np.float32 and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert (vectors * reference).sum(1).min() > 0.99
