"""When the diary can't be opened: explain, and offer the newest good backup.

The damaged file is never replaced or deleted: restoring sets it aside whole,
beside the backups, before the copy is put in its place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from caregiver_app.domain.errors import KeyUnavailable, KindredError
from caregiver_app.paths import StorePaths
from caregiver_app.storage.backup_catalog import newest_good, restore
from caregiver_app.storage.backup_place import backup_folder, backup_folders
from caregiver_app.storage.keys import DataKey
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, open_store, unlock_key
from ui.dialogs._i18n import local_time
from ui.plural import counted


def _key(paths: StorePaths, vault: KeyringVault, parent: QWidget | None) -> DataKey | None:
    try:
        return unlock_key(paths, vault=vault)[1]
    except KeyUnavailable:
        pass
    secret, ok = QInputDialog.getText(
        parent,
        "Kindred",
        QCoreApplication.translate(
            "damaged_store", "To look for a backup, please enter your passphrase or recovery code:"
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not secret:
        return None
    for attempt in ({"passphrase": secret}, {"recovery_code": secret}):
        try:
            return unlock_key(paths, vault=vault, **attempt)[1]
        except KindredError:
            continue
    QMessageBox.warning(
        parent,
        "Kindred",
        QCoreApplication.translate("damaged_store", "That doesn't open this diary."),
    )
    return None


def offer_restore(
    paths: StorePaths, vault: KeyringVault, problem: str, parent: QWidget | None = None
) -> Store | None:
    """Explain ``problem``; if a good backup exists and the family agrees, restore and open it."""
    key = _key(paths, vault, parent)
    best = newest_good(backup_folders(paths), key) if key is not None else None
    if key is None or best is None:
        QMessageBox.critical(
            parent,
            "Kindred",
            QCoreApplication.translate(
                "damaged_store",
                "{problem}\n\nKindred found no backup it could open. The diary file has not "
                "been changed or removed. Please contact the person who helps you with the "
                "computer, and keep the Kindred folder as it is.",
            ).format(problem=problem),
        )
        return None
    # Translators: a Qt date format, e.g. "Monday 03 March 2025, 14:05".
    when = local_time(
        best.made_at, QCoreApplication.translate("damaged_store", "dddd dd MMMM yyyy, HH:mm")
    )
    count = best.entries or 0
    source = (
        "{problem}\n\nThe newest good backup is from {when}, with %n entries. "
        "Put it back now? Your current diary file will be kept, unchanged, beside the "
        "backups, so nothing is deleted."
    )
    text = QCoreApplication.translate(
        "damaged_store",
        "{problem}\n\nThe newest good backup is from {when}, with %n entries. "
        "Put it back now? Your current diary file will be kept, unchanged, beside the "
        "backups, so nothing is deleted.",
        "",
        count,
    )
    one = source.replace("%n entries", "1 entry")
    answer = QMessageBox.question(
        parent,
        "Kindred",
        counted(text, source, count, one).format(problem=problem, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore(paths, key, best.path, backup_folder(paths))
        return open_store(paths, vault=vault)
    except KindredError as error:
        QMessageBox.critical(parent, "Kindred", error.message)
        return None
