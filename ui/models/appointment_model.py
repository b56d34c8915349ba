"""Appointments and the things to bring up at one, as item models.

A family has a handful of appointments a year, so the page loads them whole off
the UI thread and hands them over; the models only shape the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from caregiver_app.domain.appointments import AgendaItem, Appointment
from ui.models.medicine_model import day_text

AppointmentRole = Qt.ItemDataRole.UserRole + 1
AgendaItemRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def when_text(moment: datetime) -> str:
    """ "Thursday 27 November 2026, 10:30", in the computer's own time zone."""
    local = moment.astimezone()
    return f"{local:%A} {day_text(local.date())}, {local:%H:%M}"


def where_and_why(appointment: Appointment) -> str:
    lines = [appointment.with_whom]
    if appointment.place:
        lines.append(appointment.place)
    if appointment.purpose:
        lines.append(appointment.purpose)
    return "\n".join(lines)


class AppointmentTableModel(QAbstractTableModel):
    """When | with whom, where and why."""

    HEADERS = ("When", "With whom, and why")

    def __init__(self) -> None:
        super().__init__()
        self._appointments: list[Appointment] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._appointments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._appointments):
            return None
        appointment = self._appointments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                local = appointment.starts_at.astimezone()
                when = f"{local:%A} {day_text(local.date())}\n{local:%H:%M}"
                if appointment.visit_entry_id:
                    when += "\nVisit notes written"
                return when
            return where_and_why(appointment)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{when_text(appointment.starts_at)}. {where_and_why(appointment)}"
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == AppointmentRole:
            return appointment
        return None

    def set_appointments(self, appointments: Sequence[Appointment]) -> None:
        self.beginResetModel()
        self._appointments = list(appointments)
        self.endResetModel()

    def appointment(self, row: int) -> Appointment:
        return self._appointments[row]

    def row_of(self, appointment_id: str) -> int | None:
        return next((i for i, a in enumerate(self._appointments) if a.id == appointment_id), None)


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
