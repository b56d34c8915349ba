"""Who may see and change what, enforced by the server: checked with the app and with raw SQL."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from caregiver_app.domain.entries import EntryDraft, EntryFilter, Visibility
from caregiver_app.domain.errors import NotAllowed, NotFound
from caregiver_app.domain.medicines import MedicineDraft
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.storage.tables import CIRCLE_TABLES
from tests.postgres.conftest import Family

CARE_TABLES = CIRCLE_TABLES


def _fill_bells(family: Family) -> str:
    bells = family.db.open("bob")
    entry = DiaryService(bells).add(
        family.bob, EntryDraft(text="Arthur's secret garden day", tags=("garden",))
    )
    MedicineService(bells).add(family.bob, MedicineDraft(name="Sertraline"))
    return entry.id


def test_a_member_of_one_circle_sees_nothing_of_another_even_with_raw_sql(
    family: Family,
) -> None:
    bells_entry = _fill_bells(family)
    DiaryService(family.db.open("ann")).add(family.ann, EntryDraft(text="Okafor note"))
    with family.db.raw("ann") as conn:
        for table in CARE_TABLES:
            column = "id" if table == "circles" else "circle_id"
            if table in ("circles", "persons", "caregivers", "entries", "medicines"):
                found = conn.execute(
                    f"SELECT count(*) FROM {table} WHERE {column} = %s", (family.other_circle_id,)
                ).fetchone()
                assert found == (0,), table
        assert conn.execute(
            "SELECT count(*) FROM entries WHERE id = %s", (bells_entry,)
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM entry_revisions WHERE entry_id = %s", (bells_entry,)
        ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM entry_tags WHERE tag = 'garden'").fetchone() == (
            0,
        )
        assert conn.execute("SELECT count(*) FROM medicines").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM circles").fetchone() == (1,)
        # Changing or removing the other circle's rows touches nothing.
        changed = conn.execute("UPDATE entries SET text = 'gotcha' WHERE id = %s", (bells_entry,))
        assert changed.rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM entries WHERE id = %s", (bells_entry,))
        conn.rollback()
        # Nor can a row be slipped into it.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO entries (id, circle_id, author_id, happened_at, written_at, "
                "updated_at, kind, text, flagged, visibility, before, behaviour, tried, helped, "
                "version) VALUES (gen_random_uuid(), %s, %s, now(), now(), now(), 'note', "
                "'planted', false, 'shared', '', '', '', '', 1)",
                (family.other_circle_id, family.ann),
            )
        conn.rollback()
        # The membership list itself is out of reach.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM kindred_access.members")
    bells = family.db.open("bob")
    assert DiaryService(bells).get(bells_entry, family.bob).text == "Arthur's secret garden day"


def test_the_app_too_shows_each_circle_only_its_own_diary(family: Family) -> None:
    _fill_bells(family)
    ann = family.db.open("ann")
    DiaryService(ann).add(family.ann, EntryDraft(text="Okafor note"))
    assert [e.text for e in DiaryService(ann).page(family.ann).entries] == ["Okafor note"]
    assert CircleService(ann).get().person.name == "Margaret Okafor"
    assert DiaryService(ann).count(family.ann, EntryFilter(text="garden")) == 0
    with pytest.raises(NotFound):
        DiaryService(ann).add(family.bob, EntryDraft(text="as Bob"))  # not in Ann's circle


def test_a_private_entry_is_invisible_to_other_members_even_with_raw_sql(family: Family) -> None:
    ann = family.db.open("ann")
    secret = DiaryService(ann).add(
        family.ann,
        EntryDraft(text="I am so tired of this", visibility=Visibility.PRIVATE, tags=("tired",)),
    )
    raj = family.db.open("raj")
    with pytest.raises(NotFound):
        DiaryService(raj).get(secret.id, family.raj)
    assert DiaryService(raj).count(family.raj, EntryFilter(text="tired")) == 0
    with family.db.raw("raj") as conn:
        for query in (
            "SELECT count(*) FROM entries WHERE id = %s",
            "SELECT count(*) FROM entry_revisions WHERE entry_id = %s",
            "SELECT count(*) FROM entry_tags WHERE entry_id = %s",
        ):
            assert conn.execute(query, (secret.id,)).fetchone() == (0,), query
        assert conn.execute(
            "SELECT count(*) FROM entry_revisions WHERE content LIKE '%%tired of this%%'"
        ).fetchone() == (0,)
        changed = conn.execute(
            "UPDATE entries SET visibility = 'shared' WHERE id = %s", (secret.id,)
        )
        assert changed.rowcount == 0
        conn.commit()
    # Its author still sees it, and so does her search.
    assert DiaryService(ann).count(family.ann, EntryFilter(text="tired")) == 1
    # And making someone else's shared entry private is refused by the server.
    shared = DiaryService(ann).add(family.ann, EntryDraft(text="For everyone"))
    with family.db.raw("raj") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE entries SET visibility = 'private' WHERE id = %s", (shared.id,))


def test_nobody_can_write_in_another_members_name(family: Family) -> None:
    raj = family.db.open("raj")
    with pytest.raises(NotAllowed):  # the app asks the server, which says no
        DiaryService(raj).add(family.ann, EntryDraft(text="Signed Ann"))
    shared = DiaryService(raj).add(family.raj, EntryDraft(text="Raj's note"))
    with family.db.raw("raj") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE entries SET author_id = %s WHERE id = %s", (family.ann, shared.id))


def test_a_viewer_reads_but_cannot_write_even_with_raw_sql(family: Family) -> None:
    DiaryService(family.db.open("ann")).add(family.ann, EntryDraft(text="Shared news"))
    viewer = family.db.open("doc")
    assert [e.text for e in DiaryService(viewer).page(family.viewer).entries] == ["Shared news"]
    with pytest.raises(NotAllowed):
        DiaryService(viewer).add(family.viewer, EntryDraft(text="Doctor's note"))
    with family.db.raw("doc") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO entries (id, circle_id, author_id, happened_at, written_at, "
                "updated_at, kind, text, flagged, visibility, before, behaviour, tried, helped, "
                "version) VALUES (gen_random_uuid(), %s, %s, now(), now(), now(), 'note', "
                "'sneaked in', false, 'shared', '', '', '', '', 1)",
                (family.circle_id, family.viewer),
            )
        conn.rollback()
        for statement in (
            "UPDATE entries SET text = 'changed'",
            "INSERT INTO entry_tags (entry_id, tag) SELECT id, 'x' FROM entries",
            "DELETE FROM entry_tags",
            "UPDATE persons SET name = 'x'",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
        # Taking up the writer role they were not given is refused too.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SET ROLE kindred_writer")


def test_a_login_that_was_removed_cannot_sign_in(family: Family) -> None:
    from caregiver_app.storage import server_admin

    server_admin.remove_member(family.db.engine, family.db.login("raj"))
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        family.db.raw("raj").close()
