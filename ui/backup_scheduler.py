"""Automatic backups while the app is open: every 30 minutes if anything changed, and on close.

The copy is made off the UI thread through the one writer, then old copies are
thinned out by the retention policy. A failed backup is logged and tried again at
the next turn; it never interrupts the person writing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from caregiver_app.services.changes import Changes
from caregiver_app.storage.backup_catalog import prune
from ui.dialogs.backup_folder import use_chosen_folder
from ui.session import Session

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000


class BackupScheduler(QObject):
    def __init__(self, session: Session, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__()
        self._session = session
        self._changed = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.back_up_if_changed)
        session.data_changed.connect(self._on_changes)
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._timer.stop)
        if session.is_unlocked:
            self._on_unlocked()

    def _on_unlocked(self) -> None:
        use_chosen_folder(self._session)
        self._timer.start()

    def _on_changes(self, changes: Changes) -> None:
        if changes.any:
            self._changed = True

    def back_up_if_changed(self) -> None:
        if self._changed and self._session.is_unlocked:
            self.back_up("automatic")

    def back_up(self, reason: str, *, wait: bool = False) -> None:
        """Make a copy now (``wait``: before returning, e.g. when the app closes)."""
        if not self._session.is_unlocked:
            return
        store = self._session.services.store
        self._changed = False
        if store.shared:
            return  # a shared diary is backed up on its server, by whoever runs it

        def copy() -> int:
            copy = store.backup(reason)
            return prune(copy.parent)

        def failed(error: BaseException) -> None:
            self._changed = True  # try again next time
            log.warning("automatic backup failed: %s", type(error).__name__)

        self._session.runner.run(copy, lambda _removed: None, failed, write=True)
        if wait:
            self._session.runner.wait()
