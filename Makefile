# TrygStart: the two commands the README promises, and the steps behind them.
#   make run           create .venv, install, build translations, start the app
#   make test          create .venv, install with test extras, run every check
#   make package       build dist/trygstart/ (PyInstaller onedir) and dist/trygstart_<v>_amd64.deb
#   make test-package  build them, unpack the .deb into a temporary root, run its selftest there
#   make package-windows  an MSI from the WiX source around a stand-in payload (wixl; checks
#                      the installer definition: the real Windows bundle needs a Windows machine)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/screening_app/__init__.py)
BUILD_VENV := build/venv-package
DEB := dist/trygstart_$(VERSION)_amd64.deb


.PHONY: test-postgres postgres-binaries run test test-fast venv lint typecheck contracts pytest translations lupdate clean bench screenshots lock schema package bundle test-package package-windows

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
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/ruff format --check src tests bench packaging

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# Every test with a clinic server in it (the [server] cases of the storage contract, the use
# cases, the statistics and the person's data; the server's own tests; the take-over screen)
# against a throwaway PostgreSQL cluster (tests/pgcluster.py starts it in a temporary folder, as
# nobody when run as root, and removes it): here they fail instead of skipping. PostgreSQL comes
# from the distribution's packages when it is missing.
test-postgres: $(STAMP) translations postgres-binaries
	TRYGSTART_REQUIRE_POSTGRES=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -k server \
	    tests/storage tests/services tests/stats tests/ui/test_server_take_over.py

postgres-binaries:
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null)

# The developer's fast loop: every test but those marked slow (CI runs them all).
test-fast: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m "not slow"

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (developers only; the .ts files are committed).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find src/screening_app -name '*.py' | sort) -ts $(TS)

# Regenerate the instrument and training-case JSON Schemas from the models (a test fails when
# one is stale).
schema: $(STAMP)
	$(BIN)/python -m screening_app.instruments.schema > questionnaires/schema.json
	$(BIN)/python -m screening_app.services.training.schema > resources/training/cases/schema.json

# Re-pin constraints.txt from what is installed in .venv (after changing pyproject.toml).
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable --exclude trygstart | sort > constraints.txt

bench: $(STAMP)
	for b in bench/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# ------------------------------------------------------------------ packages
# The build venv uses Python 3.12+ where the machine has one (packaging/find_python.sh).
$(BUILD_VENV)/.installed: pyproject.toml constraints.txt packaging/requirements.txt
	rm -rf $(BUILD_VENV)
	"$$(packaging/find_python.sh)" -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/python -m pip install --quiet --upgrade "pip>=24"
	$(BUILD_VENV)/bin/python -m pip install --quiet -c constraints.txt -r packaging/requirements.txt -e .
	touch $@

bundle: $(BUILD_VENV)/.installed translations
	packaging/linux/install_build_deps.sh
	rm -rf dist/trygstart build/pyinstaller
	$(BUILD_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/trygstart.spec

package: bundle
	$(BUILD_VENV)/bin/python packaging/linux/build_deb.py dist/trygstart dist --version $(VERSION)

test-package: package
	packaging/linux/smoke_test.sh $(DEB)

package-windows:
	command -v wixl >/dev/null && command -v msiinfo >/dev/null || \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wixl msitools >/dev/null)
	packaging/windows/build_msi_standin.sh dist

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
	find . -name __pycache__ -prune -exec rm -rf {} +
