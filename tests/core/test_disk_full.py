"""A full disk while saving: a plain message, and the store exactly as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.domain.errors import StoreFull
from caregiver_app.services.diary_service import DiaryService
from tests.conftest import OpenStore


def _fill_the_disk(opened: OpenStore) -> None:
    """Let the file grow no further, as a full disk does (SQLite reports SQLITE_FULL)."""

    def cap(dbapi_connection: object, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    opened.store.engine.dispose()  # new connections get the cap
    event.listen(opened.store.engine, "connect", cap)


def test_a_full_disk_gives_a_plain_message_and_changes_nothing(opened: OpenStore) -> None:
    diary = DiaryService(opened.store)
    diary.add(opened.ann, EntryDraft(text="Saved before the disk filled"))
    _fill_the_disk(opened)
    long_text = "A long evening, written with care. " * 1400
    with pytest.raises(StoreFull, match="disk is full") as caught:
        diary.add(opened.ann, EntryDraft(text=long_text))
    assert "Nothing was lost" in caught.value.message
    with opened.store.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert [e.text for e in diary.page(opened.ann).entries] == ["Saved before the disk filled"]
