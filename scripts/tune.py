"""Grid-search the ranking thresholds on the synthetic benchmark's DEV split (never test).

NLI results and embeddings are cached inside the checker, so after the first pass each
combination only re-runs alignment and ranking. Prints the best combinations; copy the
chosen values into ``consistency/config.py`` by hand.

    python scripts/tune.py
"""
from __future__ import annotations

import argparse
import itertools
from dataclasses import replace
from pathlib import Path

from _common import DEFAULT_DATA, check_data

from consistency import CheckerConfig, ConsistencyChecker
from consistency.eval.benchmark import build_benchmark
from consistency.eval.cluster_eval import evaluate_clusters

GRID = {
    "divergence_threshold": [0.5, 0.6, 0.7],
    "edit_evidence": [0.6, 0.7],
    "slot_evidence": [0.2, 0.4],
    "contradiction_pooling": ["mean", "max"],
    "near_duplicate_nli_weight": [0.3, 0.6, 1.0],
}


def objective(m: dict) -> float:
    return (m["recall@3"] + m["precision@3"] + m["outlier_accuracy"]
            - 0.5 * (m["false_alarms_per_clean_cluster"] or 0.0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    clusters = build_benchmark(check_data(args.data) / "news_text/frank_articles.jsonl", "dev")
    checker = ConsistencyChecker()
    rows = []
    for values in itertools.product(*GRID.values()):
        params = dict(zip(GRID, values))
        checker.config = replace(CheckerConfig(), **params)
        m = evaluate_clusters(checker, clusters, progress=False)
        rows.append((objective(m), params, m))
        print(f"{objective(m):.3f} {params} r@3={m['recall@3']:.3f} p@3={m['precision@3']:.3f} "
              f"outlier={m['outlier_accuracy']:.3f} fa={m['false_alarms_per_clean_cluster']}", flush=True)
    print("\nbest on dev:")
    for score, params, _ in sorted(rows, key=lambda r: -r[0])[:5]:
        print(f"{score:.3f} {params}")


if __name__ == "__main__":
    main()
