"""Entries read back whole: every field, tags and the guidance cards that were tried."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime

import pytest

from caregiver_app.domain.entries import (
    CardOutcome,
    CardUse,
    Entry,
    EntryDraft,
    EntryKind,
    Visibility,
)
from caregiver_app.domain.errors import InvalidInput
from caregiver_app.services.diary_service import DiaryService
from tests.conftest import OpenStore

FULL = EntryDraft(
    text="Shouting at the voices in the kitchen",
    kind=EntryKind.DISTRESS_EPISODE,
    happened_at=datetime(2026, 11, 3, 18, 30, tzinfo=UTC),
    mood=3,
    distress=8,
    sleep_hours=5.5,
    tags=("voices", "evening"),
    flagged=True,
    visibility=Visibility.PRIVATE,
    before="Loud television",
    behaviour="Shouted and paced",
    tried="Turned the television off, sat nearby",
    helped="Quiet music",
    cards=(
        CardUse("hearing-voices-or-seeing-things", CardOutcome.HELPED),
        CardUse("anger-or-agitation", CardOutcome.NOT_HELPED),
    ),
)


def test_an_entry_reads_back_with_every_field_as_written(opened: OpenStore) -> None:
    diary = DiaryService(opened.store)
    saved = diary.add(opened.ann, FULL)
    read = diary.get(saved.id, opened.ann)
    assert read == saved
    assert read.draft == replace(
        FULL,
        tags=("evening", "voices"),
        cards=tuple(sorted(FULL.cards, key=lambda use: use.card_id)),
    )
    # Every dataclass field was filled in, none left to a default by mistake.
    assert set(vars(read)) == {f.name for f in fields(Entry)}
    assert set(vars(read.draft)) == {f.name for f in fields(EntryDraft)}
    assert [e.id for e in diary.page(opened.ann).entries] == [saved.id]
    with pytest.raises(AttributeError):
        read.version = 5  # type: ignore[misc]  # read-back entries stay frozen


def test_cards_tried_are_kept_in_the_history_and_listed_by_card(opened: OpenStore) -> None:
    diary = DiaryService(opened.store)
    shared = replace(FULL, visibility=Visibility.SHARED)
    first = diary.add(opened.ann, shared)
    diary.add(opened.raj, EntryDraft(text="Calm day"))
    edited = diary.edit(
        first.id,
        opened.raj,
        replace(shared, cards=(CardUse("anger-or-agitation", CardOutcome.HELPED),)),
        first.version,
    )
    assert edited.draft.cards == (CardUse("anger-or-agitation", CardOutcome.HELPED),)
    history = diary.history(first.id, opened.ann)
    assert len(history[0].content.cards) == 2 and len(history[1].content.cards) == 1

    assert [e.id for e in diary.card_uses("anger-or-agitation", opened.ann)] == [first.id]
    assert diary.card_uses("hearing-voices-or-seeing-things", opened.ann) == ()


def test_private_entries_never_show_as_someone_elses_card_use(opened: OpenStore) -> None:
    diary = DiaryService(opened.store)
    diary.add(opened.ann, FULL)  # private
    assert diary.card_uses("hearing-voices-or-seeing-things", opened.raj) == ()
    assert len(diary.card_uses("hearing-voices-or-seeing-things", opened.ann)) == 1


def test_one_outcome_per_card_and_a_sensible_limit() -> None:
    draft = EntryDraft(
        text="x",
        cards=(CardUse("sundowning"), CardUse("sundowning", CardOutcome.HELPED)),
    ).validated()
    assert draft.cards == (CardUse("sundowning", CardOutcome.HELPED),)
    with pytest.raises(InvalidInput):
        EntryDraft(text="x", cards=tuple(CardUse(f"card-{i}") for i in range(21))).validated()
