"""Print the NLI evaluation table for a model (default: the shipped one).

    python scripts/eval_nli.py [--model PATH_OR_NAME] [--limit N] [--json out/eval/nli.json]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from _common import DEFAULT_DATA, check_data

from consistency.eval.nli_eval import nli_markdown, run_nli_eval
from consistency.models.nli import NLIModel


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="NLI model path or hub name (default: shipped model)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None, help="at most N rows per set (quick look)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", type=Path, default=Path("out/eval/nli.json"))
    args = ap.parse_args()
    res = run_nli_eval(NLIModel(args.model, batch_size=args.batch_size), check_data(args.data), args.limit)
    print(nli_markdown(res))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
