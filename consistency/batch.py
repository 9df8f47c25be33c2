"""``run_batch``: check many clusters, one report folder each, plus a summary and an index.

The output folder::

    DIR/clusters/<cluster>/report.json, report.md, report.html   what ``check`` writes
    DIR/clusters/<cluster>/cluster.json    the cluster's row of the summary
    DIR/clusters/<cluster>/timings.json    its stage timings (not in report.json, see below)
    DIR/summary.jsonl, DIR/summary.csv     one row per cluster, in input order
    DIR/index.html                         the clusters, highest top score first
    DIR/batch.json                         the settings DIR was written with

A cluster folder is written under a temporary name and renamed, so it is either complete
or absent: after a crash or a kill, running the same batch again skips the complete ones and
checks the rest (failed clusters included, as their input may have been fixed). The summary
files are rebuilt from the cluster folders at the end of every run.

Each cluster's report is the same whether it ran in the first run or after a resume: the
checker's caches are cleared before each cluster (otherwise the NLI pairs a cluster scores,
and the batches they run in, would depend on the clusters before it), and the stage timings,
the one part of report.json that changes from run to run, go to timings.json instead.
"""
from __future__ import annotations

import csv
import html
import json
import os
import re
import shutil
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, replace
from hashlib import sha1
from io import StringIO
from pathlib import Path
from typing import Callable, Iterable, Optional, Union
from urllib.parse import quote

from .checker import ConsistencyChecker
from .config import CheckerConfig
from .io import Cluster, load_clusters, make_output_folder
from .report.common import plural, shorten
from .result import CheckResult
from .types import Article, InputError

CLUSTERS = "clusters"
SETTINGS_FILE = "batch.json"
ROW_FILE = "cluster.json"
TIMINGS_FILE = "timings.json"
REPORT_FILES = ("report.json", "report.md", "report.html")
SUMMARY_FIELDS = ("cluster", "folder", "articles", "divergences", "top_score", "top_claim", "outlier", "status",
                  "error")
# Half-written files and folders carry this prefix until they are renamed into place.
TMP_PREFIX = ".tmp-"
# CheckerConfig fields that change how a check runs, not what it finds: a resumed batch may
# change them (a smaller --batch-size after running out of memory, another device).
RUNTIME_FIELDS = frozenset({"device", "batch_size", "embed_batch_size", "nli_cache_size", "embedding_cache_size"})
# Cluster ids become folder names: other characters are replaced, and long ids cut.
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_FOLDER_CHARS = 80
# index.html shows claims up to this many characters; the summary files have them whole.
INDEX_CLAIM_CHARS = 160


@dataclass
class BatchReport:
    """What a batch run did. ``rows`` are the summary's rows, one per cluster in input order."""
    rows: list[dict]
    checked: int  # clusters this run checked, failed ones included
    skipped: int  # clusters an earlier run had finished
    seconds: float  # time spent checking (model loading not included)
    paths: dict[str, Path]  # "jsonl", "csv" and "index"

    @property
    def failed(self) -> list[dict]:
        return [row for row in self.rows if row["status"] == "error"]


def folder_names(cluster_ids: list[str]) -> list[str]:
    """A folder name per cluster id: the id itself where it is a plain, short name, else a
    cleaned version with a hash of the id, so that no two clusters share a folder (on a
    case-insensitive file system too) and a name never depends on the run."""
    names = [_UNSAFE.sub("_", i).lstrip(".")[:MAX_FOLDER_CHARS] for i in cluster_ids]
    uses = Counter(n.lower() for n in names)
    return [n if n == i and uses[n.lower()] == 1 else f"{n}-{sha1(i.encode()).hexdigest()[:10]}"
            for i, n in zip(cluster_ids, names)]


