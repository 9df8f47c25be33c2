"""Sentence splitting.

Claims are sentences. We split with pysbd (rule-based, handles "Mr", "U.S.", decimals
and quotes) inside each line, so headlines and captions without a full stop stay
separate. We do not split long sentences into clauses: the aligner compares each
sentence against windows of two adjacent sentences instead, which covers the splits and
merges that paraphrasing outlets make, and the NLI model sees whole claims with their
context (a clause cut out of "X said that ..." loses its speaker).
"""
from __future__ import annotations

import re
from functools import lru_cache

_WS = re.compile(r"[ \t\u00a0\u2009\u202f]+")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def normalize_space(text: str) -> str:
    """Collapse runs of spaces (non-breaking ones too) and trim."""
    return _WS.sub(" ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; each line break ends a sentence."""
    sentences = []
    for line in text.splitlines():
        line = normalize_space(line)
        if not line:
            continue
        for piece in _segmenter().segment(line):
            piece = normalize_space(piece)
            if piece:
                sentences.append(piece)
    return sentences
