# The README's two commands, from nothing: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install whenever the project's dependencies change.
STAMP  := $(VENV)/.installed

.PHONY: run demo test lint typecheck imports pytest postgres-server a11y-tools bench screenshots screens-deps clean

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

# Translations (resources/locale/README.md): lupdate per area refreshes the .ts files
# (keeping what is translated), lrelease compiles them. The .qm files are committed,
# so `make run` and `make test` need no build step; a test fails if one is stale.
SHELL_SOURCES   = $(wildcard ui/*.py ui/pages/*.py ui/widgets/*.py ui/models/*.py)
DIALOGS_SOURCES = $(wildcard ui/dialogs/*.py)
.PHONY: translations
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent $(SHELL_SOURCES) \
	  -ts resources/locale/shell_hi.ts resources/locale/shell_es.ts
	$(BIN)/pyside6-lupdate -silent $(DIALOGS_SOURCES) \
	  -ts resources/locale/dialogs_hi.ts resources/locale/dialogs_es.ts
	for ts in resources/locale/*.ts; do \
	  $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
	$(BIN)/python -m tools.extract_core_strings

# The shared-diary tests start a throwaway PostgreSQL server of their own (initdb and
# pg_ctl from Debian's postgresql package). Installed when missing; left alone otherwise.
postgres-server:
	@command -v pg_config >/dev/null && [ -x "$$(pg_config --bindir)/initdb" ] || \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  (apt-get update && apt-get install -y postgresql)

# The accessibility test (tests/a11y) runs the app on a virtual display and reads it
# over AT-SPI as a screen reader does: Xvfb, a D-Bus daemon and at-spi2-core.
# Installed when missing; left alone otherwise.
a11y-tools:
	@command -v Xvfb >/dev/null && command -v dbus-daemon >/dev/null && \
	  { [ -x /usr/libexec/at-spi-bus-launcher ] || [ -x /usr/lib/at-spi2-core/at-spi-bus-launcher ]; } || \
	  (apt-get update && apt-get install -y xvfb xauth dbus at-spi2-core libxcb-cursor0 \
	   libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 \
	   libxcb-image0)

test: postgres-server a11y-tools lint typecheck imports pytest

# Performance figures, each next to a floor measured in the same run (docs/benchmarks.md).
bench: $(STAMP)
	$(BIN)/python bench/store_bench.py --out-dir /tmp/kindred-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui_bench.py --out-dir /tmp/kindred-bench
	$(BIN)/python bench/report_bench.py
	$(BIN)/python bench/crash_bench.py
	$(BIN)/python bench/server_bench.py

# The installable app (installer/): `make dist` builds the one-folder Linux bundle in
# dist/kindred (the app, kindred-cli, the menu entry, icons, install.sh) and a tarball
# of it; `make dist-check` runs the frozen app: --version, --self-check and a start of
# the main window under QT_QPA_PLATFORM=offscreen. Both are slow (minutes), so they are
# not part of `make test`.
.PHONY: dist dist-check
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	rm -rf dist/kindred
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
	  installer/kindred.spec
	mkdir -p dist/kindred/share
	cp installer/linux/install.sh installer/linux/uninstall.sh dist/kindred/
	cp installer/linux/org.kindred.Kindred.desktop \
	  installer/linux/org.kindred.Kindred.metainfo.xml dist/kindred/share/
	cp -r installer/linux/icons dist/kindred/share/
	version=$$($(BIN)/python -c 'import caregiver_app; print(caregiver_app.__version__)'); \
	  tarball=dist/kindred-$$version-linux-$$(uname -m).tar.gz; \
	  tar -C dist -czf $$tarball kindred && \
	  du -sh dist/kindred $$tarball

dist/kindred/kindred:
	$(MAKE) dist

dist-check: | dist/kindred/kindred
	installer/dist_check.sh dist/kindred \
	  "$$($(BIN)/python -c 'import caregiver_app; print(caregiver_app.__version__)')"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

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
