"""Moving a diary to the shared server, and keeping an offline copy of it.

"Move my diary to the shared server" copies everything of the local diary's care
circle — the person's "About me", the caregivers, every entry with its whole history,
tags and cards tried, medicines with their changes and doses, appointments with their
questions — into the member's circle on the server. "Keep an offline copy" copies the
server's circle (what this member may see) into a new encrypted local diary.

Both are all or nothing: everything is written in one transaction on the target,
the rows that arrived are counted against the rows sent before that transaction
commits, and any difference undoes it all. The source is only read, never changed.

Ids are kept (they are UUIDs), so entries keep their identity and history. Two
things are translated: the circle (the server's circle has its own id) and the
caregivers, matched by name to the server's (a local caregiver the server doesn't
know yet is added with their id). On the server a move may carry rows written by
caregivers who have no login yet, but none by another member who signs in: the
server's rules forbid writing in their name, so that is checked first, in words.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from caregiver_app.domain.errors import KindredError
from caregiver_app.domain.words import count_of
from caregiver_app.i18n import _
from caregiver_app.paths import StorePaths
from caregiver_app.services.changes import Changes
from caregiver_app.storage.erase import erase_everything
from caregiver_app.storage.keys import DEFAULT_COST, KdfCost
from caregiver_app.storage.retry import retry_contention
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.server import ServerStore
from caregiver_app.storage.store import CreatedStore, Store, create_store
from caregiver_app.storage.tables import (
    CIRCLE_TABLES,
    AppointmentRow,
    Base,
    CaregiverRow,
    CircleRow,
    EntryRow,
    MedicineRow,
    PersonRow,
)

log = logging.getLogger(__name__)

_T: dict[str, Table] = {name: Base.metadata.tables[name] for name in CIRCLE_TABLES}
# Written in this order (every row after the rows it points at).
_CONTENT = CIRCLE_TABLES[CIRCLE_TABLES.index("entries") :]
# Columns naming a caregiver, translated to the target's caregivers.
_CAREGIVER_COLUMNS = {
    "entries": ("author_id", "deleted_by"),
    "entry_revisions": ("by_id",),
    "medicines": ("created_by",),
    "medicine_events": ("recorded_by",),
    "medicine_doses": ("by_id",),
    "appointments": ("created_by",),
    "appointment_questions": ("by_id",),
}
# Columns whose writer the server checks (a member may write only in their own name
# or that of a caregiver without a login). Who deleted an entry is not checked.
_CHECKED_WRITERS = {
    "entries": ("author_id",),
    "entry_revisions": ("by_id",),
    "medicines": ("created_by",),
    "medicine_events": ("recorded_by",),
    "medicine_doses": ("by_id",),
    "appointments": ("created_by",),
    "appointment_questions": ("by_id",),
}
_CHUNK = 1000
_LABELS = {
    "entries": ("entry", "entries"),
    "entry_revisions": ("change in the history", "changes in the history"),
    "medicines": ("medicine", "medicines"),
    "medicine_doses": ("dose", "doses"),
    "appointments": ("appointment", "appointments"),
}


StopCheck = Callable[[], bool]


class CopyStopped(KindredError):
    """The person stopped a move or a copy; the target's transaction was rolled back."""


def _never() -> bool:
    return False


@dataclass(frozen=True)
class Snapshot:
    """One care circle, read whole in one consistent read."""

    circle_id: str
    rows: dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class TransferReport:
    circle_id: str
    counts: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        parts = [
            count_of(self.counts.get(name, 0), *_LABELS[name])
            for name in ("entries", "entry_revisions", "medicines", "medicine_doses")
        ]
        parts.append(count_of(self.counts.get("appointments", 0), *_LABELS["appointments"]))
        text_ = "Copied " + ", ".join(parts) + ". Every row was counted on arrival."
        return " ".join([text_, *self.notes])


# --- reading ------------------------------------------------------------------------------


def read_snapshot(store: Store, circle_id: str | None = None) -> Snapshot:
    """Everything of one circle, as plain dicts, from one read snapshot of ``store``."""
    with store.read() as session:
        conn = session.connection()
        if circle_id is None:
            circle_id = _circle_of(conn, store)
        rows: dict[str, list[dict[str, Any]]] = {}
        scopes = {
            "circles": _T["circles"].c.id == circle_id,
            "persons": _T["persons"].c.circle_id == circle_id,
            "caregivers": _T["caregivers"].c.circle_id == circle_id,
            **_record_scopes(circle_id),
        }
        for name, condition in scopes.items():
            table = _T[name]
            statement = select(table).where(condition).order_by(*table.primary_key.columns)
            rows[name] = [dict(row) for row in conn.execute(statement).mappings()]
    if not rows["circles"]:
        raise KindredError("There is no care circle in this diary to copy.")
    return Snapshot(circle_id, rows)


