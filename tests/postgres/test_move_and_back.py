"""Moving a diary to the shared server and keeping an offline copy: nothing lost, all or nothing."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from caregiver_app.domain.appointments import AppointmentDraft, VisitNotes
from caregiver_app.domain.circle import PersonProfile, Role
from caregiver_app.domain.entries import CardOutcome, CardUse, EntryDraft, EntryKind, Visibility
from caregiver_app.domain.errors import KindredError
from caregiver_app.domain.medicines import (
    DoseOutcome,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
)
from caregiver_app.paths import StorePaths
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.export_service import export_record
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.services.transfer import copy_to_new_local, move_to_server
from caregiver_app.storage import server_admin
from caregiver_app.storage.store import Store
from tests.conftest import PASSPHRASE, TEST_COST, OpenStore
from tests.postgres.conftest import ServerDb

T0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def fill(opened: OpenStore) -> None:
    """A diary with a bit of everything: history, privacy, deletes, cards, medicines, visits."""
    diary = DiaryService(opened.store)
    first = diary.add(
        opened.ann,
        EntryDraft(text="Bright morning", kind=EntryKind.MOOD, happened_at=T0, mood=7,
                   tags=("breakfast", "calm")),
    )  # fmt: skip
    diary.edit(first.id, opened.raj, replace(first.draft, text="Bright morning, ate well"), 1)
    diary.add(
        opened.raj,
        EntryDraft(
            text="Upset at dusk",
            kind=EntryKind.DISTRESS_EPISODE,
            happened_at=T0 + timedelta(hours=9),
            distress=7,
            before="Visitors left",
            helped="Soft music",
            tags=("evening",),
            cards=(CardUse("sundowning", CardOutcome.HELPED),),
        ),
    )
    diary.add(opened.ann, EntryDraft(text="Ann's own worry", visibility=Visibility.PRIVATE))
    diary.add(opened.raj, EntryDraft(text="Raj's own worry", visibility=Visibility.PRIVATE))
    gone = diary.add(opened.ann, EntryDraft(text="Wrote this twice", happened_at=T0))
    diary.delete(gone.id, opened.raj)
    for day in range(30):
        diary.add(
            opened.ann if day % 2 else opened.raj,
            EntryDraft(text=f"Day {day}: café, walk, tea", happened_at=T0 - timedelta(days=day)),
        )
    medicines = MedicineService(opened.store)
    donepezil = medicines.add(
        opened.ann,
        MedicineDraft(name="Donepezil", strength="5 mg", prescriber="Dr Patel",
                      started_on=date.today() - timedelta(days=90), reason="Diagnosis"),
    )  # fmt: skip
    medicines.change(
        donepezil.id,
        opened.raj,
        MedicineChange(MedicineEventKind.DOSE_CHANGED, strength="10 mg", reason="Worse"),
    )
    medicines.log_dose(opened.ann, donepezil.id, DoseOutcome.GIVEN)
    medicines.log_dose(opened.raj, donepezil.id, DoseOutcome.REFUSED, note="Spat it out")
    appointments = AppointmentService(opened.store)
    soon = appointments.add(
        opened.ann,
        AppointmentDraft(starts_at=datetime.now(UTC) + timedelta(days=3), clinician="Dr Patel"),
        questions=["Is the dose right?"],
    )
    appointments.add_question(soon.id, opened.raj, "Can we get respite?")
    past = appointments.add(
        opened.raj,
        AppointmentDraft(starts_at=datetime.now(UTC) - timedelta(days=2), clinician="Dr Shah"),
    )
    appointments.record_visit(past.id, opened.ann, VisitNotes(said="All steady."))
    CircleService(opened.store).update_person(
        PersonProfile(name="Margaret Okafor", preferred_name="Maggie", what_calms="Her garden"), 1
    )


def comparable(store: Store, viewer: str) -> str:
    """Everything ``viewer`` sees, with the ids that differ between stores made names."""
    circle = CircleService(store).get()
    record = export_record(store, viewer)
    for key in ("exported_at", "exported_by"):
        record.pop(key)
    # Members joined the server in another order than they joined the diary at home.
    record["circle"]["caregivers"].sort(key=lambda c: c["name"])
    whole: dict[str, Any] = {
        "record": record,
        "medicines": [asdict(m) for m in MedicineService(store).list(viewer, include_stopped=True)],
        "appointments": [asdict(a) for a in AppointmentService(store).list(viewer)],
    }
    dumped = json.dumps(whole, sort_keys=True, default=str, indent=1)
    dumped = dumped.replace(circle.id, "<circle>")
    for caregiver in circle.caregivers:
        dumped = dumped.replace(caregiver.id, f"<{caregiver.name}>")
    return dumped


def caregiver(store: Store, name: str) -> str:
    circle = CircleService(store).get()
    return next(c.id for c in circle.caregivers if c.name == name)


def copy_back(store: Store, folder: Path, opened: OpenStore, **kwargs: Any) -> Store:
    created, report = copy_to_new_local(
        store, StorePaths(folder), vault=opened.vault, passphrase=PASSPHRASE, cost=TEST_COST,
        **kwargs,
    )  # fmt: skip
    assert "Every row was counted" in report.summary
    return created.store


def test_a_diary_moved_to_the_server_and_copied_back_has_lost_nothing(
    opened: OpenStore, server_db: ServerDb, tmp_path: Path
) -> None:
    fill(opened)
    okafors = server_admin.init_server(server_db.engine, "Okafor family")
    server_db.add_member("ann", "Ann Okafor", Role.PRIMARY)
    server = server_db.open("ann")

    report = move_to_server(opened.store, server)
    assert report.counts["entries"] == 36 and report.counts["medicine_doses"] == 2

    # Ann, on the server, sees exactly what she saw at home (her private entry too).
    ann_there = server.membership.caregiver_id if server.membership else ""
    assert comparable(server, ann_there) == comparable(opened.store, opened.ann)
    # Her offline copy holds the same again, in a new encrypted local diary.
    copy = copy_back(server, tmp_path / "ann-copy", opened)
    try:
        assert comparable(copy, caregiver(copy, "Ann Okafor")) == comparable(
            opened.store, opened.ann
        )
    finally:
        copy.close()

    # Raj joins afterwards: his login takes over the entries he wrote at home,
    # and his private entry is his alone, on the server as at home.
    server_db.add_member("raj", "Raj Okafor", Role.FAMILY)
    raj_server = server_db.open("raj")
    raj_there = raj_server.membership.caregiver_id if raj_server.membership else ""
    assert comparable(raj_server, raj_there) == comparable(opened.store, opened.raj)

    # The administrator's copy holds the whole circle: everyone's view is intact.
    whole = copy_back(server_db.open_admin(), tmp_path / "admin-copy", opened,
                      circle_id=okafors.id)  # fmt: skip
    try:
        for name, local_id in (("Ann Okafor", opened.ann), ("Raj Okafor", opened.raj)):
            assert comparable(whole, caregiver(whole, name)) == comparable(opened.store, local_id)
    finally:
        whole.close()


def test_the_local_diary_is_untouched_by_a_move(opened: OpenStore, server_db: ServerDb) -> None:
    fill(opened)
    before = comparable(opened.store, opened.ann)
    server_admin.init_server(server_db.engine, "Okafor family")
    server_db.add_member("ann", "Ann Okafor", Role.PRIMARY)
    move_to_server(opened.store, server_db.open("ann"))
    assert comparable(opened.store, opened.ann) == before


def _server_entries(db: ServerDb) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(text("SELECT count(*) FROM entries")) or 0)


def test_a_move_that_fails_halfway_leaves_the_server_as_it_was(
    opened: OpenStore, server_db: ServerDb
) -> None:
    fill(opened)
    server_admin.init_server(server_db.engine, "Okafor family", person="Margaret")
    server_db.add_member("ann", "Ann Okafor", Role.PRIMARY)
    with server_db.engine.connect() as conn:  # the server refuses the very last rows
        conn.execute(text(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'disk trouble'; END $$;"
            "CREATE TRIGGER refuse BEFORE INSERT ON appointment_questions "
            "FOR EACH ROW EXECUTE FUNCTION refuse()"
        ))  # fmt: skip
        conn.commit()
    with pytest.raises(Exception, match="disk trouble"):
        move_to_server(opened.store, server_db.open("ann"))
    assert _server_entries(server_db) == 0
    server = server_db.open("ann")
    assert CircleService(server).get().person.name == "Margaret"  # not half-updated


def test_a_move_never_writes_in_the_name_of_another_signed_in_member(
    opened: OpenStore, server_db: ServerDb
) -> None:
    fill(opened)
    server_admin.init_server(server_db.engine, "Okafor family")
    server_db.add_member("ann", "Ann Okafor", Role.PRIMARY)
    server_db.add_member("raj", "Raj Okafor", Role.FAMILY)  # Raj signs in already
    with pytest.raises(KindredError, match="Raj Okafor, who already signs in") as caught:
        move_to_server(opened.store, server_db.open("ann"))
    assert "Nothing was copied" in caught.value.message
    assert _server_entries(server_db) == 0


def test_a_move_into_a_diary_that_has_entries_is_refused(
    opened: OpenStore, server_db: ServerDb
) -> None:
    fill(opened)
    server_admin.init_server(server_db.engine, "Okafor family", person="Margaret")
    member = server_db.add_member("ann", "Ann Okafor", Role.PRIMARY)
    server = server_db.open("ann")
    DiaryService(server).add(member.caregiver_id, EntryDraft(text="Already here"))
    with pytest.raises(KindredError, match="only into an empty one"):
        move_to_server(opened.store, server)
    assert _server_entries(server_db) == 1


def test_a_viewer_cannot_move_a_diary(opened: OpenStore, server_db: ServerDb) -> None:
    server_admin.init_server(server_db.engine, "Okafor family")
    server_db.add_member("doc", "Dr Visitor", Role.VIEWER)
    with pytest.raises(KindredError, match="read-only"):
        move_to_server(opened.store, server_db.open("doc"))


def test_moving_asks_who_you_are_when_your_name_differs(
    opened: OpenStore, server_db: ServerDb
) -> None:
    fill(opened)
    server_admin.init_server(server_db.engine, "Okafor family")
    server_db.add_member("ann", "Annie O", Role.PRIMARY)
    server = server_db.open("ann")
    with pytest.raises(KindredError, match="you are Annie O"):
        move_to_server(opened.store, server)
    report = move_to_server(opened.store, server, me=opened.ann)
    assert report.counts["entries"] == 36
    mine = server.membership.caregiver_id if server.membership else ""
    texts = [e.text for e in DiaryService(server).page(mine, limit=100).entries]
    assert "Ann's own worry" in texts  # her private entry is hers on the server
