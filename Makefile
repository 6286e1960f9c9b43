# TrygStart: the two commands the README promises, and the steps behind them.
#   make run   create .venv, install, build translations, start the app
#   make test  create .venv, install with test extras, run every check
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test venv lint typecheck contracts pytest translations lupdate clean bench screenshots lock schema

run: $(STAMP) translations
	$(BIN)/screening-app

test: $(STAMP) translations lint typecheck contracts pytest

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "TrygStart needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (developers only; the .ts files are committed).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find src/screening_app -name '*.py' | sort) -ts $(TS)

# Regenerate the instrument JSON Schema from the models (a test fails when it is stale).
schema: $(STAMP)
	$(BIN)/python -m screening_app.instruments.schema > questionnaires/schema.json

# Re-pin constraints.txt from what is installed in .venv (after changing pyproject.toml).
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable --exclude trygstart | sort > constraints.txt

bench: $(STAMP)
	for b in bench/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
	find . -name __pycache__ -prune -exec rm -rf {} +
