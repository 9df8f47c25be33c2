"""Load articles from folders, files, JSONL/CSV records or Python strings.

Every problem a user can cause raises ``InputError`` with the file and the problem in one
line; the CLI prints it and exits 2.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterable, Union

from .types import Article, InputError

TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".csv"}
ArticleLike = Union[str, Article, dict]


def read_text(path: Path) -> str:
    """Read a text file as UTF-8 (BOM tolerated); refuse binary, undecodable and empty files."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in raw[:4096]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); re-save it as UTF-8") from None
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return text


def _html_to_text(html: str, path: Path) -> tuple[str, dict]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError(f"{path}: no article text found in this HTML page")
    meta = trafilatura.extract_metadata(html)
    metadata = {}
    if meta is not None:
        for key in ("title", "author", "date", "sitename", "url"):
            value = getattr(meta, key, None)
            if value:
                metadata["headline" if key == "title" else key] = value
    return text, metadata


def _records(path: Path) -> list[Article]:
    text = read_text(path)
    rows: list[dict] = []
    if path.suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: invalid JSON ({exc.msg})") from None
    else:
        rows = list(csv.DictReader(text.splitlines()))
    articles = []
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not str(row.get("text") or "").strip():
            raise InputError(f"{path}: record {n} has no 'text'")
        meta = {k: row[k] for k in ("date", "url", "cluster") if row.get(k)}
        articles.append(Article(id=str(row.get("id") or f"{path.stem}-{n}"), text=str(row["text"]),
                                source=row.get("source"), metadata=meta))
    return articles


def load_path(path: Union[str, Path]) -> list[Article]:
    """Articles from one path: a folder of text files, a text file, or a JSONL/CSV of records."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | RECORD_SUFFIXES)
        if not files:
            raise InputError(f"{path}: folder holds no .txt/.md/.html/.jsonl/.csv files")
        return [a for f in files for a in load_path(f)]
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        return _records(path)
    text = read_text(path)
    metadata: dict = {}
    if suffix in (".html", ".htm"):
        text, metadata = _html_to_text(text, path)
    return [Article(id=path.stem, text=text, source=str(path), metadata=metadata)]


def as_articles(items: Iterable[ArticleLike]) -> list[Article]:
    """Normalise strings, dicts with a 'text' key, and Articles into Articles."""
    articles = []
    for n, item in enumerate(items):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, dict):
            if not str(item.get("text") or "").strip():
                raise InputError(f"article {n}: no 'text'")
            articles.append(Article(id=str(item.get("id") or f"article-{n}"), text=item["text"],
                                    source=item.get("source"),
                                    metadata={k: item[k] for k in ("date", "url") if item.get(k)}))
        elif isinstance(item, str):
            articles.append(Article(id=f"article-{n}", text=item))
        else:
            raise InputError(f"article {n}: expected a string, a dict or an Article, got {type(item).__name__}")
    seen: dict[str, int] = {}
    for article in articles:
        if article.id in seen:
            seen[article.id] += 1
            article.id = f"{article.id}-{seen[article.id]}"
        else:
            seen[article.id] = 0
    return articles


def load_articles(paths: Iterable[Union[str, Path]]) -> list[Article]:
    """Articles from several paths, in order."""
    return as_articles(a for p in paths for a in load_path(p))
