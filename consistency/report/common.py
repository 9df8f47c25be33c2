"""Small helpers both renderers share."""
from __future__ import annotations


def claim_label(claim) -> str:
    span = f"{claim.sentence_index}-{claim.sentence_index + claim.span - 1}" if claim.span > 1 else str(claim.sentence_index)
    return f"{claim.article} #{span}"


def fmt(value, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"
