# Thin wrappers: the logic lives in verified_docs/. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help install serve test lint snippets check outputs site bench clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-9s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable .
	touch $(STAMP)

install: $(STAMP) ## create .venv (if missing) and install everything

serve: $(STAMP) ## serve the site with live reload on http://127.0.0.1:8000
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP) ## the whole verification: lint, drift, every snippet per device, pytest-codeblocks, strict build
	$(PY) -m verified_docs check
	$(MAKE) --no-print-directory lint
	$(PY) -m pytest
	$(PY) -m pytest --codeblocks docs
	$(PY) -m mkdocs build --strict --quiet --site-dir site

lint: $(STAMP) ## ruff check and ruff format --check on snippets and tooling
	$(PY) -m ruff check snippets verified_docs tests
	$(PY) -m ruff format --check snippets verified_docs tests

snippets: $(STAMP) ## regenerate snippets/ from docs/
	$(PY) -m verified_docs snippets

check: $(STAMP) ## fail with a diff if snippets/ differs from docs/
	$(PY) -m verified_docs check

outputs: snippets ## rewrite output blocks in docs/ from real CPU runs
	$(PY) -m verified_docs outputs

site: $(STAMP) ## strict build of the site into site/
	$(PY) -m mkdocs build --strict --site-dir site

bench: $(STAMP) ## runner overhead vs a fresh interpreter vs pytest --codeblocks
	$(PY) -m verified_docs bench

clean: ## remove build outputs (keeps .venv)
	rm -rf site build .pytest_cache .ruff_cache