def run_batch(source: Union[str, Path, Iterable[Cluster]], out_dir: Union[str, Path],
              checker: Optional[ConsistencyChecker] = None, *, top: Optional[int] = None,
              show_progress: bool = True,
              check: Optional[Callable[[list[Article]], CheckResult]] = None) -> BatchReport:
    """Check every cluster of ``source`` into ``out_dir`` (see the module docstring), skipping
    those an earlier run finished.

    ``source`` is a .jsonl/.csv with a ``cluster`` field, a folder of cluster folders, or
    :class:`~consistency.io.Cluster` objects. ``checker`` is made once and reused (default: the
    shipped models); ``top`` limits the divergences written to each report, as ``check --top``
    does (None: all). ``check`` replaces ``checker.check`` for one cluster's articles (tests). A cluster
    whose check raises is recorded as failed and the batch goes on; bad input as a whole (no
    clusters, an output folder written with other settings) raises ``InputError``.
    """
    clusters = load_clusters(source, skip=Path(out_dir)) if isinstance(source, (str, Path)) else list(source)
    if not clusters:
        raise InputError("no clusters to check")
    ids = [c.id for c in clusters]
    repeated = sorted(i for i, n in Counter(ids).items() if n > 1)
    if repeated:
        raise InputError(f"cluster id(s) given more than once: {', '.join(repeated)}")
    loads_models = check is None
    if loads_models:
        checker = checker or ConsistencyChecker()
        check = _fresh_check(checker)
    out = make_output_folder(out_dir)  # after reading the input, so that bad input leaves no folder behind
    _claim_folder(out, (checker.config if checker else CheckerConfig()), top)

    parent = out / CLUSTERS
    try:
        parent.mkdir(exist_ok=True)
        for stale in parent.glob(TMP_PREFIX + "*"):  # left by a killed run
            shutil.rmtree(stale)
    except OSError as exc:
        raise InputError(f"{parent}: cannot prepare the cluster folders ({exc.strerror or exc})") from None
    names = {i: f"{CLUSTERS}/{name}" for i, name in zip(ids, folder_names(ids))}
    todo = [c for c in clusters if _finished_row(out / names[c.id], c.id) is None]
    if todo and loads_models:
        checker.model_info()  # loads the models now: a model that cannot load stops the batch, not each cluster

    from tqdm.auto import tqdm

    failures: dict[str, dict] = {}
    start = time.perf_counter()
    with tqdm(total=len(todo), unit="cluster", desc="clusters", disable=not show_progress, file=sys.stderr,
              dynamic_ncols=True) as bar:
        for cluster in todo:
            articles: Optional[list[Article]] = None
            try:
                articles = cluster.load()
                result = check(articles)
            except Exception as exc:  # anything: one cluster's failure must not end the batch
                failures[cluster.id] = _row(cluster.id, articles=None if articles is None else len(articles),
                                            error=str(exc) if isinstance(exc, InputError) else _internal(exc, bar))
                bar.set_postfix(failed=len(failures))
            else:
                _write_cluster(out / names[cluster.id], result, top, _row(cluster.id, names[cluster.id], result))
            bar.update()
    seconds = time.perf_counter() - start
    rows = [failures.get(c.id) or _finished_row(out / names[c.id], c.id) for c in clusters]
    return BatchReport(rows=rows, checked=len(todo), skipped=len(clusters) - len(todo), seconds=seconds,
                       paths=_write_summary(out, rows))


def _fresh_check(checker: ConsistencyChecker) -> Callable[[list[Article]], CheckResult]:
    """``checker.check`` as a batch runs it: caches cleared first, so that a cluster's result
    does not depend on which clusters ran before it in the same process."""
    def check(articles: list[Article]) -> CheckResult:
        checker.clear_cache()
        return checker.check(articles)

    return check


def _internal(exc: Exception, bar) -> str:
    """The summary's error text for an unexpected exception; its traceback goes to stderr,
    as it is a bug to report rather than a problem with the input."""
    bar.write(traceback.format_exc().rstrip(), file=sys.stderr)
    return f"internal error: {type(exc).__name__}: {exc}"


def _row(cluster_id: str, folder: Optional[str] = None, result: Optional[CheckResult] = None,
         articles: Optional[int] = None, error: Optional[str] = None) -> dict:
    """A summary row: of a checked cluster (``result``, ``folder`` relative to the output
    folder), or of a failed one (``error``)."""
    top = result.divergences[0] if result and result.divergences else None
    # The outlier's version of the claim when there is one: the odd one out is what to read.
    claim = next((c for c in top.claims if c.article == top.outlier_article), top.claims[0]) if top else None
    return {"cluster": cluster_id, "folder": folder,
            "articles": len(result.articles) if result else articles,
            "divergences": len(result.divergences) if result else None,
            "top_score": round(top.score, 4) if top else None, "top_claim": claim.text if claim else None,
            "outlier": top.outlier_article if top else None,
            "status": "ok" if result else "error", "error": error}


