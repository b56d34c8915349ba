# The README's two commands, from nothing: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install whenever the project's dependencies change.
STAMP  := $(VENV)/.installed

.PHONY: run demo test lint typecheck imports pytest postgres-server bench screenshots screens-deps clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Kindred needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kindred

# The fictional demo family, for trying Kindred and for talks: never your diary.
demo: $(STAMP)
	$(BIN)/kindred --demo

lint: $(STAMP)
	$(BIN)/ruff check caregiver_app ui tests bench tools
	$(BIN)/ruff format --check caregiver_app ui tests bench tools

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The shared-diary tests start a throwaway PostgreSQL server of their own (initdb and
# pg_ctl from Debian's postgresql package). Installed when missing; left alone otherwise.
postgres-server:
	@command -v pg_config >/dev/null && [ -x "$$(pg_config --bindir)/initdb" ] || \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  (apt-get update && apt-get install -y postgresql)

test: postgres-server lint typecheck imports pytest

# Performance figures, each next to a floor measured in the same run (docs/benchmarks.md).
bench: $(STAMP)
	$(BIN)/python bench/store_bench.py --out-dir /tmp/kindred-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui_bench.py --out-dir /tmp/kindred-bench
	$(BIN)/python bench/report_bench.py
	$(BIN)/python bench/crash_bench.py
	$(BIN)/python bench/server_bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Screenshots of the real app on a virtual display, and report pages as PNG, for
# looking at. Installs what it needs from Debian's packages when it is missing.
SCREENS ?= /tmp/kindred-screens
screens-deps:
	@command -v xvfb-run >/dev/null && command -v pdftoppm >/dev/null || \
	  (apt-get update && apt-get install -y xvfb xauth poppler-utils libxcb-cursor0 \
	   libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 \
	   libxcb-image0)

screenshots: $(STAMP) screens-deps
	xvfb-run -a -s "-screen 0 1280x860x24" $(BIN)/python -m tools.screens_app $(SCREENS)/app
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screens_diary $(SCREENS)/diary
	$(BIN)/python -m tools.sample_report --out-dir $(SCREENS)/report
	pdftoppm -png -r 70 $(SCREENS)/report/report.pdf $(SCREENS)/report/page
	@echo "Screenshots are in $(SCREENS)"
