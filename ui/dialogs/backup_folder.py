"""Choosing where the backups are kept (Settings → Your diary's safety → Change folder…).

A folder that can't be written, or one inside Kindred's own program folder, is
refused in plain words. A synced or network folder gets a note, not a refusal: the
backups are encrypted, so a cloud folder is a good second place for them. Copies
already made are not moved (nothing can be lost on the way); they stay listed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.storage.backup_place import backup_folder, check_backup_folder, choosing
from caregiver_app.storage.location import backup_location_note
from ui.errors import plain_message
from ui.session import Session


def use_chosen_folder(session: Session) -> None:
    """Point the open diary's backups at the folder in the session's settings.

    The store reads the choice from the settings file when it opens; this keeps it
    in step when the choice changes, or when the settings live only in memory.
    """
    if session.is_unlocked:
        session.services.store.backup_folder = backup_folder(session.paths, session.settings)


def ask_for_folder(parent: QWidget | None, start: Path) -> Path | None:
    """The folder the person picks (a seam the tests replace), or None."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("BackupFolder", "Where should Kindred keep the backups?"),
        str(start),
    )
    return Path(chosen) if chosen else None


def change_backup_folder(session: Session, parent: QWidget | None = None) -> str | None:
    """Ask for a folder and use it for new backups; what to tell the person, or None."""
    if session.property("demo"):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("BackupFolder", "Not in the demo"),
            QCoreApplication.translate(
                "BackupFolder",
                "The demo keeps its backups in its own folder, which is deleted when it closes.",
            ),
        )
        return None
    current = backup_folder(session.paths, session.settings)
    picked = ask_for_folder(parent, current if current.exists() else Path.home())
    if picked is None:
        return None
    try:
        folder = check_backup_folder(picked)
    except InvalidInput as problem:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("BackupFolder", "Backups stay where they were"),
            plain_message(problem),
        )
        return None
    if folder == current.resolve():
        return None
    note = backup_location_note(folder)
    session.update_settings(**choosing(session.paths, session.settings, folder))
    use_chosen_folder(session)
    message = QCoreApplication.translate(
        "BackupFolder",
        "New backups will be kept in {folder}. The backups made before stay where "
        "they are, and are still listed in “Backups and restore…”.",
    ).format(folder=folder)
    return f"{message} {note}" if note else message
