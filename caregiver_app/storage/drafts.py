"""Unsaved editor text, kept encrypted beside the diary so that a crash loses nothing.

While someone writes, the editor saves what is typed here every few seconds; a
successful save or a deliberate "discard" removes it. At the next start, whatever
is left is offered back. The file is encrypted (AES-GCM) with a key derived from
the diary's own key, written to a temporary name, flushed and renamed, so it is
always either the old whole file or the new whole file.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caregiver_app.storage.keys import DataKey

log = logging.getLogger(__name__)

_MAGIC = b"KDRAFT1\n"
_NONCE_BYTES = 12


class DraftBox:
    def __init__(self, path: Path, key: DataKey) -> None:
        self._path = path
        self._key = key

    def _cipher(self) -> AESGCM:
        derived = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"kindred drafts v1"
        ).derive(self._key.raw())
        return AESGCM(derived)

    def all(self) -> dict[str, dict[str, Any]]:
        """Every kept draft by id; an unreadable file reads as none (it is kept aside)."""
        try:
            blob = self._path.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            if not blob.startswith(_MAGIC):
                raise ValueError("not a drafts file")
            body = blob[len(_MAGIC) :]
            nonce, sealed = body[:_NONCE_BYTES], body[_NONCE_BYTES:]
            data = json.loads(self._cipher().decrypt(nonce, sealed, _MAGIC))
            if not isinstance(data, dict):
                raise ValueError("not a drafts file")
            return data
        except (ValueError, InvalidTag):
            log.warning("the drafts file could not be read; it was set aside")
            self._path.replace(self._path.with_name(self._path.name + ".unreadable"))
            return {}

    def save(self, draft_id: str, payload: dict[str, Any]) -> None:
        drafts = self.all()
        drafts[draft_id] = payload
        self._write(drafts)

    def discard(self, draft_id: str) -> None:
        drafts = self.all()
        if drafts.pop(draft_id, None) is not None:
            self._write(drafts)

    def _write(self, drafts: dict[str, dict[str, Any]]) -> None:
        if not drafts:
            self._path.unlink(missing_ok=True)
            return
        nonce = os.urandom(_NONCE_BYTES)
        plain = json.dumps(drafts, ensure_ascii=False).encode("utf-8")
        blob = _MAGIC + nonce + self._cipher().encrypt(nonce, plain, _MAGIC)
        partial = self._path.with_name(self._path.name + ".partial")
        with open(partial, "wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, self._path)
