"""Changing the passphrase, adding one, or making a new recovery code.

The diary's data key never changes: it is random, and only its wrapped copies in
the key file do. So the database is not rewritten, and every backup (made with the
same data key) still opens. The order protects the family:

1. the current passphrase or recovery code is checked against the key file;
2. a verified backup of the diary is made ("before the passphrase was changed");
3. the new key file is written under a temporary name, flushed and renamed into
   place in one step (``KeyFile.save``): a crash or a failure at any point leaves
   the old key file, so the old passphrase keeps working.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.domain.errors import InvalidInput, WrongKey
from caregiver_app.i18n import _
from caregiver_app.paths import StorePaths
from caregiver_app.storage.keys import (
    DEFAULT_COST,
    DataKey,
    KdfCost,
    KeyFile,
    check_new_passphrase,
    new_recovery_code,
)

log = logging.getLogger(__name__)

BACKUP_REASON = "before-key-change"


@dataclass(frozen=True)
class KeyChange:
    backup: Path  # the verified copy made before the key file changed
    recovery_code: str | None = None  # the new code, when one was made


def needs_current_secret(paths: StorePaths) -> bool:
    """True when a passphrase protects the diary: changing it asks for it first."""
    return KeyFile.load(paths.keys).has_passphrase


def check_current(keyfile: KeyFile, key: DataKey, current: str | None) -> None:
    """Refuse unless ``current`` (passphrase or recovery code) opens this diary.

    A diary kept with the keyring only has no passphrase to ask for: the person has
    already opened it on this computer, so ``current`` may be empty then.
    """
    if not keyfile.has_passphrase and not current:
        return
    if not current:
        raise WrongKey(_("Please type your passphrase now (or your recovery code)."))
    for unlock in (keyfile.unlock_with_passphrase, keyfile.unlock_with_recovery_code):
        try:
            found = unlock(current)
        except (WrongKey, InvalidInput):
            continue
        if found.raw() == key.raw():
            return
    raise WrongKey(_("That isn't your passphrase or recovery code now. Nothing was changed."))


def rewrap(
    paths: StorePaths,
    key: DataKey,
    backup: Callable[[str], Path],
    *,
    current: str | None,
    new_passphrase: str | None = None,
    new_code: bool = False,
    cost: KdfCost = DEFAULT_COST,
) -> KeyChange:
    """Set a new passphrase and/or a new recovery code (see the module's steps).

    ``backup(reason)`` makes a verified copy of the diary and returns its path.
    """
    keyfile = KeyFile.load(paths.keys)
    check_current(keyfile, key, current)
    if new_passphrase is not None:
        check_new_passphrase(new_passphrase)
    copy = backup(BACKUP_REASON)
    code = new_recovery_code() if new_code else None
    if new_passphrase is not None:
        keyfile.set_passphrase(key, new_passphrase, cost)
    if code is not None:
        keyfile.set_recovery_code(key, code, cost)
    keyfile.save(paths.keys)
    log.info(
        "key file re-wrapped (new passphrase: %s, new code: %s)", bool(new_passphrase), new_code
    )
    return KeyChange(copy, code)
