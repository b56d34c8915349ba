"""One Kindred window per diary file: an OS-level lock that a crash releases by itself."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from caregiver_app.domain.errors import StoreBusy


class StoreLock:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(self._path, "a+b")  # noqa: SIM115 - held until release()
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise StoreBusy(
                "Kindred is already open with this diary on this computer. "
                "Please switch to that window, or close it and try again."
            ) from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def pid_note(path: Path) -> None:
    """Leave the process id in the lock file: handy for support staff, never trusted."""
    path.write_text(str(os.getpid()), encoding="ascii")
