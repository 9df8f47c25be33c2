"""Controlled edits of real news sentences.

Two families, used both to make NLI training pairs and to build the synthetic
multi-article benchmark:

* fact edits (``negation``, ``number``, ``date``, ``entity``, ``quantifier``,
  ``antonym``) change what a sentence claims; the edited copy contradicts the original.
  Antonyms and quantifiers come from one half of ``consistency.lexicon``: ``train`` for
  training data, ``test`` for held-out test data;
* rewrites (``drop_clause``, ``attribution``, ``typography``, ``split``) keep the
  meaning (or keep a part of it); the original entails the rewrite.

Every function takes a sentence and a ``random.Random`` and returns the new sentence,
or ``None`` where the edit does not apply, so callers can try another one.
"""
from __future__ import annotations

import random
import re
from typing import Callable, Optional, Sequence

from .. import lexicon
from ..lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS, Split

EditFn = Callable[[str, random.Random], Optional[str]]

# Auxiliaries that take a plain "not" after them.
_AUX = ["is", "are", "was", "were", "will", "would", "could", "should", "has", "have",
        "had", "can", "must", "may", "might", "did", "does", "do"]
_NEG_REMOVE = [
    (r"\bcannot\b", "can"), (r"\bcan't\b", "can"), (r"\bwon't\b", "will"),
    (r"\bdon't\b", "do"), (r"\bdoesn't\b", "does"), (r"\bdidn't\b", "did"),
    (r"\bisn't\b", "is"), (r"\baren't\b", "are"), (r"\bwasn't\b", "was"),
    (r"\bweren't\b", "were"), (r"\bhasn't\b", "has"), (r"\bhaven't\b", "have"),
    (r"\bhadn't\b", "had"), (r"\bwouldn't\b", "would"), (r"\bcouldn't\b", "could"),
    (r"\bshouldn't\b", "should"), (r"\bnever\b", "ever"), (r"\bnever\b", ""),
    (r"\b(\w+) not\b", r"\1"), (r"\bno longer\b", "still"), (r"\bnobody\b", "everybody"),
    (r"\bnothing\b", "something"), (r"\bnone of\b", "all of"),
]

_CAP_SPAN = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")


