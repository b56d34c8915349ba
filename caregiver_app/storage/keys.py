"""The diary's data key and the ways to unwrap it.

A random 256-bit data key opens the database. It is never written down as it is:
the OS keyring holds it when a safe one exists (see ``secrets.py``), and this
module wraps it with keys derived (scrypt) from the family's passphrase and from a
recovery code, with AES-GCM. The wrapped copies live in a small JSON file beside
the database; without a passphrase or the code they are useless.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caregiver_app.domain.errors import InvalidInput, StoreDamaged, WrongKey

KEY_BYTES = 32
KEYFILE_FORMAT = 1
# Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 6
_RECOVERY_GROUP_LEN = 4  # 24 symbols x 5 bits = 120 bits
MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class KdfCost:
    """scrypt cost. The default takes about a tenth of a second; tests may lower it."""

    n: int = 2**15
    r: int = 8
    p: int = 1


DEFAULT_COST = KdfCost()


class DataKey:
    """The raw key, held in one mutable buffer so it can be wiped when locking."""

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = bytearray(raw)

    @classmethod
    def generate(cls) -> DataKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def from_hex(cls, text: str) -> DataKey:
        try:
            return cls(bytes.fromhex(text))
        except ValueError as exc:
            raise WrongKey("The saved key is not valid.") from exc

    def hex(self) -> str:
        if not any(self._raw):
            raise RuntimeError("the key has been wiped")
        return self._raw.hex()

    def sqlcipher_literal(self) -> str:
        """The key as SQLCipher's raw-key syntax, so no key derivation runs at open."""
        return f"x'{self.hex()}'"

    def raw(self) -> bytes:
        return bytes(self._raw)

    def wipe(self) -> None:
        for i in range(len(self._raw)):
            self._raw[i] = 0

    def __repr__(self) -> str:  # never print the key
        return "DataKey(<hidden>)"


def new_recovery_code() -> str:
    symbols = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN)
    )
    groups = [
        symbols[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(symbols), _RECOVERY_GROUP_LEN)
    ]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """Accept the code however it was typed: spaces, dashes, lower case, O for 0."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != _RECOVERY_GROUPS * _RECOVERY_GROUP_LEN or any(
        ch not in _RECOVERY_ALPHABET for ch in cleaned
    ):
        raise InvalidInput(
            "recovery_code",
            "That doesn't look like a recovery code. It has 24 letters and numbers "
            "in groups of four.",
        )
    return cleaned


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(
            "passphrase",
            f"Please use at least {MIN_PASSPHRASE_LENGTH} characters. "
            "A short sentence you will remember works well.",
        )


@dataclass(frozen=True)
class WrappedKey:
    kind: str  # "passphrase" or "recovery"
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    cost: KdfCost

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kdf": "scrypt",
            "n": self.cost.n,
            "r": self.cost.r,
            "p": self.cost.p,
            "salt": _b64(self.salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WrappedKey:
        return cls(
            kind=str(data["kind"]),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
            cost=KdfCost(n=int(data["n"]), r=int(data["r"]), p=int(data["p"])),
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    """A 256-bit key from a passphrase or code (scrypt)."""
    return hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=cost.n,
        r=cost.r,
        p=cost.p,
        maxmem=256 * 1024 * 1024,
        dklen=KEY_BYTES,
    )


def wrap(key: DataKey, secret: str, kind: str, store_id: str, cost: KdfCost) -> WrappedKey:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    aad = f"kindred:{store_id}:{kind}".encode()
    ciphertext = AESGCM(derive_key(secret, salt, cost)).encrypt(nonce, key.raw(), aad)
    return WrappedKey(kind=kind, salt=salt, nonce=nonce, ciphertext=ciphertext, cost=cost)


def unwrap(wrapped: WrappedKey, secret: str, store_id: str) -> DataKey | None:
    """The data key, or None when the secret is wrong."""
    aad = f"kindred:{store_id}:{wrapped.kind}".encode()
    try:
        raw = AESGCM(derive_key(secret, wrapped.salt, wrapped.cost)).decrypt(
            wrapped.nonce, wrapped.ciphertext, aad
        )
    except InvalidTag:
        return None
    return DataKey(raw)


@dataclass
class KeyFile:
    """The wrapped copies of the data key, stored beside the database."""

    store_id: str
    key_check: str
    uses_keyring: bool = False
    wraps: dict[str, WrappedKey] = field(default_factory=dict)

    @property
    def has_passphrase(self) -> bool:
        return "passphrase" in self.wraps

    def unlock_with_passphrase(self, passphrase: str) -> DataKey:
        wrapped = self.wraps.get("passphrase")
        key = unwrap(wrapped, passphrase, self.store_id) if wrapped else None
        if key is None:
            raise WrongKey("That passphrase doesn't open this diary. Please try again.")
        return key

    def unlock_with_recovery_code(self, code: str) -> DataKey:
        wrapped = self.wraps.get("recovery")
        normalised = normalise_recovery_code(code)
        key = unwrap(wrapped, normalised, self.store_id) if wrapped else None
        if key is None:
            raise WrongKey("That recovery code doesn't open this diary. Please check it.")
        return key

    def set_passphrase(self, key: DataKey, passphrase: str, cost: KdfCost) -> None:
        check_new_passphrase(passphrase)
        self.wraps["passphrase"] = wrap(key, passphrase, "passphrase", self.store_id, cost)

    def set_recovery_code(self, key: DataKey, code: str, cost: KdfCost) -> None:
        normalised = normalise_recovery_code(code)
        self.wraps["recovery"] = wrap(key, normalised, "recovery", self.store_id, cost)

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half."""
        data = {
            "format": KEYFILE_FORMAT,
            "about": "Kindred: wrapped copies of the diary key. Useless without the "
            "passphrase or recovery code. Keep it beside the diary.",
            "store_id": self.store_id,
            "key_check": self.key_check,
            "uses_keyring": self.uses_keyring,
            "wraps": [w.to_json() for w in self.wraps.values()],
        }
        tmp = path.with_name(path.name + ".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)  # the old file is still whole
            raise
        if os.name != "nt":  # the rename itself survives a power cut
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != KEYFILE_FORMAT:
                raise ValueError("unknown key file format")
            wraps = [WrappedKey.from_json(item) for item in data["wraps"]]
            return cls(
                store_id=str(data["store_id"]),
                key_check=str(data["key_check"]),
                uses_keyring=bool(data.get("uses_keyring", False)),
                wraps={w.kind: w for w in wraps},
            )
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreDamaged(
                "The file that holds this diary's locked keys is damaged. "
                "Your diary is untouched; the key saved on this computer may still open it."
            ) from exc
