"""The care record as one documented, versioned JSON document (see docs/export-format.md).

An export is made for one person: it holds every entry that person may see,
their own private entries included, but never someone else's private entries;
and the medicines (with their changes and doses) and appointments (with their
questions), which belong to the whole circle. The CSV is the diary only.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

from caregiver_app import __version__
from caregiver_app.domain.entries import Entry, EntryFilter, Revision
from caregiver_app.domain.serialise import draft_to_dict
from caregiver_app.services.care_rows import export_care
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.store import Store

EXPORT_FORMAT = "kindred-care-record"
EXPORT_VERSION = 2
# Version 1 (before medicines and appointments were exported) is still read.
READABLE_VERSIONS = (1, 2)


def export_record(store: Store, viewer_id: str) -> dict[str, Any]:
    circle = CircleService(store).get()
    diary = DiaryService(store)
    entries: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = diary.page(viewer_id, EntryFilter(include_deleted=True), after=cursor, limit=500)
        histories = diary.histories([entry.id for entry in page.entries])
        entries.extend(_entry_json(entry, histories.get(entry.id, ())) for entry in page.entries)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    person = circle.person
    care = export_care(store, circle.id, {entry["id"] for entry in entries})
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "exported_by": viewer_id,
        "app_version": __version__,
        "circle": {
            "id": circle.id,
            "person": {
                "name": person.name,
                "preferred_name": person.preferred_name,
                "date_of_birth": person.date_of_birth.isoformat() if person.date_of_birth else None,
                "diagnoses": person.diagnoses,
                "allergies": person.allergies,
                "what_matters": person.what_matters,
                "routines": person.routines,
                "what_upsets": person.what_upsets,
                "what_calms": person.what_calms,
                "communication": person.communication,
            },
            "caregivers": [
                {"id": c.id, "name": c.name, "relationship": c.relationship, "role": c.role.value}
                for c in circle.caregivers
            ],
        },
        "entries": entries,
        **care,
    }


def _entry_json(entry: Entry, history: tuple[Revision, ...]) -> dict[str, Any]:
    return {
        "id": entry.id,
        "author_id": entry.author_id,
        "written_at": entry.written_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "version": entry.version,
        "deleted_at": entry.deleted_at.isoformat() if entry.deleted_at else None,
        "content": draft_to_dict(entry.draft),
        "history": [
            {
                "version": rev.version,
                "action": rev.action.value,
                "by_id": rev.by_id,
                "at": rev.at.isoformat(),
                "content": draft_to_dict(rev.content),
            }
            for rev in history
        ],
    }


CSV_COLUMNS = (
    "date",
    "time",
    "written by",
    "kind",
    "what happened",
    "mood (0-10)",
    "distress (0-10)",
    "sleep (hours)",
    "tags",
    "for the next appointment",
    "private",
    "before",
    "what they did",
    "what we tried",
    "what helped",
    "guidance cards tried",
)


def export_csv(store: Store, viewer_id: str) -> str:
    """The diary (not deleted entries) as CSV for a spreadsheet, oldest first."""
    diary = DiaryService(store)
    rows: list[list[str]] = []
    cursor = None
    while True:
        page = diary.page(viewer_id, EntryFilter(), after=cursor, limit=500)
        rows.extend(_csv_row(entry) for entry in page.entries)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(reversed(rows))
    return buffer.getvalue()


def _csv_row(entry: Entry) -> list[str]:
    draft = entry.draft
    local = entry.happened_at.astimezone()

    def number(value: float | None) -> str:
        return "" if value is None else f"{value:g}"

    return [
        local.strftime("%Y-%m-%d"),
        local.strftime("%H:%M"),
        entry.author_name,
        draft.kind.label,
        _spreadsheet_safe(draft.text),
        number(draft.mood),
        number(draft.distress),
        number(draft.sleep_hours),
        ", ".join(draft.tags),
        "yes" if draft.flagged else "",
        "yes" if entry.is_private else "",
        _spreadsheet_safe(draft.before),
        _spreadsheet_safe(draft.behaviour),
        _spreadsheet_safe(draft.tried),
        _spreadsheet_safe(draft.helped),
        ", ".join(f"{use.card_id} ({use.outcome.label})" for use in draft.cards),
    ]


def _spreadsheet_safe(text: str) -> str:
    # A cell starting with = + - or @ is run as a formula by spreadsheets: keep it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
