"""Changing the language in Settings: the whole window speaks it at once, no restart.

A small Spanish catalogue is compiled for the test (the real ones are being written
and tested on their own), so this checks the machinery: translators swapped, the
navigation and the page on screen built again in the new words, words not saved
yet kept, and back to English.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

import caregiver_app.i18n as core_i18n
from caregiver_app.settings import Settings
from ui import i18n
from ui.main_window import MainWindow

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

SPANISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>MainWindow</name>
  <message><source>Today</source><translation>Hoy</translation></message>
  <message><source>Diary</source><translation>Diario</translation></message>
  <message><source>Settings</source><translation>Ajustes</translation></message>
  <message><source>Lock</source><translation>Bloquear</translation></message>
</context>
<context><name>SettingsPage</name>
  <message><source>Settings</source><translation>Ajustes</translation></message>
  <message><source>Language</source><translation>Idioma</translation></message>
</context>
</TS>
"""


@pytest.fixture
def spanish_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    source = tmp_path / "test_es.ts"
    source.write_text(SPANISH_TS, encoding="utf-8")
    compiled = tmp_path / "test_es.qm"
    subprocess.run(
        [str(LRELEASE), str(source), "-qm", str(compiled)], check=True, capture_output=True
    )
    monkeypatch.setattr(i18n, "locale_folder", lambda: tmp_path)
    before = QLocale()
    yield tmp_path
    i18n.apply_language(Settings())  # English again for the tests after this one
    QLocale.setDefault(before)


def _labels(widget: QWidget | None) -> list[str]:
    assert widget is not None
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def _navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_choosing_spanish_in_settings_changes_the_window_at_once(
    window: MainWindow, qtbot: QtBot, spanish_catalogue: Path
) -> None:
    i18n.follow_language(window._session)
    window.go_to("Settings")
    page = window.current_page()
    assert page is not None
    buttons = {b.text(): b for b in page.findChildren(QRadioButton)}
    assert {"English", "हिन्दी", "Español"} <= set(buttons)
    settings_in_english = page

    _choose(qtbot, buttons["Español"])
    qtbot.waitUntil(lambda: _navigation(window)[:3] == ["Hoy", "Diario", "Guidance"])

    assert window._session.settings.language == "es"
    assert core_i18n.current_language() == "es"
    assert QLocale().language() == QLocale.Language.Spanish
    assert window.lock_button.text() == "Bloquear"
    # Still on Settings, built again in Spanish.
    assert window.navigation.currentRow() == 6
    page = window.current_page()
    assert page is not None and page is not settings_in_english
    qtbot.waitUntil(lambda: "Idioma" in _labels(window.current_page()))
    assert "Ajustes" in _labels(window.current_page())

    buttons = {b.text(): b for b in window.current_page().findChildren(QRadioButton)}
    assert buttons["Español"].isChecked()
    _choose(qtbot, buttons["English"])
    qtbot.waitUntil(lambda: _navigation(window)[:2] == ["Today", "Diary"])
    assert i18n.installed_translators() == []
    assert window.lock_button.text() == "Lock"
    qtbot.waitUntil(lambda: "Language" in _labels(window.current_page()))


def _choose(qtbot: QtBot, button: QRadioButton) -> None:
    """Click the round button itself (a radio button answers clicks on its circle and words)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_words_being_typed_on_about_them_survive_a_language_change(
    window: MainWindow, qtbot: QtBot, spanish_catalogue: Path
) -> None:
    i18n.follow_language(window._session)
    window.go_to("About them")
    about = window.current_page()
    assert about is not None
    known_as = next(e for e in about.findChildren(QLineEdit) if e.accessibleName() == "Known as")
    known_as.clear()
    qtbot.keyClicks(known_as, "Mags")

    window.go_to("Settings")
    settings_page = window.current_page()
    assert settings_page is not None
    buttons = {b.text(): b for b in settings_page.findChildren(QRadioButton)}
    _choose(qtbot, buttons["Español"])
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Hoy")

    window.go_to("About them")
    assert window.current_page() is about  # kept as it was, not built again
    assert known_as.text() == "Mags"


def test_the_guidance_cards_follow_the_language(
    window: MainWindow, qtbot: QtBot, spanish_catalogue: Path
) -> None:
    from caregiver_app.guidance.cards import load_cards
    from ui.pages.guidance import GuidancePage

    i18n.follow_language(window._session)
    window.go_to("Guidance")
    english = window.current_page()
    assert isinstance(english, GuidancePage)
    assert all(card.language == "en" for card in english.model.cards())

    window.go_to("Settings")
    settings_page = window.current_page()
    assert settings_page is not None
    buttons = {b.text(): b for b in settings_page.findChildren(QRadioButton)}
    _choose(qtbot, buttons["Español"])
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Hoy")

    window.go_to("Guidance")
    spanish = window.current_page()
    assert isinstance(spanish, GuidancePage) and spanish is not english
    titles = {card.title for card in spanish.model.cards()}
    assert titles == {card.title for card in load_cards(language="es").cards}
    assert any(card.language == "es" for card in spanish.model.cards())


def test_a_note_typed_on_today_survives_a_language_change(
    window: MainWindow, qtbot: QtBot, spanish_catalogue: Path
) -> None:
    from ui.pages.today import QuickText

    i18n.follow_language(window._session)
    window.go_to("Today")
    today = window.current_page()
    assert today is not None
    box = today.findChild(QuickText)
    assert box is not None
    qtbot.keyClicks(box, "She ate well")
    window.go_to("Settings")
    settings_page = window.current_page()
    assert settings_page is not None
    buttons = {b.text(): b for b in settings_page.findChildren(QRadioButton)}
    _choose(qtbot, buttons["Español"])
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Hoy")
    window.go_to("Today")
    assert window.current_page() is today and box.toPlainText() == "She ate well"
