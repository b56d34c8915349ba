"""Delete everything, for a family that has stopped using Kindred.

Asked twice: first a plain explanation (with the backups kept unless the family
ticks the box), then typing DELETE. Only then is the diary closed and erased, and
Kindred closes itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from caregiver_app.storage.erase import erase_everything
from ui.errors import plain_message
from ui.session import Session

log = logging.getLogger(__name__)

CONFIRM_WORD = "DELETE"
NOTHING_DELETED = "Nothing was deleted. Your diary is just as it was."


class FirstConfirmation(QMessageBox):
    """What will go, what stays, and the one choice: the backups too, or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Delete everything?")
        self.setIcon(QMessageBox.Icon.Question)
        self.setText("Delete the diary and everything Kindred keeps on this computer?")
        self.setInformativeText(
            "This is for a family that has stopped using Kindred. It deletes the diary, "
            "unsaved drafts, the settings and the key saved on this computer. "
            "It can't be undone.\n\n"
            "If you may want the diary again one day, choose “Keep my diary” and use "
            "“Export…” first to save a copy somewhere safe."
        )
        self.backups = QCheckBox("Also delete the backups")
        self.backups.setChecked(False)
        self.setCheckBox(self.backups)
        self.keep = self.addButton("Keep my diary", QMessageBox.ButtonRole.RejectRole)
        self.go_on = self.addButton("Go on…", QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.keep)
        self.setEscapeButton(self.keep)


def delete_everything(
    session: Session,
    parent: QWidget | None = None,
    *,
    quit_app: Callable[[], None] = QApplication.quit,
) -> bool:
    """Ask twice; then erase the diary (and the backups if ticked) and close Kindred."""
    first = FirstConfirmation(parent)
    first.exec()
    if first.clickedButton() is not first.go_on:
        return False
    with_backups = first.backups.isChecked()
    what = "the diary and all its backups" if with_backups else "the diary (the backups are kept)"
    typed, ok = QInputDialog.getText(
        parent,
        "One last check",
        f"This will delete {what}.\n\nTo go ahead, please type the word {CONFIRM_WORD} "
        "in capital letters below.",
        QLineEdit.EchoMode.Normal,
    )
    if not ok or typed.strip() != CONFIRM_WORD:
        QMessageBox.information(parent, "Nothing was deleted", NOTHING_DELETED)
        return False
    session.runner.wait()  # let any save that is under way finish first
    session.lock()
    try:
        erase_everything(session.paths, session.vault, backups=with_backups)
    except OSError as error:
        log.warning("erasing stopped part way: %s", type(error).__name__)
        QMessageBox.information(
            parent,
            "Not everything was deleted",
            f"{plain_message(error)}\n\nSome files could not be deleted. Please close "
            f"Kindred and try again, or ask the person who helps you with the computer.",
        )
        quit_app()
        return False
    kept = "" if with_backups else " The backups were kept, in their own folder."
    QMessageBox.information(
        parent,
        "Everything is deleted",
        f"The diary has been deleted from this computer.{kept}\n\n"
        "Kindred will close now. Thank you for all the care you gave.",
    )
    quit_app()
    return True
