"""Changing the passphrase (or adding one), and making a new recovery code.

Only the lock on the diary changes, never the diary: the store checks the current
passphrase (or recovery code), makes a verified backup, then replaces the key file
in one step. That work (key derivation and a backup) runs off the UI thread. The
new recovery code is shown big, with Print… and Save as PDF…, using the first-run
wizard's own recovery sheet.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.errors import InvalidInput, KindredError, WrongKey
from caregiver_app.storage.key_change import KeyChange, needs_current_secret
from caregiver_app.storage.keys import check_new_passphrase
from ui.dialogs import first_run
from ui.errors import plain_message
from ui.session import Session

log = logging.getLogger(__name__)


def has_passphrase(session: Session) -> bool | None:
    """Whether a passphrase protects the open diary (None: not a diary of this computer)."""
    if not session.is_unlocked or session.services.store.shared:
        return None
    try:
        return needs_current_secret(session.paths)
    except (KindredError, OSError, ValueError):
        return None


class ChangePassphraseDialog(QDialog):
    """Current passphrase (when there is one), the new one twice, and the wizard's hint."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.adding = not has_passphrase(session)
        self._busy = False
        self.setWindowTitle(
            self.tr("Add a passphrase") if self.adding else self.tr("Change passphrase")
        )
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        heading = QLabel(
            self.tr("Add a passphrase") if self.adding else self.tr("Change your passphrase")
        )
        heading.setProperty("role", "heading")
        about = QLabel(
            self.tr(
                "Kindred will also ask for this passphrase when it opens. The key saved on "
                "this computer and your recovery code keep working."
            )
            if self.adding
            else self.tr(
                "Your diary stays just as it is: only the lock on it changes. Kindred makes "
                "a backup first. Your recovery code keeps working."
            )
        )
        about.setWordWrap(True)
        about.setProperty("role", "muted")
        self.current = QLineEdit()
        self.current.setAccessibleName(self.tr("Your passphrase now, or your recovery code"))
        self.new = QLineEdit()
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.again = QLineEdit()
        self.again.setAccessibleName(self.tr("Type the new passphrase again"))
        for field in (self.current, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(10)
        if not self.adding:
            form.addRow(self.tr("Your passphrase now (or your recovery code)"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Type the new passphrase again"), self.again)
        self.show_typed = QCheckBox(self.tr("Show what I type"))
        self.show_typed.setAccessibleName(self.tr("Show the passphrases as I type them"))
        # The same advice as the first-run wizard gives.
        self.hint = QLabel(
            self.tr(
                "At least 8 characters. Kindred can't remind you of it, so choose one you "
                "will remember."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_box = QFrame()
        self.problem_box.setProperty("role", "banner")
        problem_layout = QVBoxLayout(self.problem_box)
        problem_layout.setContentsMargins(16, 12, 16, 12)
        problem_layout.addWidget(self.problem)
        self.problem_box.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.change_button = QPushButton(
            self.tr("Add the passphrase") if self.adding else self.tr("Change passphrase")
        )
        self.change_button.setProperty("role", "primary")
        self.change_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.show_typed)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem_box)
        layout.addLayout(buttons)
        _fit(self)

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self.reject)
        self.change_button.clicked.connect(self.change)
        self.show_typed.toggled.connect(self._on_show_typed)

    def _on_show_typed(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in (self.current, self.new, self.again):
            field.setEchoMode(mode)

    def _show_problem(self, text: str, field: QLineEdit) -> None:
        self.problem.setText(text)
        self.problem_box.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def change(self) -> None:
        if self._busy or not self._session.is_unlocked:
            return
        current, new = self.current.text(), self.new.text()
        if not self.adding and not current:
            self._show_problem(
                self.tr("Please type your passphrase now (or your recovery code)."), self.current
            )
            return
        if not new:
            self._show_problem(
                self.tr(
                    "Please choose a new passphrase. A short sentence you will remember works well."
                ),
                self.new,
            )
            return
        try:
            check_new_passphrase(new)
        except InvalidInput as problem:
            self._show_problem(plain_message(problem), self.new)
            return
        if self.again.text() != new:
            self._show_problem(
                self.tr("The two new passphrases are not the same. Please type it again."),
                self.again,
            )
            return
        self._set_busy(True)
        store = self._session.services.store
        self._session.runner.run(
            lambda: store.change_passphrase(current or None, new),
            self._on_changed,
            self._on_failed,
            write=True,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.change_button.setEnabled(not busy)
        self.change_button.setText(
            self.tr("Changing…")
            if busy
            else (self.tr("Add the passphrase") if self.adding else self.tr("Change passphrase"))
        )

    def _on_changed(self, _change: KeyChange) -> None:
        self._set_busy(False)
        log.info("passphrase changed from the app")
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        log.warning("passphrase not changed: %s", type(error).__name__)
        wrong_now = isinstance(error, WrongKey)
        message = plain_message(error)
        if not isinstance(error, KindredError):
            message += " " + self.tr("Nothing was changed: your passphrase is still the old one.")
        self._show_problem(message, self.current if wrong_now else self.new)


def _fit(dialog: QDialog) -> None:
    """Wide enough to read, tall enough for the wrapped words at any text size."""
    width = dialog.fontMetrics().averageCharWidth() * 70
    height = dialog.layout().heightForWidth(width)
    dialog.resize(width, max(height, dialog.sizeHint().height()))


def change_passphrase(session: Session, parent: QWidget | None = None) -> bool:
    """Settings → Change passphrase… (or Add a passphrase…); True when it changed."""
    dialog = ChangePassphraseDialog(session, parent)
    adding = dialog.adding
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ChangePassphrase", "Passphrase added")
        if adding
        else QCoreApplication.translate("ChangePassphrase", "Passphrase changed"),
        QCoreApplication.translate(
            "ChangePassphrase",
            "Done. From now on Kindred asks for this passphrase when it opens. "
            "Your recovery code still works, and a backup was made first.",
        )
        if adding
        else QCoreApplication.translate(
            "ChangePassphrase",
            "Done. Please use the new passphrase from now on: the old one no longer opens "
            "the diary. Your recovery code still works, and a backup was made first.",
        ),
    )
    return True


class RecoveryCodeDialog(QDialog):
    """A new recovery code, shown big, with Print… and Save as PDF… (the wizard's sheet)."""

    def __init__(self, code: str, country: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self._country = country
        self.setWindowTitle(self.tr("Your new recovery code"))
        heading = QLabel(self.tr("Your new recovery code"))
        heading.setProperty("role", "heading")
        about = QLabel(
            self.tr(
                "If you ever forget your passphrase, or Kindred moves to a new computer, this "
                "code opens your diary. The old code no longer works. Please print it or "
                "write it down now: Kindred cannot show it again."
            )
        )
        about.setWordWrap(True)
        card = QFrame()
        card.setProperty("role", "card")
        groups = code.split("-")
        middle = len(groups) // 2
        # Two lines of three groups, as in the wizard: it fits at 200 % text.
        self.code_label = QLabel("-".join(groups[:middle]) + "\n" + "-".join(groups[middle:]))
        self.code_label.setProperty("role", "big-code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(
            self.tr("Recovery code: {code}").format(code=" ".join(groups))
        )
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 16, 16, 16)
        card_layout.addWidget(self.code_label)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery code as a PDF"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self.done_button = QPushButton(self.tr("I have kept it safe"))
        self.done_button.setProperty("role", "primary")
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(card)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.done_button.clicked.connect(self.accept)
        _fit(self)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.show()

    def _print(self) -> None:
        try:
            if first_run.print_with_dialog(self, self.code):
                self._say(self.tr("The recovery code was sent to the printer."))
        except OSError:
            self._say(self.tr("The page couldn't be printed. Please check the printer."))

    def _save_pdf(self) -> None:
        path = first_run.ask_pdf_path(self, Path.home() / self.tr("Kindred recovery code.pdf"))
        if path is None:
            return
        try:
            first_run.save_recovery_sheet(path, self.code, self._country)
        except OSError:
            self._say(
                self.tr(
                    "Kindred couldn't save the PDF in {folder}. Please choose another place."
                ).format(folder=path.parent)
            )
            return
        self._say(
            self.tr(
                "Saved as {path}. Please print it or copy it somewhere safe, not only on "
                "this computer."
            ).format(path=path)
        )


def new_recovery_code(session: Session, parent: QWidget | None = None) -> None:
    """Settings → New recovery code…: ask for the passphrase, make the code, show it."""
    if not session.is_unlocked:
        return
    current: str | None = None
    if has_passphrase(session):
        typed, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ChangePassphrase", "New recovery code"),
            QCoreApplication.translate(
                "ChangePassphrase",
                "A new recovery code replaces the old one, which will stop working.\n\n"
                "Please type your passphrase (or your recovery code now):",
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not typed:
            return
        current = typed
    store = session.services.store
    country = session.settings.country

    def made(change: KeyChange) -> None:
        if change.recovery_code is not None:
            RecoveryCodeDialog(change.recovery_code, country, parent).exec()

    def failed(error: BaseException) -> None:
        log.warning("recovery code not replaced: %s", type(error).__name__)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ChangePassphrase", "No new recovery code"),
            plain_message(error)
            + "\n\n"
            + QCoreApplication.translate(
                "ChangePassphrase", "Nothing was changed: the old code still works."
            ),
        )

    # A backup and the key derivation take a moment: off the UI thread.
    session.runner.run(lambda: store.replace_recovery_code(current), made, failed, write=True)
