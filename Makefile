# FairRecruit: `make run` serves the site, `make test` runs the suite. `make help` lists the rest.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip -q
FLASK := $(BIN)/flask --app wsgi
CONSTRAINTS := -c requirements/constraints.txt
HOST ?= 127.0.0.1
PORT ?= 5000

.DEFAULT_GOAL := help
.PHONY: help install install-dev run serve migrate demo test test-fast system-check lint fmt typecheck \
        i18n-extract i18n-update i18n-compile import-dol benchmarks clean

help: ## Show this help
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[1m%-14s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml requirements/constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install $(CONSTRAINTS) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install $(CONSTRAINTS) -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## Create .venv and install the app
install-dev: $(VENV)/.installed-dev ## Create .venv with the test, lint and translation extras

i18n-compile: $(VENV)/.installed ## Compile the gettext catalogs (.po -> .mo)
	$(BIN)/pybabel -q compile -d translations

migrate: $(VENV)/.installed ## Bring the database schema up to date
	$(FLASK) db upgrade

demo: migrate ## Load the fictional demo recruiters when the registry is empty
	$(FLASK) registry load-demo --if-empty

run: install i18n-compile demo ## Set everything up and serve on http://127.0.0.1:5000
	$(FLASK) run --host $(HOST) --port $(PORT)

serve: install i18n-compile migrate ## Serve with gunicorn, as in production
	$(BIN)/gunicorn --bind $(HOST):$(PORT) --workers 2 wsgi:app

import-dol: migrate ## Import the DOL H-2B recruiter disclosures from ../shared/data
	$(FLASK) registry import-dol ../shared/data/dol-h2b-recruiters/*Appendix_C*.xlsx

system-check: ## Say which system packages the tests need and are missing
	@command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx spa || { \
	  echo "Tesseract with Spanish is missing. Install it first (Debian/Ubuntu):"; \
	  echo "  sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa"; exit 1; }
	@test -d /usr/share/fonts/truetype/dejavu -a -d /usr/share/fonts/truetype/liberation || { \
	  echo "The test documents are drawn with DejaVu and Liberation fonts. Install them first:"; \
	  echo "  sudo apt-get install fonts-dejavu-core fonts-liberation"; exit 1; }
	@test -x /usr/bin/chromium || echo "Note: /usr/bin/chromium is missing, so the browser tests will be skipped (apt-get install chromium)."

test: install-dev i18n-compile system-check ## Set up and run the whole test suite
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

test-fast: install-dev i18n-compile system-check ## Run the suite without the browser tests
	$(BIN)/python -m pytest -n 2 -m "not e2e" $(PYTEST_ARGS)

lint: install-dev ## Check style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: install-dev ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: install-dev ## Type-check the pure analysis code with mypy
	$(BIN)/mypy

i18n-extract: install-dev ## Extract translatable strings into translations/messages.pot
	$(BIN)/pybabel extract --no-wrap -F babel.cfg -k lazy_gettext -k lazy_ngettext:1,2 -k N_ -o translations/messages.pot .

i18n-update: i18n-extract ## Merge new strings into every catalog
	$(BIN)/pybabel update --no-wrap -N -i translations/messages.pot -d translations

benchmarks: install-dev ## Print the speed and accuracy figures
	$(BIN)/python benchmarks/accuracy.py ../shared/corpus/dev
	$(BIN)/python benchmarks/check_speed.py
	$(BIN)/python benchmarks/registry_search.py
	$(BIN)/python benchmarks/report_speed.py

clean: ## Remove the virtualenv and caches (keeps instance/ data)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
