"""Medicines (with their changes and doses) and appointments (with their questions) in an export.

Each is written as its table's own rows: a row's fields are the table's columns
(``tables.py``), taken from the same ``CIRCLE_TABLES`` list that the move to a shared
server copies, so the export, the move and the store can't drift apart. Only
``circle_id`` is left out (the importing diary has its own circle).

Reading checks every row whole before anything is written: known fields of the
right type, times with a time zone, every writer one of the file's caregivers,
every change, dose and question pointing at a medicine or appointment in the file,
no id twice. Adding keeps every id and skips the rows already there, so importing
the same file twice adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Date, Integer, String, Table, Text, insert, select
from sqlalchemy.orm import Session

from caregiver_app.domain.medicines import DoseOutcome, MedicineEventKind
from caregiver_app.storage.store import Store
from caregiver_app.storage.tables import CIRCLE_TABLES, Base
from caregiver_app.storage.types import UTCDateTime

# In the order they are written: every row after the row it points at.
CARE_TABLES: tuple[str, ...] = (
    "medicines",
    "medicine_events",
    "medicine_doses",
    "appointments",
    "appointment_questions",
)
assert set(CARE_TABLES) <= set(CIRCLE_TABLES)

_T: dict[str, Table] = {name: Base.metadata.tables[name] for name in CARE_TABLES}
# The child tables, the column that points at the parent, and the parent table.
_PARENTS = {
    "medicine_events": ("medicine_id", "medicines"),
    "medicine_doses": ("medicine_id", "medicines"),
    "appointment_questions": ("appointment_id", "appointments"),
}
_WRITERS = {
    "medicines": "created_by",
    "medicine_events": "recorded_by",
    "medicine_doses": "by_id",
    "appointments": "created_by",
    "appointment_questions": "by_id",
}
_CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("medicine_events", "kind"): frozenset(kind.value for kind in MedicineEventKind),
    ("medicine_doses", "outcome"): frozenset(outcome.value for outcome in DoseOutcome),
}
_NOT_EMPTY = {("medicines", "name"), ("appointment_questions", "text")}
_MAX_TEXT = 10_000  # the longest text field the app itself allows
_LEFT_OUT = "circle_id"

CareRows = Mapping[str, tuple[dict[str, Any], ...]]


# --- writing an export ----------------------------------------------------------------


def export_care(store: Store, circle_id: str, entry_ids: set[str]) -> dict[str, list[Any]]:
    """The circle's medicines and appointments, table by table, as JSON-ready rows.

    ``entry_ids`` are the entries in the same export: an appointment's visit note
    that is not among them (someone else's private entry) is left out.
    """
    medicines = select(_T["medicines"].c.id).where(_T["medicines"].c.circle_id == circle_id)
    appointments = select(_T["appointments"].c.id).where(
        _T["appointments"].c.circle_id == circle_id
    )
    scopes = {
        "medicines": _T["medicines"].c.circle_id == circle_id,
        "medicine_events": _T["medicine_events"].c.medicine_id.in_(medicines),
        "medicine_doses": _T["medicine_doses"].c.medicine_id.in_(medicines),
        "appointments": _T["appointments"].c.circle_id == circle_id,
        "appointment_questions": _T["appointment_questions"].c.appointment_id.in_(appointments),
    }
    out: dict[str, list[Any]] = {}
    with store.read() as session:
        conn = session.connection()
        for name, condition in scopes.items():
            table = _T[name]
            statement = select(table).where(condition).order_by(*table.primary_key.columns)
            out[name] = [_to_json(table, dict(row)) for row in conn.execute(statement).mappings()]
    for row in out["appointments"]:
        if row.get("visit_entry_id") not in entry_ids:
            row["visit_entry_id"] = None
    return out


def _to_json(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for column in table.columns:
        if column.name == _LEFT_OUT:
            continue
        value = row[column.name]
        data[column.name] = value.isoformat() if isinstance(value, date | datetime) else value
    return data


# --- reading an export ----------------------------------------------------------------


def read_care(document: Mapping[str, Any], caregivers: set[str], entry_ids: set[str]) -> CareRows:
    """Every care row of the file, checked; ValueError (or TypeError) at the first fault.

    A version 1 export has none of these lists: it reads as empty.
    """
    rows: dict[str, tuple[dict[str, Any], ...]] = {}
    for name in CARE_TABLES:
        items = document.get(name, [])
        if not isinstance(items, list):
            raise TypeError(f"{name} is not a list")
        checked = tuple(_row(name, item, caregivers) for item in items)
        if len({row["id"] for row in checked}) != len(checked):
            raise ValueError("a row appears twice")
        rows[name] = checked
    for child, (column, parent) in _PARENTS.items():
        parents = {row["id"] for row in rows[parent]}
        if any(row[column] not in parents for row in rows[child]):
            raise ValueError("a row points at something that is not in the file")
    for row in rows["appointments"]:
        if row.get("visit_entry_id") is not None and row["visit_entry_id"] not in entry_ids:
            raise ValueError("an appointment's visit note is not in the file")
    return rows


def _row(name: str, item: Any, caregivers: set[str]) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise TypeError("a row is not an object")
    table = _T[name]
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name == _LEFT_OUT:
            continue
        if column.name not in item and not column.nullable:
            raise ValueError(f"a row has no {column.name}")
        row[column.name] = _value(column, item.get(column.name))
    for (table_name, field), allowed in _CHOICES.items():
        if table_name == name and row.get(field) not in allowed:
            raise ValueError(f"unknown {field}")
    for table_name, field in _NOT_EMPTY:
        if table_name == name and not str(row.get(field, "")).strip():
            raise ValueError(f"an empty {field}")
    if row[_WRITERS[name]] not in caregivers:
        raise ValueError("a row was written by someone not in the circle")
    return row


def _value(column: Column[Any], value: Any) -> Any:
    if value is None:
        if not column.nullable:
            raise ValueError(f"{column.name} is missing")
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(_text(value))
        if moment.tzinfo is None:
            raise ValueError("times must carry a time zone")
        return moment
    if isinstance(kind, Date):
        return date.fromisoformat(_text(value))
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{column.name} is not a whole number")
        return value
    if isinstance(kind, String | Text):
        limit = getattr(kind, "length", None) or _MAX_TEXT
        text = _text(value)
        if len(text) > limit:
            raise ValueError(f"{column.name} is too long")
        return text
    raise TypeError(f"{column.name} has a type this reader does not know")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


# --- adding to a diary -------------------------------------------------------------------


@dataclass(frozen=True)
class CareCounts:
    """How many rows of each care table are new to the diary."""

    new: Mapping[str, int]
    # Changes and questions added to medicines and appointments already in the diary.
    new_under_existing: Mapping[str, int]


def count_new(session: Session, rows: CareRows) -> CareCounts:
    here = {name: _existing(session, name, rows[name]) for name in CARE_TABLES}
    new = {
        name: sum(1 for row in rows[name] if row["id"] not in here[name]) for name in CARE_TABLES
    }
    under: dict[str, int] = {}
    for child, (column, parent) in _PARENTS.items():
        under[child] = sum(
            1 for row in rows[child] if row["id"] not in here[child] and row[column] in here[parent]
        )
    return CareCounts(new, under)


def add_new(session: Session, circle_id: str, rows: CareRows) -> None:
    """Insert the rows not yet in the diary (parents first), in the caller's transaction."""
    for name in CARE_TABLES:
        table = _T[name]
        here = _existing(session, name, rows[name])
        fresh = [
            ({_LEFT_OUT: circle_id} if _LEFT_OUT in table.c else {}) | row
            for row in rows[name]
            if row["id"] not in here
        ]
        for start in range(0, len(fresh), 500):
            session.execute(insert(table), fresh[start : start + 500])


def _existing(session: Session, name: str, rows: Iterable[dict[str, Any]]) -> set[str]:
    table = _T[name]
    ids = [row["id"] for row in rows]
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))).all())
    return found