def _circle_of(conn: Connection, store: Store) -> str:
    if isinstance(store, ServerStore) and store.membership is not None:
        return store.membership.circle_id
    found = conn.scalar(select(CircleRow.id).order_by(CircleRow.created_at).limit(1))
    if found is None:
        raise KindredError("There is no care circle in this diary to copy.")
    return str(found)


# --- writing ------------------------------------------------------------------------------


@dataclass
class _Plan:
    circle_id: str
    caregivers: dict[str, str]  # source caregiver id -> target caregiver id
    new_caregivers: list[dict[str, Any]]
    relationships: dict[str, str]  # target caregiver id -> relationship to fill in
    insert_circle: bool
    person_id: str | None  # the target's person row, to update; None: insert
    notes: list[str]


@retry_contention  # one transaction on the target; the source is only read
def copy_store(
    source: Store,
    target: Store,
    *,
    me: str | None = None,
    snapshot: Snapshot | None = None,
    should_stop: StopCheck | None = None,
) -> TransferReport:
    """Copy the source's care circle into ``target``, all or nothing, counted on arrival.

    ``me`` is the source caregiver who is doing the move; on a server it becomes the
    member signing in (otherwise caregivers are matched by name). ``should_stop`` is
    asked between chunks: True undoes the copy (``CopyStopped``), nothing is changed.
    """
    snap = snapshot or read_snapshot(source)
    with target.write() as session:
        plan = _plan(session, target, snap, me)
        _quiet_notifications(session, target)
        rows = _translated(snap, plan)
        _write(session, plan, snap, rows, should_stop or _never)
        counts = _verify(session, target, plan, rows)
        _announce(session, target, plan)
    target.changes.emit(Changes(circle=True, medicines=True, appointments=True, external=True))
    log.info("copied a care circle (%d entries)", counts.get("entries", 0))
    return TransferReport(plan.circle_id, counts, tuple(plan.notes))


def move_to_server(
    local: Store,
    server: ServerStore,
    *,
    me: str | None = None,
    should_stop: StopCheck | None = None,
) -> TransferReport:
    """Move my diary to the shared server. The local diary itself stays as it was.

    ``me`` is the caregiver in the local diary who signs in to the server; by default
    the one with the same name as this login's caregiver there.
    """
    membership = server.membership
    if membership is not None and membership.role == "viewer":
        raise KindredError("A read-only member can't move a diary to the shared server.")
    snap = read_snapshot(local)
    if me is None and membership is not None:
        with server.read() as session:
            my_name = str(
                session.scalar(
                    select(CaregiverRow.name).where(CaregiverRow.id == membership.caregiver_id)
                )
            )
        same = [c for c in snap.rows["caregivers"] if c["name"].casefold() == my_name.casefold()]
        if not same:
            raise KindredError(
                f"On the shared server you are {my_name}, and nobody in this diary has that "
                "name. Please say which person in this diary you are. Nothing was copied."
            )
        me = str(same[0]["id"])
    return copy_store(local, server, me=me, snapshot=snap, should_stop=should_stop)


def copy_to_new_local(
    server: Store,
    paths: StorePaths,
    *,
    vault: KeyringVault,
    passphrase: str | None = None,
    cost: KdfCost = DEFAULT_COST,
    circle_id: str | None = None,
    should_stop: StopCheck | None = None,
) -> tuple[CreatedStore, TransferReport]:
    """Keep an offline copy: a new encrypted local diary holding what this member sees.

    If anything fails, the half-made diary is removed again: no stray copy is left.
    """
    if paths.exists():
        raise KindredError(
            "There is already a diary in that folder. Please choose an empty folder for "
            "the offline copy."
        )
    snap = read_snapshot(
        server, circle_id
    )  # before creating anything: an unreachable server stops here
    created = create_store(paths, vault=vault, passphrase=passphrase, cost=cost, take_lock=False)
    try:
        report = copy_store(server, created.store, snapshot=snap, should_stop=should_stop)
    except BaseException:
        created.store.close()
        with contextlib.suppress(OSError):
            erase_everything(paths, vault, backups=True)
            paths.folder.rmdir()
        raise
    return created, report


