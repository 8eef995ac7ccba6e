# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv when missing
# and (re)installs whenever pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench package screenshots sample-images clean translations extract-strings

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e ".[test]"
	touch $@ $(RUN_STAMP)

# The interface's translations: the .ts sources are committed, the .qm files are compiled from them by
# every build (run, test, package), never committed, so a binary can never lag behind its source.
I18N := listing_genie_desktop/resources/i18n
QM := $(patsubst %.ts,%.qm,$(wildcard $(I18N)/*.ts))

$(I18N)/%.qm: $(I18N)/%.ts | $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing a user-visible string: re-extract every tr() of the window, and every sentence the layers below
# it mark with QT_TR_NOOP (core/messages.py), into the .ts files; listing_genie_en.ts keeps only its plural forms
# (restore it with git checkout after running this).
MARKED := $(shell grep -rlw --include=*.py --exclude-dir=ui QT_TR_NOOP listing_genie_desktop)

extract-strings: $(RUN_STAMP)
	$(BIN)/pyside6-lupdate listing_genie_desktop/ui/*.py $(MARKED) -no-obsolete -locations relative -ts $(I18N)/*.ts

run: $(RUN_STAMP) translations
	$(BIN)/listing-genie gui

# pytest exits 5 when it collects nothing; that must fail, and it does (any non-zero exit fails make).
test: $(TEST_STAMP) translations
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Benchmarks measure, they never fail: see BENCHMARKS.md.
bench: $(TEST_STAMP)
	$(BIN)/python -m benchmarks.run_all

# Linux installers: dist/listing-genie/ (frozen folder), dist/listing-genie-<version>-linux-<arch>.tar.gz and
# dist/listing-genie_<version>_<arch>.deb; installs binutils/dpkg with apt-get when missing (see packaging/).
PKG_STAMP := $(VENV)/.installed-package

$(PKG_STAMP): pyproject.toml packaging/requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -e . -r packaging/requirements.txt
	touch $@

package: $(PKG_STAMP) translations
	PYTHON=$(BIN)/python bash packaging/linux/build.sh

# The README's five sample images, made by the studio renderer from the bundled photo.
sample-images: $(RUN_STAMP)
	$(BIN)/python scripts/sample_images.py

# PNGs of the real window on the real studio backend, for the README (docs/screenshots/).
screenshots: $(TEST_STAMP) translations
	$(BIN)/python scripts/screenshots.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) build dist *.egg-info
