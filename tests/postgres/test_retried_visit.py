"""Recording a visit the server undid halfway is tried again, without writing the notes twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from caregiver_app.domain.appointments import AppointmentDraft, VisitNotes
from caregiver_app.domain.entries import EntryKind
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.diary_service import DiaryService
from tests.postgres.conftest import Family


def undo_next_appointment_update(family: Family) -> None:
    """The server undoes the next change to an appointment (SQLSTATE 40001), once."""
    with family.db.engine.connect() as conn:
        conn.execute(
            text("CREATE SEQUENCE undo_left START 1 INCREMENT -1 MINVALUE -100000 MAXVALUE 100000")
        )
        conn.execute(text(
            "CREATE FUNCTION undo_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF nextval('undo_left') > 0 THEN "
            "RAISE EXCEPTION 'undone' USING ERRCODE = '40001'; END IF; "
            "RETURN NEW; END $$"
        ))  # fmt: skip
        conn.execute(text(
            "CREATE TRIGGER undo_update BEFORE UPDATE ON appointments "
            "FOR EACH ROW EXECUTE FUNCTION undo_update()"
        ))  # fmt: skip
        conn.execute(text("GRANT USAGE ON SEQUENCE undo_left TO kindred_writer"))
        conn.commit()


def test_a_visit_the_server_undid_at_the_last_step_is_recorded_once(family: Family) -> None:
    store = family.db.open("ann")
    appointments = AppointmentService(store)
    when = datetime.now(UTC) - timedelta(hours=2)
    saved = appointments.add(family.ann, AppointmentDraft(starts_at=when, clinician="Dr Patel"))
    undo_next_appointment_update(family)

    record = appointments.record_visit(saved.id, family.ann, VisitNotes(said="All well"))

    assert record.appointment.visit_entry_id == record.entry.id
    with store.read() as session:
        notes = session.scalars(
            text("SELECT id FROM entries WHERE kind = :kind"),
            {"kind": EntryKind.APPOINTMENT_NOTE.value},
        ).all()
    assert notes == [record.entry.id]
    assert "All well" in DiaryService(store).get(record.entry.id, family.ann).text
