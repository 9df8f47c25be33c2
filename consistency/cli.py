"""Command line: ``consistency check PATH... --out DIR`` and ``consistency score P H``.

Thin over the library: the same ``ConsistencyChecker`` does the work.
Exit codes: 0 done, 1 a divergence scored above ``--fail-on``, 2 bad input.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Optional

from .config import CheckerConfig
from .types import InputError

DEFAULTS = CheckerConfig()


def _model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--nli-model", default=None, metavar="PATH_OR_NAME",
                   help="NLI model: local folder or hub name (default: the shipped consistency-nli-minilm)")
    p.add_argument("--embedding-model", default=None, metavar="PATH_OR_NAME",
                   help="sentence-transformers model (default: the shipped all-MiniLM-L6-v2)")
    p.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"], help="where models run (default: auto)")
    p.add_argument("--batch-size", type=int, default=DEFAULTS.batch_size, help="NLI batch size (default: %(default)s)")
    p.add_argument("--int8", action="store_true",
                   help="int8 NLI on CPU: about 1.9x faster, about 2 points less accurate")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consistency",
        description="Check whether several news articles about the same event agree, claim by claim.")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser(
        "check", help="compare articles and write report.json, report.md and report.html",
        description="Compare articles about one event. PATH may be a folder of .txt/.md/.html files, "
                    "single files, or a .jsonl/.csv of records with 'id' and 'text' (optional source, date, url).",
        epilog="exit status: 0 done, 1 a divergence scored above --fail-on, 2 bad input")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--out", default="out/report", metavar="DIR", help="output folder (default: %(default)s)")
    check.add_argument("--top", type=int, default=DEFAULTS.top_k, help="divergences to report (default: %(default)s)")
    check.add_argument("--fail-on", type=float, default=None, metavar="SCORE",
                       help="exit 1 if any divergence scores at least SCORE (for scripts and CI)")
    check.add_argument("--quiet", action="store_true", help="no progress bars or summary")
    _model_args(check)

    score = sub.add_parser("score", help="NLI probabilities for one premise/hypothesis pair",
                           description="Print entailment/neutral/contradiction probabilities as JSON.")
    score.add_argument("premise")
    score.add_argument("hypothesis")
    _model_args(score)
    return parser


def _summary(result, top: int) -> str:
    lines = [f"{len(result.articles)} articles, {result.stats['sentences']} sentences, "
             f"{len(result.pairs)} aligned pairs, {len(result.divergences)} divergent claims"]
    if result.divergences:
        lines.append(f"{'rank':>4}  {'score':>5}  {'edit':<10} {'outlier':<22} claim")
    for d in result.divergences[:top]:
        text = d.pairs[0].a.text if d.pairs else d.claims[0].text
        text = text if len(text) <= 70 else text[:67] + "..."
        lines.append(f"{d.rank:>4}  {d.score:5.2f}  {str(d.edit_type):<10} {str(d.outlier_article or '-'):<22} {text}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    # Keep third-party chatter (weight-loading reports, deprecation notes) off the terminal.
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        from .checker import ConsistencyChecker
        from .io import load_articles

        checker = ConsistencyChecker(nli_model=args.nli_model, embedding_model=args.embedding_model,
                                     device=args.device, batch_size=args.batch_size, nli_int8=args.int8)
        if args.command == "score":
            print(json.dumps(checker.score(args.premise, args.hypothesis), indent=2))
            return 0
        if args.top < 1:
            raise InputError("--top must be at least 1")
        articles = load_articles(args.paths)
        result = checker.check(articles, show_progress_bar=not args.quiet)
        paths = result.save(args.out, top=args.top)
    except InputError as exc:
        print(f"consistency: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("consistency: interrupted", file=sys.stderr)
        return 130
    if not args.quiet:
        print(_summary(result, args.top))
        print("reports: " + ", ".join(str(p) for p in paths.values()))
    if args.fail_on is not None and any(d.score >= args.fail_on for d in result.divergences):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
