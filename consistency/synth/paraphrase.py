"""NLI pairs grounded in real rewordings, so that a model learns to read facts, not surface.

A copy with one changed word is a contradiction and anything reworded is neutral: that is
what a model learns from near-copy edits alone. The pairs here break that shortcut:

* reworded entailment: both sides of real paraphrase pairs (MRPC, STS-B >= 4.5), complex
  sentences and their split versions (WikiSplit), long -> compressed news sentences;
* reworded contradiction: one fact edit applied to the OTHER side of such a pair, so the two
  sides differ in wording and in one fact;
* added detail: compressed -> long, one half of a split -> the whole (neutral);
* cosmetic near-copies: a synonym, a number spelt out, a hedge swapped (entailment).

Sources are split into ``train`` / ``dev`` / ``test`` by their own files where they have them,
else by a hash of the text, and test pairs use the lexicon's ``test`` words only.
"""
from __future__ import annotations

import csv
import hashlib
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

from .. import lexicon
from ..lexicon import Split
from . import edits
from .news import NLIPair

PARA = Path("nli") / "train" / "paraphrase"


@dataclass
class Rewording:
    a: str
    b: str
    kind: str  # "equivalent" (both ways), "compression" (a entails b), "split" (b = parts of a)
    source: str
    parts: tuple[str, ...] = ()


def _bucket(text: str) -> str:
    b = int(hashlib.sha1(text.encode()).hexdigest(), 16) % 10
    return "test" if b < 2 else "dev" if b == 2 else "train"


def detokenize(text: str) -> str:
    """Tokenised corpora (WikiSplit "band 's", "( 1998 )"; SNLI "dog ."): undo the obvious spacing."""
    text = re.sub(r"\s+([.,!?;:%)\]])", r"\1", text.strip())
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)
    return re.sub(r"``\s*|\s*''", '"', text)


def mrpc(data: Path, split: str, paraphrase: bool = True) -> list[Rewording]:
    """MRPC news pairs; the train file gives train (90%) and dev, the test file test."""
    name = "msr_paraphrase_test.txt" if split == "test" else "msr_paraphrase_train.txt"
    out = []
    with open(data / PARA / "mrpc" / name, encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if (r["Quality"] == "1") != paraphrase:
                continue
            if split != "test" and ("dev" if int(r["#1 ID"]) % 10 == 0 else "train") != split:
                continue
            out.append(Rewording(r["#1 String"], r["#2 String"], "equivalent", "mrpc"))
    return out


def stsb(data: Path, split: str, min_score: float = 4.5, genre: Optional[str] = None) -> list[Rewording]:
    """STS-B pairs scored as (near) equivalent; train file for train, dev file for test."""
    name = {"train": "train.tsv", "test": "dev.tsv"}.get(split)
    if not name:
        return []
    out = []
    with open(data / PARA / "stsb" / name, encoding="utf-8", newline="") as fh:
        # No header: index, genre, file, year, old index, source1, source2, sentence1, sentence2, score.
        for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(r) >= 10 and float(r[9]) >= min_score and (genre is None or r[1] == genre):
                out.append(Rewording(r[7], r[8], "equivalent", "stsb"))
    return out


def wikisplit(data: Path, split: str) -> list[Rewording]:
    name = {"train": "tune.tsv", "dev": "validation.tsv", "test": "test.tsv"}[split]
    out = []
    for line in (data / PARA / "wikisplit" / name).read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        complex_, simple = line.split("\t", 1)
        parts = tuple(detokenize(p) for p in simple.split("<::::>") if p.strip())
        if len(parts) >= 2:
            out.append(Rewording(detokenize(complex_), " ".join(parts), "split", "wikisplit", parts))
    return out


def compression(data: Path, split: str) -> list[Rewording]:
    """Google sentence compression (news): original entails compressed; split by hash."""
    out = []
    with open(data / PARA / "sentcomp" / "eval_data.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            long_, short = r["original"].strip(), r["compressed"].strip()
            if short and long_ != short and len(short.split()) >= 4 and _bucket(long_) == split:
                out.append(Rewording(long_, short, "compression", "compression"))
    return out


def rewordings(data: Path, split: str) -> list[Rewording]:
    return mrpc(data, split) + stsb(data, split) + wikisplit(data, split) + compression(data, split)


# ---- cosmetic near-copies ---------------------------------------------------------------

# Hedges that say the same thing before a number; split like the lexicon (hand list, few words).
HEDGES: dict[str, list[str]] = {"train": ["about", "around", "some"], "test": ["roughly", "approximately"]}
_SMALL = {w: i for i, w in enumerate(lexicon.NUMBER_WORDS[:19], start=1)}
_TENS = {w: 10 * i for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                          "ninety"], start=2)}
_SPELL = {**_SMALL, **_TENS}
_SPELLED = {v: k for k, v in _SPELL.items()}


