"""Live updates: one member's save reaches the others' open diaries, carrying ids only.

Also: the server stopped in the middle of a session, then started again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from caregiver_app.domain.entries import EntryDraft, Visibility
from caregiver_app.domain.errors import ServerUnreachable
from caregiver_app.domain.medicines import MedicineDraft
from caregiver_app.services.changes import Changes
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.storage import server_admin
from caregiver_app.storage.listener import ChangeListener, ListenerThread
from tests.postgres.cluster import PgCluster
from tests.postgres.conftest import Family, ServerDb, drop_db, make_db, set_up_family, start_cluster


def hear(
    listener: ChangeListener, wanted: Callable[[Changes], bool], within_s: float = 10.0
) -> list[Changes]:
    """Everything heard until ``wanted`` is (or ``within_s`` passes); fails if never."""
    heard: list[Changes] = []
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        found = listener.wait(0.2)
        if found is not None:
            heard.append(found)
            if wanted(found):
                return heard
    pytest.fail(f"not heard within {within_s} s; heard {heard}")


def quiet_for(listener: ChangeListener, seconds: float) -> list[Changes]:
    heard = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = listener.wait(0.1)
        if found is not None:
            heard.append(found)
    return heard


def test_a_save_reaches_another_members_listener(family: Family) -> None:
    # How fast (milliseconds) is measured in bench/server_bench.py, not asserted here.
    raj = family.db.open("raj")
    listener = raj.listener()
    assert listener.open()
    try:
        ann = DiaryService(family.db.open("ann"))
        entry = ann.add(family.ann, EntryDraft(text="Mum laughed at the radio"))
        hear(listener, lambda changes: entry.id in changes.entry_ids)
        edited = ann.edit(entry.id, family.ann, EntryDraft(text="Mum laughed, twice"), 1)
        hear(listener, lambda changes: edited.id in changes.entry_ids)
        MedicineService(family.db.open("ann")).add(family.ann, MedicineDraft(name="Donepezil"))
        hear(listener, lambda changes: changes.medicines)
    finally:
        listener.close()


def test_a_notification_carries_ids_only_never_diary_text(family: Family) -> None:
    raj = family.db.open("raj")
    assert raj.membership is not None
    with family.db.raw("raj") as conn:
        conn.autocommit = True
        conn.execute(f"LISTEN {raj.membership.circle_channel}")
        entry = DiaryService(family.db.open("ann")).add(
            family.ann, EntryDraft(text="Very private words about Mum", tags=("words",))
        )
        (note,) = list(conn.notifies(timeout=5, stop_after=1))
    payload = json.loads(note.payload)
    assert payload == {"circle": family.circle_id, "entry": entry.id, "what": "entries"}
    assert "words" not in note.payload.lower()


def test_private_saves_and_other_circles_stay_unheard(family: Family) -> None:
    raj, bob = family.db.open("raj").listener(), family.db.open("bob").listener()
    ann_elsewhere = family.db.open("ann").listener()  # Ann's other computer
    for listener in (raj, bob, ann_elsewhere):
        assert listener.open()
    try:
        ann = DiaryService(family.db.open("ann"))
        secret = ann.add(family.ann, EntryDraft(text="Mine", visibility=Visibility.PRIVATE))
        hear(ann_elsewhere, lambda changes: secret.id in changes.entry_ids)
        shared = ann.add(family.ann, EntryDraft(text="Everyone's"))
        heard_by_raj = hear(raj, lambda changes: shared.id in changes.entry_ids)
        assert all(secret.id not in changes.entry_ids for changes in heard_by_raj)
        assert quiet_for(bob, 0.5) == []  # the Bells hear nothing of the Okafors
    finally:
        for listener in (raj, bob, ann_elsewhere):
            listener.close()


def test_a_listener_thread_hands_over_what_it_hears(family: Family) -> None:
    heard: list[Changes] = []
    thread = ListenerThread(family.db.open("raj").listener(), heard.append)
    thread.start()
    try:
        time.sleep(0.3)  # connected and listening
        entry = DiaryService(family.db.open("ann")).add(family.ann, EntryDraft(text="Hello"))
        deadline = time.monotonic() + 5
        while not any(entry.id in c.entry_ids for c in heard) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any(entry.id in c.entry_ids for c in heard)
    finally:
        thread.stop()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[tuple[PgCluster, ServerDb]]:
    """A server of this test's own, to stop and start."""
    cluster = start_cluster()
    try:
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE restart_template")
        engine = server_admin.admin_engine(cluster.dsn("restart_template"))
        server_admin.upgrade_server(engine)
        engine.dispose()
        db = make_db(cluster, "restart_template", tmp_path / "home")
        yield cluster, db
        if cluster.is_running():
            drop_db(db)
    finally:
        cluster.remove()


def test_a_server_stopped_mid_session_loses_nothing_and_everyone_catches_up(
    own_server: tuple[PgCluster, ServerDb],
) -> None:
    cluster, db = own_server
    family = set_up_family(db)
    ann_store = db.open("ann")
    diary = DiaryService(ann_store)
    listener = db.open("raj").listener()
    assert listener.open()
    first = diary.add(family.ann, EntryDraft(text="Before the outage"))
    hear(listener, lambda changes: first.id in changes.entry_ids)

    cluster.stop()
    typed = EntryDraft(text="Typed while the server was away")
    ann_store.drafts.save("editor", {"text": typed.text})  # the editor keeps it locally
    with pytest.raises(ServerUnreachable) as caught:
        diary.add(family.ann, typed)
    assert "Nothing is lost" in caught.value.message and "save again" in caught.value.message
    with pytest.raises(ServerUnreachable, match="show the diary again"):
        diary.count(family.ann)
    assert quiet_for(listener, 0.6) == []  # the listener waits quietly, no exception

    cluster.start()
    saved = diary.add(family.ann, EntryDraft(text=ann_store.drafts.all()["editor"]["text"]))
    ann_store.drafts.discard("editor")
    # The listener missed whatever happened while it was away: it says "re-read everything".
    heard = hear(listener, lambda changes: changes.external)
    assert heard[0].external
    later = diary.add(family.ann, EntryDraft(text="After the outage"))
    hear(listener, lambda changes: later.id in changes.entry_ids)
    listener.close()
    texts = [e.text for e in diary.page(family.ann).entries]
    assert texts.count(typed.text) == 1 and "Before the outage" in texts
    assert saved.text == typed.text and ann_store.drafts.all() == {}