def _finished_row(folder: Path, cluster_id: str) -> Optional[dict]:
    """The summary row of a cluster whose folder is complete, else None."""
    if not all((folder / name).is_file() for name in (*REPORT_FILES, TIMINGS_FILE)):
        return None
    row = _read_json(folder / ROW_FILE)
    return row if isinstance(row, dict) and row.get("cluster") == cluster_id else None


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _json(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _claim_folder(out: Path, config: CheckerConfig, top: Optional[int]) -> None:
    """Record the settings ``out`` is written with, or refuse when an earlier run used others:
    a resumed batch would mix reports made two ways."""
    settings = json.loads(json.dumps({"top": top, "config": {k: v for k, v in config.to_dict().items()
                                                             if k not in RUNTIME_FIELDS}}))
    path = out / SETTINGS_FILE
    if path.exists():
        before = _read_json(path)
        if before != settings:
            old = before if isinstance(before, dict) else {}
            changed = [k for k in ("top",) if old.get(k) != settings[k]]
            changed += [k for k, v in settings["config"].items() if (old.get("config") or {}).get(k) != v]
            what = "changed: " + ", ".join(changed) if changed else f"{SETTINGS_FILE} is unreadable"
            raise InputError(f"{out}: holds a batch made with other settings ({what}); run it with the same "
                             "options, or give another output folder")
    _write_files(out, {SETTINGS_FILE: _json(settings)})


def _write_files(folder: Path, texts: dict[str, str]) -> None:
    """Write each file under a temporary name, then rename it into place."""
    try:
        for name, text in texts.items():
            tmp = folder / (TMP_PREFIX + name)
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, folder / name)
    except OSError as exc:
        raise InputError(f"{folder}: cannot write {name} ({exc.strerror or exc})") from None


def _write_cluster(target: Path, result: CheckResult, top: Optional[int], row: dict) -> None:
    tmp = target.with_name(TMP_PREFIX + target.name)
    try:
        tmp.mkdir()
        replace(result, timings={}).save(tmp, top=top)
        (tmp / TIMINGS_FILE).write_text(_json(result.timings), encoding="utf-8")
        (tmp / ROW_FILE).write_text(_json(row), encoding="utf-8")
        if target.exists():  # incomplete (a file deleted by hand), so nothing to keep
            shutil.rmtree(target)
        os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise InputError(f"{target}: cannot write the reports ({exc.strerror or exc})") from None


def _write_summary(out: Path, rows: list[dict]) -> dict[str, Path]:
    buffer = StringIO()
    writer = csv.DictWriter(buffer, SUMMARY_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    files = {"jsonl": "summary.jsonl", "csv": "summary.csv", "index": "index.html"}
    _write_files(out, {files["jsonl"]: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       files["csv"]: buffer.getvalue(), files["index"]: render_index(rows)})
    return {kind: out / name for kind, name in files.items()}


def render_index(rows: list[dict]) -> str:
    """index.html: a table of the clusters, highest top score first (clusters without a
    divergence last, in input order), and the failed clusters with their errors."""
    ok = sorted((r for r in rows if r["status"] == "ok"), key=lambda r: -(r["top_score"] or 0))
    failed = [r for r in rows if r["status"] == "error"]
    e = html.escape
    lines = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">', "<title>Consistency batch</title>",
             "<style>body{font:15px/1.4 system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
             "td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}"
             "td.n{text-align:right}.error{color:#b00}</style>",
             "</head><body>", "<h1>Consistency batch</h1>",
             f"<p>{plural(len(rows), 'cluster')}, {len(failed)} failed"
             + (' (<a href="#failed">see below</a>)' if failed else "") + "</p>",
             "<table><tr><th>cluster</th><th>articles</th><th>divergences</th><th>top score</th><th>top claim</th>"
             "<th>outlier</th></tr>"]
    for r in ok:
        score = "–" if r["top_score"] is None else f"{r['top_score']:.2f}"
        href = e(quote(f"{r['folder']}/report.html"))
        lines.append(f'<tr><td><a href="{href}">{e(r["cluster"])}</a></td><td class="n">{r["articles"]}</td>'
                     f'<td class="n">{r["divergences"]}</td><td class="n">{score}</td>'
                     f'<td>{e(shorten(r["top_claim"] or "", INDEX_CLAIM_CHARS))}</td><td>{e(r["outlier"] or "")}</td>'
                     "</tr>")
    lines.append("</table>")
    if failed:
        lines += ['<h2 id="failed">Failed</h2>', "<table><tr><th>cluster</th><th>error</th></tr>"]
        lines += [f'<tr><td>{e(r["cluster"])}</td><td class="error">{e(r["error"])}</td></tr>' for r in failed]
        lines.append("</table>")
    lines.append("</body></html>")
    return "\n".join(lines) + "\n"