def _case_like(word: str, template: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def _swap_word(sentence: str, pairs: Sequence[tuple[str, str]], rng: random.Random) -> Optional[str]:
    """Replace one listed word (either direction of a pair) by its partner."""
    options = []
    for a, b in pairs:
        for src, dst in ((a, b), (b, a)):
            for m in re.finditer(rf"\b{re.escape(src)}\b", sentence, flags=re.IGNORECASE):
                options.append((m.start(), m.end(), dst))
    if not options:
        return None
    start, end, dst = rng.choice(options)
    return sentence[:start] + _case_like(dst, sentence[start:end]) + sentence[end:]


def negation(sentence: str, rng: random.Random) -> Optional[str]:
    """Insert or remove a negation ("will never accept" -> "will ever accept")."""
    removals = [(p, r) for p, r in _NEG_REMOVE if re.search(p, sentence, flags=re.IGNORECASE)]
    inserts = [m for m in re.finditer(rf"\b({'|'.join(_AUX)})\b(?!\s+(?:not|n't|never)\b)", sentence)]
    if removals and (not inserts or rng.random() < 0.7):
        pattern, repl = rng.choice(removals)
        out = re.sub(pattern, repl, sentence, count=1, flags=re.IGNORECASE)
        out = re.sub(r"\s{2,}", " ", out)
    elif inserts:
        m = rng.choice(inserts)
        neg = rng.choice(["not", "not", "never"]) if m.group(1) not in ("did", "does", "do") else "not"
        out = sentence[:m.end()] + " " + neg + sentence[m.end():]
    else:
        return None
    return out if out != sentence else None


def _other_number(text: str, rng: random.Random) -> str:
    plain = text.replace(",", "")
    if "." in plain:
        whole, frac = plain.split(".")
        choices = [f"{frac}.{whole}" if frac != whole else None,
                   f"{whole}.{(int(frac) + rng.randint(1, 8)) % 10 ** len(frac):0{len(frac)}d}",
                   f"{int(whole) + rng.choice([-2, -1, 1, 2, 3]) if int(whole) > 2 else int(whole) + 2}.{frac}"]
        return rng.choice([c for c in choices if c and c != plain])
    value = int(plain)
    if len(plain) >= 2 and plain[::-1] != plain and not plain.endswith("0") and rng.random() < 0.3:
        new = int(plain[::-1])
    elif value <= 12:
        new = rng.choice([v for v in range(1, 16) if v != value])
    else:
        factor = rng.choice([0.5, 0.7, 1.3, 1.5, 2, 3])
        new = max(1, int(round(value * factor)))
        if new == value:
            new = value + rng.randint(1, 9)
    out = str(new)
    if "," in text:
        out = f"{new:,}"
    return out


def number(sentence: str, rng: random.Random) -> Optional[str]:
    """Change one number (not a year): "3.5%" -> "5.3%", "40 people" -> "14 people"."""
    spans = [m for m in _NUM.finditer(sentence) if not _YEAR.fullmatch(m.group(1))]
    if spans:
        m = rng.choice(spans)
        return sentence[:m.start()] + _other_number(m.group(1), rng) + sentence[m.end():]
    words = [m for m in re.finditer(rf"\b({'|'.join(NUMBER_WORDS)})\b", sentence, flags=re.IGNORECASE)]
    if not words:
        return None
    m = rng.choice(words)
    new = rng.choice([w for w in NUMBER_WORDS if w != m.group(1).lower()])
    return sentence[:m.start()] + _case_like(new, m.group(1)) + sentence[m.end():]


def date(sentence: str, rng: random.Random) -> Optional[str]:
    """Change a weekday, month, year or relative day."""
    options = []
    for names in (WEEKDAYS, MONTHS):
        for m in re.finditer(rf"\b({'|'.join(names)})\b", sentence):
            options.append((m, rng.choice([n for n in names if n != m.group(1)])))
    for m in _YEAR.finditer(sentence):
        options.append((m, str(int(m.group(1)) + rng.choice([-3, -2, -1, 1, 2]))))
    for a, b in (("yesterday", "tomorrow"), ("today", "yesterday"), ("last week", "next week"),
                 ("last year", "next year"), ("last month", "next month")):
        for src, dst in ((a, b), (b, a)):
            for m in re.finditer(rf"\b{src}\b", sentence, flags=re.IGNORECASE):
                options.append((m, _case_like(dst, m.group(0))))
    if not options:
        return None
    m, new = rng.choice(options)
    return sentence[:m.start()] + new + sentence[m.end():]


_NOT_ENTITIES = set(WEEKDAYS + MONTHS + ["The", "A", "An", "He", "She", "It", "They", "We",
                                           "I", "But", "And", "In", "On", "At", "Mr", "Mrs", "Ms"])


def entity_spans(text: str) -> list[str]:
    """Capitalised word runs that are not sentence-initial and not dates: a cheap stand-in for NER."""
    spans = []
    for m in _CAP_SPAN.finditer(text):
        span = m.group(1)
        words = [w for w in span.split() if w not in _NOT_ENTITIES]
        if words and len(" ".join(words)) > 2:
            spans.append(" ".join(words))
    return spans


def entity(sentence: str, rng: random.Random, context: Sequence[str] = ()) -> Optional[str]:
    """Swap a name for another name of the same length (in words) from the same article."""
    own = [s for s in entity_spans(sentence) if re.search(rf"\b{re.escape(s)}\b", sentence)]
    if not own:
        return None
    pool = sorted({s for text in context for s in entity_spans(text)})
    target = rng.choice(own)
    n_words = len(target.split())
    candidates = [s for s in pool if len(s.split()) == n_words and s != target
                  and s not in target and target not in s and s not in sentence]
    if not candidates:
        return None
    return re.sub(rf"\b{re.escape(target)}\b", rng.choice(candidates), sentence, count=1)


def quantifier(sentence: str, rng: random.Random, split: Split = "train") -> Optional[str]:
    """Flip a quantifier or a comparative ("more" -> "fewer", "all" -> "some")."""
    return _swap_word(sentence, lexicon.pairs("quantifiers", split), rng)


def antonym(sentence: str, rng: random.Random, split: Split = "train") -> Optional[str]:
    """Replace a word by its opposite ("raised" -> "cut", "profit" -> "loss")."""
    return _swap_word(sentence, lexicon.pairs("antonyms", split), rng)


FACT_EDITS: dict[str, EditFn] = {"negation": negation, "number": number, "date": date}
FACT_EDIT_TYPES = ["negation", "number", "date", "entity", "quantifier", "antonym"]


def fact_edit(sentence: str, edit_type: str, rng: random.Random,
              context: Sequence[str] = (), split: Split = "train") -> Optional[str]:
    """Apply one fact edit by name; ``context`` (other sentences) feeds entity swaps,
    ``split`` picks the lexicon half for antonyms and quantifiers."""
    if edit_type == "entity":
        return entity(sentence, rng, context)
    if edit_type in ("antonym", "quantifier"):
        return (antonym if edit_type == "antonym" else quantifier)(sentence, rng, split)
    return FACT_EDITS[edit_type](sentence, rng)


# ---- meaning-preserving rewrites -------------------------------------------------------

_SAID = re.compile(r"^(?P<body>.+?),?\s*(?P<who>(?:[A-Z][\w.'-]*\s*){1,4}|he|she|they|officials|police)\s+"
                   r"(?P<verb>said|says|added|told reporters|reported)\.?$")


def attribution(sentence: str, rng: random.Random) -> Optional[str]:
    """Move the attribution: "..., X said." -> "X said ..." or "..., according to X."."""
    s = sentence.rstrip()
    m = _SAID.match(s)
    if m and len(m.group("body").split()) >= 4:
        body = m.group("body").strip().rstrip(",")
        body = body.strip("\"'“”‘’ ").rstrip(",.")
        who = m.group("who").strip()
        if rng.random() < 0.5:
            return f"{body}, according to {who}."
        body_lower = body[0].lower() + body[1:] if body[:2] != body[:2].upper() else body
        return f"{who[0].upper() + who[1:]} {m.group('verb')} that {body_lower}."
    m = re.match(r"^(?P<who>(?:[A-Z][\w.'-]*\s*){1,4}) said(?: that)? (?P<body>.{20,})$", s)
    if m:
        body = m.group("body").rstrip(".")
        return f"{body[0].upper() + body[1:]}, {m.group('who').strip()} said."
    return None


def drop_clause(sentence: str, rng: random.Random) -> Optional[str]:
    """Drop a parenthetical, an appositive or a trailing subordinate clause (premise entails it)."""
    candidates = []
    for m in re.finditer(r"\s*\([^)]{3,}\)", sentence):
        candidates.append(sentence[:m.start()] + sentence[m.end():])
    for m in re.finditer(r",\s+(?:who|which|where|while|after|as|when|including)\b[^,.;]*(?=[,.;])", sentence):
        # The comma that closed the clause goes with it: "The mayor, who ..., said" -> "The mayor said".
        candidates.append(sentence[:m.start()] + re.sub(r"^,\s*", " ", sentence[m.end():]))
    for m in re.finditer(r",\s+[^,]{3,40},", sentence):
        candidates.append(sentence[:m.start()] + sentence[m.end() - 1:].lstrip(","))
    candidates = [re.sub(r"\s{2,}", " ", c).strip() for c in candidates]
    candidates = [c for c in candidates if len(c.split()) >= 5 and c != sentence]
    return rng.choice(candidates) if candidates else None


def split(sentence: str, rng: random.Random) -> Optional[str]:
    """Split a compound sentence at "and"/"but"/";" and keep one half as a sentence."""
    parts = re.split(r";\s+|,\s+(?:and|but)\s+(?=[a-z]+\s)|\s+—\s+|\s+-\s+", sentence)
    parts = [p.strip().rstrip(".") for p in parts if len(p.split()) >= 5]
    if len(parts) < 2:
        return None
    part = rng.choice(parts[:1] if rng.random() < 0.7 else parts)
    return part[0].upper() + part[1:] + "."


_TYPO = [("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'"), (" — ", " - "), (" – ", " - "),
         ("per cent", "percent"), ("U.S.", "US"), ("U.K.", "UK"), ("Mr.", "Mr"), ("Dr.", "Dr"),
         ("organisation", "organization"), ("recognise", "recognize"), ("defence", "defense"),
         ("centre", "center"), ("colour", "color"), ("favour", "favor")]


def typography(sentence: str, rng: random.Random) -> Optional[str]:
    """Quote style, dashes, spelling variants, a leading dateline: nothing of meaning."""
    options = [(a, b) for a, b in _TYPO if a in sentence] + [(b, a) for a, b in _TYPO if b in sentence and b not in "\"'"]
    if options:
        out = sentence
        for a, b in rng.sample(options, k=min(len(options), rng.randint(1, 3))):
            out = out.replace(a, b)
        if out != sentence:
            return out
    if rng.random() < 0.5 and len(sentence) > 1:
        return sentence.rstrip(".") + "." if not sentence.endswith(".") else sentence[:-1]
    return None


REWRITES: dict[str, EditFn] = {
    "drop_clause": drop_clause, "attribution": attribution, "split": split, "typography": typography,
}


def rewrite(sentence: str, kind: str, rng: random.Random) -> Optional[str]:
    """Apply one meaning-preserving rewrite by name."""
    return REWRITES[kind](sentence, rng)
