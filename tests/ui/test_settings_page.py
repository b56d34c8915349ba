"""The Settings page: every choice takes effect at once and is kept in the session settings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caregiver_app.domain.circle import Role
from caregiver_app.services.circle_service import CircleService
from caregiver_app.settings import Settings
from tests.conftest import OpenStore
from ui.background import SyncRunner
from ui.pages.settings_page import SettingsPage
from ui.session import Session

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def live_session(opened: OpenStore) -> Iterator[Session]:
    session = Session(
        opened.paths,
        opened.vault,
        Settings(current_writer_id=opened.ann),
        SyncRunner(),
        save_settings_to_disk=False,
    )
    session.attach(opened.store)
    yield session
    session.lock()


@pytest.fixture
def page(qtbot: QtBot, live_session: Session) -> SettingsPage:
    widget = SettingsPage(live_session)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    return widget


def _named(page: QWidget, kind: type[W], name: str) -> W:
    found = [w for w in page.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"expected one {kind.__name__} called {name!r}"
    return found[0]


def _visible_text(page: QWidget) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def _click(qtbot: QtBot, widget: QWidget) -> None:
    if isinstance(widget, QRadioButton | QCheckBox):
        # Where a person clicks: the words just after the indicator, not the empty row.
        where = QPoint(widget.fontMetrics().height() * 2, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_text_size_moves_in_steps_of_ten_and_is_applied(
    qtbot: QtBot, page: SettingsPage, live_session: Session
) -> None:
    changes: list[Settings] = []
    live_session.settings_changed.connect(changes.append)
    size = _named(page, QSlider, "Text size")
    qtbot.keyClick(size, Qt.Key.Key_Right)
    qtbot.keyClick(size, Qt.Key.Key_Right)

    assert live_session.settings.text_scale == 120
    assert [c.text_scale for c in changes] == [110, 120]
    assert "120 %" in _visible_text(page)

    qtbot.keyClick(size, Qt.Key.Key_End)
    assert live_session.settings.text_scale == 200


def test_dragging_previews_without_restyling_until_released(
    page: SettingsPage, live_session: Session
) -> None:
    size = _named(page, QSlider, "Text size")
    size.setSliderDown(True)
    size.setSliderPosition(150)
    assert "150 %" in _visible_text(page)
    assert live_session.settings.text_scale == 100
    size.setSliderDown(False)  # the person lets go
    assert live_session.settings.text_scale == 150


def test_theme_and_high_contrast_are_saved(
    qtbot: QtBot, page: SettingsPage, live_session: Session
) -> None:
    _click(qtbot, _named(page, QRadioButton, "Colours: Dark"))
    assert live_session.settings.theme == "dark"
    _click(qtbot, _named(page, QRadioButton, "Colours: Follow the computer"))
    assert live_session.settings.theme == "system"

    _click(qtbot, _named(page, QCheckBox, "High contrast"))
    assert live_session.settings.high_contrast is True


def test_country_is_saved(qtbot: QtBot, page: SettingsPage, live_session: Session) -> None:
    country = _named(page, QComboBox, "Country")
    assert [country.itemData(i) for i in range(country.count())] == [
        "AU",
        "CA",
        "DE",
        "IN",
        "IE",
        "ES",
        "GB",
        "US",
        "",
    ]
    qtbot.keyClicks(country, "Ireland")  # typing on a closed list picks the matching item
    assert live_session.settings.country == "IE"
    qtbot.keyClick(country, Qt.Key.Key_End)  # "Other / not listed"
    assert live_session.settings.country == ""


def test_changes_made_elsewhere_show_here(page: SettingsPage, live_session: Session) -> None:
    live_session.update_settings(text_scale=170, theme="light", country="IN")
    assert _named(page, QSlider, "Text size").value() == 170
    assert "170 %" in _visible_text(page)
    assert _named(page, QRadioButton, "Colours: Light").isChecked()
    assert _named(page, QComboBox, "Country").currentText() == "India"


def test_family_members_are_listed(page: SettingsPage) -> None:
    shown = _visible_text(page)
    assert "Ann Okafor" in shown
    assert "daughter · Main carer" in shown
    assert "Dr Visitor" in shown
    assert "Can read only" in shown


def test_adding_a_family_member(
    qtbot: QtBot, page: SettingsPage, opened: OpenStore, live_session: Session
) -> None:
    _click(qtbot, _named(page, QPushButton, "Add a family member"))
    name = _named(page, QLineEdit, "Their name")
    assert name.hasFocus()
    qtbot.keyClicks(name, "Priya Okafor")
    qtbot.keyClicks(_named(page, QLineEdit, "How they are related"), "granddaughter")
    qtbot.keyClicks(_named(page, QComboBox, "What they can do"), "Professional")
    _click(qtbot, _named(page, QPushButton, "Add to the family"))

    added = [c for c in CircleService(opened.store).get().caregivers if c.name == "Priya Okafor"]
    assert [(c.relationship, c.role) for c in added] == [("granddaughter", Role.PROFESSIONAL)]
    assert any(c.name == "Priya Okafor" for c in live_session.circle.caregivers)
    qtbot.waitUntil(lambda: "granddaughter · Professional carer" in _visible_text(page))
    assert "Priya Okafor was added to the family." in _visible_text(page)
    assert not name.isVisible()  # the form closes once it has done its job


def test_a_refused_family_member_keeps_what_was_typed(
    qtbot: QtBot, page: SettingsPage, opened: OpenStore
) -> None:
    _click(qtbot, _named(page, QPushButton, "Add a family member"))
    name = _named(page, QLineEdit, "Their name")
    qtbot.keyClicks(name, "raj okafor")
    qtbot.keyClick(name, Qt.Key.Key_Return)

    assert "raj okafor is already in the care circle." in _visible_text(page)
    assert name.text() == "raj okafor"
    assert len(CircleService(opened.store).get().caregivers) == 3


def test_cancel_closes_the_form_without_adding(
    qtbot: QtBot, page: SettingsPage, opened: OpenStore
) -> None:
    _click(qtbot, _named(page, QPushButton, "Add a family member"))
    qtbot.keyClicks(_named(page, QLineEdit, "Their name"), "Someone")
    _click(qtbot, _named(page, QPushButton, "Cancel adding a family member"))
    assert not _named(page, QLineEdit, "Their name").isVisible()
    assert len(CircleService(opened.store).get().caregivers) == 3


def test_every_control_has_a_name(page: SettingsPage) -> None:
    for kind in (QSlider, QRadioButton, QCheckBox, QComboBox, QLineEdit, QPushButton):
        for widget in page.findChildren(kind):
            assert widget.accessibleName(), widget
