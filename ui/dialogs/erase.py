"""Delete everything, for a family that has stopped using Kindred.

Asked twice: first a plain explanation (with the backups kept unless the family
ticks the box), then typing DELETE. Only then is the diary closed and erased, and
Kindred closes itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from caregiver_app.storage.backup_place import backup_folders
from caregiver_app.storage.erase import erase_everything
from ui.errors import plain_message
from ui.session import Session

log = logging.getLogger(__name__)

# Translators: the word a person types, in capital letters, to confirm deleting everything.
CONFIRM_WORD = QT_TRANSLATE_NOOP("erase", "DELETE")
NOTHING_DELETED = QT_TRANSLATE_NOOP("erase", "Nothing was deleted. Your diary is just as it was.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("erase", text)


class FirstConfirmation(QMessageBox):
    """What will go, what stays, and the one choice: the backups too, or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete everything?"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(self.tr("Delete the diary and everything Kindred keeps on this computer?"))
        self.setInformativeText(
            self.tr(
                "This is for a family that has stopped using Kindred. It deletes the diary, "
                "unsaved drafts, the settings and the key saved on this computer. "
                "It can't be undone.\n\n"
                "If you may want the diary again one day, choose “Keep my diary” and use "
                "“Export…” first to save a copy somewhere safe."
            )
        )
        self.backups = QCheckBox(self.tr("Also delete the backups"))
        self.backups.setChecked(False)
        self.setCheckBox(self.backups)
        self.keep = self.addButton(self.tr("Keep my diary"), QMessageBox.ButtonRole.RejectRole)
        self.go_on = self.addButton(self.tr("Go on…"), QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.keep)
        self.setEscapeButton(self.keep)


def delete_everything(
    session: Session,
    parent: QWidget | None = None,
    *,
    quit_app: Callable[[], None] = QApplication.quit,
) -> bool:
    """Ask twice; then erase the diary (and the backups if ticked) and close Kindred."""
    # Every folder backups were kept in (a chosen one, and any used before).
    folders = backup_folders(session.paths, session.settings)
    first = FirstConfirmation(parent)
    where = "\n".join(str(folder) for folder in folders if folder.exists())
    if where:
        first.setInformativeText(
            first.informativeText()
            + "\n\n"
            + _tr("The backups are kept in:\n{where}").format(where=where)
        )
    first.exec()
    if first.clickedButton() is not first.go_on:
        return False
    with_backups = first.backups.isChecked()
    word = _tr(CONFIRM_WORD)
    if with_backups:
        question = QCoreApplication.translate(
            "erase",
            "This will delete the diary and all its backups.\n\nTo go ahead, please type "
            "the word {word} in capital letters below.",
        )
    else:
        question = QCoreApplication.translate(
            "erase",
            "This will delete the diary (the backups are kept).\n\nTo go ahead, please type "
            "the word {word} in capital letters below.",
        )
    typed, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("erase", "One last check"),
        question.format(word=word),
        QLineEdit.EchoMode.Normal,
    )
    # The English word always works too, whatever the language.
    if not ok or typed.strip() not in (word, CONFIRM_WORD):
        QMessageBox.information(
            parent, QCoreApplication.translate("erase", "Nothing was deleted"), _tr(NOTHING_DELETED)
        )
        return False
    session.runner.wait()  # let any save that is under way finish first
    session.lock()
    try:
        erase_everything(session.paths, session.vault, backups=with_backups, folders=folders)
    except OSError as error:
        log.warning("erasing stopped part way: %s", type(error).__name__)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("erase", "Not everything was deleted"),
            QCoreApplication.translate(
                "erase",
                "{problem}\n\nSome files could not be deleted. Please close "
                "Kindred and try again, or ask the person who helps you with the computer.",
            ).format(problem=plain_message(error)),
        )
        quit_app()
        return False
    if with_backups:
        done = QCoreApplication.translate(
            "erase",
            "The diary has been deleted from this computer.\n\n"
            "Kindred will close now. Thank you for all the care you gave.",
        )
    else:
        done = QCoreApplication.translate(
            "erase",
            "The diary has been deleted from this computer. The backups were kept, in their "
            "own folder.\n\nKindred will close now. Thank you for all the care you gave.",
        )
    QMessageBox.information(
        parent, QCoreApplication.translate("erase", "Everything is deleted"), done
    )
    quit_app()
    return True
