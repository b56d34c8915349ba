"""Where the family's backups are kept: a folder they can choose.

By default the copies go in ``backups/`` beside the diary. A family may choose
another folder (an external drive, a synced folder: the copies are encrypted, so a
cloud folder is a fine place for them), but never one inside Kindred's own install
folder, which an update or a reinstall may wipe.

Copies already made stay where they were: nothing is moved, so nothing can be lost
on the way. The folders used before are remembered in the settings, and the list of
backups, restoring and "Delete everything" look in all of them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.i18n import _
from caregiver_app.paths import StorePaths
from caregiver_app.settings import Settings, load_settings

# How many earlier folders are remembered (a family rarely changes more than once).
MAX_EARLIER_FOLDERS = 10


def install_folder() -> Path:
    """The folder Kindred itself is installed in (the program, not the diary)."""
    if getattr(sys, "frozen", False):  # a packaged build: the folder of the program
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def backup_folder(paths: StorePaths, settings: Settings | None = None) -> Path:
    """Where new backups go: the chosen folder, or ``backups/`` beside the diary."""
    chosen = (settings if settings is not None else load_settings(paths.settings)).backup_folder
    return Path(chosen).expanduser() if chosen else paths.backups


def backup_folders(paths: StorePaths, settings: Settings | None = None) -> list[Path]:
    """Every folder that may hold this diary's backups, the current one first."""
    settings = settings if settings is not None else load_settings(paths.settings)
    folders = [backup_folder(paths, settings), paths.backups]
    folders += [
        Path(earlier).expanduser()
        for earlier in settings.earlier_backup_folders
        if isinstance(earlier, str) and earlier
    ]
    distinct: list[Path] = []
    for folder in folders:
        if folder not in distinct:
            distinct.append(folder)
    return distinct


def choosing(paths: StorePaths, settings: Settings, folder: Path) -> dict[str, object]:
    """The settings changes that make ``folder`` the backup folder, remembering the old one."""
    old = backup_folder(paths, settings)
    earlier = [str(old)] if old != paths.backups else []
    earlier += [e for e in settings.earlier_backup_folders if isinstance(e, str) and e]
    kept = tuple(dict.fromkeys(e for e in earlier if Path(e) != folder))
    new = "" if folder == paths.backups else str(folder)
    return {"backup_folder": new, "earlier_backup_folders": kept[:MAX_EARLIER_FOLDERS]}


def check_backup_folder(folder: Path, install: Path | None = None) -> Path:
    """The folder, made absolute, if backups can be kept there; else InvalidInput."""
    folder = folder.expanduser().resolve()
    install = (install or install_folder()).resolve()
    if folder == install or install in folder.parents:
        raise InvalidInput(
            "backup_folder",
            _(
                "That folder is part of Kindred's own program files, which an update or "
                "reinstall may replace. Please choose a folder of your own, for example in "
                "your Documents or on an external drive."
            ),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".kindred-check-"):
            pass
    except OSError as exc:
        raise InvalidInput(
            "backup_folder",
            _(
                "Kindred can't save files in that folder. Please choose another one, "
                "or check that the drive is plugged in."
            ),
        ) from exc
    return folder
