# One command each: make install | demo | test | eval | eval-nli | bench | lint | train-nli
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
MODEL   := models/consistency-nli-minilm
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export TRANSFORMERS_VERBOSITY := error
export TOKENIZERS_PARALLELISM := false

.PHONY: install demo test test-quick eval eval-nli bench lint train-nli clean

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

lint: install
	$(BIN)/python -m compileall -q consistency scripts tests
	$(BIN)/pip install -q ruff
	$(BIN)/ruff check consistency scripts tests

train-nli: install
	$(BIN)/python scripts/train_nli.py

clean:
	rm -rf out runs build *.egg-info
