"""``kindred-cli import`` and the export formats: a whole record out and back in.

An import is read and checked whole first (``--dry-run`` shows what it would add);
applying it happens in one transaction after a backup. A locked export asks for
its passphrase from $KINDRED_EXPORT_PASSPHRASE or the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.export_service import export_csv, export_record
from caregiver_app.services.import_service import ImportService, read_export
from caregiver_app.storage.sealed import seal

EXPORT_PASSPHRASE_ENV = "KINDRED_EXPORT_PASSPHRASE"


def add_parsers(sub: Any) -> None:
    imports = sub.add_parser("import", help="add a Kindred export to this diary")
    imports.add_argument("file", type=Path, help="the export file (.json)")
    imports.add_argument("--dry-run", action="store_true", help="only say what would be added")
    imports.set_defaults(handler=cmd_import)


def _export_passphrase(prompt: str) -> str:
    passphrase = os.environ.get(EXPORT_PASSPHRASE_ENV)
    if passphrase:
        return passphrase
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise InvalidInput(
        "passphrase", f"Please give the export's passphrase in ${EXPORT_PASSPHRASE_ENV}."
    )


def export_bytes(ctx: Any, args: argparse.Namespace, open_store: Any, writer_for: Any) -> bytes:
    """The export as the person asked for it: JSON (optionally locked) or CSV."""
    store = open_store(ctx)
    try:
        viewer = writer_for(CircleService(store).get(), args.writer)
        if args.csv:
            return ("\ufeff" + export_csv(store, viewer)).encode("utf-8")  # BOM: Excel reads UTF-8
        data = json.dumps(export_record(store, viewer), ensure_ascii=False, indent=2).encode()
    finally:
        store.close()
    if args.lock:
        return seal(data, _export_passphrase("Choose a passphrase for the export: "))
    return data


def cmd_import(ctx: Any, args: argparse.Namespace) -> int:
    from caregiver_app.cli import _open  # the CLI's one way to open the diary

    try:
        data = args.file.read_bytes()
    except OSError:
        raise InvalidInput("file", f"Kindred couldn't read {args.file.name}.") from None
    passphrase = None
    if b'"kindred-sealed"' in data[:200]:
        passphrase = _export_passphrase("The export's passphrase: ")
    record = read_export(data, passphrase)
    store = _open(ctx)
    try:
        imports = ImportService(store)
        plan = imports.plan(record) if args.dry_run else imports.apply(record)
    finally:
        store.close()
    print(plan.summary if args.dry_run or plan.nothing_new else plan.done_summary)
    return 0
