"""What the main window shows while the diary is locked.

It shows nothing of the diary, not even a name: a locked screen on a shared family
computer must not say whose diary it is. One click tries the key kept in this
computer's password store; only when that is not there does it ask for the
passphrase or recovery code.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.errors import KeyUnavailable, KindredError
from caregiver_app.storage.store import Store, open_store
from ui.dialogs.shared_open import uses_shared_diary
from ui.dialogs.unlock import MessageBanner, UnlockForm, plain_message
from ui.session import Session

log = logging.getLogger(__name__)


class LockScreen(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy = False
        self._card: QFrame | None = None
        self._build()
        self._connect_signals()
        self.reset()

    def _build(self) -> None:
        self.setAccessibleName(self.tr("Kindred is locked"))
        self._card = card = QFrame(self)
        card.setProperty("role", "card")
        # The card takes the width it is given, up to a comfortable line length, and
        # grows with the text size. No alignment flags: they would size it from its
        # size hint and clip wrapped text.
        self._fit_card_to_text()
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        title = QLabel(self.tr("Your diary is locked"), card)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        text = QLabel(
            self.tr("Kindred locked the diary to keep it private. Everything you wrote is safe."),
            card,
        )
        text.setWordWrap(True)

        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setAccessibleName(self.tr("Unlock the diary"))
        # Enter as well as Space presses it, like a dialog's main button.
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.setMinimumHeight(self.fontMetrics().height() * 3)

        self.banner = MessageBanner(card)
        self.form = UnlockForm(
            self._session.paths, self._session.vault, runner=self._session.runner, parent=card
        )

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.banner)
        inner.addWidget(self.form)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _fit_card_to_text(self) -> None:
        if self._card is not None:
            self._card.setMaximumWidth(self.fontMetrics().averageCharWidth() * 64)

    def changeEvent(self, event: QEvent) -> None:
        # The text size can change while the screen is up (Settings restyles the app).
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_card_to_text()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._try_saved_key)
        self.form.opened.connect(self._attach)
        self._session.locked.connect(self.reset)

    def reset(self) -> None:
        """Back to the one big button, with nothing typed left behind."""
        self._set_busy(False)
        self.banner.clear()
        self.form.reset()
        self.form.hide()
        self.unlock_button.show()
        # The main window focuses this screen; the focus lands where it is useful.
        self.setFocusProxy(self.unlock_button)
        self.unlock_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def asking_for_secret(self) -> bool:
        return self.form.isVisibleTo(self)

    def _try_saved_key(self) -> None:
        if self._busy:
            return
        self.banner.clear()
        if uses_shared_diary(self._session.paths.folder):
            from ui.dialogs.shared_open import open_shared  # psycopg only for a shared diary

            self._set_busy(True)
            open_shared(self._session, self, done=self._on_shared)  # keyring, else asks
            return
        self._set_busy(True)
        paths, vault = self._session.paths, self._session.vault
        # Keyring calls can wait up to the vault's timeout: keep them off the UI thread.
        self._session.runner.run(
            lambda: open_store(paths, vault=vault), self._attach, self._on_saved_key_failed
        )

    def _on_shared(self, store: Store | None) -> None:
        if store is None:
            self._set_busy(False)  # not now: Unlock tries again
        else:
            self._attach(store)

    def _on_saved_key_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, KeyUnavailable):
            self.unlock_button.hide()
            self.form.reset()
            self.form.set_prompt(exc.message)
            self.form.show()
            self.setFocusProxy(self.form)
            self.form.focus_field()
            return
        self.banner.show_message(plain_message(exc))

    def _attach(self, store: Store) -> None:
        self._set_busy(False)
        try:
            self._session.attach(store)
        except KindredError as exc:
            store.close()
            self.banner.show_message(exc.message)
            return
        self.form.reset()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Opening…") if busy else self.tr("Unlock"))
