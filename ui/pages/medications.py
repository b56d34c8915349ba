"""Medications: today's doses in one click, the current list, and every change with why.

The list is the current state of each medicine's history, so recording a change
(a new dose, a pause, a stop) is the only way the list changes, and the history
under it always explains the list. Stopped medicines stay in the history and are
shown on request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.medicines import DoseOutcome, DoseRecord, Medicine, MedicineStatus
from caregiver_app.services.changes import Changes
from ui.dialogs.medicine_dialogs import ChangeDialog, MedicineDialog
from ui.errors import plain_message
from ui.models.medicine_model import MedicineHistoryModel, MedicineTableModel
from ui.session import Session
from ui.widgets.fitted_table import FittedTable
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page_parts import SplitRow, card, label
from ui.widgets.scrolling import scroll_into
from ui.widgets.wrapped_check import WrappedCheck

log = logging.getLogger(__name__)

# Translated where shown, in the "MedicationsPage" context.
NO_MEDICINES = QT_TRANSLATE_NOOP(
    "MedicationsPage", "No medicines on the list yet. “Add a medicine…” starts it."
)
NOTHING_TODAY = QT_TRANSLATE_NOOP("MedicationsPage", "Nothing noted yet today.")
CHOOSE_ONE = QT_TRANSLATE_NOOP(
    "MedicationsPage", "Choose a medicine in the list to see every change to it."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MedicationsPage", text)


def doses_text(doses: list[DoseRecord]) -> str:
    if not doses:
        return _tr(NOTHING_TODAY)
    said = [
        QCoreApplication.translate("MedicationsPage", "{outcome} at {time} ({name})").format(
            outcome=d.outcome.label.lower(), time=f"{d.at.astimezone():%H:%M}", name=d.by_name
        )
        for d in doses
    ]
    return QCoreApplication.translate("MedicationsPage", "Today: {doses}.").format(
        doses="; ".join(said)
    )


class DoseRow(QWidget):
    """One medicine taken now, with Given / Missed / Refused buttons and today's log."""

    def __init__(
        self, medicine: Medicine, log_dose: Callable[[Medicine, DoseOutcome], None]
    ) -> None:
        super().__init__()
        self.medicine = medicine
        name = label(medicine.title)
        name.setStyleSheet("font-weight: 600;")
        how = label(medicine.how_taken, "muted")
        how.setVisible(bool(medicine.how_taken))
        self.today = label(_tr(NOTHING_TODAY))
        self.today.setAccessibleName(self.tr("{medicine} today").format(medicine=medicine.name))
        self.buttons: dict[DoseOutcome, QPushButton] = {}
        row = QWidget()
        flow = FlowLayout(row)
        for outcome in DoseOutcome:
            button = QPushButton(outcome.label)
            button.setAccessibleName(f"{medicine.name}: {outcome.label.lower()}")
            button.setToolTip(
                self.tr("Note a dose of {medicine} as {outcome}, now").format(
                    medicine=medicine.name, outcome=outcome.label.lower()
                )
            )
            button.clicked.connect(lambda _=False, o=outcome: log_dose(self.medicine, o))
            flow.addWidget(button)
            self.buttons[outcome] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(name)
        layout.addWidget(how)
        layout.addWidget(row)
        layout.addWidget(self.today)


