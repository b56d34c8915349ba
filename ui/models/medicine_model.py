"""Medicines and their history as item models, in the plain words the page shows.

The medicine list is short (a handful of rows), so it is loaded whole by the page
off the UI thread and handed to the model; the models only shape the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from caregiver_app.domain.medicines import (
    Medicine,
    MedicineEvent,
    MedicineEventKind,
    MedicineStatus,
)
from caregiver_app.i18n import format_date
from ui.models.record_table import RecordTableModel, bold_font

MedicineRole = Qt.ItemDataRole.UserRole + 1
EventRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def day_text(day: date) -> str:
    """ "12 March 2026": no leading zero, the month in words, never ambiguous."""
    return format_date(day)  # the month in the app's language (core catalogue)


def sentence(text: str) -> str:
    """The family's words as a sentence: a full stop added only if none is there."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else f"{text}."


def status_line(medicine: Medicine) -> str:
    started = QCoreApplication.translate("medicine_model", "started {day}").format(
        day=day_text(medicine.started_on)
    )
    since = day_text(medicine.status_since)
    if medicine.status is MedicineStatus.PAUSED:
        return QCoreApplication.translate(
            "medicine_model", "Paused since {day} · {started}"
        ).format(day=since, started=started)
    if medicine.status is MedicineStatus.STOPPED:
        return QCoreApplication.translate("medicine_model", "Stopped on {day} · {started}").format(
            day=since, started=started
        )
    return QCoreApplication.translate("medicine_model", "Taking · {started}").format(
        started=started
    )


def details(medicine: Medicine) -> str:
    lines = []
    if medicine.how_taken:
        lines.append(medicine.how_taken)
    if medicine.purpose:
        purpose = medicine.purpose
        lines.append(
            purpose
            if purpose.casefold().startswith("for ")
            else QCoreApplication.translate("medicine_model", "For {purpose}").format(
                purpose=purpose
            )
        )
    if medicine.prescriber:
        lines.append(
            QCoreApplication.translate("medicine_model", "Prescribed by {name}").format(
                name=medicine.prescriber
            )
        )
    return "\n".join(lines) or QCoreApplication.translate(
        "medicine_model", "No details written yet."
    )


class MedicineTableModel(RecordTableModel):
    """Medicine (with its state) | how it is taken, what for and who prescribed it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("MedicineTableModel", "Medicine"),
        QT_TRANSLATE_NOOP("MedicineTableModel", "How, and what for"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        medicine = self.record_at(index)
        if medicine is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{medicine.title}\n{status_line(medicine)}"
            return details(medicine)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{medicine.title}. {status_line(medicine)}. {details(medicine)}"
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return bold_font()
        if role == MedicineRole:
            return medicine
        return None

    def set_medicines(self, medicines: Sequence[Medicine]) -> None:
        self.set_records(medicines)

    def medicine(self, row: int) -> Medicine:
        record: Medicine = self._records[row]
        return record

    def medicines(self) -> tuple[Medicine, ...]:
        return tuple(self._records)


def event_text(event: MedicineEvent) -> str:
    """One change as the family would say it, with why, who decided and what was noticed."""
    kind = event.kind
    if kind is MedicineEventKind.STARTED:
        what = (
            QCoreApplication.translate("medicine_model", "Started at {strength}.").format(
                strength=event.strength
            )
            if event.strength
            else QCoreApplication.translate("medicine_model", "Started.")
        )
        if event.how_taken:
            what += f" {sentence(event.how_taken)}"
    elif kind is MedicineEventKind.DOSE_CHANGED:
        parts = []
        if event.strength != event.previous_strength:
            if event.previous_strength:
                parts.append(
                    QCoreApplication.translate(
                        "medicine_model", "Dose changed from {was} to {now}."
                    ).format(was=event.previous_strength, now=event.strength)
                )
            else:
                parts.append(
                    QCoreApplication.translate("medicine_model", "Dose changed to {now}.").format(
                        now=event.strength
                    )
                )
        if event.how_taken != event.previous_how_taken:
            parts.append(
                QCoreApplication.translate("medicine_model", "Now taken: {how}").format(
                    how=sentence(event.how_taken)
                )
            )
        what = " ".join(parts) or QCoreApplication.translate("medicine_model", "Dose changed.")
    elif kind is MedicineEventKind.RESTARTED:
        what = (
            QCoreApplication.translate("medicine_model", "Restarted at {strength}.").format(
                strength=event.strength
            )
            if event.strength
            else QCoreApplication.translate("medicine_model", "Restarted.")
        )
    else:
        what = f"{kind.label}."
    lines = [f"{day_text(event.on)} — {what}"]
    if event.reason:
        lines.append(
            QCoreApplication.translate("medicine_model", "Why: {reason}").format(
                reason=sentence(event.reason)
            )
        )
    if event.decided_by:
        lines.append(
            QCoreApplication.translate("medicine_model", "Decided by {who}").format(
                who=sentence(event.decided_by)
            )
        )
    if event.side_effects:
        lines.append(
            QCoreApplication.translate("medicine_model", "Side effects noticed: {effects}").format(
                effects=sentence(event.side_effects)
            )
        )
    lines.append(
        QCoreApplication.translate("medicine_model", "Written down by {name}.").format(
            name=event.recorded_by_name
        )
    )
    return "\n".join(lines)


class MedicineHistoryModel(QAbstractListModel):
    """The changes to one medicine, newest first, each a few readable sentences."""

    def __init__(self) -> None:
        super().__init__()
        self._events: list[MedicineEvent] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return event_text(event)
        if role == EventRole:
            return event
        return None

    def set_medicine(self, medicine: Medicine | None) -> None:
        self.beginResetModel()
        self._events = list(reversed(medicine.events)) if medicine is not None else []
        self.endResetModel()

    def texts(self) -> list[str]:
        return [event_text(event) for event in self._events]
