"""What a mutation changed, and a tiny Qt-free signal to announce it.

Screens subscribe and decide for themselves what to refresh (like Anki's
``OpChanges``). Changes seen in the store from another process arrive the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    entry_ids: frozenset[str] = frozenset()
    circle: bool = False
    # Medicines, their changes or the dose log; appointments or their questions.
    medicines: bool = False
    appointments: bool = False
    # True when the change came from outside this process, so ids are unknown.
    external: bool = False

    @property
    def any(self) -> bool:
        return (
            bool(self.entry_ids)
            or self.circle
            or self.medicines
            or self.appointments
            or self.external
        )


Listener = Callable[[Changes], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # one broken screen must not stop the others refreshing
                log.exception("a change listener failed")