class MedicationsPage(QWidget):
    status = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._dose_rows: dict[str, DoseRow] = {}
        self._chosen_id: str | None = None
        self.model = MedicineTableModel()
        self.history_model = MedicineHistoryModel()
        self._build()
        self._connect_signals()
        self.refresh()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        title = label(self.tr("Medications"), "title")
        self.add_button = QPushButton(self.tr("Add a medicine…"))
        self.add_button.setProperty("role", "primary")
        head = SplitRow(title, self.add_button)
        intro = label(
            self.tr(
                "The list comes from every change you write down, with who decided and why. "
                "It goes into the report for the doctor."
            ),
            "muted",
        )

        today_card, today_layout = card()
        today_layout.addWidget(label(self.tr("Medicines today"), "heading"))
        today_layout.addWidget(
            label(
                self.tr("One click notes a dose as given, missed or refused, now, by you."),
                "muted",
            )
        )
        self.dose_rows = QVBoxLayout()
        self.dose_rows.setSpacing(8)
        today_layout.addLayout(self.dose_rows)
        self.no_doses = label(self.tr("Medicines being taken will be listed here."), "muted")
        today_layout.addWidget(self.no_doses)
        self.read_only = label("", "muted")
        self.read_only.hide()
        today_layout.addWidget(self.read_only)

        self.table = FittedTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Current medicines"))
        self.empty = label(self.tr(NO_MEDICINES), "muted")
        self.show_stopped = WrappedCheck(self.tr("Show stopped medicines too"))
        self.change_button = QPushButton(self.tr("Record a change…"))
        self.change_button.setToolTip(
            self.tr("A new dose, a pause, a stop or a restart, with the reason")
        )
        list_actions_box = QWidget()
        list_actions = QHBoxLayout(list_actions_box)
        list_actions.setContentsMargins(0, 0, 0, 0)
        list_actions.addWidget(self.change_button)
        list_actions.addSpacing(16)
        list_actions.addWidget(self.show_stopped, 1, Qt.AlignmentFlag.AlignVCenter)

        self.history_heading = label(self.tr("Changes"), "heading")
        self.history = FittedTable(show_header=False)
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("Changes to the chosen medicine, newest first"))
        self.history_hint = label(self.tr(CHOOSE_ONE), "muted")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(head)
        layout.addWidget(intro)
        layout.addWidget(today_card)
        layout.addSpacing(6)
        layout.addWidget(label(self.tr("Current medicines"), "heading"))
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(list_actions_box)
        layout.addSpacing(6)
        layout.addWidget(self.history_heading)
        layout.addWidget(self.history_hint)
        layout.addWidget(self.history)
        layout.addStretch(1)
        scroll_into(self, content)
        self._update_actions()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_medicine)
        self.change_button.clicked.connect(self.record_change)
        self.show_stopped.toggled.connect(lambda _: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_chosen())
        self.table.doubleClicked.connect(lambda _: self.record_change())
        self._session.data_changed.connect(self._on_data_changed)
        self._session.writer_changed.connect(self._on_writer_changed)  # bound: see DiaryPage

    # --- loading ----------------------------------------------------------------------

    def _on_writer_changed(self, _writer_id: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self._session.is_unlocked:
            return
        medicines = self._session.services.medicines
        viewer = self._session.writer.id
        include_stopped = self.show_stopped.isChecked()

        def load() -> tuple[tuple[Medicine, ...], tuple[DoseRecord, ...]]:
            now = datetime.now().astimezone()
            midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
            listed = medicines.list(viewer, include_stopped=include_stopped)
            # A little past "now": a dose just logged on a clock a moment ahead still shows.
            return listed, medicines.doses(viewer, midnight, now + timedelta(minutes=15))

        self._session.runner.run(load, self._show, self._load_failed)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.medicines or changes.external or changes.circle:
            self.refresh()

    def _show(self, loaded: tuple[tuple[Medicine, ...], tuple[DoseRecord, ...]]) -> None:
        medicines, doses = loaded
        chosen = self._chosen_id
        self.model.set_medicines(medicines)
        row = self.model.row_of(chosen) if chosen else None
        if row is not None:
            self.table.selectRow(row)
        self._on_chosen()
        self._show_doses([m for m in medicines if m.status is MedicineStatus.TAKING], doses)
        self._update_actions()

    def _load_failed(self, error: BaseException) -> None:
        self.status.emit(plain_message(error))

    def _show_doses(self, taking: list[Medicine], doses: tuple[DoseRecord, ...]) -> None:
        wanted = [(m.id, m.title, m.how_taken) for m in taking]
        shown = [(r.medicine.id, r.medicine.title, r.medicine.how_taken) for r in self._rows()]
        if wanted != shown:  # rebuild only when the medicines changed: focus stays put
            for dose_row in self._rows():
                self.dose_rows.removeWidget(dose_row)
                dose_row.hide()
                dose_row.deleteLater()
            self._dose_rows = {}
            for medicine in taking:
                dose_row = DoseRow(medicine, self.log_dose)
                self._dose_rows[medicine.id] = dose_row
                self.dose_rows.addWidget(dose_row)
        for medicine_id, dose_row in self._dose_rows.items():
            dose_row.today.setText(doses_text([d for d in doses if d.medicine_id == medicine_id]))
        self.no_doses.setVisible(not taking)
        writer = self._session.writer
        self.read_only.setText(
            self.tr("{name} can read the diary but not write in it.").format(name=writer.name)
        )
        self.read_only.setVisible(bool(taking) and not writer.role.can_write)
        for dose_row in self._rows():
            for button in dose_row.buttons.values():
                button.setEnabled(writer.role.can_write)

    def _rows(self) -> list[DoseRow]:
        return list(self._dose_rows.values())

    def dose_row(self, medicine_id: str) -> DoseRow:
        return self._dose_rows[medicine_id]

    # --- choosing ---------------------------------------------------------------------

    def chosen(self) -> Medicine | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.medicine(index.row())

    def choose(self, medicine_id: str) -> None:
        row = self.model.row_of(medicine_id)
        if row is not None:
            self.table.selectRow(row)
            self._on_chosen()

    def _on_chosen(self) -> None:
        medicine = self.chosen()
        self._chosen_id = medicine.id if medicine else self._chosen_id
        self.history_model.set_medicine(medicine)
        if medicine is None:
            self.history_heading.setText(self.tr("Changes"))
        else:
            self.history_heading.setText(
                self.tr("Changes to {medicine}, newest first").format(medicine=medicine.name)
            )
        self.history_hint.setVisible(medicine is None)
        self.history.setVisible(medicine is not None)
        self._update_actions()

    def _update_actions(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        can_write = self._session.is_unlocked and self._session.writer.role.can_write
        self.add_button.setEnabled(can_write)
        self.change_button.setEnabled(can_write and self.chosen() is not None)

    # --- actions ----------------------------------------------------------------------

    def add_medicine(self) -> None:
        medicine = MedicineDialog.ask(self._session, self)
        if medicine is not None:
            self._chosen_id = medicine.id
            self.refresh()
            self.status.emit(self.tr("{medicine} is on the list.").format(medicine=medicine.name))

    def record_change(self) -> None:
        medicine = self.chosen()
        if medicine is None:
            return
        changed = ChangeDialog.ask(self._session, medicine, self)
        if changed is not None:
            self._chosen_id = changed.id
            self.refresh()
            last = changed.events[-1]
            self.status.emit(
                self.tr("{medicine}: “{change}” is in its history.").format(
                    medicine=changed.name, change=last.kind.label
                )
            )

    def log_dose(self, medicine: Medicine, outcome: DoseOutcome) -> None:
        medicines = self._session.services.medicines
        writer = self._session.writer.id
        self._session.runner.run(
            lambda: medicines.log_dose(writer, medicine.id, outcome),
            self._dose_logged,
            self._load_failed,
            write=True,
        )

    def _dose_logged(self, record: DoseRecord) -> None:
        when = record.at.astimezone()
        self.status.emit(
            self.tr("Noted: {medicine} {outcome} at {time}.").format(
                medicine=record.medicine_name,
                outcome=record.outcome.label.lower(),
                time=f"{when:%H:%M}",
            )
        )
