"""Grid-search the ranking thresholds on the DEV splits (never test): the synthetic
benchmark's and the real-news benchmark's.

NLI results and embeddings are cached inside the checker, so after the first pass each
combination only re-runs alignment and ranking. Prints the best combinations; copy the
chosen values into ``consistency/config.py`` by hand.

    python scripts/tune.py
    python scripts/tune.py --nli-model runs/nli-v4/model   # thresholds for a candidate model
    python scripts/tune.py --grid consensus_evidence=0.6,0.7,0.8   # one setting, the rest as configured
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
from pathlib import Path

from _common import DEFAULT_DATA, check_data

from consistency import CheckerConfig, ConsistencyChecker
from consistency.eval.benchmark import build_benchmark
from consistency.eval.cluster_eval import evaluate_clusters
from consistency.eval.realnews import evaluate_realnews, load_realnews

GRID = {
    "divergence_threshold": [0.6, 0.7],
    "slot_evidence": [0.4, 0.5, 0.6, 0.7, 0.8],
    "loose_slot_evidence": [0.5, 0.6, 0.7],
    "entailment_cancels_evidence": [0.9, 1.0],
}


def parse_grid(items: list[str]) -> dict[str, list[float]]:
    """``NAME=V1,V2,...`` items as a grid; a name must be a float CheckerConfig field."""
    fields = {f.name: f.type for f in dataclasses.fields(CheckerConfig)}
    grid = {}
    for item in items:
        name, eq, values = item.partition("=")
        if not eq or fields.get(name) not in ("float", float):
            raise SystemExit(f"--grid wants NAME=V1,V2 with NAME a float setting of CheckerConfig, got {item!r}")
        try:
            grid[name] = [float(v) for v in values.split(",")]
        except ValueError:
            raise SystemExit(f"--grid values must be numbers, got {item!r}") from None
    return grid


def objective(synthetic: dict, real: dict) -> float:
    """Synthetic finds, precision and outliers, and real-news finds, less half of each set's
    false alarms (the real-news ones count per cluster and weigh as much as a find)."""
    return (synthetic["recall@3"] + synthetic["precision@3"] + synthetic["outlier_accuracy"]
            - 0.5 * (synthetic["false_alarms_per_clean_cluster"] or 0.0)
            + real["edits_found@3"] - 0.5 * real["false_alarms@3_per_cluster"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--nli-model", default=None, help="NLI model path or name (default: the shipped one)")
    ap.add_argument("--reworded-nli-model", default=None, help="NLI model for reworded pairs (default: the config's)")
    ap.add_argument("--grid", action="append", default=None, metavar="NAME=V1,V2",
                    help="search these values of these settings instead of the default grid (repeatable)")
    args = ap.parse_args()
    grid = parse_grid(args.grid) if args.grid else GRID
    clusters = build_benchmark(check_data(args.data) / "news_text/frank_articles.jsonl", "dev")
    real = load_realnews(split="dev")
    base = CheckerConfig(nli_model=args.nli_model, reworded_nli_model=args.reworded_nli_model)
    checker = ConsistencyChecker(base)
    rows = []
    for values in itertools.product(*grid.values()):
        params = dict(zip(grid, values))
        checker.config = dataclasses.replace(base, **params)
        m = evaluate_clusters(checker, clusters, progress=False)
        r = evaluate_realnews(checker, real, progress=False)
        rows.append((objective(m, r), params))
        print(f"{objective(m, r):.3f} {params} r@3={m['recall@3']:.3f} p@3={m['precision@3']:.3f} "
              f"outlier={m['outlier_accuracy']:.3f} fa={m['false_alarms_per_clean_cluster']} "
              f"real: edits@3={r['edits_found@3']:.3f} fa@3={r['false_alarms@3_per_cluster']:.2f}", flush=True)
    print("\nbest on dev:")
    for score, params in sorted(rows, key=lambda r: -r[0])[:5]:
        print(f"{score:.3f} {params}")


if __name__ == "__main__":
    main()
