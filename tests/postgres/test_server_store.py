"""The shared store behind the same services: migrations, conflicts, retries, search, errors."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from caregiver_app.domain.entries import EntryDraft, EntryFilter, RevisionAction
from caregiver_app.domain.errors import (
    EditConflict,
    KindredError,
    ServerRefused,
    ServerUnreachable,
    StoreTooNew,
    WriteContention,
)
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage import migrate
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.server import ServerPasswords, ServerSettings, open_server_store
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import Base
from tests.postgres.cluster import free_port
from tests.postgres.conftest import Family, ServerDb
from tests.support.keyrings import MemoryKeyring


def test_alembic_check_finds_no_difference_on_postgresql(server_db: ServerDb) -> None:
    with server_db.engine.connect() as conn:
        command.check(migrate.alembic_config(conn))  # raises if autogenerate finds a change
        assert migrate.current_revision(conn) == migrate.head_revision()
        assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())


def test_a_server_diary_from_a_newer_kindred_is_refused(family: Family) -> None:
    with family.db.engine.connect() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        conn.commit()
    with pytest.raises(StoreTooNew, match="newer version of Kindred"):
        family.db.open("ann")


def test_an_empty_database_gets_a_plain_message(server_db: ServerDb) -> None:
    with server_db.engine.connect() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.commit()
    settings = replace(server_db.settings("x"), user="kindred_admin")
    with pytest.raises(ServerRefused, match="server init"):
        open_server_store(settings, server_db.cluster.password, home=server_db.home)


def test_two_members_editing_one_entry_keep_both_versions(family: Family) -> None:
    ann, raj = DiaryService(family.db.open("ann")), DiaryService(family.db.open("raj"))
    entry = ann.add(family.ann, EntryDraft(text="Slept badly"))
    edited = raj.edit(entry.id, family.raj, EntryDraft(text="Slept badly, up at 3"), 1)
    with pytest.raises(EditConflict) as caught:
        ann.edit(entry.id, family.ann, EntryDraft(text="Slept badly, nightmares"), 1)
    assert caught.value.current.text == edited.text
    assert caught.value.attempted.text == "Slept badly, nightmares"
    history = ann.history(entry.id, family.ann)
    assert [(r.action, r.content.text) for r in history] == [
        (RevisionAction.CREATED, "Slept badly"),
        (RevisionAction.EDITED, "Slept badly, up at 3"),
        (RevisionAction.CONFLICTED, "Slept badly, nightmares"),
    ]


def _save_at_once(
    stores: dict[str, Store], ids: dict[str, str], entry_id: str, round_: int
) -> list[str]:
    start = threading.Barrier(len(stores))
    outcomes: list[str] = []

    def save(who: str) -> None:
        draft = EntryDraft(text=f"{who} {round_}")
        start.wait()
        try:
            DiaryService(stores[who]).edit(entry_id, ids[who], draft, round_ + 1)
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(who,)) for who in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes)


def test_two_members_saving_the_same_entry_at_the_same_moment_never_overwrite(
    family: Family,
) -> None:
    stores: dict[str, Store] = {"ann": family.db.open("ann"), "raj": family.db.open("raj")}
    ids = {"ann": family.ann, "raj": family.raj}
    entry = DiaryService(stores["ann"]).add(family.ann, EntryDraft(text="Start"))
    for round_ in range(10):
        assert _save_at_once(stores, ids, entry.id, round_) == ["conflict", "saved"]
    history = DiaryService(stores["ann"]).history(entry.id, family.ann)
    assert [r.action for r in history].count(RevisionAction.EDITED) == 10
    assert [r.action for r in history].count(RevisionAction.CONFLICTED) == 10
    assert DiaryService(stores["ann"]).get(entry.id, family.ann).version == 11


def _fail_next_inserts(family: Family, times: int, sqlstate: str) -> None:
    """The server undoes the next ``times`` entry inserts, as a real conflict would."""
    with family.db.engine.connect() as conn:
        conn.execute(
            text(
                f"CREATE SEQUENCE undo_left START {times} INCREMENT -1 "
                "MINVALUE -100000 MAXVALUE 100000"
            )
        )
        conn.execute(text(
            "CREATE FUNCTION undo_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF nextval('undo_left') > 0 THEN "
            f"RAISE EXCEPTION 'undone' USING ERRCODE = '{sqlstate}'; END IF; "
            "RETURN NEW; END $$"
        ))  # fmt: skip
        conn.execute(text(
            "CREATE TRIGGER undo_insert BEFORE INSERT ON entries "
            "FOR EACH ROW EXECUTE FUNCTION undo_insert()"
        ))  # fmt: skip
        conn.execute(text("GRANT USAGE ON SEQUENCE undo_left TO kindred_writer"))
        conn.commit()


@pytest.mark.parametrize("sqlstate", ["40001", "40P01"])
def test_a_save_the_server_undid_is_tried_again_before_anyone_sees_it(
    family: Family, sqlstate: str
) -> None:
    _fail_next_inserts(family, times=2, sqlstate=sqlstate)  # serialization / deadlock
    diary = DiaryService(family.db.open("ann"))
    saved = diary.add(family.ann, EntryDraft(text="Saved on the third try"))
    assert diary.get(saved.id, family.ann).text == "Saved on the third try"
    assert diary.count(family.ann) == 1


def test_a_save_undone_again_and_again_says_so_plainly_and_saves_nothing(family: Family) -> None:
    _fail_next_inserts(family, times=50, sqlstate="40001")
    diary = DiaryService(family.db.open("ann"))
    with pytest.raises(WriteContention, match="Please save again"):
        diary.add(family.ann, EntryDraft(text="Never saved"))
    assert diary.count(family.ann) == 0


def test_search_on_the_server_ignores_case_and_accents_and_completes_the_last_word(
    family: Family,
) -> None:
    diary = DiaryService(family.db.open("ann"))
    diary.add(family.ann, EntryDraft(text="Café with Mum; she was CALM", tags=("outing",)))
    diary.add(family.ann, EntryDraft(text="Restless night", before="Thunder"))
    searches = [("cafe", 1), ("calm", 1), ("mu", 1), ("café mum", 1), ("thund", 1),
                ("'; DROP TABLE entries; --", 0), ("night calm", 0), ("   ", 2)]  # fmt: skip
    for typed, found in searches:
        assert diary.count(family.ann, EntryFilter(text=typed)) == found, typed
    page = diary.page(family.ann, EntryFilter(text="caf"))
    assert [e.text for e in page.entries] == ["Café with Mum; she was CALM"]


def test_a_wrong_password_gets_a_plain_message(family: Family) -> None:
    with pytest.raises(ServerRefused, match="didn't accept the sign-in"):
        open_server_store(family.db.settings("ann"), "not-the-password", home=family.db.home)


def test_a_server_that_is_not_there_gets_a_plain_message(tmp_path: Path) -> None:
    settings = ServerSettings(
        host="127.0.0.1", port=free_port(), database="kindred", user="ann", sslmode="disable"
    )
    with pytest.raises(ServerUnreachable, match="can't reach the shared diary's server"):
        open_server_store(settings, "pw", home=tmp_path)


def test_certificate_checking_is_on_by_default(family: Family) -> None:
    db = family.db
    settings = replace(db.settings("ann"), host="127.0.0.1")  # TCP: the test server has no TLS
    assert settings.sslmode == "verify-full"
    with pytest.raises(ServerRefused, match="certificate"):
        open_server_store(settings, db.passwords[db.login("ann")], home=db.home)
    plain = replace(settings, sslmode="disable")
    store = open_server_store(plain, db.passwords[db.login("ann")], home=db.home)
    store.close()


def test_the_password_lives_in_the_keyring_never_in_the_settings(
    family: Family, tmp_path: Path
) -> None:
    from caregiver_app.storage.server import load_server_settings, save_server_settings

    settings = family.db.settings("ann")
    keyring = MemoryKeyring()
    passwords = ServerPasswords(KeyringVault(keyring))
    secret = family.db.passwords[family.db.login("ann")]
    assert passwords.save(settings, secret)
    save_server_settings(tmp_path, settings)
    assert secret not in (tmp_path / "shared-server.json").read_text()
    assert load_server_settings(tmp_path) == settings
    assert passwords.fetch(settings) == secret


def test_drafts_of_a_shared_diary_stay_on_this_computer_encrypted(family: Family) -> None:
    store = family.db.open("ann")
    store.drafts.save("new-entry", {"text": "Half a thought about Mum"})
    (draft_file,) = list(family.db.home.rglob("kindred.drafts"))
    assert b"Half a thought" not in draft_file.read_bytes()
    again = family.db.open("ann")
    assert again.drafts.all() == {"new-entry": {"text": "Half a thought about Mum"}}


def test_a_server_store_has_no_local_backup_but_says_what_to_do(family: Family) -> None:
    with pytest.raises(KindredError, match="offline copy"):
        family.db.open("ann").backup("automatic")
