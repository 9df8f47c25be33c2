"""Every number that decides something, in one place, with its default and why."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Optional


@dataclass
class CheckerConfig:
    # Models. ``None`` means the shipped offline defaults: the packaged
    # all-MiniLM-L6-v2 embedder and the project's own NLI model. Any local path or hub
    # name works (a hub name needs network).
    embedding_model: Optional[str] = None
    nli_model: Optional[str] = None
    device: str = "auto"  # auto | cpu | cuda
    batch_size: int = 32
    nli_int8: bool = False  # CPU only: ~1.9x faster NLI, ~2 points less accurate

    # Values below were chosen with scripts/tune.py on the synthetic benchmark's dev split.

    # Alignment: cosine similarity of MiniLM sentence embeddings.
    align_threshold: float = 0.62  # a counterpart must reach this to count as the same claim
    window_margin: float = 0.03  # a 2-sentence window wins over a single sentence by this much

    # Off-topic detection: a sentence's mean best similarity to the other articles. A
    # run of candidates (below ``off_topic_candidate``) whose mean is below
    # ``off_topic_threshold`` is a glued-on story.
    off_topic_candidate: float = 0.50
    off_topic_threshold: float = 0.42
    off_topic_min_run: int = 2

    # NLI decisions and the divergence score.
    # A real contradiction holds both ways; one direction alone is often a small model's
    # noise on paraphrases. "mean" pools the two directions, "max" takes the stronger.
    contradiction_pooling: str = "mean"
    entailment_threshold: float = 0.5  # both directions, for the "entailment" label
    near_duplicate_ratio: float = 0.8  # word-overlap ratio above which a pair is an edit of one text
    max_edit_tokens: int = 3  # an edit is a change of at most this many words on each side
    # Between near-copies, a small NLI model over-reacts to any changed word ("about" ->
    # "around"); where the word diff shows no fact-changing edit, its contradiction
    # probability is scaled by this weight.
    near_duplicate_nli_weight: float = 0.6
    edit_evidence: float = 0.7  # weight of a fact-changing edit between near-duplicates
    slot_evidence: float = 0.4  # weight of a conflicting number/date between paraphrases
    divergence_threshold: float = 0.7  # a pair scoring above this is reported as a divergence
    top_k: int = 10

    def to_dict(self) -> dict:
        return asdict(self)
