# Thin wrappers: the logic lives in verified_docs/. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
# The full Fashion-MNIST, where a checkout has ../shared beside it (development machines, CI):
# `make outputs` then shows full-data figures. Without it, the shipped subset is used.
FULL_FASHION_MNIST := $(abspath $(wildcard ../shared/data/fashion-mnist))

.DEFAULT_GOAL := help
.PHONY: help install serve test quick lint snippets check outputs site bench clean chromium api-links format matrix

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-9s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable .
	touch $(STAMP)

install: $(STAMP) ## create .venv (if missing) and install everything

serve: $(STAMP) ## serve with live verification on http://127.0.0.1:8000/verified-pytorch-notes/
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP) ## the whole, cold verification: drift, lint, every snippet per device, site, browser
	$(PY) -m verified_docs check
	$(MAKE) --no-print-directory lint
	$(PY) -m pytest
	$(PY) -m pytest --codeblocks docs
	VERIFIED_DOCS_REQUIRE_VERIFIED=1 $(PY) -m mkdocs build --strict --quiet --site-dir site
	$(MAKE) --no-print-directory chromium
	$(PY) -m pytest -m browser tests/browser

quick: snippets ## the editing loop: rerun only blocks and snippet files without a current result
	$(PY) -m pytest --reuse-results docs tests/test_standalone.py

chromium: ## install Debian's Chromium for the browser tests, where missing and possible
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& (apt-get update -qq && apt-get install -y -qq chromium >/dev/null); } \
		|| echo "Chromium is not installed and cannot be installed here: the browser tests will skip"

lint: $(STAMP) ## ruff check and ruff format --check on snippets and tooling
	$(PY) -m ruff check verified_docs tests benchmarks
	$(PY) -m ruff format --check verified_docs tests benchmarks
	@# snippets are read on phones: 72 columns (python -m verified_docs format fits the docs)
	$(PY) -m ruff check --line-length 72 snippets
	$(PY) -m ruff format --check --line-length 72 snippets

snippets: $(STAMP) ## regenerate snippets/ from docs/
	$(PY) -m verified_docs snippets

format: $(STAMP) ## format the docs' python fences with ruff at the snippets' 72 columns
	$(PY) -m verified_docs format

check: $(STAMP) ## fail with a diff if snippets/ differs from docs/
	$(PY) -m verified_docs check

outputs: snippets api-links ## rewrite stale outputs, figures, notebooks from a CPU run (REFRESH=1: re-measure)
	VERIFIED_DOCS_FASHION_MNIST=$${VERIFIED_DOCS_FASHION_MNIST:-$(FULL_FASHION_MNIST)} \
		VERIFIED_DOCS_DEVICES=cpu $(PY) -m pytest docs \
		--update-outputs=$(if $(REFRESH),refresh,stale)
	$(PY) -m verified_docs snippets  # a rewritten output can move the blocks below it
	VERIFIED_DOCS_FASHION_MNIST=$${VERIFIED_DOCS_FASHION_MNIST:-$(FULL_FASHION_MNIST)} \
		$(PY) -m verified_docs notebooks $(if $(REFRESH),--refresh)

api-links: $(STAMP) ## regenerate api-links.json (API names -> reference URLs) from docs/ and torch
	$(PY) -m verified_docs.site.api_links

matrix: $(STAMP) ## run blocks without a current result on the CPU with TORCH=2.10.0 PYTHON=3.12 into reports/ (PAGES=, FRESH=1)
	@test -n "$(TORCH)" -a -n "$(PYTHON)" || { echo "usage: make matrix TORCH=2.10.0 PYTHON=3.12"; exit 2; }
	$(PY) -m verified_docs matrix --torch $(TORCH) --python $(PYTHON) \
		$(if $(TORCHVISION),--torchvision $(TORCHVISION)) $(if $(FRESH),--fresh) $(PAGES)

site: $(STAMP) ## strict build of the site into site/
	$(PY) -m mkdocs build --strict --site-dir site

bench: $(STAMP) ## runner overhead vs a fresh interpreter vs pytest --codeblocks
	$(PY) benchmarks/overhead.py

clean: ## remove build outputs (keeps .venv)
	rm -rf site build .pytest_cache .ruff_cache
