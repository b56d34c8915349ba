"""Appointments and the things to bring up at one, as item models.

A family has a handful of appointments a year, so the page loads them whole off
the UI thread and hands them over; the models only shape the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from caregiver_app.domain.appointments import AgendaItem, Appointment
from caregiver_app.i18n import weekday_name
from ui.models.medicine_model import day_text
from ui.models.record_table import RecordTableModel, bold_font

AppointmentRole = Qt.ItemDataRole.UserRole + 1
AgendaItemRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def when_text(moment: datetime) -> str:
    """ "Thursday 27 November 2026, 10:30", in the computer's own time zone."""
    local = moment.astimezone()
    return f"{weekday_name(local.date())} {day_text(local.date())}, {local:%H:%M}"


def where_and_why(appointment: Appointment) -> str:
    lines = [appointment.with_whom]
    if appointment.place:
        lines.append(appointment.place)
    if appointment.purpose:
        lines.append(appointment.purpose)
    return "\n".join(lines)


class AppointmentTableModel(RecordTableModel):
    """When | with whom, where and why."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AppointmentTableModel", "When"),
        QT_TRANSLATE_NOOP("AppointmentTableModel", "With whom, and why"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        appointment = self.record_at(index)
        if appointment is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                local = appointment.starts_at.astimezone()
                when = f"{weekday_name(local.date())} {day_text(local.date())}\n{local:%H:%M}"
                if appointment.visit_entry_id:
                    when += "\n" + self.tr("Visit notes written")
                return when
            return where_and_why(appointment)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{when_text(appointment.starts_at)}. {where_and_why(appointment)}"
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            return bold_font()
        if role == AppointmentRole:
            return appointment
        return None

    def set_appointments(self, appointments: Sequence[Appointment]) -> None:
        self.set_records(appointments)

    def appointment(self, row: int) -> Appointment:
        record: Appointment = self._records[row]
        return record


def item_text(item: AgendaItem) -> str:
    local = item.at.astimezone()
    return f"{item.text}\n{item.source.label} · {item.by_name} · {day_text(local.date())}"


class AgendaModel(QAbstractListModel):
    """What to bring up: typed questions, the diary's questions, flagged entries."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[AgendaItem] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item_text(item)
        if role == AgendaItemRole:
            return item
        return None

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def texts(self) -> list[str]:
        return [item.text for item in self._items]
