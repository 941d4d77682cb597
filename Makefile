# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint resources translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m jobcenter_desktop gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

lint: $(STAMP)
	$(VENV)/bin/ruff check jobcenter_desktop tests bench tools
	$(VENV)/bin/lint-imports

# Rebuild resources/data from ../shared/data (re-runnable; output is committed).
resources: $(STAMP)
	$(PY) tools/build_resources.py

# Refresh the English .ts from the source strings (existing translations are kept), then compile.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(git ls-files 'jobcenter_desktop/*.py') -ts resources/translations/jobcenter_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/jobcenter_en.ts -qm resources/translations/jobcenter_en.qm

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
