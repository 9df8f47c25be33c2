"""Loaders for the NLI evaluation sets under ``shared/data/nli/eval`` (local files,
read with the ``datasets`` library). Each returns a list of
``{"premise", "hypothesis", "label", ...}`` with labels entailment/neutral/contradiction
(FEVER: SUPPORTS/REFUTES)."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Optional

from datasets import load_dataset

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
    pairs = synthetic_pairs(articles, seed=seed)
    return _take([{"premise": p.premise, "hypothesis": p.hypothesis, "label": p.label, "kind": p.kind}
                  for p in pairs], limit)
