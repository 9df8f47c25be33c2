"""Metric functions on plain inputs, so they can be tested on tiny hand-made cases."""
from __future__ import annotations

from typing import Iterable, Sequence

from ..diff import overlap_ratio


def claim_matches(claim_text: str, gold_text: str, min_overlap: float = 0.7) -> bool:
    """A reported claim hits a gold sentence if it contains it (merges, windows) or is close."""
    return gold_text in claim_text or claim_text in gold_text or overlap_ratio(claim_text, gold_text) >= min_overlap


def hits_at_k(ranked_claims: Sequence[Sequence[str]], gold: Sequence[str], k: int) -> tuple[int, int]:
    """(gold sentences found in the top k, top-k entries that hit some gold sentence).
    ``ranked_claims``: for each ranked divergence, the texts it finds (:func:`cluster_eval.diverging_texts`)."""
    top = ranked_claims[:k]
    found = sum(any(claim_matches(c, g) for entry in top for c in entry) for g in gold)
    useful = sum(any(claim_matches(c, g) for c in entry for g in gold) for entry in top)
    return found, useful


def recall_precision_at_k(ranked_claims: Sequence[Sequence[str]], gold: Sequence[str], k: int) -> tuple[float, float]:
    """Recall of gold edits and precision of the top-k entries (over the entries shown:
    an empty ranking has precision 0)."""
    found, useful = hits_at_k(ranked_claims, gold, k)
    shown = min(k, len(ranked_claims))
    return (found / len(gold) if gold else 0.0), (useful / shown if shown else 0.0)


def f1(predicted: Iterable, gold: Iterable) -> dict:
    """Precision, recall and F1 of two sets."""
    p, g = set(predicted), set(gold)
    tp = len(p & g)
    precision = tp / len(p) if p else (1.0 if not g else 0.0)
    recall = tp / len(g) if g else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": score}


def accuracy(pred: Sequence, gold: Sequence) -> float:
    return sum(p == g for p, g in zip(pred, gold)) / len(gold) if gold else 0.0


def macro_f1(pred: Sequence, gold: Sequence, labels: Sequence) -> float:
    scores = []
    for label in labels:
        scores.append(f1([i for i, p in enumerate(pred) if p == label],
                         [i for i, g in enumerate(gold) if g == label])["f1"])
    return sum(scores) / len(scores) if scores else 0.0


def balanced_accuracy(pred: Sequence[int], gold: Sequence[int]) -> float:
    """Mean of per-class recall (the SummaC benchmark's metric)."""
    recalls = []
    for label in sorted(set(gold)):
        idx = [i for i, g in enumerate(gold) if g == label]
        recalls.append(sum(pred[i] == label for i in idx) / len(idx))
    return sum(recalls) / len(recalls) if recalls else 0.0
