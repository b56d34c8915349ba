"""Entry content as plain JSON-able dicts: used by the history and by exports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from caregiver_app.domain.entries import CardOutcome, CardUse, EntryDraft, EntryKind, Visibility


def draft_to_dict(draft: EntryDraft) -> dict[str, Any]:
    return {
        "text": draft.text,
        "kind": draft.kind.value,
        "happened_at": draft.happened_at.isoformat() if draft.happened_at else None,
        "mood": draft.mood,
        "distress": draft.distress,
        "sleep_hours": draft.sleep_hours,
        "tags": list(draft.tags),
        "flagged": draft.flagged,
        "visibility": draft.visibility.value,
        "before": draft.before,
        "behaviour": draft.behaviour,
        "tried": draft.tried,
        "helped": draft.helped,
        "cards": [{"card_id": use.card_id, "outcome": use.outcome.value} for use in draft.cards],
    }


def draft_from_dict(data: dict[str, Any]) -> EntryDraft:
    happened = data.get("happened_at")
    return EntryDraft(
        text=str(data.get("text", "")),
        kind=EntryKind(data.get("kind", EntryKind.NOTE.value)),
        happened_at=datetime.fromisoformat(happened) if happened else None,
        mood=data.get("mood"),
        distress=data.get("distress"),
        sleep_hours=data.get("sleep_hours"),
        tags=tuple(data.get("tags", ())),
        flagged=bool(data.get("flagged", False)),
        visibility=Visibility(data.get("visibility", Visibility.SHARED.value)),
        before=str(data.get("before", "")),
        behaviour=str(data.get("behaviour", "")),
        tried=str(data.get("tried", "")),
        helped=str(data.get("helped", "")),
        cards=tuple(
            CardUse(str(item["card_id"]), CardOutcome(item.get("outcome", "unsure")))
            for item in data.get("cards", ())
        ),
    )
