"""The Help now page: the right emergency number first, then plain steps and local lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.settings import Settings
from tests.conftest import OpenStore
from ui.background import SyncRunner
from ui.pages.help_now import CALL_LOCAL, NO_COUNTRY, QUESTION, HelpNowPage
from ui.pages.settings_page import SettingsPage
from ui.session import Session


def _session(opened: OpenStore, country: str) -> Session:
    # No store attached: help must work while the diary is still locked.
    return Session(
        opened.paths,
        opened.vault,
        Settings(country=country),
        SyncRunner(),
        save_settings_to_disk=False,
    )


@pytest.fixture
def british(opened: OpenStore) -> Session:
    return _session(opened, "GB")


def _show(qtbot: QtBot, session: Session) -> HelpNowPage:
    page = HelpNowPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def _visible_text(page: QWidget) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def _label(page: QWidget, text: str) -> QLabel:
    found = [label for label in page.findChildren(QLabel) if label.text() == text]
    assert found, f"no label says {text!r}"
    return found[0]


def test_the_uk_page_says_call_999_first(qtbot: QtBot, british: Session) -> None:
    page = _show(qtbot, british)
    shown = _visible_text(page)
    assert shown.startswith(QUESTION)
    assert "Call 999" in shown
    assert shown.index("Call 999") < shown.index("Samaritans")
    assert "116 123" in shown
    assert "These numbers were last checked on" in shown


def test_the_us_page_says_call_911_with_988(qtbot: QtBot, opened: OpenStore) -> None:
    page = _show(qtbot, _session(opened, "US"))
    shown = _visible_text(page)
    assert "Call 911" in shown
    assert "988" in shown
    assert "Call 999" not in shown


def test_ireland_shows_both_emergency_numbers(qtbot: QtBot, opened: OpenStore) -> None:
    page = _show(qtbot, _session(opened, "IE"))
    assert "Call 112 or 999" in _visible_text(page)


def test_the_page_follows_a_change_of_country(qtbot: QtBot, british: Session) -> None:
    page = _show(qtbot, british)
    british.update_settings(country="US")
    qtbot.waitUntil(lambda: "Call 911" in _visible_text(page))
    assert "Call 999" not in _visible_text(page)
    assert page.emergency_call == "Call 911"


def test_choosing_a_country_in_settings_updates_help(
    qtbot: QtBot, opened: OpenStore, british: Session
) -> None:
    british.attach(opened.store)
    help_page = _show(qtbot, british)
    settings = SettingsPage(british)
    qtbot.addWidget(settings)
    settings.show()
    country = next(w for w in settings.findChildren(QWidget) if w.accessibleName() == "Country")
    qtbot.keyClicks(country, "Australia")
    qtbot.waitUntil(lambda: "Call 000" in _visible_text(help_page))
    british.lock()


def test_without_a_country_it_still_says_what_to_do(qtbot: QtBot, opened: OpenStore) -> None:
    page = _show(qtbot, _session(opened, ""))
    shown = _visible_text(page)
    assert CALL_LOCAL in shown
    assert NO_COUNTRY in shown
    assert page.emergency_call == CALL_LOCAL


def test_numbers_can_be_selected_and_copied(qtbot: QtBot, british: Session) -> None:
    page = _show(qtbot, british)
    for text in ("Call 999", "116 123"):
        flags = _label(page, text).textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_the_emergency_number_is_the_biggest_text(qtbot: QtBot, british: Session) -> None:
    page = _show(qtbot, british)
    call = _label(page, "Call 999")
    others = [label for label in page.findChildren(QLabel) if label is not call]
    assert all(call.fontInfo().pointSizeF() > o.fontInfo().pointSizeF() for o in others)
