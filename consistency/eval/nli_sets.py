"""Loaders for the NLI evaluation sets under ``shared/data/nli/eval`` (local files,
read with the ``datasets`` library). Each returns a list of
``{"premise", "hypothesis", "label", ...}`` with labels entailment/neutral/contradiction
(FEVER: SUPPORTS/REFUTES)."""
from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Optional

from datasets import load_dataset

from ..synth import paraphrase
from ..synth.news import load_news, synthetic_pairs

ANLI_LABELS = {"e": "entailment", "n": "neutral", "c": "contradiction"}
TAXINLI_PHENOMENA = ["lexical_linguistic", "syntactic_linguistic", "factivity_linguistic", "negation_logic",
                     "boolean_logic", "quantifier_logic", "conditional_logic", "comparative_logic",
                     "relational_reasoning", "spatial_reasoning", "temporal_reasoning", "causal_reasoning",
                     "coreference_reasoning", "world_knowledge", "taxonomic_knowledge"]
MEANING_PRESERVING = {"typography", "attribution", "drop_clause", "split", "identical"}


def _take(rows: list[dict], limit: Optional[int]) -> list[dict]:
    return rows[:limit] if limit else rows


def mnli_dev(data: Path, limit: Optional[int] = None) -> list[dict]:
    ds = load_dataset("csv", data_files=str(data / "nli/eval/taxinli_mnli_dev/taxinli10k_MNLIDev.tsv"),
                      delimiter="\t", quoting=csv.QUOTE_NONE, split="train")
    rows = [{"premise": r["prem"], "hypothesis": r["hyp"], "label": r["label"],
             "phenomena": [p for p in TAXINLI_PHENOMENA if r.get(p) in (1, "1")]}
            for r in ds if r["label"] in ANLI_LABELS.values()]
    return _take(rows, limit)


def anli(data: Path, round_: int, limit: Optional[int] = None) -> list[dict]:
    ds = load_dataset("json", data_files=str(data / f"nli/eval/anli/R{round_}_test.jsonl"), split="train")
    return _take([{"premise": r["context"], "hypothesis": r["hypothesis"], "label": ANLI_LABELS[r["label"]]}
                  for r in ds], limit)


def negation_nli(data: Path, part: str, limit: Optional[int] = None) -> list[dict]:
    encoding = {"MNLI": "cp1252", "RTE": "latin-1"}.get(part, "utf-8")
    ds = load_dataset("csv", data_files=str(data / f"nli/eval/negation_nli/{part}.txt"), delimiter="\t",
                      encoding=encoding, quoting=csv.QUOTE_NONE, split="train")
    return _take([{"premise": r["Text"], "hypothesis": r["Hypothesis"], "label": r["gold_label"].strip()}
                  for r in ds if r["gold_label"] and r["gold_label"].strip() in ANLI_LABELS.values()], limit)


def fever_symmetric(data: Path, limit: Optional[int] = None) -> list[dict]:
    ds = load_dataset("json", data_files=str(data / "nli/eval/fever_symmetric/test.jsonl"), split="train")
    return _take([{"premise": r["evidence"], "hypothesis": r["claim"], "label": r["gold_label"]} for r in ds], limit)


def cad_snli_test(data: Path, limit: Optional[int] = None) -> list[dict]:
    ds = load_dataset("csv", data_files=str(data / "nli/train/cad_snli/test.tsv"), delimiter="\t", split="train")
    return _take([{"premise": r["sentence1"], "hypothesis": r["sentence2"], "label": r["gold_label"]} for r in ds], limit)


def synthetic_news_test(data: Path, limit: Optional[int] = None, seed: int = 7) -> list[dict]:
    """Minimal-edit pairs from held-out (test split) articles never used in training."""
    articles = load_news(data / "news_text/frank_articles.jsonl", split="test")
    pairs = synthetic_pairs(articles, seed=seed, words="test")
    return _take([{"premise": p.premise, "hypothesis": p.hypothesis, "label": p.label, "kind": p.kind}
                  for p in pairs], limit)


