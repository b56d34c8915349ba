"""The family's backups: see what there is, and put one back.

Each copy is listed at once from its file name (when, and why it was made); its
number of entries is found by opening it off the UI thread. Restoring first backs
up the diary as it is now, so a restore can itself be undone: nothing is deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.errors import KeyUnavailable, KindredError
from caregiver_app.paths import StorePaths
from caregiver_app.storage.backup_catalog import BackupInfo, checked, list_backups, restore
from caregiver_app.storage.backup_place import backup_folder, backup_folders
from caregiver_app.storage.keys import DataKey
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import open_store, unlock_key
from ui.dialogs._i18n import local_time
from ui.errors import plain_message
from ui.plural import counted
from ui.session import Session

log = logging.getLogger(__name__)

CHECKING = QT_TRANSLATE_NOOP("backups", "checking…")
DAMAGED = QT_TRANSLATE_NOOP("backups", "Damaged")
COLUMNS = (
    QT_TRANSLATE_NOOP("backups", "When"),
    QT_TRANSLATE_NOOP("backups", "Why it was made"),
    QT_TRANSLATE_NOOP("backups", "Entries"),
)
KEPT_FIRST = QT_TRANSLATE_NOOP(
    "backups", "Your diary as it is now will be kept as a backup first, so you can undo this."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


AnyIndex = QModelIndex | QPersistentModelIndex


def when_label(moment: datetime, now: datetime | None = None) -> str:
    """A backup's time in local time, the way a person says it."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = local.strftime("%H:%M")
    days = (today - local.date()).days
    if days == 0:
        return QCoreApplication.translate("backups", "Today, {time}").format(time=clock)
    if days == 1:
        return QCoreApplication.translate("backups", "Yesterday, {time}").format(time=clock)
    # Translators: a Qt date format, e.g. "Monday 3 March 2025, 14:05".
    return local_time(local, QCoreApplication.translate("backups", "dddd d MMMM yyyy, HH:mm"))


def entries_label(info: BackupInfo) -> str:
    if info.good is None:
        return _tr(CHECKING)
    if not info.good:
        return _tr(DAMAGED)
    count = info.entries or 0
    text = QCoreApplication.translate("backups", "%n entries", "", count)
    return counted(text, "%n entries", count, "1 entry")


class BackupListModel(QAbstractTableModel):
    """The backups, newest first; a row's entry count arrives when it has been checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def update(self, info: BackupInfo) -> None:
        for row, known in enumerate(self._rows):
            if known.path == info.path:
                self._rows[row] = info
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return when_label(info.made_at)
            if column == 1:
                return info.reason_label.capitalize()
            return entries_label(info)
        if role == Qt.ItemDataRole.ToolTipRole and info.good is False:
            return QCoreApplication.translate(
                "backups", "This copy could not be opened whole. It can't be put back."
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(COLUMNS[section])
        return None


def ask_for_key(
    paths: StorePaths, vault: KeyringVault, parent: QWidget | None, why: str
) -> tuple[DataKey, dict[str, str]] | None:
    """The diary's key (from the keyring, or asked for), and how to open the diary again."""
    try:
        return unlock_key(paths, vault=vault)[1], {}
    except KeyUnavailable:
        pass
    secret, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("backups", "Your passphrase"),
        QCoreApplication.translate(
            "backups", "{why}\n\nPlease type your passphrase (or your recovery code):"
        ).format(why=why),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not secret:
        return None
    for how in ("passphrase", "recovery_code"):
        try:
            attempt = {how: secret}
            return unlock_key(paths, vault=vault, **attempt)[1], attempt
        except KindredError:
            continue
    QMessageBox.information(
        parent,
        QCoreApplication.translate("backups", "Not changed"),
        QCoreApplication.translate(
            "backups", "That doesn't open this diary, so nothing was changed."
        ),
    )
    return None


def restore_backup(session: Session, backup: Path, parent: QWidget | None = None) -> bool:
    """Put ``backup`` in place of the diary, keeping the current one as a backup first."""
    session.runner.wait()  # nothing half-written when the store closes
    found = ask_for_key(
        session.paths,
        session.vault,
        parent,
        QCoreApplication.translate("backups", "To put a backup back, Kindred needs to unlock it."),
    )
    if found is None:
        return False
    key, secret = found
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    problem: BaseException | None = None
    try:
        session.lock()
        try:
            restore(session.paths, key, backup, backup_folder(session.paths, session.settings))
        except (KindredError, OSError) as error:
            problem = error
        try:
            session.attach(open_store(session.paths, vault=session.vault, **secret))
        except (KindredError, OSError) as error:
            problem = problem or error
    finally:
        QApplication.restoreOverrideCursor()
    if problem is not None:
        log.warning("restore did not finish: %s", type(problem).__name__)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("backups", "The backup was not put back"),
            QCoreApplication.translate(
                "backups",
                "{problem}\n\nNothing was deleted: your diary and all the "
                "backups are where they were.",
            ).format(problem=plain_message(problem)),
        )
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("backups", "The backup is back"),
        QCoreApplication.translate(
            "backups",
            "Done. Your diary is now as it was in that backup.\n\nThe diary as it was a moment "
            "ago is kept in the list as a backup made “before restoring a backup”, "
            "so you can go back to it.",
        ),
    )
    return True


class BackupsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Backups and restore"))
        self.model = BackupListModel(self)
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        heading = QLabel(self.tr("Backups of your diary"))
        heading.setProperty("role", "heading")
        about = QLabel(
            self.tr(
                "Kindred keeps copies of your diary by itself. If something went wrong, "
                "you can put an earlier copy back."
            )
            + " "
            + _tr(KEPT_FIRST)
        )
        about.setWordWrap(True)
        about.setProperty("role", "muted")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Room around the words, at any text size.
        self.table.setStyleSheet(
            "QTableView::item { padding: 6px 12px; } QHeaderView::section { padding: 6px 12px; }"
        )
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.empty = QLabel(
            self.tr("There are no backups yet. “Back up now” in Settings makes one.")
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 90, self.fontMetrics().lineSpacing() * 24)

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.model.dataChanged.connect(self._on_selection)
        self.close_button.clicked.connect(self.accept)

    def refresh(self) -> None:
        session = self._session
        backups = list_backups(backup_folders(session.paths, session.settings))
        self.model.set_backups(backups)
        self.empty.setVisible(not backups)
        self.table.setVisible(bool(backups))
        self._on_selection()
        check = self._checker()
        if check is None:
            return
        for info in backups:
            self._session.runner.run(partial(check, info), self.model.update, lambda _error: None)

    def _checker(self) -> Callable[[BackupInfo], BackupInfo] | None:
        """How to open and check a copy: with the open diary's key, or the keyring's."""
        if self._session.is_unlocked:
            return self._session.services.store.backup_checker()
        try:
            key = unlock_key(self._session.paths, vault=self._session.vault)[1]
        except KindredError:
            return None
        return lambda info: checked(info, key)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _on_selection(self, *_: object) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.good is not False)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if info.good is False:
            QMessageBox.information(
                self,
                self.tr("This copy is damaged"),
                self.tr(
                    "This copy could not be opened whole, so it can't be put back. "
                    "Please choose another one from the list."
                ),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr("Put your diary back as it was on {when}?").format(
                when=when_label(info.made_at)
            )
            + "\n\n"
            + _tr(KEPT_FIRST),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        restore_backup(self._session, info.path, self)
        self.refresh()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> None:
        cls(session, parent).exec()
