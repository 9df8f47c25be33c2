"""The Markdown report."""
from __future__ import annotations

from typing import Optional

from .common import claim_label, fmt


def _diff_md(ops: list[dict]) -> str:
    parts = []
    for op in ops:
        if op["op"] == "equal":
            parts.append(op["a"])
        else:
            if op["a"]:
                parts.append(f"~~{op['a']}~~")
            if op["b"]:
                parts.append(f"**{op['b']}**")
    return " ".join(parts)


def render_markdown(result, top: Optional[int] = None) -> str:
    lines = ["# Consistency report", ""]
    ids = result.agreement["articles"]
    lines += [f"{len(result.articles)} articles, {result.stats.get('sentences', 0)} sentences, "
              f"{len(result.pairs)} aligned pairs, {len(result.divergences)} divergent claims.", ""]
    lines += ["## Most divergent claims", ""]
    shown = result.divergences[:top] if top else result.divergences
    if not shown:
        lines.append("No divergent claims found.")
    for d in shown:
        head = f"### {d.rank}. {d.label}, score {d.score:.2f}"
        head += f", edit: {d.edit_type}" if d.edit_type else ""
        head += f", outlier: **{d.outlier_article}**" if d.outlier_article else ""
        lines += [head, ""]
        for c in d.claims:
            lines.append(f"- `{claim_label(c)}` {c.text}")
        top_pair = d.pairs[0] if d.pairs else None
        if top_pair:
            lines += ["", f"Diff `{claim_label(top_pair.a)}` → `{claim_label(top_pair.b)}`: {_diff_md(d.diff)}"]
            if top_pair.slot_conflicts:
                lines.append("Conflicting facts: " + "; ".join(
                    f"{c['slot']} {', '.join(c['a'])} vs {', '.join(c['b'])}" for c in top_pair.slot_conflicts))
        lines.append("")
    if result.metadata_differences:
        lines += ["## Attribution and dates that differ", ""]
        for diff in result.metadata_differences:
            lines.append(f"- {diff['field']}: " + "; ".join(f"`{k}` {v}" for k, v in diff["values"].items()))
        lines.append("")
    lines += ["## Agreement between articles", "",
              "Mean of (1 − divergence score) over the claims two articles share.", "",
              "| | " + " | ".join(ids) + " |", "|---" * (len(ids) + 1) + "|"]
    for name, row in zip(ids, result.agreement["matrix"]):
        lines.append(f"| {name} | " + " | ".join(fmt(v) for v in row) + " |")
    lines += ["", "## Articles", ""]
    for a in result.articles:
        counts = {s: sum(x.status == s for x in a.sentences) for s in ("aligned", "unique", "off_topic")}
        meta = ", ".join(f"{k}: {v}" for k, v in a.metadata.items() if k != "headings")
        lines += [f"### {a.id}", "", f"{meta}" if meta else "", "",
                  f"{len(a.sentences)} sentences: {counts['aligned']} aligned, {counts['unique']} unique, "
                  f"{counts['off_topic']} off topic; {len(a.removed)} lines removed.", ""]
        uniques = [s for s in a.sentences if s.status == "unique"]
        if uniques:
            lines += ["Unique claims:", ""] + [f"- #{s.index} {s.text}" for s in uniques] + [""]
        off = [s for s in a.sentences if s.status == "off_topic"]
        if off:
            lines += ["Off topic (about another story):", ""] + [f"- #{s.index} {s.text}" for s in off] + [""]
        if a.removed:
            lines += ["Removed:", ""] + [f"- {r.reason}: {r.text[:100]}" for r in a.removed] + [""]
    lines += ["## Run", "", "Models: " + ", ".join(f"{k} = {v}" for k, v in result.models.items()),
              "", "Stage timings (s): " + ", ".join(f"{k} {v}" for k, v in result.timings.items()), ""]
    return "\n".join(lines)
