"""Hearing other family members' saves on the shared server, as they happen.

The server announces every committed change with NOTIFY, carrying ids only (see the
trigger in ``migrations/shared_server_0004.sql``). A listener keeps one connection
of its own, LISTENs on the member's channels and turns what it hears into
:class:`Changes`, so an open window refreshes within about a second.

Notifications sent while the connection was down are lost, so after a lost
connection the listener reconnects (with growing pauses) and then reports
``Changes(external=True)``: every screen re-reads, and nothing is missed. It never
raises for a lost server; :meth:`ChangeListener.wait` just reports nothing until the
server is back. Qt-free: the UI runs it on a thread (``ListenerThread``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import sql

from caregiver_app.services.changes import Changes

log = logging.getLogger(__name__)

# Notifications already received when the first is read are reported with it, as one batch.
COALESCE_S = 0.0
# With nothing heard for this long, ask the server whether the connection still works
# (a network that silently went away sends no error).
CHECK_AFTER_S = 15.0
RETRY_DELAYS_S = (0.25, 0.5, 1.0, 2.0, 5.0)

Connect = Callable[[], "psycopg.Connection[Any]"]


def changes_from(payloads: Sequence[str]) -> Changes:
    """One ``Changes`` for a batch of notification payloads (unreadable ones mean "re-read")."""
    entry_ids: set[str] = set()
    flags = {"circle": False, "medicines": False, "appointments": False, "external": False}
    for payload in payloads:
        try:
            data = json.loads(payload)
            what = str(data.get("what", ""))
            entry = data.get("entry")
        except (ValueError, AttributeError):
            flags["external"] = True
            continue
        if what == "entries" and entry:
            entry_ids.add(str(entry))
        elif what in ("circle", "medicines", "appointments"):
            flags[what] = True
        else:
            flags["external"] = True
    return Changes(entry_ids=frozenset(entry_ids), **flags)


class ChangeListener:
    """A dedicated connection that LISTENs and says what other members changed."""

    def __init__(
        self,
        connect: Connect,
        channels: Sequence[str],
        *,
        retry_delays_s: Sequence[float] = RETRY_DELAYS_S,
        check_after_s: float = CHECK_AFTER_S,
    ) -> None:
        self._connect = connect
        self._channels = tuple(channels)
        self._retry_delays = tuple(retry_delays_s)
        self._check_after = check_after_s
        self._conn: psycopg.Connection[Any] | None = None
        self._failures = 0
        self._next_try = 0.0
        self._lost = False
        self._last_heard = time.monotonic()
        self._closed = False

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def open(self) -> bool:
        """Connect and LISTEN now; False (and retried later) if the server can't be reached."""
        return self._try_connect()

    def wait(self, timeout: float) -> Changes | None:
        """Wait up to ``timeout`` seconds; what changed since the last call, or None."""
        if self._closed:
            return None
        if not self.connected:
            if not self._try_connect():
                time.sleep(max(0.0, min(timeout, self._next_try - time.monotonic())))
                return None
            if self._lost:
                self._lost = False
                # Anything announced while we were away is gone: everyone re-reads.
                return Changes(external=True)
        conn = self._conn
        assert conn is not None
        try:
            heard = [n.payload for n in conn.notifies(timeout=timeout, stop_after=1)]
            if heard:
                heard += [n.payload for n in conn.notifies(timeout=COALESCE_S)]
                self._last_heard = time.monotonic()
                return changes_from(heard)
            if time.monotonic() - self._last_heard > self._check_after:
                conn.execute("SELECT 1")
                self._last_heard = time.monotonic()
            return None
        except psycopg.Error:
            log.info("lost the live-updates connection; reconnecting")
            self._drop()
            self._lost = True
            return None

    def changes(self, stop: threading.Event, poll_s: float = 0.5) -> Iterator[Changes]:
        """Yield what changed, as it happens, until ``stop`` is set."""
        while not stop.is_set():
            found = self.wait(poll_s)
            if found is not None:
                yield found

    def close(self) -> None:
        self._closed = True
        self._drop()

    def _try_connect(self) -> bool:
        if self._closed or time.monotonic() < self._next_try:
            return False
        try:
            conn = self._connect()
            conn.autocommit = True
            for channel in self._channels:
                conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        except psycopg.Error:
            delay = self._retry_delays[min(self._failures, len(self._retry_delays) - 1)]
            self._failures += 1
            self._next_try = time.monotonic() + delay
            self._lost = self._lost or self._failures > 0
            return False
        self._conn = conn
        self._failures = 0
        self._last_heard = time.monotonic()
        return True

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None


class ListenerThread:
    """Runs a listener on a daemon thread and hands each ``Changes`` to ``on_changes``.

    ``on_changes`` is called on that thread: a Qt caller passes a signal's ``emit``.
    """

    def __init__(self, listener: ChangeListener, on_changes: Callable[[Changes], None]) -> None:
        self._listener = listener
        self._on_changes = on_changes
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kindred-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def connected(self) -> bool:
        """True while the live-updates connection is up (read from any thread)."""
        return self._listener.connected

    def _run(self) -> None:
        try:
            for found in self._listener.changes(self._stop):
                try:
                    self._on_changes(found)
                except Exception:  # a broken receiver must not stop live updates
                    log.exception("a live-update receiver failed")
        finally:
            self._listener.close()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
