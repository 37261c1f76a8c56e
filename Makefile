# Two commands: `make serve` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export GEOKB_DATA_DIR ?= $(CURDIR)/var/store

.PHONY: serve test lint build snapshot stance-model clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

serve: $(VENV)/.installed
	$(BIN)/python -m api

build: $(VENV)/.installed
	$(BIN)/geokb build

test: $(VENV)/.installed-test
	$(BIN)/ruff check kb api tests bench
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check kb api tests bench

# The API's answers on the bundled KB (tests/snapshots/api.json), after an intended change.
snapshot: $(VENV)/.installed-test
	$(BIN)/python -m tests.api_snapshot

# The learned stance step's weights (kb/data/stance_model.json), fitted on the dev split, after a
# rule change that changes the dev drafts (tests/test_learned.py says when they are stale).
stance-model: $(VENV)/.installed-test
	$(BIN)/python bench/train_stances.py

clean:
	rm -rf $(VENV) var .pytest_cache
