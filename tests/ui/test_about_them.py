"""The About them page: edit and save, never overwrite someone else's change, print it."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import OpenStore
from tests.ui.driving import FakeOutput, when_open
from ui.dialogs.profile_sheet import ProfileSheetDialog
from ui.pages.about_them import AboutThemPage
from ui.session import Session


@pytest.fixture
def fake(tmp_path: Path) -> FakeOutput:
    return FakeOutput(tmp_path)


@pytest.fixture
def page(session: Session, fake: FakeOutput, qtbot: QtBot) -> AboutThemPage:
    widget = AboutThemPage(session, fake.output())
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


def test_the_page_shows_the_profile(page: AboutThemPage) -> None:
    assert page.title.text() == "About Maggie"
    assert page.name.text() == "Margaret Okafor"
    assert page.preferred.text() == "Maggie"
    assert page.born.text() == "Not written"


def test_an_edit_is_saved(page: AboutThemPage, qtbot: QtBot, session: Session) -> None:
    qtbot.keyClicks(page.texts["what_calms"], "Her old records and a cup of tea")
    page.preferred.clear()
    qtbot.keyClicks(page.preferred, "Peggy")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    person = session.services.circle.get().person
    assert person.what_calms == "Her old records and a cup of tea"
    assert person.preferred_name == "Peggy"
    assert page.saved.isVisible() and not page.problem_box.isVisible()
    assert page.title.text() == "About Peggy"
    assert not page.dirty


def test_a_missing_name_is_explained_and_the_words_stay(
    page: AboutThemPage, qtbot: QtBot, session: Session
) -> None:
    qtbot.keyClicks(page.texts["allergies"], "Latex")
    page.name.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problem_box.isVisible()
    assert page.problem.text() == "Please write the name of the person you care for."
    assert page.texts["allergies"].toPlainText() == "Latex"
    assert session.services.circle.get().person.allergies == ""


def test_a_stale_edit_keeps_the_typed_text_and_says_what_changed(
    page: AboutThemPage, qtbot: QtBot, session: Session
) -> None:
    qtbot.keyClicks(page.texts["what_upsets"], "Being rushed in the morning")
    # Meanwhile, in another home, Raj saves a change to the same profile.
    circle = session.services.circle.get()
    theirs = replace(circle.person, allergies="Penicillin (rash)")
    session.services.circle.update_person(theirs, circle.person_version)
    assert page.texts["what_upsets"].toPlainText() == "Being rushed in the morning"

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problem_box.isVisible()
    assert "Someone else changed this profile" in page.problem.text()
    assert "• Allergies: Penicillin (rash)" in page.problem.text()
    assert page.texts["what_upsets"].toPlainText() == "Being rushed in the morning"
    assert session.services.circle.get().person.what_upsets == ""  # nothing overwritten

    # Having read it, the person adds their allergy too and saves their version.
    qtbot.keyClicks(page.texts["allergies"], "Penicillin (rash)")
    assert page.keep_mine.isVisible()
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    person = session.services.circle.get().person
    assert person.what_upsets == "Being rushed in the morning"
    assert person.allergies == "Penicillin (rash)"
    assert not page.problem_box.isVisible()


def test_someone_elses_change_shows_when_nothing_was_typed_here(
    page: AboutThemPage, session: Session
) -> None:
    circle = session.services.circle.get()
    session.services.circle.update_person(
        replace(circle.person, routines="Lunch at noon"), circle.person_version
    )
    assert page.texts["routines"].toPlainText() == "Lunch at noon"
    assert not page.dirty


def test_print_or_save_the_about_me_page(
    page: AboutThemPage, qtbot: QtBot, session: Session, fake: FakeOutput
) -> None:
    circle = session.services.circle.get()
    session.services.circle.update_person(
        replace(circle.person, what_matters="Her garden and the church choir"),
        circle.person_version,
    )
    seen: dict[str, object] = {}

    def save_and_print(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileSheetDialog)
        qtbot.waitUntil(lambda: dialog.preview.page_count > 0)
        seen["pages"] = dialog.preview.page_count
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        seen["message"] = dialog.message.text()
        dialog.reject()

    when_open(save_and_print)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    assert seen["pages"] == 1
    assert fake.save_to is not None
    saved = PdfReader(io.BytesIO(fake.save_to.read_bytes()))
    text = " ".join((saved.pages[0].extract_text() or "").split())
    assert "Her garden and the church choir" in text
    assert "Margaret" not in text and "Okafor" not in text  # initials, by default
    assert len(PdfReader(str(fake.printed_to)).pages) == 1
    assert seen["message"] == "Sent 1 page to the printer."


def test_someone_who_can_only_read_cannot_change_it(
    page: AboutThemPage, session: Session, opened: OpenStore
) -> None:
    session.set_writer(opened.viewer)
    assert page.texts["allergies"].isReadOnly() and page.name.isReadOnly()
    assert not page.save_button.isEnabled()
    assert page.read_only.text() == "Dr Visitor can read this page but not change it."
    session.set_writer(opened.ann)
    assert not page.texts["allergies"].isReadOnly() and page.save_button.isEnabled()
