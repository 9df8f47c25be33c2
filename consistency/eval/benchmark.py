"""Synthetic multi-article benchmark built from real news (frank_articles.jsonl).

For each source article, a cluster of 3-5 versions:

* faithful copies with realistic noise: boilerplate lines, a byline, sentence merges,
  swapped neighbouring sentences, light rewording (quote style, attribution moves);
* sometimes a partial version keeping only a contiguous part of the story;
* in two clusters out of three, one version carrying 1-3 controlled fact edits
  (negation, number, date, entity, quantifier, antonym); the others are clean clusters
  (for false alarms). Antonyms and quantifiers come from the lexicon's ``test`` half, which
  the detector and the NLI training never see;
* sometimes an unrelated article's sentences appended to one version.

Gold records say which sentences were edited, appended or inserted as boilerplate.
Generation is deterministic (``BENCHMARK_VERSION`` + seed); articles come from the
``dev`` / ``test`` splits of ``consistency.synth.news``, never seen in NLI training.
"""
from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..synth import edits
from ..synth.news import NewsArticle, load_news

BENCHMARK_VERSION = "2"
BOILERPLATE = [
    "Advertisement", "Follow us on Twitter and Facebook", "Share this article", "0 Comments",
    "Subscribe to our newsletter for the latest news", "Already a subscriber? Login here",
    "Read more: https://example.com/r/8f3k2", "Click here to sign up for breaking news alerts",
    "Text Size:", "Top Stories Today", "Copyright 2024 All rights reserved",
]
BYLINES = ["By Reuters", "By AFP", "By Associated Press", "By Staff Reporter", "By: AFP"]


@dataclass
class GoldEdit:
    article: str
    original: str
    edited: str
    type: str


@dataclass
class Cluster:
    id: str
    articles: list[dict]  # {"id", "text"}
    edited_article: str | None = None
    edits: list[GoldEdit] = field(default_factory=list)
    appended: dict = field(default_factory=dict)  # article id -> list of appended sentences
    boilerplate: dict = field(default_factory=dict)  # article id -> inserted boilerplate lines

    def to_dict(self) -> dict:
        return asdict(self)


def noisy_copy(sentences: list[str], rng: random.Random) -> list[str]:
    """A faithful copy: reworded here and there, a merge, a swap of neighbours."""
    out = []
    for s in sentences:
        if rng.random() < 0.3:
            s = edits.rewrite(s, rng.choice(["typography", "attribution"]), rng) or s
        out.append(s)
    if len(out) > 4 and rng.random() < 0.5:
        i = rng.randrange(len(out) - 1)
        out[i:i + 2] = [out[i].rstrip(".") + ", and " + out[i + 1][0].lower() + out[i + 1][1:]]
    if len(out) > 4 and rng.random() < 0.5:
        i = rng.randrange(len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _render(sentences: list[str], rng: random.Random, boiler: list[str]) -> str:
    """Paragraphs of 1-3 sentences, a byline, boilerplate lines inserted between them."""
    paras, i = [], 0
    while i < len(sentences):
        n = rng.randint(1, 3)
        paras.append(" ".join(sentences[i:i + n]))
        i += n
    for line in boiler:
        paras.insert(rng.randint(0, len(paras)), line)
    return "\n\n".join(paras)


def make_cluster(source: NewsArticle, others: list[NewsArticle], rng: random.Random, index: int,
                 type_counts: dict[str, int]) -> Cluster:
    sentences = source.sentences[:14]
    n_versions = rng.randint(3, 5)
    cluster = Cluster(id=f"{source.id}", articles=[])
    edited_version = rng.randrange(n_versions) if rng.random() < 2 / 3 else None
    partial_version = rng.randrange(n_versions) if rng.random() < 0.4 else None
    appended_version = rng.randrange(n_versions) if rng.random() < 0.3 else None

    for v in range(n_versions):
        art_id = f"c{index:03d}-v{v}"
        body = list(sentences)
        if v == edited_version:
            n_edits = rng.randint(1, 3)
            for _ in range(n_edits):
                # The least used edit type that applies somewhere, so every type is tested.
                for kind in sorted(edits.FACT_EDIT_TYPES, key=lambda t: (type_counts.get(t, 0), rng.random())):
                    edited_positions = {i for i, text in enumerate(body) if text != sentences[i]}
                    options = [i for i in range(len(body)) if i not in edited_positions
                               and edits.fact_edit(body[i], kind, random.Random(0), context=sentences,
                                                   split="test")]
                    if options:
                        pos = rng.choice(options)
                        new = edits.fact_edit(body[pos], kind, rng, context=sentences, split="test")
                        cluster.edits.append(GoldEdit(art_id, body[pos], new, kind))
                        body[pos] = new
                        type_counts[kind] = type_counts.get(kind, 0) + 1
                        break
            cluster.edited_article = art_id if cluster.edits else None
        else:
            body = noisy_copy(body, rng)
            if v == partial_version and v != 0:
                keep = max(4, int(len(body) * rng.uniform(0.5, 0.8)))
                start = rng.randrange(0, len(body) - keep + 1)
                body = body[start:start + keep]
        if v == appended_version:
            other = rng.choice(others)
            extra = other.sentences[:rng.randint(3, 6)]
            body = body + extra
            cluster.appended[art_id] = extra
        boiler = rng.sample(BOILERPLATE, k=rng.randint(0, 3))
        text = _render(body, rng, boiler)
        if rng.random() < 0.6:
            byline = rng.choice(BYLINES)
            text = text + "\n\n" + byline if rng.random() < 0.5 else byline + "\n\n" + text
        cluster.boilerplate[art_id] = boiler
        cluster.articles.append({"id": art_id, "text": text})
    return cluster


def build_benchmark(news_path: str | Path, split: str, n_clusters: int | None = None, seed: int = 0) -> list[Cluster]:
    """Clusters for the ``dev`` or ``test`` split, deterministic for a given seed."""
    if split not in ("dev", "test"):
        raise ValueError("split must be 'dev' or 'test'")
    articles = [a for a in load_news(news_path, split=split) if len(a.sentences) >= 6]
    rng = random.Random(f"{BENCHMARK_VERSION}-{split}-{seed}")
    chosen = articles[:n_clusters] if n_clusters else articles
    type_counts: dict[str, int] = {}
    return [make_cluster(a, [o for o in articles if o.id != a.id], rng, i, type_counts) for i, a in enumerate(chosen)]
