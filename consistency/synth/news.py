"""Real news sentences and synthetic NLI pairs made from them.

Articles come from ``frank_articles.jsonl`` (CNN/DailyMail and XSum test articles). Each
article falls in one split by a hash of its id, so NLI training, the NLI synthetic test
and the multi-article benchmark never share an article:
``train`` (70%), ``dev`` (10%), ``test`` (20%).
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from ..lexicon import Split
from ..segment import split_sentences
from . import edits

LABELS = ("entailment", "neutral", "contradiction")


@dataclass
class NewsArticle:
    id: str
    sentences: list[str]


@dataclass
class NLIPair:
    premise: str
    hypothesis: str
    label: str
    kind: str  # edit or rewrite name, "identical", "other_sentence", "added_detail"


def article_split(article_id: str) -> str:
    """Deterministic split of an article id: train / dev / test."""
    bucket = int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 10
    return "test" if bucket < 2 else "dev" if bucket == 2 else "train"


def _usable(sentence: str) -> bool:
    words = sentence.split()
    return 6 <= len(words) <= 60 and sentence[:1].isupper()


def load_news(path: str | Path, split: Optional[str] = None) -> list[NewsArticle]:
    """Read frank articles as sentence lists; ``split`` keeps one split only."""
    articles = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if split and article_split(rec["id"]) != split:
                continue
            sentences = [s for s in split_sentences(rec["article"]) if _usable(s)]
            if len(sentences) >= 4:
                articles.append(NewsArticle(rec["id"], sentences))
    return articles


def _shorten(sentence: str, rng: random.Random) -> str:
    """Sometimes take a short clause so the model also sees short pairs."""
    if rng.random() < 0.25:
        short = edits.split(sentence, rng)
        if short:
            return short
    return sentence


def pairs_for_sentence(sentence: str, article: NewsArticle, rng: random.Random,
                       edit_type: str, words: Split = "train") -> Iterator[NLIPair]:
    """A matched group of pairs for one sentence: one fact edit (both orders), one
    meaning-preserving rewrite, and one unrelated-sentence neutral."""
    base = _shorten(sentence, rng)
    edited = edits.fact_edit(base, edit_type, rng, context=article.sentences, split=words)
    if edited:
        # Half of the edits also carry surface noise, so the model cannot key on
        # "only one token differs" and must look at what the token means.
        if rng.random() < 0.5:
            noisy = edits.rewrite(edited, rng.choice(["typography", "attribution"]), rng)
            edited = noisy or edited
        yield NLIPair(base, edited, "contradiction", edit_type)
        yield NLIPair(edited, base, "contradiction", edit_type)

    rewritten, kind = None, "identical"
    for kind in rng.sample(list(edits.REWRITES), k=len(edits.REWRITES)):
        rewritten = edits.rewrite(base, kind, rng)
        if rewritten and rewritten != base:
            break
    if rewritten and rewritten != base:
        yield NLIPair(base, rewritten, "entailment", kind)
        if kind in ("drop_clause", "split"):
            # The shorter copy lacks a detail the longer one has.
            yield NLIPair(rewritten, base, "neutral", "added_detail")
        else:
            yield NLIPair(rewritten, base, "entailment", kind)
    else:
        yield NLIPair(base, base, "entailment", "identical")

    others = [s for s in article.sentences if s != sentence]
    if others:
        other = rng.choice(others)
        yield NLIPair(*((base, other) if rng.random() < 0.5 else (other, base)), "neutral", "other_sentence")


def synthetic_pairs(articles: list[NewsArticle], seed: int = 0,
                    max_sentences_per_article: int = 30, rounds: int = 1, words: Split = "train") -> list[NLIPair]:
    """Synthetic pairs for a list of articles; edit types cycle so each is well represented.
    Each of ``rounds`` passes draws new edits of the same sentences; ``words`` is the lexicon
    half for antonym and quantifier edits (``test`` for held-out test pairs)."""
    rng = random.Random(seed)
    out: list[NLIPair] = []
    counts = dict.fromkeys(edits.FACT_EDIT_TYPES, 0)
    for article in [a for _ in range(rounds) for a in articles]:
        for sentence in article.sentences[:max_sentences_per_article]:
            # Of the edit types that apply to this sentence, take the rarest so far:
            # numbers and dates are rarer in text than negatable verbs.
            applicable = [t for t in edits.FACT_EDIT_TYPES
                          if edits.fact_edit(sentence, t, random.Random(0), context=article.sentences, split=words)]
            edit_type = min(applicable or edits.FACT_EDIT_TYPES, key=lambda t: (counts[t], rng.random()))
            counts[edit_type] += 1
            out.extend(pairs_for_sentence(sentence, article, rng, edit_type, words))
    return out


def _passage(sents: list[str], rng: random.Random, max_words: int, spare: int = 0) -> tuple[int, list[str]]:
    """(start, 2-4 consecutive sentences) leaving room for a 20-word hypothesis, or (0, [])
    when the article has fewer than the passage plus ``spare`` sentences."""
    k = rng.randint(2, 4)
    if len(sents) < k + spare:
        return 0, []
    start = rng.randrange(0, len(sents) - k + 1)
    passage = sents[start:start + k]
    while len(passage) > 2 and len(" ".join(passage).split()) > max_words - 20:
        passage = passage[:-1]
    return start, passage


def passage_pairs(articles: list[NewsArticle], seed: int = 0, per_article: int = 15, max_words: int = 85,
                  words: Split = "train") -> list[NLIPair]:
    """A passage of 2-4 consecutive sentences against one sentence: one of its own, as it
    is or reworded (entailment), that one with a fact edited (contradiction), and one from
    elsewhere in the article that it does not repeat (neutral), always all three.

    A model trained on sentence pairs only learned that a long premise with a short
    hypothesis is never neutral (adversarial NLI's paragraph premises: 10 neutral answers in
    1,000); with the three labels on the same passage the length says nothing, and the model
    has to find the sentence in the passage. Premise and hypothesis stay under ``max_words``
    together, so truncation at 128 tokens never cuts the sentence the label depends on.
    """
    rng = random.Random(seed)
    out: list[NLIPair] = []
    for article in articles:
        sents = article.sentences
        for _ in range(per_article):
            # Two sentences besides the passage, for one from elsewhere.
            start, passage = _passage(sents, rng, max_words, spare=2)
            if not passage:
                break
            text = " ".join(passage)
            room = max_words - len(text.split())
            seen = {w.lower() for w in text.split()}
            # Not next to the passage (it may restate it) and not mostly made of its words
            # (a summary line that repeats it).
            elsewhere = [s for i, s in enumerate(sents) if (i < start - 1 or i > start + len(passage))
                         and len(s.split()) <= room
                         and sum(w.lower() in seen for w in s.split()) < 0.5 * len(s.split())]
            inside = [s for s in passage if len(s.split()) <= room]
            if not elsewhere or not inside:
                continue
            member = rng.choice(inside)
            # Half the time in other words (moved attribution, a clause dropped, split
            # off), so that finding the sentence is not a string match.
            if rng.random() < 0.5:
                member = edits.rewrite(member, rng.choice(list(edits.REWRITES)), rng) or member
            edit_type = rng.choice(edits.FACT_EDIT_TYPES)
            edited = edits.fact_edit(member, edit_type, rng, context=sents, split=words)
            if not edited:
                continue
            out += [NLIPair(text, member, "entailment", "member"),
                    NLIPair(text, edited, "contradiction", "edited"),
                    NLIPair(text, rng.choice(elsewhere), "neutral", "elsewhere")]
    return out


def detail_passages(articles: list[NewsArticle], seed: int = 0, per_article: int = 5,
                    max_words: int = 85) -> list[NLIPair]:
    """A passage against one of its sentences, once with that sentence in full in the passage
    and in short in the hypothesis (entailment), once the other way round (neutral: the
    hypothesis adds a clause the passage does not give).

    The passage neutrals of ``passage_pairs`` are sentences from elsewhere that share few
    words with the passage; adversarial NLI's neutrals are claims about the passage's own
    people and things, mostly in its words, with one unsupported detail. Here the two
    labels differ by that detail alone.
    """
    rng = random.Random(seed)
    out: list[NLIPair] = []
    shorten = (edits.drop_clause, edits.split)
    for article in articles:
        sents = article.sentences
        for _ in range(per_article):
            _, passage = _passage(sents, rng, max_words)
            if not passage:
                break
            i = rng.randrange(len(passage))
            full = passage[i]
            short = rng.choice(shorten)(full, rng)
            if not short or len(" ".join(passage).split()) + len(full.split()) > max_words:
                continue
            shortened = passage[:i] + [short] + passage[i + 1:]
            out += [NLIPair(" ".join(passage), short, "entailment", "shortened"),
                    NLIPair(" ".join(shortened), full, "neutral", "detail_added")]
    return out
