"""The main window, its pages and widgets in Hindi and Spanish (issue 8, the "shell" area).

The catalogues ``resources/locale/shell_<lang>.ts`` must be complete (every string
found by lupdate translated, names and numbers kept as placeholders); counted words
use each language's plural forms while English keeps its own singular; and the real
window in Hindi at 200 % text, in high contrast, shows Hindi words, whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import caregiver_app.i18n as core_i18n
from caregiver_app.domain.entries import EntryDraft
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings
from tests.conftest import OpenStore
from tests.support.catalogues import LANGUAGES, LOCALE, finished_messages, new_strings
from tests.ui.conftest import shown_window
from tests.ui.test_no_clipping import _cut_off
from ui.main_window import NAVIGATION, MainWindow
from ui.pages.diary import DiaryPage
from ui.plural import counted
from ui.session import Session

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


# --- the catalogues ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shell_string_has_a_finished_translation_with_its_placeholders(
    language: str,
) -> None:
    finished = finished_messages("shell", language)
    assert len(finished) > 400  # the whole shell, not a sample
    for source, forms in finished:
        if language == "hi" and re.search(r"[a-z]{3}", source.replace("Kindred", "")):
            # Hindi in Devanagari: an English sentence left as it was would show here.
            same = {"{name}: {text}", "US Letter", "the {country}"}  # no words to translate
            assert any(DEVANAGARI.search(form) for form in forms) or source in same, source


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_knows_every_string_in_the_shell(language: str, tmp_path: Path) -> None:
    """lupdate finds nothing new: a string added to a page must be translated too."""
    found = new_strings("shell", language, tmp_path)
    if found is None:
        pytest.skip("not a git checkout")
    assert found == 0, "run lupdate (see resources/locale/README.md) and translate"


# --- in use ------------------------------------------------------------------------------


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install the shell's catalogue for a language, and its locale, for one test."""
    installed: list[QTranslator] = []
    before = QLocale()
    language_before = core_i18n.current_language()

    def use(language: str) -> None:
        for area in ("shell", "dialogs"):
            translator = QTranslator()
            assert translator.load(str(LOCALE / f"{area}_{language}.qm"))
            qapp.installTranslator(translator)
            installed.append(translator)
        QLocale.setDefault(QLocale(language))
        core_i18n.set_language(language)

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    core_i18n.set_language(language_before)
    QCoreApplication.processEvents()  # windows still open take the English back now


def test_counted_words_keep_the_english_singular_and_use_each_languages_plurals(
    speak: Callable[[str], None], session: Session, qtbot: QtBot
) -> None:
    def entries(n: int) -> str:
        text = QCoreApplication.translate("DiaryPage", "%n entries", None, n)
        return counted(text, "%n entries", n, "1 entry")

    assert (entries(1), entries(3)) == ("1 entry", "3 entries")
    DiaryService(session.services.store).add(session.writer.id, EntryDraft("Slept well"))
    page = DiaryPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.count.text() == "1 entry")
    speak("es")
    assert (entries(1), entries(3)) == ("1 entrada", "3 entradas")
    speak("hi")  # installed last, so asked first
    assert (entries(1), entries(3)) == ("1 एंट्री", "3 एंट्रियाँ")
    spanish_page = DiaryPage(session)
    qtbot.addWidget(spanish_page)
    qtbot.waitUntil(lambda: spanish_page.count.text() == "1 एंट्री")


@pytest.fixture
def hindi_window(
    opened: OpenStore, qtbot: QtBot, qapp: QApplication, speak: Callable[[str], None]
) -> Iterator[MainWindow]:
    """The window in Hindi, at 200 % text and in high contrast (for people who see less)."""
    DiaryService(opened.store).add(opened.ann, EntryDraft("Slept well and ate breakfast"))
    speak("hi")
    settings = Settings(
        current_writer_id=opened.ann,
        country="IN",
        language="hi",
        text_scale=200,
        high_contrast=True,
    )
    with shown_window(opened, qtbot, settings, size=(1280, 860), themed=True) as window:
        yield window


def test_the_window_in_hindi_at_200_percent_shows_hindi_words_whole(
    hindi_window: MainWindow, qtbot: QtBot
) -> None:
    navigation = hindi_window.navigation
    shown = [navigation.item(row).text() for row in range(navigation.count())]
    assert shown == ["आज", "डायरी", "सलाह", "दवाइयाँ", "अपॉइंटमेंट और रिपोर्ट", "उनके बारे में", "सेटिंग्स"]
    assert hindi_window.help_button.text() == "मुझे अभी मदद चाहिए"
    problems: list[str] = []
    for name in NAVIGATION:
        hindi_window.go_to(name)
        qtbot.wait(30)
        page = hindi_window.current_page()
        assert page is not None
        for widget in page.findChildren(QWidget):
            if widget.isVisible() and (problem := _cut_off(widget)):
                problems.append(f"{name}: {problem}")
    hindi_window.show_help_now()
    qtbot.wait(30)
    assert hindi_window.help_page.emergency_call == "112 मिलाएँ"
    for widget in hindi_window.help_holder.findChildren(QWidget):
        if widget.isVisible() and (problem := _cut_off(widget)):
            problems.append(f"Help now: {problem}")
    assert problems == []
