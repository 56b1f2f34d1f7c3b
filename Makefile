# Two commands do all set-up on a fresh Debian/Ubuntu machine:
#   make run    creates .venv, installs, serves the app on http://127.0.0.1:5100
#   make test   creates .venv, installs, runs the whole suite
# System packages needed (see README): python3 python3-venv bubblewrap nodejs npm
# (for the editor bundle) and, for the tests, chromium and postgresql.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 5100
HOST ?= 127.0.0.1

.PHONY: run test lint bench check-system clean

check-system:
	@command -v $(PYTHON) >/dev/null || { echo "make: $(PYTHON) is missing: sudo apt-get install python3 python3-venv"; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { echo "make: python venv support is missing: sudo apt-get install python3-venv"; exit 1; }
	@command -v bwrap >/dev/null || echo "make: warning: bubblewrap is missing, grading will refuse to run: sudo apt-get install bubblewrap"

$(STAMP): pyproject.toml | check-system
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/interview serve --host $(HOST) --port $(PORT)

test: $(STAMP)
	@if command -v npm >/dev/null; then \
	  npm install --prefix tests/axe --no-audit --no-fund --silent && \
	  npm install --prefix deploy/jupyterhub --no-audit --no-fund --silent; \
	  else echo "make: npm is missing, the accessibility checks (axe-core) and the hub test will be skipped"; fi
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check interview_kernel widgets tests benchmarks
	$(BIN)/ruff format --check interview_kernel widgets tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python benchmarks/latency.py

clean:
	rm -rf $(VENV) build dist *.egg-info
