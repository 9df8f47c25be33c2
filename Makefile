# One command each: make install | demo | test | eval | eval-nli | bench | lint | train-nli | lexicon
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
MODEL   := models/consistency-nli-minilm
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export TRANSFORMERS_VERBOSITY := error
export TOKENIZERS_PARALLELISM := false

.PHONY: install demo test test-quick eval eval-nli bench lint train-nli lexicon clean

install: $(STAMP)

# torch first, pinned: a bare `torch` requirement could pull a multi-GB CUDA build.
$(STAMP): pyproject.toml $(MODEL)/pyproject.toml $(wildcard $(MODEL)/consistency_nli_minilm/model/*)
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev]"
	$(BIN)/pip install -q --force-reinstall --no-deps ./$(MODEL)
	touch $(STAMP)

demo: install
	$(BIN)/consistency check seeds --out out/seeds

test: install
	$(BIN)/python -m pytest -q

test-quick: install
	$(BIN)/python -m pytest -q -m "not model"

eval: install
	$(BIN)/python scripts/evaluate.py

eval-nli: install
	$(BIN)/python scripts/eval_nli.py

bench: install
	$(BIN)/python scripts/bench.py

# Pinned, so that a new ruff release cannot fail unchanged code; installed once per version.
RUFF_VERSION := 0.17.6
RUFF_STAMP   := $(VENV)/.ruff-$(RUFF_VERSION)

lint: install $(RUFF_STAMP)
	$(BIN)/python -m compileall -q consistency scripts tests
	$(BIN)/ruff check consistency scripts tests

$(RUFF_STAMP): | $(STAMP)
	$(BIN)/pip install -q ruff==$(RUFF_VERSION)
	touch $@

train-nli: install
	$(BIN)/python scripts/train_nli.py

# PNGs of report.html at 1400 and 800 px in out/screenshots, to check the layout by eye;
# REPORT=path/report.html shoots a real report instead of the hand-built one. Needs Chromium.
.PHONY: report-screenshot
report-screenshot: install
	$(BIN)/python scripts/report_screenshot.py $(REPORT)

# Rebuild the shipped word lists from ../shared/data/lexicons (WordNet, PPDB).
lexicon: install
	$(BIN)/python scripts/build_lexicon.py

clean:
	rm -rf out runs build *.egg-info
