"""Importing a Kindred export into the shared diary: it only adds, without a local backup."""

from __future__ import annotations

import json

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.export_service import export_record
from caregiver_app.services.import_service import ImportService, read_export
from caregiver_app.storage.tables import EntryRow
from tests.conftest import OpenStore
from tests.postgres.conftest import Family


def test_an_export_imports_into_the_shared_diary(opened: OpenStore, family: Family) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Written at home"))
    data = json.dumps(export_record(opened.store, opened.ann)).encode()
    server = family.db.open("ann")
    plan = ImportService(server).apply(read_export(data))
    assert plan.new_entries == 1
    with family.db.open("raj").read() as session:
        texts = session.query(EntryRow.text).all()
    assert [t for (t,) in texts] == ["Written at home"]
