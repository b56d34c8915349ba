"""Where Kindred keeps things on this computer.

Everything lives in the platform's user data folder (platformdirs), or in the
folder named by ``KINDRED_HOME`` (used by tests, the demo and support staff).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Kindred"


def default_home() -> Path:
    override = os.environ.get("KINDRED_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class StorePaths:
    """The files of one local store, all in one folder."""

    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "kindred.db"

    @property
    def keys(self) -> Path:
        return self.folder / "kindred.keys.json"

    @property
    def lock(self) -> Path:
        return self.folder / "kindred.lock"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def drafts(self) -> Path:
        return self.folder / "kindred.drafts"

    @property
    def settings(self) -> Path:
        return self.folder / "settings.json"

    @property
    def logs(self) -> Path:
        return self.folder / "logs"

    def exists(self) -> bool:
        return self.database.exists()
