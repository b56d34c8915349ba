"""Nothing of the diary is ever on disk in plaintext: not the store, WAL, logs or settings."""

from __future__ import annotations

import logging
import uuid
from datetime import date
from pathlib import Path

import pytest

from caregiver_app import cli
from caregiver_app.domain.circle import CaregiverDraft, PersonProfile
from caregiver_app.domain.entries import EntryDraft, EntryKind, Visibility
from caregiver_app.logging_setup import configure_logging
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings, save_settings
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import create_store
from tests.conftest import TEST_COST
from tests.support.keyrings import MemoryKeyring


def _canary(label: str) -> str:
    return f"CANARY{label}{uuid.uuid4().hex[:12]}"


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_no_written_word_is_readable_in_any_file_kindred_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    paths = StorePaths(tmp_path / "diary")
    configure_logging(paths.logs, level=logging.DEBUG)
    canaries: list[str] = []

    def c(label: str) -> str:
        value = _canary(label)
        canaries.append(value)
        return value

    created = create_store(
        paths, vault=KeyringVault(MemoryKeyring()), passphrase=c("pass"), cost=TEST_COST
    )
    store = created.store
    circle = CircleService(store).create(
        PersonProfile(
            name=c("name"),
            preferred_name=c("pref"),
            date_of_birth=date(1941, 5, 2),
            diagnoses=c("diag"),
            allergies=c("allergy"),
            what_matters=c("matters"),
            routines=c("routine"),
            what_upsets=c("upsets"),
            what_calms=c("calms"),
            communication=c("comm"),
        ),
        CaregiverDraft(name=c("carer"), relationship=c("rel")),
    )
    writer = circle.caregivers[0].id
    diary = DiaryService(store)
    entry = diary.add(
        writer,
        EntryDraft(
            text=c("text"),
            kind=EntryKind.DISTRESS_EPISODE,
            tags=(c("tag").lower(),),
            visibility=Visibility.PRIVATE,
            before=c("before"),
            behaviour=c("did"),
            tried=c("tried"),
            helped=c("helped"),
        ),
    )
    diary.edit(entry.id, writer, EntryDraft(text=c("edited")), 1)
    store.backup("canary")
    save_settings(Settings(current_writer_id=writer, country="GB"), paths.settings)
    logging.getLogger("test").info("entry saved %s", entry.id)
    # While the store is still open, so the WAL holds the latest pages.
    files_open = _all_bytes(paths.folder)
    store.close()
    assert cli.main(["--home", str(paths.folder), "list"], vault=KeyringVault(MemoryKeyring())) == 2

    files = files_open + _all_bytes(paths.folder)
    assert any(p.name.endswith("-wal") for p, _ in files_open), "the WAL was checked too"
    for path, data in files:
        for canary in canaries:
            for encoded in (canary.encode(), canary.lower().encode(), canary.encode("utf-16-le")):
                assert encoded not in data, f"{canary[:12]}… readable in {path.name}"
