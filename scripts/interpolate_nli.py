"""Average the weights of two NLI models of one architecture (WiSE-FT, Wortsman et al. 2022):
(1 - alpha) * BASE + alpha * OTHER, saved as fp16 safetensors.

    python scripts/interpolate_nli.py runs/nli-v4/model --alpha 0.4 --out runs/nli-wise/model
    python scripts/interpolate_nli.py OTHER --base PATH --alpha A --out DIR

A model fine-tuned further (OTHER) gains on what its new pairs teach and loses some of what
the base knew; part-way between the two, both are often kept. Choose alpha on dev data
(the model card says which). BASE defaults to the shipped weights. The tokenizer files come
from OTHER; training_meta.json records both models' metadata and alpha.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

from _common import shipped_nli_model

META = "training_meta.json"
WEIGHTS = "model.safetensors"


def _folder(path: Path, role: str) -> Path:
    if not (path / WEIGHTS).is_file() or not (path / "config.json").is_file():
        sys.exit(f"error: {role} {path} is not a model folder (needs {WEIGHTS} and config.json)")
    return path


def interpolate(base: Path, other: Path, alpha: float, out: Path) -> None:
    import torch
    from safetensors.torch import load_file, save_file

    labels = [json.loads((p / "config.json").read_text(encoding="utf-8")).get("id2label") for p in (base, other)]
    if labels[0] != labels[1]:
        sys.exit(f"error: the two models name their labels differently: {labels[0]} vs {labels[1]}")
    wa, wb = load_file(str(base / WEIGHTS)), load_file(str(other / WEIGHTS))
    if wa.keys() != wb.keys() or any(wa[k].shape != wb[k].shape for k in wa):
        sys.exit("error: the two models do not have the same architecture (weight names or shapes differ)")
    mixed = {k: ((1 - alpha) * wa[k].float() + alpha * wb[k].float()).to(torch.float16)
             if wb[k].is_floating_point() else wb[k] for k in wb}
    out.mkdir(parents=True, exist_ok=True)
    for f in other.iterdir():
        if f.is_file() and f.name not in (WEIGHTS, META):
            shutil.copy(f, out / f.name)
    save_file(mixed, str(out / WEIGHTS), metadata={"format": "pt"})

    def meta(p: Path):
        return json.loads((p / META).read_text(encoding="utf-8")) if (p / META).is_file() else None

    def sha256(p: Path) -> str:
        return hashlib.sha256((p / WEIGHTS).read_bytes()).hexdigest()

    record = {"interpolation": {"alpha": alpha, "base": base.name if base.name != "model" else str(base.parent.name),
                                "other": str(other), "base_sha256": sha256(base), "other_sha256": sha256(other)},
              "base_meta": meta(base), "other_meta": meta(other)}
    (out / META).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("other", type=Path, help="the further-trained model folder")
    ap.add_argument("--base", type=Path, default=None, help="the model to start from (default: the shipped weights)")
    ap.add_argument("--alpha", type=float, required=True, help="weight of OTHER, in [0, 1]")
    ap.add_argument("--out", type=Path, required=True, help="folder for the averaged model")
    args = ap.parse_args(argv)
    if not 0.0 <= args.alpha <= 1.0:
        ap.error(f"--alpha must be in [0, 1], got {args.alpha}")
    base = _folder(args.base or Path(shipped_nli_model()), "--base")
    other = _folder(args.other, "OTHER")
    if args.out.resolve() in (base.resolve(), other.resolve()):
        ap.error("--out must be a new folder, not one of the two models")
    interpolate(base, other, args.alpha, args.out)
    print(f"saved {args.out}: {1 - args.alpha:g} x {base} + {args.alpha:g} x {other}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
