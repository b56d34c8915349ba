"""A diary in a synced folder or on a network drive gets a clear warning and an alternative."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app.storage.location import location_warning

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
server:/export/home /mnt/family nfs4 rw 0 0
//nas/care /media/care cifs rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("~/Dropbox/Kindred", "Dropbox"),
        ("~/OneDrive/Documents/Kindred", "OneDrive"),
        ("~/Google Drive/My Drive/kindred", "Google Drive"),
        ("~/Library/Mobile Documents/com~apple~CloudDocs/Kindred", "iCloud"),
    ],
)
def test_synced_folders_are_named_in_the_warning(folder: str, service: str, tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    warning = location_warning(Path(folder), mounts)
    assert warning is not None and service in warning and "Kindred's own folder" in warning


@pytest.mark.parametrize("folder", ["/mnt/family/kindred", "/media/care/diary"])
def test_network_drives_are_warned_about(folder: str, tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    warning = location_warning(Path(folder), mounts)
    assert warning is not None and "network drive" in warning


def test_an_ordinary_folder_gets_no_warning(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    assert location_warning(Path("/home/ann/.local/share/Kindred"), mounts) is None
    assert location_warning(tmp_path, tmp_path / "no-such-file") is None
