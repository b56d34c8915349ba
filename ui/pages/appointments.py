"""Appointments & reports: what is coming up, what to bring, what was agreed, the report.

Two tabs. "Appointments" lists the visits coming up and the ones before, and for
the chosen one shows everything to bring up: questions typed here, questions for
the doctor written in the diary and entries flagged for the appointment, since
the one before. "Report for the doctor" is the handover report (Ctrl+P).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.appointments import Agenda, AgendaItem, Appointment, QuestionSource
from caregiver_app.domain.medicines import Medicine
from caregiver_app.services.changes import Changes
from ui.dialogs.appointment_dialogs import AppointmentDialog, VisitDialog
from ui.errors import plain_message
from ui.models.appointment_model import AgendaModel, AppointmentTableModel, when_text
from ui.pages.report_panel import ReportPanel
from ui.session import Session
from ui.widgets.fitted_table import FittedTable
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page_parts import SplitRow, card, label
from ui.widgets.pdf_preview import PdfOutput
from ui.widgets.scrolling import scroll_into

# Translated where shown, in the "AppointmentsPage" context.
NO_UPCOMING = QT_TRANSLATE_NOOP(
    "AppointmentsPage", "No appointments coming up. “Add an appointment…” puts one here."
)
NO_AGENDA = QT_TRANSLATE_NOOP(
    "AppointmentsPage",
    "Nothing to bring up yet. Entries of the kind “Question for the doctor”, and entries "
    "flagged for the appointment, appear here by themselves; you can also type a question below.",
)


class AppointmentsPage(QWidget):
    status = Signal(str)

    def __init__(self, session: Session, output: PdfOutput | None = None) -> None:
        super().__init__()
        self._session = session
        self._chosen_id: str | None = None
        self._agenda: Agenda | None = None
        self.upcoming_model = AppointmentTableModel()
        self.past_model = AppointmentTableModel()
        self.agenda_model = AgendaModel()
        self.report = ReportPanel(session, output)
        self._build()
        self._connect_signals()
        self.refresh()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Add an appointment…"))
        self.add_button.setProperty("role", "primary")
        head = SplitRow(label(self.tr("Appointments"), "title"), self.add_button)

        self.upcoming = FittedTable()
        self.upcoming.setModel(self.upcoming_model)
        self.upcoming.setAccessibleName(self.tr("Appointments coming up"))
        self.no_upcoming = label(self.tr(NO_UPCOMING), "muted")
        self.past_heading = label(self.tr("Earlier appointments"), "heading")
        self.past = FittedTable()
        self.past.setModel(self.past_model)
        self.past.setAccessibleName(self.tr("Earlier appointments, newest first"))

        self.details, details_layout = card()
        self.chosen_title = label("", "heading")
        self.chosen_when = label()
        self.chosen_more = label()
        self.edit_button = QPushButton(self.tr("Change…"))
        self.visit_button = QPushButton(self.tr("After the visit…"))
        self.visit_button.setToolTip(
            self.tr("Write down what was said and agreed, and medicine changes")
        )
        self.report_button = QPushButton(self.tr("Report for this appointment"))
        actions_box = QWidget()
        actions = FlowLayout(actions_box)
        for button in (self.report_button, self.visit_button, self.edit_button):
            actions.addWidget(button)
        self.agenda = FittedTable(show_header=False)
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("To bring up at the appointment"))
        self.no_agenda = label(self.tr(NO_AGENDA), "muted")
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("A question for the doctor…"))
        self.question.setAccessibleName(self.tr("A question for the doctor"))
        self.add_question_button = QPushButton(self.tr("Add question"))
        self.remove_question_button = QPushButton(self.tr("Remove question"))
        self.remove_question_button.setToolTip(self.tr("Remove the chosen question you typed here"))
        question_row = QHBoxLayout()
        question_row.addWidget(self.question, 1)
        question_row.addWidget(self.add_question_button)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_question_button)
        for widget in (self.chosen_title, self.chosen_when, self.chosen_more, actions_box):
            details_layout.addWidget(widget)
        details_layout.addSpacing(6)
        details_layout.addWidget(label(self.tr("To bring up"), "heading"))
        details_layout.addWidget(self.agenda)
        details_layout.addWidget(self.no_agenda)
        details_layout.addLayout(question_row)
        details_layout.addLayout(remove_row)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(head)
        layout.addWidget(
            label(
                self.tr(
                    "Questions for the doctor that you write in the diary gather here, "
                    "ready for the next appointment."
                ),
                "muted",
            )
        )
        layout.addWidget(label(self.tr("Coming up"), "heading"))
        layout.addWidget(self.upcoming)
        layout.addWidget(self.no_upcoming)
        layout.addWidget(self.details)
        layout.addSpacing(6)
        layout.addWidget(self.past_heading)
        layout.addWidget(self.past)
        layout.addStretch(1)
        appointments_tab = QWidget()
        scroll_into(appointments_tab, content)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Appointments and the report for the doctor"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(appointments_tab, self.tr("Appointments"))
        self.tabs.addTab(self.report, self.tr("Report for the doctor"))
        self.tabs.setTabToolTip(1, self.tr("Ctrl+P from anywhere"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(self.tabs)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_appointment)
        self.edit_button.clicked.connect(self.edit_appointment)
        self.visit_button.clicked.connect(self.after_the_visit)
        self.report_button.clicked.connect(lambda: self.show_report(self._chosen_id))
        self.add_question_button.clicked.connect(self.add_question)
        self.question.returnPressed.connect(self.add_question)
        self.remove_question_button.clicked.connect(self.remove_question)
        for table, other in ((self.upcoming, self.past), (self.past, self.upcoming)):
            table.selectionModel().selectionChanged.connect(
                lambda *_, t=table, o=other: self._on_selected(t, o)
            )
        self.agenda.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.report.status.connect(self.status)
        self._session.data_changed.connect(self._on_data_changed)
        self._session.writer_changed.connect(self._on_writer_changed)  # bound: see DiaryPage

    # --- loading ----------------------------------------------------------------------

    def _on_writer_changed(self, _writer_id: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        service = self._session.services.appointments
        viewer = self._session.writer.id
        self._session.runner.run(lambda: service.list(viewer), self._show, self._failed)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.appointments or changes.external or changes.circle:
            self.refresh()
        elif changes.entry_ids:
            self._load_agenda()  # a question written in the diary joins the agenda

    def _show(self, appointments: tuple[Appointment, ...]) -> None:
        now = datetime.now().astimezone()
        upcoming = [a for a in appointments if a.starts_at >= now]
        past = [a for a in reversed(appointments) if a.starts_at < now]
        self.upcoming_model.set_appointments(upcoming)
        self.past_model.set_appointments(past)
        self.upcoming.setVisible(bool(upcoming))
        self.no_upcoming.setVisible(not upcoming)
        self.past.setVisible(bool(past))
        self.past_heading.setVisible(bool(past))
        ids = [a.id for a in appointments]
        if self._chosen_id not in ids:
            first = upcoming[0] if upcoming else (past[0] if past else None)
            self._chosen_id = first.id if first else None
        if self._chosen_id is not None:
            self.choose(self._chosen_id)
        else:
            self._show_chosen(None)

    def _failed(self, error: BaseException) -> None:
        self.status.emit(plain_message(error))

    # --- the chosen appointment -----------------------------------------------------

    def chosen(self) -> Appointment | None:
        for model in (self.upcoming_model, self.past_model):
            row = model.row_of(self._chosen_id) if self._chosen_id else None
            if row is not None:
                return model.appointment(row)
        return None

    def choose(self, appointment_id: str) -> None:
        for table, model in ((self.upcoming, self.upcoming_model), (self.past, self.past_model)):
            row = model.row_of(appointment_id)
            if row is not None:
                table.selectRow(row)
                self._chosen_id = appointment_id
                self._show_chosen(model.appointment(row))
                return

    def _on_selected(self, table: FittedTable, other: FittedTable) -> None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return
        other.clearSelection()  # one appointment is chosen, in either list
        model = table.model()
        assert isinstance(model, AppointmentTableModel)
        appointment = model.appointment(rows[0].row())
        if appointment.id != self._chosen_id or self._agenda is None:
            self._chosen_id = appointment.id
            self._show_chosen(appointment)

    def _show_chosen(self, appointment: Appointment | None) -> None:
        self.details.setVisible(appointment is not None)
        if appointment is None:
            self.agenda_model.set_items(())
            self._agenda = None
            self._update_actions()
            return
        self.chosen_title.setText(appointment.with_whom)
        self.chosen_when.setText(when_text(appointment.starts_at))
        more = [appointment.place, appointment.purpose]
        if appointment.concerns:
            more.append(self.tr("Your concerns: {text}").format(text=appointment.concerns))
        if appointment.needs:
            more.append(self.tr("What you need: {text}").format(text=appointment.needs))
        self.chosen_more.setText("\n".join(m for m in more if m))
        self.chosen_more.setVisible(any(more))
        done = appointment.visit_entry_id is not None
        self.visit_button.setText(
            self.tr("Visit notes are in the diary") if done else self.tr("After the visit…")
        )
        self._load_agenda()

    def _load_agenda(self) -> None:
        appointment_id = self._chosen_id
        if appointment_id is None or not self._session.is_unlocked:
            return
        service = self._session.services.appointments
        viewer = self._session.writer.id
        self._session.runner.run(
            lambda: service.agenda(appointment_id, viewer), self._show_agenda, self._failed
        )

    def _show_agenda(self, agenda: Agenda) -> None:
        if agenda.appointment.id != self._chosen_id:
            return  # another appointment was chosen meanwhile
        self._agenda = agenda
        self.agenda_model.set_items(agenda.items)
        self.agenda.setVisible(bool(agenda.items))
        self.no_agenda.setVisible(not agenda.items)
        self._update_actions()

    def _update_actions(self) -> None:
        appointment = self.chosen()
        can_write = self._session.is_unlocked and self._session.writer.role.can_write
        self.add_button.setEnabled(can_write)
        self.edit_button.setEnabled(can_write and appointment is not None)
        self.visit_button.setEnabled(
            can_write and appointment is not None and appointment.visit_entry_id is None
        )
        self.add_question_button.setEnabled(can_write and appointment is not None)
        self.question.setEnabled(can_write and appointment is not None)
        item = self._chosen_item()
        self.remove_question_button.setVisible(self.agenda_model.rowCount() > 0)
        self.remove_question_button.setEnabled(
            can_write and item is not None and item.source is QuestionSource.TYPED
        )

    def _chosen_item(self) -> AgendaItem | None:
        index = self.agenda.currentIndex()
        if not index.isValid() or not self.agenda.selectionModel().isRowSelected(index.row()):
            return None
        return self.agenda_model.item(index.row())

    # --- actions ----------------------------------------------------------------------

    def add_appointment(self) -> None:
        appointment = AppointmentDialog.ask(self._session, None, self)
        if appointment is not None:
            self._chosen_id = appointment.id
            self.refresh()
            self.status.emit(
                self.tr("The appointment with {name} is on the list.").format(
                    name=appointment.with_whom
                )
            )

    def edit_appointment(self) -> None:
        appointment = self.chosen()
        if appointment is None:
            return
        if AppointmentDialog.ask(self._session, appointment, self) is not None:
            self.refresh()
            self.status.emit(self.tr("The appointment is saved."))

    def after_the_visit(self) -> None:
        appointment = self.chosen()
        if appointment is None or appointment.visit_entry_id is not None:
            return
        viewer = self._session.writer.id
        medicines: tuple[Medicine, ...] = ()
        try:
            medicines = self._session.services.medicines.list(viewer)
        except Exception as error:  # the list is a help here; the notes matter more
            self.status.emit(plain_message(error))
        record = VisitDialog.ask(self._session, appointment, medicines, self)
        if record is not None:
            self.refresh()
            self.status.emit(self.tr("The notes from the visit are in the diary."))

    def add_question(self) -> None:
        appointment_id = self._chosen_id
        text = self.question.text()
        if appointment_id is None or not text.strip():
            self.question.setFocus()
            return
        service = self._session.services.appointments
        writer = self._session.writer.id
        self._session.runner.run(
            lambda: service.add_question(appointment_id, writer, text),
            self._question_added,
            self._failed,
            write=True,
        )

    def _question_added(self, _appointment: Appointment) -> None:
        self.question.clear()
        self.question.setFocus()
        self.status.emit(self.tr("The question is on the list."))

    def remove_question(self) -> None:
        item = self._chosen_item()
        if item is None or item.question_id is None:
            return
        question_id, text = item.question_id, item.text
        service = self._session.services.appointments
        writer = self._session.writer.id
        self._session.runner.run(
            lambda: service.remove_question(question_id, writer),
            lambda _: self._question_removed(text),
            self._failed,
            write=True,
        )

    def _question_removed(self, text: str) -> None:
        # Put the words back in the box: one Enter adds them again if that was a slip.
        if not self.question.text():
            self.question.setText(text)
        self.status.emit(self.tr("The question is off the list. Its words are back in the box."))

    def show_report(self, appointment_id: str | None = None) -> None:
        if appointment_id is not None:
            self.report.choose_appointment(appointment_id)
        self.tabs.setCurrentWidget(self.report)
        self.report.setFocus()
