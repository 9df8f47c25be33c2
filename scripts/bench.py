"""`make bench`: speed figures, printed.

* NLI pairs/s at batch 32 on news sentence pairs;
* NLI calls made vs. the all-pairs count;
* end-to-end seconds for the seed cluster and for clusters of 10 and 50 articles made by
  repeating and lightly varying the seed articles (so cost growth with size shows).

Run nothing else heavy at the same time: two jobs on 2 cores spoil every timing.
"""
from __future__ import annotations

import argparse
import random
import time

from _common import ROOT

from consistency import ConsistencyChecker, load_articles
from consistency.eval.benchmark import noisy_copy
from consistency.eval.nli_eval import throughput
from consistency.segment import split_sentences


def varied_cluster(base, n: int, seed: int = 0) -> list[dict]:
    """``n`` articles: the base articles, then lightly varied copies of them in turn."""
    rng = random.Random(seed)
    out = [{"id": a.id, "text": a.text} for a in base]
    k = 0
    while len(out) < n:
        src = base[k % len(base)]
        sentences = noisy_copy(split_sentences(src.text), rng)
        out.append({"id": f"{src.id}-v{k}", "text": "\n\n".join(sentences)})
        k += 1
    return out[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 50])
    ap.add_argument("--device", default="auto")
    args = ap.parse_args()

    t0 = time.perf_counter()
    checker = ConsistencyChecker(device=args.device)
    _ = checker.embedder, checker.nli
    print(f"models loaded in {time.perf_counter() - t0:.1f}s ({checker.nli.device})")

    seeds = load_articles([ROOT / "seeds"])
    result = checker.check(seeds)  # also warms up both models
    pairs = [{"premise": p.a.text, "hypothesis": p.b.text} for p in result.pairs]
    print(f"NLI throughput, batch 32, seed sentence pairs: {throughput(checker.nli, pairs):.1f} pairs/s")
    if checker.nli.device == "cpu":
        int8 = ConsistencyChecker(device=args.device, nli_int8=True).nli
        print(f"NLI throughput with --int8 (dynamic int8 on CPU): {throughput(int8, pairs):.1f} pairs/s")

    print("\n| cluster | articles | sentences | NLI pairs scored | all sentence pairs | share | seconds | stages (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    runs = [("seeds", [{"id": a.id, "text": a.text, "source": a.source} for a in load_articles([ROOT / "seeds"])])]
    runs += [(f"varied-{n}", varied_cluster(load_articles([ROOT / "seeds"]), n)) for n in args.sizes]
    for name, articles in runs:
        checker.clear_cache()
        t = time.perf_counter()
        res = checker.check(articles)
        secs = time.perf_counter() - t
        s = res.stats
        stages = ", ".join(f"{k} {v:.1f}" for k, v in res.timings.items())
        print(f"| {name} | {s['articles']} | {s['sentences']} | {s['nli_pairs_scored']} | {s['all_sentence_pairs']} | "
              f"{s['nli_pairs_scored'] / max(1, s['all_sentence_pairs']):.3f} | {secs:.1f} | {stages} |", flush=True)


if __name__ == "__main__":
    main()
