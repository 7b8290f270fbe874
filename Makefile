# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-stamp

.PHONY: run test lint unit bench build clean-run

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,ray]'
	touch $(STAMP)

## Compile the clean stage again (mypyc; setup.py) after editing it: until then its sources run.
build: $(STAMP)
	$(BIN)/python -m pip install -q --no-deps -e .

## Process the bundled sample corpus into copydesk.db, then show one cleaned article.
run: $(STAMP)
	$(BIN)/copydesk run examples/ -o copydesk.db
	$(BIN)/copydesk show --most-removed -s copydesk.db --pretty

## Lint, type-check and run the whole test suite.
test: lint unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

## Benchmarks read ../shared/data; each says so and exits 0 when it is absent.
bench: $(STAMP)
	$(BIN)/python bench/extraction.py
