"""The one way off the UI thread.

``runner.run(op, on_success, on_failure)`` runs ``op`` on a worker thread and
delivers its result or error back on the UI thread through a queued signal. ``op``
never touches widgets. Writes go through a single worker so SQLite writers never
fight. Tests swap in :class:`SyncRunner`, which runs everything at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Op = Callable[[], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class Runner(Protocol):
    def run(
        self, op: Op, on_success: Success, on_failure: Failure | None = None, *, write: bool = False
    ) -> None: ...

    def wait(self) -> None: ...


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from workers arrive queued."""

    succeeded = Signal(object, object)
    failed = Signal(object, object)


class _Task(QRunnable):
    def __init__(self, op: Op, relay: _Relay, token: object) -> None:
        super().__init__()
        self._op = op
        self._relay = relay
        self._token = token

    def run(self) -> None:
        try:
            result = self._op()
        except BaseException as exc:
            self._relay.failed.emit(self._token, exc)
        else:
            self._relay.succeeded.emit(self._token, result)


class ThreadRunner:
    def __init__(self) -> None:
        self._readers = QThreadPool()
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool()
        self._writer.setMaxThreadCount(1)  # one writer: no two transactions race
        self._relay = _Relay()
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._pending: dict[int, tuple[Success, Failure | None]] = {}
        self._next = 0

    def run(
        self, op: Op, on_success: Success, on_failure: Failure | None = None, *, write: bool = False
    ) -> None:
        self._next += 1
        self._pending[self._next] = (on_success, on_failure)
        pool = self._writer if write else self._readers
        pool.start(_Task(op, self._relay, self._next))

    def wait(self) -> None:
        """Block until every queued operation has finished (used when closing)."""
        self._writer.waitForDone()
        self._readers.waitForDone()

    def _on_succeeded(self, token: int, result: Any) -> None:
        on_success, _ = self._pending.pop(token)
        on_success(result)

    def _on_failed(self, token: int, exc: BaseException) -> None:
        _, on_failure = self._pending.pop(token)
        if on_failure is None:
            log.error("background operation failed: %s", type(exc).__name__)
            return
        on_failure(exc)


class SyncRunner:
    """Runs each operation immediately on the calling thread (tests, scripts)."""

    def run(
        self, op: Op, on_success: Success, on_failure: Failure | None = None, *, write: bool = False
    ) -> None:
        try:
            result = op()
        except BaseException as exc:
            if on_failure is None:
                raise
            on_failure(exc)
        else:
            on_success(result)

    def wait(self) -> None:
        """Nothing is ever pending."""
