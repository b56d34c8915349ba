"""Make the upgrade fixture: an encrypted diary saved at an old schema (migration 0002).

    .venv/bin/python -m tools.make_old_store tests/fixtures/store-0002

It is a diary from before medicines and appointments (0003) and the shared server
(0004) existed: the migrations are run up to 0002 only, then a circle and a few
entries are written with today's services, which only touch tables 0002 has (tags,
an edit with its history, a deleted entry). The key is locked with
FIXTURE_PASSPHRASE (this is test data, not a secret). ``expected.json`` beside it
lists every entry, so the upgrade test (tests/migrations/test_upgrade_fixture.py)
can check that each one survives.
Run it again only to make a new fixture; the committed one is what the test trusts.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from alembic import command

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import EntryDraft, EntryKind
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage import migrate
from caregiver_app.storage.engine import WRITE_OPTION, make_engine
from caregiver_app.storage.keys import DataKey, KdfCost, KeyFile, new_recovery_code
from caregiver_app.storage.store import Store, key_check

FIXTURE_PASSPHRASE = "old diary fixture passphrase"
OLD_REVISION = "0002"


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 10, day, hour, 0, tzinfo=UTC)


def make(folder: Path) -> dict[str, object]:
    paths = StorePaths(folder)
    if paths.database.exists():
        raise SystemExit(f"{folder} already holds a diary; remove it first")
    folder.mkdir(parents=True, exist_ok=True)
    store_id = str(uuid.uuid4())
    key = DataKey.generate()
    cost = KdfCost(n=2**10)
    keyfile = KeyFile(store_id=store_id, key_check=key_check(key, store_id))
    keyfile.set_passphrase(key, FIXTURE_PASSPHRASE, cost)
    keyfile.set_recovery_code(key, new_recovery_code(), cost)
    keyfile.uses_keyring = False
    keyfile.save(paths.keys)
    engine = make_engine(paths.database, key, create=True)
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        command.upgrade(migrate.alembic_config(conn), OLD_REVISION)
        conn.commit()
    store = Store(paths, engine, key, store_id, None)
    try:
        circle = CircleService(store).create(
            PersonProfile(name="Edith Marsh", preferred_name="Edie", allergies="Penicillin"),
            CaregiverDraft(name="Tom Marsh", relationship="son", role=Role.PRIMARY),
        )
        tom = circle.caregivers[0].id
        diary = DiaryService(store)
        drafts = [
            EntryDraft("Slept through, cheerful at breakfast", EntryKind.MOOD, _at(1, 9), mood=7),
            EntryDraft(
                "Upset at dusk, asked for her mother",
                EntryKind.DISTRESS_EPISODE,
                _at(2, 18),
                distress=6,
                tags=("evening",),
                tried="Tea and old songs",
                helped="Old songs",
            ),
            EntryDraft("Six hours, woke twice", EntryKind.SLEEP, _at(3, 7), sleep_hours=6.0),
            EntryDraft("Ate all her soup", EntryKind.MEAL, _at(4, 13), tags=("lunch", "good day")),
            EntryDraft("Wrote this in the wrong diary", EntryKind.NOTE, _at(5, 20)),
        ]
        entries = [diary.add(tom, draft) for draft in drafts]
        edited = diary.edit(
            entries[2].id,
            tom,
            EntryDraft(
                "Six hours, woke twice, settled with warm milk",
                EntryKind.SLEEP,
                _at(3, 7),
                sleep_hours=6.0,
            ),
            entries[2].version,
        )
        entries[2] = edited
        entries[4] = diary.delete(entries[4].id, tom)
    finally:
        store.close()
    expected = {
        "revision": OLD_REVISION,
        "passphrase": FIXTURE_PASSPHRASE,
        "writer_id": tom,
        "entries": [
            {"id": e.id, "text": e.text, "tags": sorted(e.draft.tags), "version": e.version}
            for e in entries
        ],
        "deleted": [entries[4].id],
    }
    (folder / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    expected = make(args.folder)
    print(f"Made a diary at migration {OLD_REVISION} with {len(expected['entries'])} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
