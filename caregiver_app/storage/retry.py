"""Trying a whole save again when the shared server had to undo it.

On PostgreSQL a transaction can be rolled back by the server because another one
got in its way (serialization failure, SQLSTATE 40001, or a deadlock, 40P01). The
store's ``write()`` rolls back and turns that into :class:`WriteContention`; a
``with`` block can't be run twice, so the use case around it is what runs again:
every service method that writes is one transaction, validates everything inside
it and announces its changes only after the commit, so running it again is safe.

The local SQLite store never raises :class:`WriteContention` (its writers queue on
``BEGIN IMMEDIATE``), so there this costs nothing.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from caregiver_app.domain.errors import WriteContention

log = logging.getLogger(__name__)

ATTEMPTS = 5
# Backoff doubles from here, with full jitter so writers that collided don't collide again.
FIRST_DELAY_S = 0.02
_P = ParamSpec("_P")
_R = TypeVar("_R")


def backoff_delay(attempt: int, rng: random.Random | None = None) -> float:
    """How long to wait before attempt ``attempt + 1`` (attempt counts from 0)."""
    ceiling = FIRST_DELAY_S * (2**attempt)
    return (rng or random).uniform(ceiling / 4, ceiling)


def retry_contention(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``method`` again (a few times, with jittered backoff) after WriteContention."""

    @functools.wraps(method)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        for attempt in range(ATTEMPTS):
            try:
                return method(*args, **kwargs)
            except WriteContention:
                if attempt == ATTEMPTS - 1:
                    raise
                log.info("save undone by the server (attempt %d); trying again", attempt + 1)
                time.sleep(backoff_delay(attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    return run
