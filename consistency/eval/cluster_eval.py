"""Run the checker on labelled clusters (synthetic benchmark, seed gold) and score it."""
from __future__ import annotations

from statistics import mean
from typing import Iterable, Optional

from ..checker import ConsistencyChecker
from ..result import CheckResult
from ..types import Divergence
from .benchmark import Cluster
from .metrics import claim_matches, f1, recall_precision_at_k

KS = (1, 3, 5)


def diverging_texts(d: Divergence) -> list[str]:
    """The texts on either side of a divergence's divergent pairs: what it finds. Its other
    claims are only aligned with them (the same claim in articles that agree, or a claim
    that conflicts on something else), and a benchmark sentence among those is not found:
    the report shows no conflict for it."""
    return list(dict.fromkeys(c.text for p in d.pairs if p.label == "contradiction" for c in (p.a, p.b)))


def ranked_claims(result: CheckResult) -> list[list[str]]:
    return [diverging_texts(d) for d in result.divergences]


def _first_hit_outlier(result: CheckResult, gold_texts: list[str]) -> Optional[str]:
    for d in result.divergences:
        if any(claim_matches(t, g) for t in diverging_texts(d) for g in gold_texts):
            return d.outlier_article
    return None


def with_progress(items: Iterable, desc: str, progress: bool) -> Iterable:
    items = list(items)
    if not progress:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=desc, unit="cluster")


def evaluate_clusters(checker: ConsistencyChecker, clusters: Iterable[Cluster], progress: bool = True) -> dict:
    """recall@k / precision@k of edited claims, outlier accuracy, false alarms per clean
    cluster, off-topic F1 and boilerplate removal rate."""
    clusters = with_progress(clusters, "clusters", progress)
    recall = {k: [] for k in KS}
    precision = {k: [] for k in KS}
    outlier_ok, false_alarms = [], []
    off_pred, off_gold = set(), set()
    boiler_total = boiler_removed = 0
    for cluster in clusters:
        result = checker.check(cluster.articles)
        ranked = ranked_claims(result)
        if cluster.edits:
            gold = [e.edited for e in cluster.edits]
            for k in KS:
                r, p = recall_precision_at_k(ranked, gold, k)
                recall[k].append(r)
                precision[k].append(p)
            outlier_ok.append(_first_hit_outlier(result, gold) == cluster.edited_article)
        else:
            false_alarms.append(len(result.divergences))
        for art in result.articles:
            texts = [s.text for s in art.sentences]
            off_pred |= {(art.id, s.text) for s in art.sentences if s.status == "off_topic"}
            off_gold |= {(art.id, s) for s in cluster.appended.get(art.id, [])}
            for line in cluster.boilerplate.get(art.id, []):
                boiler_total += 1
                boiler_removed += not any(line in t for t in texts)
    out = {f"recall@{k}": mean(recall[k]) if recall[k] else None for k in KS}
    out.update({f"precision@{k}": mean(precision[k]) if precision[k] else None for k in KS})
    off = f1(off_pred, off_gold)
    out.update({
        "outlier_accuracy": mean(outlier_ok) if outlier_ok else None,
        "false_alarms_per_clean_cluster": mean(false_alarms) if false_alarms else None,
        "off_topic_precision": off["precision"], "off_topic_recall": off["recall"], "off_topic_f1": off["f1"],
        "boilerplate_removal_rate": boiler_removed / boiler_total if boiler_total else None,
        "clusters": len(recall[1]) + len(false_alarms), "edited_clusters": len(recall[1]),
        "clean_clusters": len(false_alarms),
    })
    return out


def evaluate_seed_gold(checker: ConsistencyChecker, articles: list, gold: dict) -> dict:
    """Metrics for the hand-written seed gold file (see seeds/gold.json)."""
    result = checker.check(articles)
    ranked = ranked_claims(result)
    edit_texts = [e["text"] for e in gold["edits"]]
    out = {}
    for k in KS:
        out[f"recall@{k}"], out[f"precision@{k}"] = recall_precision_at_k(ranked, edit_texts, k)
    out["outlier_correct"] = _first_hit_outlier(result, edit_texts) == gold["edits"][0]["article"]
    pred_off = {(a.id, s.index) for a in result.articles for s in a.sentences if s.status == "off_topic"}
    gold_off = set()
    for a in result.articles:
        starts = [g["first_sentence"] for g in gold.get("off_topic", []) if g["article"] == a.id]
        for start in starts:
            idx = next((s.index for s in a.sentences if s.text.startswith(start)), None)
            if idx is not None:
                gold_off |= {(a.id, s.index) for s in a.sentences if s.index >= idx}
    out["off_topic_f1"] = f1(pred_off, gold_off)["f1"]
    sentences = [s.text for a in result.articles for s in a.sentences]
    leaked = [b for b in gold.get("boilerplate", []) if any(b in s for s in sentences)]
    out["boilerplate_lines_left"] = len(leaked)
    pair = set(gold.get("paraphrase_pair", []))
    out["paraphrase_contradictions"] = sum(
        p.label == "contradiction" for p in result.pairs if {p.a.article, p.b.article} == pair)
    out["divergences"] = len(result.divergences)
    return out
