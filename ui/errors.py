"""Turning any failure into words a person can act on. No traceback ever reaches a screen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from caregiver_app.domain.errors import KindredError

log = logging.getLogger(__name__)

# English here; plain_message translates them (context "errors") when it is called.
UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors",
    "Something went wrong and it was not saved. Your text is still here. "
    "Please try again; if it keeps happening, close Kindred and open it again.",
)
DISK_PROBLEM = QT_TRANSLATE_NOOP(
    "errors",
    "Kindred couldn't write to the disk (it may be full). Nothing was lost: "
    "your text is still here. Please free some space and try again.",
)
# While opening the diary nothing is being saved: the words say so.
UNEXPECTED_OPENING = QT_TRANSLATE_NOOP(
    "errors", "Something went wrong while opening the diary. Your diary was not changed."
)
FILES_UNREADABLE = QT_TRANSLATE_NOOP(
    "errors",
    "Kindred couldn't read the diary's files on this computer. Your diary was not changed. "
    "If the diary is on a USB stick or a network folder, check that it is connected.",
)


def plain_message(error: BaseException, *, opening: bool = False) -> str:
    """What to tell a person about ``error`` (``opening``: while opening the diary)."""
    if isinstance(error, KindredError):
        return error.message
    if isinstance(error, OSError):
        log.error("file system error: %s", type(error).__name__)
        return _tr(FILES_UNREADABLE if opening else DISK_PROBLEM)
    log.error("unexpected error: %s", type(error).__name__)
    return _tr(UNEXPECTED_OPENING if opening else UNEXPECTED)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)
