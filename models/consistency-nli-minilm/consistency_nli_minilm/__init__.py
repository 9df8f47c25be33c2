"""Weights of the consistency project's NLI cross-encoder, installed as a package so they load offline."""
from pathlib import Path

__version__ = "0.1.0"


def get_model_path() -> Path:
    """Folder with config.json, model.safetensors and the tokenizer (for from_pretrained)."""
    return Path(__file__).parent / "model"