def _pair_rows(pairs) -> list[dict]:
    return [{"premise": p.premise, "hypothesis": p.hypothesis, "label": p.label, "kind": p.kind} for p in pairs]


def rewordings_test(data: Path, per_source: int = 500, seed: int = 7) -> list[dict]:
    """Held-out real rewordings (MRPC test paraphrases, STS-B news dev >= 4.5, WikiSplit test,
    compression test): entailments, added-detail neutrals, and a fact edit (test lexicon) of
    one side against the other side. ``kind`` is ``reworded_<source or edit type>`` or
    ``added_detail_<source>``."""
    rng = random.Random(seed)
    items = []
    for part in (paraphrase.mrpc(data, "test"), paraphrase.stsb(data, "test", genre="main-news"),
                 paraphrase.wikisplit(data, "test"), paraphrase.compression(data, "test")):
        items += rng.sample(part, k=min(per_source, len(part)))
    return _pair_rows(paraphrase.reworded_pairs(items, seed=seed, words="test"))


def cosmetic_test(data: Path, n: int = 1500, seed: int = 7) -> list[dict]:
    """Meaning-preserving near-copies of held-out news sentences with test-lexicon synonyms
    and hedges, and numbers spelt another way (entailment both ways)."""
    sentences = [s for a in load_news(data / "news_text/frank_articles.jsonl", split="test") for s in a.sentences]
    sentences += [it.a for it in paraphrase.compression(data, "test")]
    sentences = random.Random(seed).sample(sentences, k=min(n, len(sentences)))
    return _pair_rows(paraphrase.cosmetic_pairs(sentences, seed=seed, words="test"))


MRPC_COMPATIBLE = Path(__file__).with_name("mrpc_compatible.tsv")


def mrpc_compatible(data: Path) -> list[dict]:
    """MRPC test non-paraphrases that a person read and judged compatible (same event, one
    says more or something else, no fact conflicts): neutral or entailment, never
    contradiction, both ways. The verdicts are in ``mrpc_compatible.tsv``."""
    with open(MRPC_COMPATIBLE, encoding="utf-8", newline="") as fh:
        keep = {(r["id1"], r["id2"]) for r in csv.DictReader(fh, delimiter="\t") if r["verdict"] == "compatible"}
    rows = []
    with open(data / paraphrase.PARA / "mrpc" / "msr_paraphrase_test.txt", encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if (r["#1 ID"], r["#2 ID"]) in keep:
                a, b = r["#1 String"], r["#2 String"]
                rows += [{"premise": a, "hypothesis": b, "label": "neutral", "kind": "mrpc_compatible"},
                         {"premise": b, "hypothesis": a, "label": "neutral", "kind": "mrpc_compatible"}]
    return rows


# The examples of issue 8 (wrong answers of the first model on real-news-like pairs); each is
# asked both ways. "not contradiction" accepts entailment or neutral.
ISSUE_EXAMPLES: list[tuple[str, str, str]] = [
    ("The bank raised rates.", "The bank cut rates.", "contradiction"),
    ("The company said revenue rose 4.3% in the quarter.", "Quarterly sales were up 3.4%, the firm reported.",
     "contradiction"),
    ("The appeals court struck down the state's voting law.", "Judges upheld the voting law in a 2-1 decision.",
     "contradiction"),
    ("Exports are expected to slow to 2.1 percent, down from 3 percent.",
     "Officials forecast faster export growth of 2.1%, up from 3%.", "contradiction"),
    ("The bridge was damaged but stayed open to traffic.", "The damaged bridge was closed to traffic.",
     "contradiction"),
    ("Eight of the injured were in critical condition.", "Eight of the injured remain in critical condition.",
     "not contradiction"),
    ("About 50 schools were also damaged.", "Around 50 schools were also affected.", "not contradiction"),
    ("Forty people were killed.", "40 people died.", "entailment"),
]