def _plan(session: Session, target: Store, snap: Snapshot, me: str | None) -> _Plan:
    membership = target.membership if isinstance(target, ServerStore) else None
    circle_id = membership.circle_id if membership is not None else snap.circle_id
    insert_circle = membership is None
    if membership is None:
        # A local diary has one circle; the server's administrator may add circles.
        if isinstance(target, ServerStore):
            existing = session.scalar(select(CircleRow.id).where(CircleRow.id == circle_id))
        else:
            existing = session.scalar(select(CircleRow.id).limit(1))
        if existing is not None:
            raise KindredError("That diary already has a care circle. Nothing was copied.")
    for table, name in ((EntryRow, "entries"), (MedicineRow, "medicines")):
        held = session.scalar(
            select(func.count()).select_from(table).where(table.circle_id == circle_id)
        )
        if held:
            raise KindredError(
                f"The shared diary already has {name} in it. Kindred moves a diary only into "
                "an empty one, so nothing is mixed up or doubled. Nothing was copied."
            )
    there = session.execute(
        select(CaregiverRow.id, CaregiverRow.name, CaregiverRow.relationship).where(
            CaregiverRow.circle_id == circle_id
        )
    ).all()
    by_name = {row.name.casefold(): row.id for row in there}
    blank = {row.id for row in there if not row.relationship}
    mapping: dict[str, str] = {}
    new_caregivers: list[dict[str, Any]] = []
    relationships: dict[str, str] = {}
    for row in snap.rows["caregivers"]:
        if membership is not None and row["id"] == me:
            mapping[row["id"]] = membership.caregiver_id
        elif row["name"].casefold() in by_name:
            mapping[row["id"]] = by_name[row["name"].casefold()]
        else:
            mapping[row["id"]] = row["id"]
            new_caregivers.append({**row, "circle_id": circle_id})
            continue
        if mapping[row["id"]] in blank and row["relationship"]:
            # "daughter", "paid carer": known at home, not yet on the server.
            relationships[mapping[row["id"]]] = row["relationship"]
    if membership is not None:
        _check_writers(session, snap, mapping, membership.caregiver_id)
    person = session.scalar(select(PersonRow.id).where(PersonRow.circle_id == circle_id))
    return _Plan(circle_id, mapping, new_caregivers, relationships, insert_circle, person, [])


def _check_writers(session: Session, snap: Snapshot, mapping: dict[str, str], my_id: str) -> None:
    """Refuse, in words, rows the server would refuse: written as another signed-in member."""
    signed_in = set(session.scalars(text("SELECT kindred_access.signed_in_caregivers()")).all())
    others = signed_in - {my_id}
    blocked: set[str] = set()
    for name, columns in _CHECKED_WRITERS.items():
        for row in snap.rows[name]:
            for column in columns:
                if mapping.get(row[column]) in others:
                    blocked.add(row[column])
    if blocked:
        names = sorted(row["name"] for row in snap.rows["caregivers"] if row["id"] in blocked)
        raise KindredError(
            "Some of this diary was written by "
            + ", ".join(names)
            + ", who already signs in to the shared diary with their own login, and nobody "
            "may write in another member's name. Please move the diary before they are "
            "added (or ask whoever runs the server to add them afterwards). Nothing was copied."
        )


def _quiet_notifications(session: Session, target: Store) -> None:
    if isinstance(target, ServerStore):
        # One announcement at the end instead of one per row (see the SQL).
        session.execute(text("SET LOCAL kindred.quiet = 'on'"))


def _translated(snap: Snapshot, plan: _Plan) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    entry_ids = {row["id"] for row in snap.rows["entries"]}
    for name in _CONTENT:
        columns = _CAREGIVER_COLUMNS.get(name, ())
        translated = []
        for row in snap.rows[name]:
            copy = dict(row)
            if "circle_id" in copy:
                copy["circle_id"] = plan.circle_id
            for column in columns:
                if copy[column] is not None:
                    copy[column] = plan.caregivers[copy[column]]
            translated.append(copy)
        rows[name] = translated
    for row in rows["appointments"]:
        if row["visit_entry_id"] is not None and row["visit_entry_id"] not in entry_ids:
            # The visit's notes are an entry this member can't see: the link can't come along.
            row["visit_entry_id"] = None
            plan.notes.append("One appointment's visit notes are private and were not copied.")
    return rows


