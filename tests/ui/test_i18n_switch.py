"""ui/i18n.py with the real catalogues: one language's translators at a time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from caregiver_app import i18n as core_i18n
from caregiver_app.settings import Settings
from ui import i18n


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    yield qapp
    i18n.apply_language(Settings())
    QLocale.setDefault(before)


def _diary() -> str:
    return QCoreApplication.translate("MainWindow", "Diary")


def test_switching_languages_swaps_the_translators(english_after: QApplication) -> None:
    i18n.apply_language(Settings(language="es", country="ES"))
    assert _diary() == "Diario"
    spanish = i18n.installed_translators()
    i18n.apply_language(Settings(language="hi", country="IN"))
    assert _diary() == "डायरी"
    assert not set(spanish) & set(i18n.installed_translators())  # Spanish ones removed
    assert core_i18n.current_language() == "hi"
    assert QLocale().name() == "hi_IN"
    assert english_after.layoutDirection() == Qt.LayoutDirection.LeftToRight
    i18n.apply_language(Settings(language="en", country="GB"))
    assert _diary() == "Diary" and i18n.installed_translators() == []
    assert QLocale().name() == "en_GB"


def test_the_locale_follows_language_and_country() -> None:
    assert i18n.locale_for("es", "US").name() == "es_US"
    assert i18n.locale_for("es", "").name() == "es_ES"
    # A country whose locale is another language keeps the chosen language.
    assert i18n.locale_for("hi", "GB").language() == QLocale.Language.Hindi
