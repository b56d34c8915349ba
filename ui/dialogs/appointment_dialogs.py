"""Adding or editing an appointment, and writing down what happened at it.

"After the visit" turns what was said and agreed into a diary entry and records
each medicine change agreed, all in one save that checks everything first. Like
every form here, a failed save keeps every word and says why.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.appointments import (
    Appointment,
    AppointmentDraft,
    VisitMedicineChange,
    VisitNotes,
)
from caregiver_app.domain.medicines import (
    Medicine,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
)
from caregiver_app.services.appointment_service import VisitRecord
from ui.dialogs.medicine_dialogs import (
    CHANGES_FROM,
    FormDialog,
    MedicineDialog,
    editable_combo,
    line_edit,
    text_box,
)
from ui.session import Session
from ui.widgets.flow_layout import FlowLayout

# Suggestions only: the words the family picks (or types) are what is saved.
ROLES = (
    QT_TRANSLATE_NOOP("AppointmentDialog", "psychiatrist"),
    QT_TRANSLATE_NOOP("AppointmentDialog", "GP"),
    QT_TRANSLATE_NOOP("AppointmentDialog", "memory nurse"),
    QT_TRANSLATE_NOOP("AppointmentDialog", "community mental health nurse"),
    QT_TRANSLATE_NOOP("AppointmentDialog", "psychologist"),
    QT_TRANSLATE_NOOP("AppointmentDialog", "care coordinator"),
    QT_TRANSLATE_NOOP("AppointmentDialog", "social worker"),
)


def _next_morning() -> datetime:
    tomorrow = datetime.now().astimezone().date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(10)).astimezone()


class AppointmentDialog(FormDialog):
    def __init__(
        self, session: Session, appointment: Appointment | None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Change the appointment") if appointment else self.tr("Add an appointment")
        super().__init__(title, parent, self.tr("Save appointment"))
        self._session = session
        self._appointment = appointment
        self.saved: Appointment | None = None
        when = QDateTimeEdit(
            QDateTime((appointment.starts_at if appointment else _next_morning()).astimezone())
        )
        when.setCalendarPopup(True)
        # Translators: a Qt date and time format, e.g. "3 March 2025   10:00".
        when.setDisplayFormat(self.tr("d MMMM yyyy   HH:mm"))
        self.add_field("starts_at", self.tr("Date and time"), when)
        self.add_field(
            "clinician", self.tr("With whom"), line_edit(self.tr("For example: Dr Patel"))
        )
        roles = tuple(self.tr(word) for word in ROLES)
        role = editable_combo(roles, self.tr("Psychiatrist, GP, memory nurse…"))
        self.add_field("role", self.tr("Their role"), role)
        self.add_field(
            "place", self.tr("Where"), line_edit(self.tr("For example: Memory clinic, Northgate"))
        )
        self.add_field(
            "purpose",
            self.tr("What it is for"),
            text_box(self.tr("For example: medication review"), 2),
        )
        self.add_field(
            "concerns",
            self.tr("Your main concerns now"),
            text_box(self.tr("In your own words"), 3),
            self.tr("This goes near the top of the report for the doctor."),
        )
        self.add_field(
            "needs",
            self.tr("What you need"),
            text_box(self.tr("Help at home, a letter, someone to ring on a bad day…"), 2),
        )
        if appointment is not None:
            for name in ("clinician", "place", "purpose", "concerns", "needs"):
                widget = self.fields[name]
                value = getattr(appointment, name)
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                else:
                    widget.setPlainText(value)  # type: ignore[attr-defined]
            role.setEditText(appointment.role)
        when.setFocus()

    @classmethod
    def ask(
        cls,
        session: Session,
        appointment: Appointment | None = None,
        parent: QWidget | None = None,
    ) -> Appointment | None:
        dialog = cls(session, appointment, parent)
        dialog.exec()
        return dialog.saved

    def draft(self) -> AppointmentDraft:
        when = self.fields["starts_at"]
        assert isinstance(when, QDateTimeEdit)
        moment = when.dateTime().toPython()
        assert isinstance(moment, datetime)
        return AppointmentDraft(
            starts_at=moment.astimezone(),
            clinician=self.text("clinician"),
            role=self.text("role"),
            place=self.text("place"),
            purpose=self.text("purpose"),
            concerns=self.text("concerns"),
            needs=self.text("needs"),
        )

    def save(self) -> None:
        draft = self.draft()
        service = self._session.services.appointments
        writer = self._session.writer.id
        existing = self._appointment
        if existing is None:
            op = lambda: service.add(writer, draft)  # noqa: E731
        else:
            op = lambda: service.edit(existing.id, writer, draft, existing.version)  # noqa: E731
        self.set_busy(True)
        self._session.runner.run(op, self._saved, self.failed, write=True)

    def _saved(self, appointment: Appointment) -> None:
        self.saved = appointment
        self.set_busy(False)
        self.accept()


class _MedicineChoice(QWidget):
    """One medicine in "After the visit": no change, or the change agreed and a new dose."""

    def __init__(self, medicine: Medicine) -> None:
        super().__init__()
        self.medicine = medicine
        name = QLabel(medicine.title)
        name.setWordWrap(True)
        name.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("No change"), None)
        for kind in CHANGES_FROM[medicine.status]:
            self.kind.addItem(kind.label, kind)
        self.kind.setAccessibleName(self.tr("Change agreed to {name}").format(name=medicine.name))
        if medicine.strength:
            dose_hint = self.tr("New dose (now {strength})").format(strength=medicine.strength)
        else:
            dose_hint = self.tr("New dose (now not written)")
        self.strength = line_edit(dose_hint)
        self.strength.setAccessibleName(self.tr("New dose of {name}").format(name=medicine.name))
        row = QWidget()
        flow = FlowLayout(row)
        flow.addWidget(self.kind)
        flow.addWidget(self.strength)
        self.strength.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(name)
        layout.addWidget(row)
        self.kind.currentIndexChanged.connect(self._show_dose)
        self._show_dose()

    def _show_dose(self) -> None:
        kind = self.kind.currentData()
        self.strength.setVisible(
            kind in (MedicineEventKind.DOSE_CHANGED, MedicineEventKind.RESTARTED)
        )

    def change(self) -> VisitMedicineChange | None:
        kind = self.kind.currentData()
        if kind is None:
            return None
        strength = self.strength.text() if self.strength.isVisibleTo(self) else ""
        change = MedicineChange(kind=MedicineEventKind(kind), strength=strength)
        return VisitMedicineChange(self.medicine.id, change)


class VisitDialog(FormDialog):
    """What was said and agreed: one diary entry, and the medicine changes agreed."""

    def __init__(
        self,
        session: Session,
        appointment: Appointment,
        medicines: tuple[Medicine, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("After the visit"), parent, self.tr("Save to the diary"))
        self._session = session
        self._appointment = appointment
        self.saved: VisitRecord | None = None
        self._new: list[MedicineDraft] = []
        intro = QLabel(
            self.tr(
                "The visit with {who}. What you write here goes into the diary "
                "as an appointment note; the medicine changes go into the medicines' history."
            ).format(who=appointment.with_whom)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(intro)
        self.add_field("said", self.tr("What was said"), text_box(self.tr("In your own words"), 4))
        self.add_field(
            "agreed",
            self.tr("What we agreed"),
            text_box(self.tr("Next steps, tests, a follow-up…"), 3),
        )
        self.choices = [_MedicineChoice(m) for m in medicines]
        group = QGroupBox(self.tr("Medicine changes agreed"))
        column = QVBoxLayout(group)
        if not self.choices:
            none = QLabel(self.tr("There are no medicines on the list yet."))
            none.setProperty("role", "muted")
            column.addWidget(none)
        for choice in self.choices:
            column.addWidget(choice)
        self.new_list = QLabel()
        self.new_list.setWordWrap(True)
        self.new_list.setTextFormat(Qt.TextFormat.PlainText)
        self.new_list.hide()
        self.add_new = QPushButton(self.tr("A new medicine was started…"))
        self.add_new.clicked.connect(self._add_new_medicine)
        new_row = QHBoxLayout()
        new_row.addWidget(self.add_new)
        new_row.addStretch(1)
        column.addWidget(self.new_list)
        column.addLayout(new_row)
        self.form.addRow(group)
        self.fields["said"].setFocus()

    @classmethod
    def ask(
        cls,
        session: Session,
        appointment: Appointment,
        medicines: tuple[Medicine, ...],
        parent: QWidget | None = None,
    ) -> VisitRecord | None:
        dialog = cls(session, appointment, medicines, parent)
        dialog.exec()
        return dialog.saved

    def _add_new_medicine(self) -> None:
        draft = MedicineDialog.ask_draft(self)
        if draft is None:
            return
        self._new.append(draft)
        names = ", ".join(" ".join(p for p in (d.name, d.strength) if p) for d in self._new)
        self.new_list.setText(self.tr("New: {names}").format(names=names))
        self.new_list.show()

    def notes(self) -> VisitNotes:
        changes = tuple(c for choice in self.choices if (c := choice.change()) is not None)
        return VisitNotes(
            said=self.text("said"),
            agreed=self.text("agreed"),
            medicine_changes=changes,
            new_medicines=tuple(self._new),
        )

    def save(self) -> None:
        notes = self.notes()
        service = self._session.services.appointments
        writer = self._session.writer.id
        appointment_id = self._appointment.id
        self.set_busy(True)
        self._session.runner.run(
            lambda: service.record_visit(appointment_id, writer, notes),
            self._saved,
            self.failed,
            write=True,
        )

    def _saved(self, record: VisitRecord) -> None:
        self.saved = record
        self.set_busy(False)
        self.accept()