def _write(
    session: Session,
    plan: _Plan,
    snap: Snapshot,
    rows: dict[str, list[dict[str, Any]]],
    should_stop: StopCheck,
) -> None:
    if plan.insert_circle:
        circle = dict(snap.rows["circles"][0], id=plan.circle_id)
        session.execute(insert(_T["circles"]), [circle])
    if plan.new_caregivers:
        session.execute(insert(_T["caregivers"]), plan.new_caregivers)
    caregivers = _T["caregivers"]
    for caregiver_id, relationship in plan.relationships.items():
        session.execute(
            update(caregivers)
            .where(caregivers.c.id == caregiver_id)
            .values(relationship=relationship)
        )
    if snap.rows["persons"]:
        person = dict(snap.rows["persons"][0], circle_id=plan.circle_id)
        if plan.person_id is None:
            session.execute(insert(_T["persons"]), [person])
        else:
            values = {k: v for k, v in person.items() if k not in ("id", "circle_id", "version")}
            session.execute(
                update(_T["persons"])
                .where(_T["persons"].c.id == plan.person_id)
                .values(**values, version=_T["persons"].c.version + 1)
            )
    for name in _CONTENT:
        for chunk in _chunks(rows[name], _CHUNK):
            if should_stop():
                raise CopyStopped(_("The copy was stopped. Nothing was changed."))
            session.execute(insert(_T[name]), chunk)


def _chunks(items: Sequence[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _verify(
    session: Session, target: Store, plan: _Plan, rows: dict[str, list[dict[str, Any]]]
) -> dict[str, int]:
    """Count what arrived, before the commit; any difference undoes the whole copy."""
    expected = {name: len(rows[name]) for name in _CONTENT}
    arrived = _arrived(session, target, plan.circle_id, rows)
    short = {name: (arrived.get(name, 0), count) for name, count in expected.items()}
    wrong = {name: pair for name, pair in short.items() if pair[0] != pair[1]}
    caregivers_there = set(
        session.scalars(
            select(CaregiverRow.id).where(CaregiverRow.circle_id == plan.circle_id)
        ).all()
    )
    if not set(plan.caregivers.values()) <= caregivers_there:
        wrong["caregivers"] = (len(caregivers_there), len(set(plan.caregivers.values())))
    if wrong:
        detail = ", ".join(f"{name}: {got} of {want}" for name, (got, want) in wrong.items())
        log.error("copy check failed: %s", detail)
        raise KindredError(
            f"Kindred couldn't copy everything ({detail}). Nothing was changed: "
            "the diary you copied from is as it was. Please try again."
        )
    return expected


def _record_scopes(circle_id: str) -> dict[str, ColumnElement[bool]]:
    """Which rows of each table of the care record (entries and what hangs from them,
    medicines, appointments) belong to ``circle_id``."""
    entries = select(EntryRow.id).where(EntryRow.circle_id == circle_id)
    medicines = select(MedicineRow.id).where(MedicineRow.circle_id == circle_id)
    appointments = select(AppointmentRow.id).where(AppointmentRow.circle_id == circle_id)
    return {
        "entries": _T["entries"].c.circle_id == circle_id,
        "entry_revisions": _T["entry_revisions"].c.entry_id.in_(entries),
        "entry_tags": _T["entry_tags"].c.entry_id.in_(entries),
        "entry_cards": _T["entry_cards"].c.entry_id.in_(entries),
        "medicines": _T["medicines"].c.circle_id == circle_id,
        "medicine_events": _T["medicine_events"].c.medicine_id.in_(medicines),
        "medicine_doses": _T["medicine_doses"].c.medicine_id.in_(medicines),
        "appointments": _T["appointments"].c.circle_id == circle_id,
        "appointment_questions": _T["appointment_questions"].c.appointment_id.in_(appointments),
    }


def _arrived(
    session: Session, target: Store, circle_id: str, rows: dict[str, list[dict[str, Any]]]
) -> dict[str, int]:
    if isinstance(target, ServerStore) and target.membership is not None:
        # The member may not read everything they moved (another caregiver's private
        # entries): the server counts them, for the ids given only.
        found = session.execute(
            text(
                "SELECT table_name, row_count FROM kindred_access.copied_counts("
                ":circle, :entries, :medicines, :appointments)"
            ),
            {
                "circle": circle_id,
                "entries": [row["id"] for row in rows["entries"]],
                "medicines": [row["id"] for row in rows["medicines"]],
                "appointments": [row["id"] for row in rows["appointments"]],
            },
        ).all()
        return {name: int(count) for name, count in found}
    counted: dict[str, int] = {}
    for name, condition in _record_scopes(circle_id).items():
        table = _T[name]
        counted[name] = int(
            session.scalar(select(func.count()).select_from(table).where(condition)) or 0
        )
    return counted


def _announce(session: Session, target: Store, plan: _Plan) -> None:
    if isinstance(target, ServerStore) and target.membership is not None:
        payload = json.dumps({"circle": plan.circle_id, "entry": None, "what": "all"})
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": target.membership.circle_channel, "payload": payload},
        )


def default_copy_folder(home: Path, stamp: str) -> Path:
    """Where "Keep an offline copy" puts a copy unless told otherwise."""
    return home / "offline-copies" / stamp
