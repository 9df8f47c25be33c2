"""Strip page boilerplate and pull metadata (headline, dateline, byline, date) out of the text.

Works line by line, because pages paste widgets, bylines and teasers as lines of their
own. A line is removed when it is page furniture (subscribe/login prompts, share/follow
widgets, comment counters, ads, bare links, short navigation labels), or metadata, which
is kept in ``Article.metadata`` instead of becoming a claim. Every removal is recorded with
its reason. Content about a different story is not decided here: that needs the other
articles and is done after embedding (``align.mark_off_topic``).
"""
from __future__ import annotations

import re

from .segment import normalize_space
from .types import Article, Removed

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted)(?: on)?:?\s*)?(?:{_DAY},?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:\s*(?:at\s*)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\.?$",
    re.IGNORECASE)
BYLINE = re.compile(r"^(?:By:?|From|Source:)\s+([A-Z][\w.&' -]{1,60})$|^[-–—]?\s*(Reuters|AFP|AP|Associated Press|Bloomberg)$")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s*\((?:Reuters|AFP|AP)\))?\s*[:—–]\s+(?=[A-Z“\"])"
    r"|^(?P<agency>Reuters|AFP|AP|Bloomberg),\s+(?P<when>[^-–—]{3,30}?),\s*(?P<place2>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+[-–—]\s+")
CAPTION = re.compile(r"\((?:left|right|centre|center|pictured|above|below|file photo|photo)\)|^(?:Photo|Image|Picture):", re.I)
URL = re.compile(r"^(?:https?://|www\.)\S+$")
FURNITURE = re.compile(
    r"(?:subscribe|subscription|subscriber|sign up|sign in|log ?in\b|newsletter|advertisement|"
    r"follow us|share this|share on|click here|read more|related articles|top stories|"
    r"comments?\b|text size|cookies?|all rights reserved|copyright|©|e-paper|whatsapp channel|"
    r"telegram|download (?:our|the) app|try \d+ months?|headlines\s*:)",
    re.IGNORECASE)
NAV_WORDS = {"close", "open", "menu", "home", "share", "print", "email", "next", "previous", "more",
             "search", "video", "photos", "advertisement", "talks?"}


def _is_furniture(line: str) -> str | None:
    """Why a line is page furniture, or None if it may be content."""
    words = line.split()
    if URL.match(line):
        return "link"
    if re.fullmatch(r"\d+\s+comments?", line, flags=re.IGNORECASE):
        return "comment counter"
    if line.lower().strip(":*-• ") in NAV_WORDS:
        return "navigation"
    if FURNITURE.search(line) and (len(words) <= 25 or line.startswith("*")):
        return "subscribe/share/ad widget"
    if len(words) <= 3 and not re.search(r"[.!?”\"]$", line) and line.upper() == line:
        return "section label"
    if CAPTION.search(line) and len(words) <= 20:
        return "photo caption"
    return None


def _is_headline_like(line: str) -> bool:
    return 3 <= len(line.split()) <= 16 and not re.search(r"[.!]$|[.!][”\"]$", line)


def clean_article(article: Article) -> Article:
    """Fill ``article.metadata`` and ``article.removed``; return the article with ``text``
    replaced by its cleaned body (one paragraph per line)."""
    meta = dict(article.metadata)
    removed: list[Removed] = []
    body: list[str] = []
    headline = meta.get("headline")

    lines = [normalize_space(raw) for raw in article.text.splitlines()]
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.lower()] = counts.get(line.lower(), 0) + 1
    for line in lines:
        if not line:
            continue
        if DATE_LINE.match(line):
            meta.setdefault("date", re.sub(r"^(?:Published|Updated|Posted)(?: on)?:?\s*", "", line, flags=re.I))
            removed.append(Removed(line, "date line (kept as metadata)"))
            continue
        by = BYLINE.match(line)
        if by:
            meta.setdefault("byline", (by.group(1) or by.group(2)).strip())
            removed.append(Removed(line, "byline (kept as metadata)"))
            continue
        why = _is_furniture(line)
        if why:
            removed.append(Removed(line, why))
            continue
        if headline and line.lower().rstrip(".") == headline.lower().rstrip("."):
            removed.append(Removed(line, "repeated headline"))
            continue
        if _is_headline_like(line):
            if headline is None and not body:
                headline = line
                meta["headline"] = line
                removed.append(Removed(line, "headline (kept as metadata)"))
            elif counts[line.lower()] > 1 or len(line.split()) <= 12:
                # Headings, teaser titles and labels without a full stop: not claims.
                meta.setdefault("headings", []).append(line)
                removed.append(Removed(line, "heading without a full stop (kept as metadata)"))
            else:
                body.append(line)
            continue
        if line.startswith(("- ", "• ", "* ")) and _is_teaser(line, body):
            removed.append(Removed(line, "teaser bullet repeating the article"))
            continue
        if not body or len(body) < 3:
            m = DATELINE.match(line)
            if m and len(line) > len(m.group(0)) + 20:
                meta.setdefault("dateline", m.group(0).strip(" :—–-"))
                removed.append(Removed(m.group(0).strip(), "dateline (kept as metadata)"))
                line = line[m.end():]
        body.append(line)

    article.metadata = meta
    article.removed = article.removed + removed
    article.text = "\n".join(body)
    return article


def _is_teaser(line: str, body: list[str]) -> bool:
    """A bullet that quotes a line already in the article (a 'key points' box)."""
    text = line.lstrip("-•* ").strip("‘’'\" ")
    return any(text[:60] in b for b in body)
