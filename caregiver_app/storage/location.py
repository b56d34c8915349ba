"""Is the diary in a place where it can be damaged by syncing or a network drive?

A SQLite file in a folder that Dropbox, OneDrive, Google Drive or iCloud syncs,
or on a network drive, can be copied half-written or locked wrongly, and families
lose diaries that way. Kindred warns and says what to do instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from caregiver_app.i18n import _

_SYNCED_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud",
    "mobile documents": "iCloud",
    "icloud": "iCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "box sync": "Box",
    "pcloud": "pCloud",
}
_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb3",
    "afpfs",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "davfs",
    "fuse.davfs2",
    "webdav",
}

SAFE_ALTERNATIVE = (
    "Keep the diary in Kindred's own folder on this computer, and share it with your "
    "family through a shared server (Settings → Share this diary) instead."
)


def location_warning(folder: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """A plain warning if ``folder`` is synced by a cloud service or on a network drive."""
    kind, service = _place_of(folder, mounts_file)
    if kind == "synced":
        return (
            f"Your diary is in a folder that {service} keeps in sync. Syncing can copy "
            f"the diary while it is being written and damage it. {SAFE_ALTERNATIVE}"
        )
    if kind == "network":
        return (
            "Your diary is on a network drive. If the connection drops while Kindred "
            f"saves, the diary can be damaged. {SAFE_ALTERNATIVE}"
        )
    return None


def backup_location_note(folder: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """What to know about keeping *backups* in a synced folder or on a network drive.

    Unlike the diary, finished backups are never written to again, and they are
    encrypted: a synced folder is a good second place for them. Only the drive
    being unreachable is worth a word.
    """
    kind, service = _place_of(folder, mounts_file)
    if kind == "synced":
        return _(
            "This folder is kept in sync by {service}. That is a good place for backups: "
            "they are locked with your diary's key, so only your family can open them, "
            "and a copy is kept away from this computer."
        ).format(service=service)
    if kind == "network":
        return _(
            "This folder is on a network drive. Backups are locked with your diary's key, "
            "so that is safe, but when the drive can't be reached Kindred can't make a "
            "backup. It will try again later by itself."
        )
    return None


def _place_of(folder: Path, mounts_file: Path) -> tuple[str, str]:
    """("synced", service), ("network", "") or ("local", "") for ``folder``."""
    resolved = folder.expanduser().resolve()
    for part in resolved.parts:
        service = _SYNCED_FOLDERS.get(part.lower())
        if service is not None:
            return "synced", service
    filesystem = _filesystem_of(resolved, mounts_file)
    if filesystem in _NETWORK_FILESYSTEMS or (os.name == "nt" and str(resolved).startswith("\\\\")):
        return "network", ""
    return "local", ""


def _filesystem_of(path: Path, mounts_file: Path) -> str | None:
    """The filesystem type of the longest mount point that contains ``path`` (Linux)."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    text = str(path)
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    return best[1] if best else None
