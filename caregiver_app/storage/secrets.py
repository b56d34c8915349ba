"""The one place that talks to the operating system's keyring.

A keyring can be missing, locked, insecure (a plaintext file) or simply hang
waiting for a password prompt nobody sees. Every call here is bounded in time and
any failure reads as "not available", so the caller falls back to the passphrase
or recovery code. Nothing here ever stores a key anywhere else.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import keyring
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Kindred care diary"
DEFAULT_TIMEOUT_S = 5.0
# Backends that do not keep a secret safe, or keep nothing at all.
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_T = TypeVar("_T")


class KeyringVault:
    """Save, fetch and forget the data key of one store in the OS keyring."""

    def __init__(
        self, backend: KeyringBackend | None = None, timeout_s: float = DEFAULT_TIMEOUT_S
    ) -> None:
        self._backend = backend
        self._timeout_s = timeout_s

    def _get_backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def is_secure(self) -> bool:
        """True when a real, encrypted keyring is there to hold the key."""
        result = self._bounded(self._check_secure, "check")
        return bool(result)

    def _check_secure(self) -> bool:
        backend = self._get_backend()
        module = type(backend).__module__
        if module.startswith(_UNSAFE_MODULES) or "plaintext" in type(backend).__name__.lower():
            return False
        try:
            return float(backend.priority) > 0
        except Exception:  # a backend that can't even say how good it is
            return False

    def save(self, store_id: str, key_hex: str) -> bool:
        if not self.is_secure():
            return False
        done = self._bounded(
            lambda: self._get_backend().set_password(SERVICE, store_id, key_hex) or True, "save"
        )
        return bool(done)

    def fetch(self, store_id: str) -> str | None:
        if not self.is_secure():
            return None
        value: Any = self._bounded(
            lambda: self._get_backend().get_password(SERVICE, store_id), "fetch"
        )
        return value if isinstance(value, str) else None

    def forget(self, store_id: str) -> bool:
        def delete() -> bool:
            self._get_backend().delete_password(SERVICE, store_id)
            return True

        return bool(self._bounded(delete, "forget"))

    def _bounded(self, call: Callable[[], _T], what: str) -> _T | None:
        """Run a keyring call on a helper thread; give up after the timeout."""
        outcome: list[_T] = []

        def run() -> None:
            try:
                outcome.append(call())
            except Exception as exc:  # any keyring failure means "not available"
                log.info("keyring %s failed: %s", what, type(exc).__name__)

        worker = threading.Thread(target=run, name=f"keyring-{what}", daemon=True)
        worker.start()
        worker.join(self._timeout_s)
        if worker.is_alive():
            log.warning("keyring %s did not answer within %.0f s", what, self._timeout_s)
            return None
        return outcome[0] if outcome else None
