"""Opening the shared diary: at start-up and when unlocking.

The password comes from the keyring, else it is asked for. When the server can't
be reached, :class:`ServerOfflineDialog` says so plainly, offers "Try again", and
lets the person write down what they came to write: it is kept as an encrypted
draft on this computer (the same drafts the entry editor keeps for the shared
diary), and the editor offers it back once the diary is open.

The server modules (and psycopg) are imported only here, and only for a shared
diary: every local start would pay for them otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.errors import KindredError, ServerRefused, ServerUnreachable
from caregiver_app.domain.serialise import draft_to_dict
from ui.dialogs.unlock import MessageBanner
from ui.errors import plain_message
from ui.session import Session

if TYPE_CHECKING:
    from caregiver_app.storage.server import ServerSettings, ServerStore

log = logging.getLogger(__name__)

# The name server.py saves the connection under; checked without importing it.
SHARED_SETTINGS_FILE = "shared-server.json"
NEW_ENTRY_DRAFT = "new-entry"  # the entry editor's draft for a new entry

Opener = Callable[["ServerSettings", str | None, Path], "ServerStore"]


def uses_shared_diary(home: Path) -> bool:
    return (home / SHARED_SETTINGS_FILE).is_file()


def _open(settings: ServerSettings, password: str | None, home: Path) -> ServerStore:
    from caregiver_app.storage.server import open_server_store

    return open_server_store(settings, password, home=home, upgrade=False)


Done = Callable[["ServerStore | None"], None]


def open_shared(
    session: Session, parent: QWidget | None = None, *, done: Done, opener: Opener = _open
) -> None:
    """Connect to the saved shared diary, then call ``done`` with it (None: not now).

    The connection is made off the UI thread (an unanswered server takes seconds);
    the questions — a password, "Try again" — are asked on it, between attempts.
    """
    from caregiver_app.storage.server import ServerPasswords, load_server_settings

    settings = load_server_settings(session.paths.folder)
    if settings is None:
        QMessageBox.warning(
            parent,
            "Kindred",
            QCoreApplication.translate(
                "shared_open",
                "The shared diary's connection details can't be read. Please set them again.",
            ),
        )
        done(None)
        return
    home = session.paths.folder

    def attempt(password: str) -> None:
        session.runner.run(
            lambda: opener(settings, password, home),
            done,
            lambda error: failed(error, password),
        )

    def failed(error: BaseException, password: str) -> None:
        if isinstance(error, ServerRefused) and "password" in error.message:
            again = _ask_password(parent, error.message)  # say why, and ask again
            if again is None:
                done(None)
            else:
                attempt(again)
        elif isinstance(error, ServerUnreachable):
            dialog = ServerOfflineDialog(session, settings, password, error.message, parent, opener)
            dialog.exec()
            done(dialog.store)
        else:
            QMessageBox.warning(parent, "Kindred", plain_message(error))
            done(None)

    password = ServerPasswords(session.vault).fetch(settings)
    if password is None:
        prompt = QCoreApplication.translate(
            "shared_open", "Your password for the shared diary ({user}):"
        ).format(user=settings.user)
        password = _ask_password(parent, prompt)
        if password is None:
            done(None)
            return
    attempt(password)


def attach_when_open(session: Session, parent: QWidget | None = None) -> Done:
    """A ``done`` that starts using the opened diary (None: the lock screen stays)."""

    def attach(store: ServerStore | None) -> None:
        if store is None:
            return
        try:
            session.attach(store)
        except KindredError as error:  # e.g. the server went away again just now
            store.close()
            QMessageBox.warning(parent, "Kindred", plain_message(error))

    return attach


def _ask_password(parent: QWidget | None, prompt: str) -> str | None:
    typed, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("shared_open", "Open the shared diary"),
        prompt,
        QLineEdit.EchoMode.Password,
    )
    return typed if ok else None


class ServerOfflineDialog(QDialog):
    """The server doesn't answer: say so, try again, and keep what is typed meanwhile."""

    def __init__(
        self,
        session: Session,
        settings: ServerSettings,
        password: str | None,
        message: str,
        parent: QWidget | None = None,
        opener: Opener = _open,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._password = password
        self._opener = opener
        self.store: ServerStore | None = None
        self._kept = False
        self.setWindowTitle(self.tr("The shared diary – Kindred"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

        title = QLabel(self.tr("Kindred can't reach the shared diary"), self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        self.banner = MessageBanner(self)
        self.banner.show_message(message)
        write_label = QLabel(
            self.tr(
                "Something to write down now? Write it here. It is kept, encrypted, on this "
                "computer, and offered to you in a new entry as soon as the diary opens."
            ),
            self,
        )
        write_label.setWordWrap(True)
        self.words = QPlainTextEdit(self)
        self.words.setAccessibleName(self.tr("Words to save later"))
        self.words.setTabChangesFocus(True)
        self.try_again = QPushButton(self.tr("Try again"), self)
        self.try_again.setProperty("role", "primary")
        self.not_now = QPushButton(self.tr("Not now"), self)
        self.not_now.setAccessibleName(self.tr("Close, keeping what I wrote"))
        for button in (self.try_again, self.not_now):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.try_again)
        buttons.addStretch(1)
        buttons.addWidget(self.not_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(write_label)
        layout.addWidget(self.words, 1)
        layout.addLayout(buttons)

        self.try_again.clicked.connect(self.retry)
        self.not_now.clicked.connect(self.reject)
        self.words.setFocus()

    def keep_words(self) -> bool:
        """Keep what is typed as the editor's new-entry draft (added to one kept earlier)."""
        text = self.words.toPlainText().strip()
        if not text:
            return False
        from caregiver_app.paths import StorePaths
        from caregiver_app.storage.drafts import DraftBox
        from caregiver_app.storage.server import drafts_folder, drafts_key

        folder = drafts_folder(self._session.paths.folder, self._settings)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        box = DraftBox(StorePaths(folder).drafts, drafts_key(self._settings, self._password or ""))
        try:
            earlier = box.all().get(NEW_ENTRY_DRAFT)
            if earlier and str(earlier.get("text", "")).strip():
                text = str(earlier["text"]).rstrip() + "\n\n" + text
            payload: dict[str, Any] = {**(earlier or {}), **draft_to_dict(EntryDraft(text=text))}
            payload.update(saved_at=datetime.now(UTC).isoformat(), entry_id=None, version=None)
            box.save(NEW_ENTRY_DRAFT, payload)
        except (OSError, RuntimeError) as error:
            log.warning("words could not be kept: %s", type(error).__name__)
            self.banner.show_message(
                self.tr("Sorry: these words could not be kept. Please copy them somewhere.")
            )
            return False
        self.words.clear()
        return True

    def retry(self) -> None:
        self._kept = self.keep_words() or self._kept
        self.try_again.setEnabled(False)
        self.try_again.setText(self.tr("Trying…"))
        settings, password, home = self._settings, self._password, self._session.paths.folder
        opener = self._opener
        self._session.runner.run(
            lambda: opener(settings, password, home), self._opened, self._failed
        )

    def _opened(self, store: ServerStore) -> None:
        self.store = store
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.try_again.setEnabled(True)
        self.try_again.setText(self.tr("Try again"))
        kept = self.tr("What you wrote is kept.") if self._kept else ""
        self.banner.show_message((plain_message(error) + " " + kept).strip())

    def reject(self) -> None:
        self.keep_words()
        super().reject()
