"""Opening a locked diary with the passphrase or the recovery code.

:class:`UnlockForm` is the one piece that asks for a secret and opens the store; the
:class:`UnlockDialog` and the lock screen both use it, so a wrong passphrase, a
busy diary or a damaged file read the same everywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.errors import InvalidInput, KindredError, WrongKey
from caregiver_app.paths import StorePaths
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, load_keyfile, open_store
from ui import errors
from ui.background import Runner, SyncRunner

log = logging.getLogger(__name__)


def plain_message(exc: BaseException) -> str:
    """What to tell a person about a failure while opening the diary."""
    return errors.plain_message(exc, opening=True)


class MessageBanner(QFrame):
    """A calm box for a message the person must not miss (hidden while empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.label)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class UnlockForm(QWidget):
    """Type the passphrase (or the recovery code) and open the diary.

    ``opened`` carries the open :class:`Store`. Opening runs through ``runner`` so
    the lock screen can keep the window responsive; dialogs use a synchronous one
    because scrypt and opening take well under a second.
    """

    opened = Signal(object)  # Store

    def __init__(
        self,
        paths: StorePaths,
        vault: KeyringVault,
        *,
        runner: Runner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._vault = vault
        self._runner: Runner = runner if runner is not None else SyncRunner()
        self._using_code = False
        self._has_passphrase = True
        self._busy = False
        self._build()
        self._connect_signals()
        self.refresh()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)

        self.passphrase_label = QLabel(self.tr("Your &passphrase"), self)
        self.passphrase_field = QLineEdit(self)
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.setAccessibleName(self.tr("Your passphrase"))
        self.passphrase_label.setBuddy(self.passphrase_field)
        self.show_typed = QCheckBox(self.tr("Show what I type"), self)
        self.show_typed.setAccessibleName(self.tr("Show the passphrase as I type it"))

        self.code_label = QLabel(self.tr("Your &recovery code"), self)
        self.code_field = QLineEdit(self)
        self.code_field.setAccessibleName(self.tr("Your recovery code"))
        self.code_field.setPlaceholderText(self.tr("24 letters and numbers, as printed"))
        self.code_label.setBuddy(self.code_field)

        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setAccessibleName(self.tr("Unlock the diary"))
        self.switch_button = QPushButton(self.tr("Use my recovery code instead"), self)
        self.switch_button.setAccessibleName(self.tr("Use my recovery code instead"))
        for button in (self.unlock_button, self.switch_button):
            # Enter in a field unlocks through returnPressed; a dialog's default
            # button would make it fire twice.
            button.setAutoDefault(False)

        self.banner = MessageBanner(self)

        # One button per row: two side by side no longer fit at 200 % text.
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.unlock_button)
        unlock_row.addStretch(1)
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.switch_button)
        switch_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase_field)
        layout.addWidget(self.show_typed)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code_field)
        layout.addSpacing(4)
        layout.addLayout(unlock_row)
        layout.addWidget(self.banner)
        layout.addLayout(switch_row)

        QWidget.setTabOrder(self.passphrase_field, self.show_typed)
        QWidget.setTabOrder(self.show_typed, self.code_field)
        QWidget.setTabOrder(self.code_field, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.switch_button)

    def _connect_signals(self) -> None:
        self.passphrase_field.returnPressed.connect(self.try_open)
        self.code_field.returnPressed.connect(self.try_open)
        self.unlock_button.clicked.connect(self.try_open)
        self.switch_button.clicked.connect(self._toggle_mode)
        self.show_typed.toggled.connect(self._on_show_typed)

    # --- public ---------------------------------------------------------------------

    @property
    def using_recovery_code(self) -> bool:
        return self._using_code

    @property
    def current_field(self) -> QLineEdit:
        return self.code_field if self._using_code else self.passphrase_field

    def refresh(self) -> None:
        """Look at the key file again: a diary without a passphrase needs the code."""
        self.banner.clear()
        try:
            self._has_passphrase = load_keyfile(self._paths).has_passphrase
        except KindredError as exc:
            self._has_passphrase = True
            self.banner.show_message(exc.message)
        except OSError:
            self._has_passphrase = True
            self.banner.show_message(errors.FILES_UNREADABLE)
        self.use_recovery_code(not self._has_passphrase)

    def set_prompt(self, text: str) -> None:
        self.prompt.setText(text)
        self.prompt.setVisible(bool(text))

    def use_recovery_code(self, on: bool) -> None:
        self._using_code = on
        for widget in (self.passphrase_label, self.passphrase_field, self.show_typed):
            widget.setVisible(not on)
        self.code_label.setVisible(on)
        self.code_field.setVisible(on)
        self.setFocusProxy(self.current_field)  # focusing the form focuses its field
        self.switch_button.setText(
            self.tr("Use my passphrase instead") if on else self.tr("Use my recovery code instead")
        )
        self.switch_button.setAccessibleName(self.switch_button.text())
        self.switch_button.setVisible(self._has_passphrase)
        if not self._has_passphrase and not self.prompt.text():
            self.set_prompt(self.tr("Please type your recovery code to open the diary."))

    def focus_field(self) -> None:
        self.current_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Forget anything typed (used after unlocking and when the diary locks again)."""
        self.passphrase_field.clear()
        self.code_field.clear()
        self.show_typed.setChecked(False)
        self.banner.clear()
        self._set_busy(False)
        self.refresh()

    def try_open(self) -> None:
        if self._busy:
            return
        secret = self.current_field.text()
        if not secret.strip():
            if self._using_code:
                first = self.tr("Please type your recovery code first.")
            else:
                first = self.tr("Please type your passphrase first.")
            self.banner.show_message(first)
            self.focus_field()
            return
        self.banner.clear()
        opener = self._opener(secret)
        self._set_busy(True)
        self._runner.run(opener, self._on_opened, self._on_failed)

    # --- behaviour ------------------------------------------------------------------

    def _opener(self, secret: str) -> Callable[[], Store]:
        paths, vault = self._paths, self._vault
        if self._using_code:
            return lambda: open_store(paths, vault=vault, recovery_code=secret)
        return lambda: open_store(paths, vault=vault, passphrase=secret)

    def _toggle_mode(self) -> None:
        self.banner.clear()
        self.use_recovery_code(not self._using_code)
        self.focus_field()

    def _on_show_typed(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase_field.setEchoMode(mode)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Opening…") if busy else self.tr("Unlock"))
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        elif QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()

    def _on_opened(self, store: Store) -> None:
        self._set_busy(False)
        self.passphrase_field.clear()
        self.code_field.clear()
        self.banner.clear()
        self.opened.emit(store)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.banner.show_message(plain_message(exc))
        if isinstance(exc, WrongKey | InvalidInput):
            # Ready to type again at once: the old attempt is selected, not lost.
            self.focus_field()
            self.current_field.selectAll()


class UnlockDialog(QDialog):
    """A small window that asks for the passphrase or recovery code and opens the diary."""

    def __init__(
        self,
        paths: StorePaths,
        vault: KeyringVault,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Open your diary – Kindred"))
        self.setAccessibleName(self.tr("Open your diary"))

        title = QLabel(self.tr("Open your diary"), self)
        title.setProperty("role", "title")
        self.form = UnlockForm(paths, vault, parent=self)
        if message:
            self.form.set_prompt(message)
        elif not self.form.prompt.text():
            self.form.set_prompt(self.tr("Please type your passphrase to open the diary."))
        self.cancel_button = QPushButton(self.tr("Not now"), self)
        self.cancel_button.setAccessibleName(self.tr("Close without opening the diary"))
        self.cancel_button.setAutoDefault(False)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.form.switch_button, self.cancel_button)

        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self._connect_signals()
        self.form.focus_field()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._grow_to_fit()
        return handled

    def _grow_to_fit(self) -> None:
        """Grow taller when a message appears: wrapped text must never be cut off."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def _connect_signals(self) -> None:
        self.form.opened.connect(self._on_opened)
        self.cancel_button.clicked.connect(self.reject)

    def _on_opened(self, store: Store) -> None:
        self.store = store
        self.accept()

    @classmethod
    def ask(
        cls,
        paths: StorePaths,
        vault: KeyringVault,
        message: str = "",
        parent: QWidget | None = None,
    ) -> Store | None:
        dialog = cls(paths, vault, message, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.store
        return None
