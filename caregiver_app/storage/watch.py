"""Noticing that another process changed the store, cheaply.

SQLite's ``PRAGMA data_version`` changes on a connection whenever another
connection commits. A dedicated connection polled every second or so costs
microseconds and tells an open window to refresh without restarting.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine


class ChangeWatcher:
    def __init__(self, engine: Engine) -> None:
        self._raw: Any = engine.raw_connection()
        self._last = self._version()

    def _version(self) -> int:
        return int(self._raw.driver_connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """True once for each batch of commits made by other connections since the last call."""
        if self._raw is None:
            return False
        current = self._version()
        if current == self._last:
            return False
        self._last = current
        return True

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