def _spell_number(sentence: str, rng: random.Random) -> Optional[str]:
    """40 <-> forty, 1.5 million <-> 1,500,000, 4.3% <-> 4.3 percent: the same value."""
    options = []
    for m in re.finditer(r"(?<![\w.,$])(\d{1,2})(?![\w.,%])", sentence):
        if int(m.group(1)) in _SPELLED:
            options.append((m, _SPELLED[int(m.group(1))]))
    for m in re.finditer(rf"\b({'|'.join(_SPELL)})\b", sentence, flags=re.IGNORECASE):
        options.append((m, str(_SPELL[m.group(1).lower()])))
    for m in re.finditer(r"\b(\d+(?:\.\d+)?) (million|billion)\b", sentence):
        value = float(m.group(1)) * (1e6 if m.group(2) == "million" else 1e9)
        if value == int(value):
            options.append((m, f"{int(value):,}"))
    for m in re.finditer(r"(\d)%", sentence):
        options.append((m, m.group(1) + rng.choice([" percent", " per cent"])))
    for m in re.finditer(r"(\d) ?(?:percent|per cent)\b", sentence):
        options.append((m, m.group(1) + "%"))
    if not options:
        return None
    m, new = rng.choice(options)
    if (m.start() == 0 or m.group(0)[:1].isupper()) and new[:1].isalpha():
        new = new[:1].upper() + new[1:]
    return sentence[:m.start()] + new + sentence[m.end():]


def _swap_hedge(sentence: str, rng: random.Random, words: Split) -> Optional[str]:
    hedges = HEDGES[words]
    for m in re.finditer(rf"\b({'|'.join(HEDGES['train'] + HEDGES['test'])})(?= \d)", sentence, flags=re.IGNORECASE):
        new = rng.choice([h for h in hedges if h != m.group(1).lower()])
        return sentence[:m.start()] + edits._case_like(new, m.group(1)) + sentence[m.end():]
    m = re.search(r"(?<![\w$.,])(\d[\d,]*)(?= [a-z])", sentence)
    if m and not re.match(r"(19|20)\d\d$", m.group(1)):
        return sentence[:m.start()] + rng.choice(hedges) + " " + sentence[m.start():]
    return None


def cosmetic(sentence: str, rng: random.Random, words: Split = "train") -> tuple[Optional[str], str]:
    """A near-copy with the same meaning: (new sentence, kind) or (None, "")."""
    kinds = ["synonym", "number_spelling", "hedge"]
    for kind in rng.sample(kinds, k=len(kinds)):
        if kind == "synonym":
            out = edits._swap_word(sentence, lexicon.pairs("synonyms", words), rng)
        elif kind == "number_spelling":
            out = _spell_number(sentence, rng)
        else:
            out = _swap_hedge(sentence, rng, words)
        if out and out != sentence:
            return out, kind
    return None, ""


# ---- pairs ------------------------------------------------------------------------------

def _edit(sentence: str, rng: random.Random, counts: dict[str, int], context: Sequence[str],
          words: Split) -> tuple[Optional[str], str]:
    """One fact edit, of the rarest type so far that applies."""
    applicable = [t for t in edits.FACT_EDIT_TYPES
                  if edits.fact_edit(sentence, t, random.Random(0), context=context, split=words)]
    if not applicable:
        return None, ""
    kind = min(applicable, key=lambda t: (counts.get(t, 0), rng.random()))
    out = edits.fact_edit(sentence, kind, rng, context=context, split=words)
    if not out or out == sentence:
        return None, ""
    counts[kind] = counts.get(kind, 0) + 1
    return out, kind


def reworded_pairs(items: list[Rewording], seed: int = 0, words: Split = "train") -> Iterator[NLIPair]:
    """For each rewording: its entailments, its added-detail neutrals, and one fact edit of
    the shorter / second side against the other side (contradiction, both orders)."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    pool = [s for it in rng.sample(items, k=min(len(items), 2000)) for s in (it.a, it.b)]
    for it in items:
        if it.kind == "equivalent":
            a, b = (it.a, it.b) if rng.random() < 0.5 else (it.b, it.a)
            yield NLIPair(a, b, "entailment", f"reworded_{it.source}")
            yield NLIPair(b, a, "entailment", f"reworded_{it.source}")
        elif it.kind == "compression":
            a, b = it.a, it.b
            yield NLIPair(a, b, "entailment", "reworded_compression")
            yield NLIPair(b, a, "neutral", "added_detail_compression")
        else:
            a, b = it.a, it.b if rng.random() < 0.5 else rng.choice(it.parts)
            yield NLIPair(a, b, "entailment", "reworded_split")
            if b in it.parts:
                yield NLIPair(b, a, "neutral", "added_detail_split")
            else:
                yield NLIPair(b, a, "entailment", "reworded_split")
        context = [a, b] + rng.sample(pool, k=min(20, len(pool)))
        edited, kind = _edit(b, rng, counts, context, words)
        if edited:
            yield NLIPair(a, edited, "contradiction", f"reworded_{kind}")
            yield NLIPair(edited, a, "contradiction", f"reworded_{kind}")


def cosmetic_pairs(sentences: list[str], seed: int = 0, words: Split = "train") -> Iterator[NLIPair]:
    """Meaning-preserving near-copies, entailment both ways."""
    rng = random.Random(seed)
    for s in sentences:
        out, kind = cosmetic(s, rng, words)
        if out:
            yield NLIPair(s, out, "entailment", f"cosmetic_{kind}")
            yield NLIPair(out, s, "entailment", f"cosmetic_{kind}")
