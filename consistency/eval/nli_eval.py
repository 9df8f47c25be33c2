"""The NLI table: accuracy / macro-F1 per evaluation set, the synthetic minimal-edit
breakdown, and CPU throughput. Used by ``scripts/eval_nli.py`` and ``scripts/evaluate.py``."""
from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Optional

import numpy as np

from ..models.nli import LABELS, NLIModel
from . import nli_sets
from .metrics import accuracy, macro_f1


def _predict(model: NLIModel, rows: list[dict], progress: bool) -> np.ndarray:
    return model.predict([(r["premise"], r["hypothesis"]) for r in rows], show_progress_bar=progress)


def _three_way(name: str, rows: list[dict], probs: np.ndarray) -> dict:
    pred = [LABELS[i] for i in probs.argmax(1)]
    gold = [r["label"] for r in rows]
    return {"set": name, "n": len(rows), "accuracy": accuracy(pred, gold), "macro_f1": macro_f1(pred, gold, LABELS)}


def throughput(model: NLIModel, rows: list[dict], batch_size: int = 32, n: int = 512) -> float:
    """Pairs per second on typical news sentence pairs, after a warm-up batch."""
    pairs = [(r["premise"], r["hypothesis"]) for r in rows[:n]]
    model.predict(pairs[:batch_size], batch_size=batch_size)
    t0 = time.perf_counter()
    model.predict(pairs, batch_size=batch_size)
    return len(pairs) / (time.perf_counter() - t0)


def run_nli_eval(model: NLIModel, data: Path, limit: Optional[int] = None, progress: bool = True) -> dict:
    """All sets; ``limit`` caps the rows per set (for quick runs)."""
    out: dict = {"sets": [], "mnli_phenomena": {}, "synthetic": {}}

    rows = nli_sets.mnli_dev(data, limit)
    probs = _predict(model, rows, progress)
    out["sets"].append(_three_way("MNLI dev (TaxiNLI)", rows, probs))
    pred = [LABELS[i] for i in probs.argmax(1)]
    by_phen: dict[str, list[bool]] = defaultdict(list)
    for r, p in zip(rows, pred):
        for phen in r["phenomena"]:
            by_phen[phen].append(p == r["label"])
    out["mnli_phenomena"] = {k: {"n": len(v), "accuracy": sum(v) / len(v)} for k, v in sorted(by_phen.items())}

    for round_ in (1, 2, 3):
        rows = nli_sets.anli(data, round_, limit)
        out["sets"].append(_three_way(f"ANLI R{round_} test", rows, _predict(model, rows, progress)))
    for part in ("MNLI", "SNLI"):
        rows = nli_sets.negation_nli(data, part, limit)
        out["sets"].append(_three_way(f"negation-NLI {part}", rows, _predict(model, rows, progress)))
    rows = nli_sets.cad_snli_test(data, limit)
    out["sets"].append(_three_way("CAD-SNLI test", rows, _predict(model, rows, progress)))

    rows = nli_sets.fever_symmetric(data, limit)
    probs = _predict(model, rows, progress)
    # Two classes: SUPPORTS when entailment beats contradiction.
    pred = ["SUPPORTS" if p[0] >= p[2] else "REFUTES" for p in probs]
    gold = [r["label"] for r in rows]
    out["sets"].append({"set": "FEVER-symmetric test (2-way)", "n": len(rows), "accuracy": accuracy(pred, gold),
                        "macro_f1": macro_f1(pred, gold, ["SUPPORTS", "REFUTES"])})

    rows = nli_sets.synthetic_news_test(data, limit)
    probs = _predict(model, rows, progress)
    out["sets"].append(_three_way("synthetic news edits (held-out)", rows, probs))
    pred = [LABELS[i] for i in probs.argmax(1)]
    recall: dict[str, list[bool]] = defaultdict(list)
    preserving = []
    for r, p in zip(rows, pred):
        if r["label"] == "contradiction":
            recall[r["kind"]].append(p == "contradiction")
        elif r["kind"] in nli_sets.MEANING_PRESERVING:
            preserving.append(p == "contradiction")
    out["synthetic"] = {
        "contradiction_recall": {k: {"n": len(v), "recall": sum(v) / len(v)} for k, v in sorted(recall.items())},
        "false_contradiction_rate": {"n": len(preserving), "rate": sum(preserving) / len(preserving) if preserving else 0.0},
    }
    out["throughput_pairs_per_s"] = throughput(model, rows)
    out["model"] = model.name
    return out


def nli_markdown(res: dict) -> str:
    lines = ["## NLI", "", f"Model: `{res['model']}`", "", "| set | n | accuracy | macro-F1 |", "|---|---:|---:|---:|"]
    lines += [f"| {s['set']} | {s['n']} | {s['accuracy']:.3f} | {s['macro_f1']:.3f} |" for s in res["sets"]]
    lines += ["", "MNLI dev accuracy by phenomenon (TaxiNLI flags):", "", "| phenomenon | n | accuracy |", "|---|---:|---:|"]
    lines += [f"| {k} | {v['n']} | {v['accuracy']:.3f} |" for k, v in res["mnli_phenomena"].items()]
    syn = res["synthetic"]
    lines += ["", "Synthetic news minimal edits (held-out articles): contradiction recall per edit type", "",
              "| edit | n | recall |", "|---|---:|---:|"]
    lines += [f"| {k} | {v['n']} | {v['recall']:.3f} |" for k, v in syn["contradiction_recall"].items()]
    fc = syn["false_contradiction_rate"]
    lines += ["", f"False-contradiction rate on meaning-preserving rewrites: {fc['rate']:.3f} (n={fc['n']})",
              f"CPU throughput, batch 32, news sentence pairs: {res['throughput_pairs_per_s']:.1f} pairs/s", ""]
    return "\n".join(lines)
