"""``kindred-cli passphrase`` and ``kindred-cli recovery-code``: the lock on the diary.

The same steps as in the app (``storage/key_change.py``): the current passphrase or
recovery code is checked, a verified backup is made, and the key file is replaced
in one step. Secrets come from the environment ($KINDRED_PASSPHRASE or
$KINDRED_RECOVERY_CODE for the current one, $KINDRED_NEW_PASSPHRASE for the new
one) or are asked for at the terminal, never from the command line, where other
programs could see them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.storage.key_change import needs_current_secret

NEW_PASSPHRASE_ENV = "KINDRED_NEW_PASSPHRASE"


def add_parsers(sub: Any) -> None:
    change = sub.add_parser(
        "passphrase", help="change the passphrase (or add one); a backup is made first"
    )
    change.set_defaults(handler=cmd_passphrase)
    code = sub.add_parser(
        "recovery-code", help="make a new recovery code (the old one stops working)"
    )
    code.set_defaults(handler=cmd_recovery_code)


def _current(ctx: Any) -> str | None:
    """The passphrase now (or the recovery code); None for a diary without a passphrase."""
    from caregiver_app.cli import PASSPHRASE_ENV, RECOVERY_ENV

    if not needs_current_secret(ctx.paths):
        return None
    given = os.environ.get(PASSPHRASE_ENV) or os.environ.get(RECOVERY_ENV)
    if given:
        return given
    if sys.stdin.isatty():
        return getpass.getpass("Your passphrase now (or your recovery code): ")
    raise InvalidInput("passphrase", f"Please give your passphrase now in ${PASSPHRASE_ENV}.")


def _new_passphrase() -> str:
    given = os.environ.get(NEW_PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise InvalidInput(
            "passphrase", f"Please give the new passphrase in ${NEW_PASSPHRASE_ENV}."
        )
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Type the new passphrase again: ") != first:
        raise InvalidInput(
            "passphrase", "The two passphrases are not the same. Nothing was changed."
        )
    return first


def cmd_passphrase(ctx: Any, _args: argparse.Namespace) -> int:
    from caregiver_app.cli import _open_local  # a diary on this computer only

    current = _current(ctx)
    new = _new_passphrase()
    store = _open_local(ctx)
    try:
        change = store.change_passphrase(current, new)
    finally:
        store.close()
    print(
        "Done. Please use the new passphrase from now on. Your recovery code still works. "
        f"A backup was made first: {change.backup.name}"
    )
    return 0


def cmd_recovery_code(ctx: Any, _args: argparse.Namespace) -> int:
    from caregiver_app.cli import _open_local

    current = _current(ctx)
    store = _open_local(ctx)
    try:
        change = store.replace_recovery_code(current)
    finally:
        store.close()
    print(f"Your new recovery code:\n\n    {change.recovery_code}\n")
    print(
        "Please write it down or print it now and keep it with your important papers: "
        "Kindred cannot show it again. The old code no longer works."
    )
    return 0
