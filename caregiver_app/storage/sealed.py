"""Sealing a file with a passphrase: scrypt for the key, AES-GCM for the contents.

Used for exports the family chooses to protect. The envelope is JSON, so a person
opening it sees plainly what it is, and nothing of what it holds.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caregiver_app.domain.errors import InvalidInput, WrongKey
from caregiver_app.storage.keys import DEFAULT_COST, KdfCost, check_new_passphrase, derive_key

SEALED_FORMAT = "kindred-sealed"
SEALED_VERSION = 1
_AAD = b"kindred-sealed-v1"


def seal(plain: bytes, passphrase: str, cost: KdfCost = DEFAULT_COST) -> bytes:
    check_new_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(derive_key(passphrase, salt, cost)).encrypt(nonce, plain, _AAD)
    envelope = {
        "format": SEALED_FORMAT,
        "version": SEALED_VERSION,
        "about": "A Kindred export locked with a passphrase. Open it with Kindred.",
        "kdf": {"name": "scrypt", "n": cost.n, "r": cost.r, "p": cost.p, "salt": _b64(salt)},
        "cipher": {"name": "aes-256-gcm", "nonce": _b64(nonce)},
        "data": _b64(sealed),
    }
    return json.dumps(envelope, indent=2).encode("utf-8")


def is_sealed(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == SEALED_FORMAT


def unseal(envelope: dict[str, Any], passphrase: str) -> bytes:
    try:
        if envelope.get("version") != SEALED_VERSION:
            raise ValueError("unknown version")
        kdf, cipher = envelope["kdf"], envelope["cipher"]
        cost = KdfCost(n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
        if not (2**10 <= cost.n <= 2**20 and 1 <= cost.r <= 32 and 1 <= cost.p <= 16):
            raise ValueError("unreasonable cost")
        key = derive_key(passphrase, _unb64(kdf["salt"]), cost)
        nonce, data = _unb64(cipher["nonce"]), _unb64(envelope["data"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInput("file", "This locked export is damaged and can't be opened.") from exc
    try:
        return AESGCM(key).decrypt(nonce, data, _AAD)
    except InvalidTag:
        raise WrongKey("That passphrase doesn't open this export. Please try again.") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
