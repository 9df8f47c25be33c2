"""The self-contained HTML report (one Jinja2 template, inline CSS, no scripts)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from .common import claim_label, fmt


def _heat(value) -> str:
    """Cell colour: red for low agreement, green for high."""
    if value is None:
        return "#eee"
    hue = int(120 * max(0.0, min(1.0, value)))
    return f"hsl({hue}, 65%, 80%)"


def render_html(result, top: Optional[int] = None) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(Path(__file__).parent), autoescape=select_autoescape(["html"]))
    env.filters.update(claim=claim_label, fmt=fmt, heat=_heat)
    template = env.get_template("template.html")
    return template.render(r=result, divergences=result.divergences[:top] if top else result.divergences)
