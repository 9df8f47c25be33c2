"""`make report-screenshot`: PNG screenshots of report.html at a wide and a narrow width,
to check by eye that nothing overflows the page.

    python scripts/report_screenshot.py [REPORT_HTML] [--out DIR]

Without REPORT_HTML it renders the hand-built cluster of tests/unit/fake_result.py, so no
model is needed. Needs headless Chromium (Debian: ``apt-get install chromium``).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT

WIDTHS = (1400, 800)
# Tall enough for the whole fake report; Chromium shoots the window, not the full page.
HEIGHT = 4000
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    sys.exit("error: no headless Chromium found (Debian: apt-get install chromium)")


def screenshot(browser: str, page: Path, png: Path, width: int, height: int = HEIGHT) -> None:
    # A throwaway profile: a user's running Chromium would otherwise take the request over.
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={profile}", f"--window-size={width},{height}", f"--screenshot={png}",
                        page.resolve().as_uri()], check=True, capture_output=True, timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", nargs="?", type=Path, help="a report.html (default: the fake cluster's)")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "screenshots")
    args = parser.parse_args()
    browser = find_browser()
    args.out.mkdir(parents=True, exist_ok=True)
    page = args.report
    if page is None:
        from tests.unit.fake_result import fake_cluster

        page = args.out / "report.html"
        page.write_text(fake_cluster().to_html(), encoding="utf-8")
    elif not page.is_file():
        sys.exit(f"error: no such file: {page}")
    for width in WIDTHS:
        png = args.out / f"report-{width}.png"
        screenshot(browser, page, png, width)
        print(png)


if __name__ == "__main__":
    main()
