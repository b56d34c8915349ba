"""Turning any failure into words a person can act on. No traceback ever reaches a screen."""

from __future__ import annotations

import logging

from caregiver_app.domain.errors import KindredError

log = logging.getLogger(__name__)

UNEXPECTED = (
    "Something went wrong and it was not saved. Your text is still here. "
    "Please try again; if it keeps happening, close Kindred and open it again."
)


def plain_message(error: BaseException) -> str:
    if isinstance(error, KindredError):
        return error.message
    if isinstance(error, OSError):
        log.error("file system error: %s", type(error).__name__)
        return (
            "Kindred couldn't write to the disk (it may be full). Nothing was lost: "
            "your text is still here. Please free some space and try again."
        )
    log.error("unexpected error: %s", type(error).__name__)
    return UNEXPECTED
