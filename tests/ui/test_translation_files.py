"""The compiled catalogues (.qm) are committed, so `make run` and `make test` need no
build step: this checks each one is exactly what lrelease makes of its .ts today,
and that the app finds and loads them for each language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui import i18n

LOCALE = Path(i18n.locale_folder())
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
SOURCES = sorted(LOCALE.glob("*.ts"))


@pytest.mark.parametrize("source", SOURCES, ids=[path.stem for path in SOURCES])
def test_each_compiled_catalogue_matches_its_source(source: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"{source.stem}.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(source), "-qm", str(fresh)], check=True, timeout=60
    )
    committed = source.with_suffix(".qm")
    assert committed.is_file(), f"run `make translations` ({committed.name} is missing)"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is older than {source.name}: run `make translations`"
    )


@pytest.mark.parametrize("language", ["hi", "es"])
def test_every_area_and_qt_itself_load_for_each_language(language: str) -> None:
    files = i18n.translation_files(language)
    areas = {path.name.split("_")[0] for path in files if path.parent == LOCALE}
    assert {"shell", "dialogs"} <= areas
    for path in files:
        assert QTranslator().load(str(path)), path.name
    if language == "es":  # Qt ships Spanish for its own buttons, not Hindi
        assert any(path.name == "qtbase_es.qm" for path in files)
