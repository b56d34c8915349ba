"""Appointments, driven as a person would: add one, gather questions, write up the visit."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caregiver_app.domain.appointments import AppointmentDraft
from caregiver_app.domain.entries import EntryDraft, EntryFilter, EntryKind
from caregiver_app.domain.medicines import MedicineDraft, MedicineEventKind
from tests.ui.driving import when_open
from ui.dialogs.appointment_dialogs import AppointmentDialog, VisitDialog
from ui.models.appointment_model import AgendaModel, AppointmentTableModel
from ui.pages.appointments import AppointmentsPage
from ui.session import Session
from ui.widgets.fitted_table import FittedTable


@pytest.fixture
def page(session: Session, qtbot: QtBot) -> AppointmentsPage:
    widget = AppointmentsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


def appointment(session: Session, days_from_now: float, **fields: object) -> str:
    when = datetime.now().astimezone() + timedelta(days=days_from_now)
    draft = AppointmentDraft(starts_at=when, clinician="Dr Patel", role="psychiatrist", **fields)  # type: ignore[arg-type]
    return session.services.appointments.add(session.writer.id, draft).id


def test_no_appointments_says_how_to_add_one(page: AppointmentsPage) -> None:
    assert page.no_upcoming.isVisible() and "Add an appointment" in page.no_upcoming.text()
    assert not page.details.isVisible()


def test_adding_an_appointment_by_typing(
    page: AppointmentsPage, qtbot: QtBot, session: Session
) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AppointmentDialog)
        qtbot.keyClicks(dialog.fields["clinician"], "Dr Patel")
        role = dialog.fields["role"]
        assert isinstance(role, QComboBox)
        qtbot.keyClicks(role.lineEdit(), "memory nurse")
        qtbot.keyClicks(dialog.fields["place"], "Northgate memory clinic")
        qtbot.keyClicks(dialog.fields["purpose"], "Six-monthly review")
        qtbot.keyClicks(dialog.fields["concerns"], "More muddled in the evenings")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_open(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    stored = session.services.appointments.list(session.writer.id)
    assert [(a.clinician, a.role, a.place, a.concerns) for a in stored] == [
        ("Dr Patel", "memory nurse", "Northgate memory clinic", "More muddled in the evenings")
    ]
    assert page.upcoming_model.rowCount() == 1
    assert "Dr Patel (memory nurse)" in page.upcoming_model.index(0, 1).data()
    assert page.details.isVisible() and page.chosen_title.text() == "Dr Patel (memory nurse)"
    assert "Your concerns: More muddled in the evenings" in page.chosen_more.text()


def test_an_appointment_needs_to_say_with_whom(
    page: AppointmentsPage, qtbot: QtBot, session: Session
) -> None:
    said: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AppointmentDialog)
        qtbot.keyClicks(dialog.fields["place"], "Clinic")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        said.append(dialog.message.text())
        said.append(dialog.text("place"))
        dialog.reject()

    when_open(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert said == ["Please write who the appointment is with.", "Clinic"]
    assert session.services.appointments.list(session.writer.id) == ()


def test_a_question_for_the_doctor_in_the_diary_joins_the_agenda(
    page: AppointmentsPage, session: Session
) -> None:
    appointment(session, 3)
    page.refresh()
    assert page.no_agenda.isVisible()
    session.services.diary.add(
        session.writer.id,
        EntryDraft(text="Could the new tablets cause the dizziness?", kind=EntryKind.QUESTION),
    )
    assert page.agenda_model.texts() == ["Could the new tablets cause the dizziness?"]
    assert "Question from the diary · Ann Okafor" in page.agenda_model.index(0).data()
    assert page.agenda.isVisible()


def test_typing_a_question_then_removing_it(
    page: AppointmentsPage, qtbot: QtBot, session: Session
) -> None:
    appointment_id = appointment(session, 3)
    page.refresh()
    qtbot.keyClicks(page.question, "Is the dose right?")
    qtbot.keyClick(page.question, Qt.Key.Key_Return)
    assert page.agenda_model.texts() == ["Is the dose right?"]
    assert page.question.text() == ""
    stored = session.services.appointments.get(appointment_id, session.writer.id)
    assert [q.text for q in stored.questions] == ["Is the dose right?"]

    page.agenda.selectRow(0)
    assert page.remove_question_button.isEnabled()
    qtbot.mouseClick(page.remove_question_button, Qt.MouseButton.LeftButton)
    assert page.agenda_model.texts() == []
    assert page.question.text() == "Is the dose right?"  # one Enter puts it back


def test_after_the_visit_the_notes_are_in_the_diary_and_the_dose_changed(
    page: AppointmentsPage, qtbot: QtBot, session: Session
) -> None:
    writer = session.writer.id
    donepezil = session.services.medicines.add(
        writer,
        MedicineDraft(
            name="Donepezil", strength="5 mg", started_on=date.today() - timedelta(days=60)
        ),
    )
    appointment_id = appointment(session, -1)
    page.refresh()
    page.choose(appointment_id)
    assert page.visit_button.isEnabled()

    def write_up(dialog: QWidget) -> None:
        assert isinstance(dialog, VisitDialog)
        qtbot.keyClicks(dialog.fields["said"], "Memory a little worse; blood pressure fine")
        qtbot.keyClicks(dialog.fields["agreed"], "Try the higher dose for a month")
        (choice,) = dialog.choices
        choice.kind.setCurrentIndex(choice.kind.findData(MedicineEventKind.DOSE_CHANGED))
        qtbot.keyClicks(choice.strength, "10 mg")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_open(write_up)
    qtbot.mouseClick(page.visit_button, Qt.MouseButton.LeftButton)

    notes = session.services.diary.page(
        writer, EntryFilter(kinds=(EntryKind.APPOINTMENT_NOTE,))
    ).entries
    assert len(notes) == 1
    assert "What was said: Memory a little worse; blood pressure fine" in notes[0].text
    assert "What we agreed: Try the higher dose for a month" in notes[0].text
    changed = session.services.medicines.get(donepezil.id, writer)
    assert changed.strength == "10 mg"
    assert changed.events[-1].decided_by == "Dr Patel (psychiatrist)"
    assert page.visit_button.text() == "Visit notes are in the diary"
    assert not page.visit_button.isEnabled()


def test_report_for_this_appointment_opens_the_report_tab(
    page: AppointmentsPage, qtbot: QtBot, session: Session
) -> None:
    appointment_id = appointment(session, 2)
    page.refresh()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.report
    assert page.report.appointment.currentData() == appointment_id
    assert page.report.by_appointment.isChecked()


def test_appointment_models_pass_the_model_tester(
    qtmodeltester: ModelTester, session: Session
) -> None:
    first = appointment(session, 2)
    appointment(session, -30, place="Clinic", purpose="Review")
    session.services.appointments.add_question(first, session.writer.id, "Is it the tablets?")
    table = AppointmentTableModel()
    table.set_appointments(session.services.appointments.list(session.writer.id))
    qtmodeltester.check(table)
    agenda = AgendaModel()
    agenda.set_items(session.services.appointments.agenda(first, session.writer.id).items)
    qtmodeltester.check(agenda)
    assert agenda.rowCount() == 1


def test_clicking_an_appointment_in_either_list_shows_its_details(
    page: AppointmentsPage, qtbot: QtBot, session: Session
) -> None:
    appointment(session, 2, place="Memory clinic")
    appointment(session, -20, place="GP surgery")
    page.refresh()
    assert "Memory clinic" in page.chosen_more.text()  # the next one is chosen first

    def click(table: QWidget, row: int) -> None:
        assert isinstance(table, FittedTable)
        rect = table.visualRect(table.model().index(row, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(page.past, 0)
    assert "GP surgery" in page.chosen_more.text()
    assert not page.upcoming.selectionModel().hasSelection()
    click(page.upcoming, 0)  # the row that was current before: still switches back
    assert "Memory clinic" in page.chosen_more.text()
