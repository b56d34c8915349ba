"""The Medications page, driven as a person would: add a medicine, record a change, log doses."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caregiver_app.domain.medicines import (
    DoseOutcome,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
)
from tests.conftest import OpenStore
from tests.ui.driving import when_open
from ui.dialogs.medicine_dialogs import ChangeDialog, MedicineDialog
from ui.models.medicine_model import MedicineHistoryModel, MedicineTableModel
from ui.pages.medications import MedicationsPage
from ui.session import Session


@pytest.fixture
def page(session: Session, qtbot: QtBot) -> MedicationsPage:
    widget = MedicationsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


def add_donepezil(session: Session, **fields: object) -> str:
    draft = MedicineDraft(
        name="Donepezil",
        strength="5 mg",
        form="tablet",
        how_taken="One in the morning",
        purpose="memory",
        prescriber="Dr Patel",
        started_on=date.today() - timedelta(days=30),
        **fields,  # type: ignore[arg-type]
    )
    return session.services.medicines.add(session.writer.id, draft).id


def listed(page: MedicationsPage) -> list[str]:
    return [page.model.medicine(row).title for row in range(page.model.rowCount())]


def test_an_empty_list_says_how_to_start(page: MedicationsPage) -> None:
    assert page.empty.isVisible() and "Add a medicine" in page.empty.text()
    assert not page.table.isVisible()
    assert not page.change_button.isEnabled()


def test_adding_a_medicine_by_typing(page: MedicationsPage, qtbot: QtBot, session: Session) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MedicineDialog)
        qtbot.keyClicks(dialog.fields["name"], "Donepezil")
        qtbot.keyClicks(dialog.fields["strength"], "5 mg")
        form = dialog.fields["form"]
        assert isinstance(form, QComboBox)
        qtbot.keyClicks(form.lineEdit(), "tablet")
        qtbot.keyClicks(dialog.fields["how_taken"], "One in the morning with breakfast")
        qtbot.keyClicks(dialog.fields["purpose"], "For memory")
        qtbot.keyClicks(dialog.fields["prescriber"], "Dr Patel")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_open(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert listed(page) == ["Donepezil 5 mg tablet"]
    stored = session.services.medicines.list(session.writer.id)
    assert [(m.name, m.how_taken, m.prescriber) for m in stored] == [
        ("Donepezil", "One in the morning with breakfast", "Dr Patel")
    ]
    given = page.dose_row(stored[0].id).buttons[DoseOutcome.GIVEN]
    qtbot.waitUntil(given.isVisible)  # new rows are shown once control returns to Qt


def test_a_medicine_without_a_name_is_not_saved_and_keeps_the_words(
    page: MedicationsPage, qtbot: QtBot, session: Session
) -> None:
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MedicineDialog)
        qtbot.keyClicks(dialog.fields["strength"], "5 mg")
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen.append(dialog.message.text())
        seen.append(dialog.text("strength"))
        dialog.reject()

    when_open(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert seen == ["Please write the name of the medicine.", "5 mg"]
    assert session.services.medicines.list(session.writer.id) == ()


def test_a_dose_change_with_its_reason_shows_in_the_list_and_the_history(
    page: MedicationsPage, qtbot: QtBot, session: Session
) -> None:
    medicine_id = add_donepezil(session)
    page.choose(medicine_id)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangeDialog)
        kind = dialog.fields["kind"]
        assert isinstance(kind, QComboBox)
        assert kind.currentData() == MedicineEventKind.DOSE_CHANGED
        qtbot.keyClicks(dialog.fields["strength"], "10 mg")
        qtbot.keyClicks(dialog.fields["reason"], "Memory worse over the summer")
        qtbot.keyClicks(dialog.fields["decided_by"], "Dr Patel")
        qtbot.keyClicks(dialog.fields["side_effects"], "Vivid dreams")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_open(change)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)

    assert listed(page) == ["Donepezil 10 mg tablet"]
    newest, started = page.history_model.texts()
    assert "Dose changed from 5 mg to 10 mg." in newest
    assert "Why: Memory worse over the summer." in newest
    assert "Decided by Dr Patel." in newest
    assert "Side effects noticed: Vivid dreams." in newest
    assert "Written down by Ann Okafor." in newest
    assert "Started at 5 mg." in started
    assert page.history_heading.text() == "Changes to Donepezil, newest first"


def test_stopped_medicines_show_on_request(
    page: MedicationsPage, qtbot: QtBot, session: Session
) -> None:
    medicine_id = add_donepezil(session)
    session.services.medicines.change(
        medicine_id,
        session.writer.id,
        MedicineChange(kind=MedicineEventKind.STOPPED, reason="Sick every morning"),
    )
    assert listed(page) == []
    qtbot.mouseClick(page.show_stopped.box, Qt.MouseButton.LeftButton)
    assert listed(page) == ["Donepezil 5 mg tablet"]
    assert "Stopped on" in page.model.index(0, 0).data()
    assert page.no_doses.isVisible()  # a stopped medicine has no dose buttons


def test_a_refused_dose_is_logged_by_the_writer_now(
    page: MedicationsPage, qtbot: QtBot, session: Session
) -> None:
    medicine_id = add_donepezil(session)
    row = page.dose_row(medicine_id)
    before = datetime.now().astimezone()
    qtbot.mouseClick(row.buttons[DoseOutcome.REFUSED], Qt.MouseButton.LeftButton)

    doses = session.services.medicines.doses(
        session.writer.id, before - timedelta(minutes=1), before + timedelta(hours=1)
    )
    assert [(d.outcome, d.by_name) for d in doses] == [(DoseOutcome.REFUSED, "Ann Okafor")]
    assert page.dose_row(medicine_id).today.text().startswith("Today: refused at ")
    assert "(Ann Okafor)" in page.dose_row(medicine_id).today.text()


def test_someone_who_can_only_read_cannot_log_doses(
    page: MedicationsPage, session: Session, opened: OpenStore
) -> None:
    medicine_id = add_donepezil(session)
    session.set_writer(opened.viewer)
    row = page.dose_row(medicine_id)
    assert not any(button.isEnabled() for button in row.buttons.values())
    assert "can read the diary but not write" in page.read_only.text()
    assert not page.add_button.isEnabled()


def test_medicine_models_pass_the_model_tester(
    qtmodeltester: ModelTester, session: Session
) -> None:
    medicine_id = add_donepezil(session)
    session.services.medicines.change(
        medicine_id,
        session.writer.id,
        MedicineChange(kind=MedicineEventKind.PAUSED, reason="Dizzy"),
    )
    medicines = session.services.medicines.list(session.writer.id)
    table = MedicineTableModel()
    table.set_medicines(medicines)
    qtmodeltester.check(table)
    history = MedicineHistoryModel()
    history.set_medicine(medicines[0])
    qtmodeltester.check(history)
    assert history.rowCount() == 2
