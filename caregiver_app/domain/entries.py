"""Diary entries as plain, immutable data, and the rules a new or edited entry obeys."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from datetime import datetime

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.i18n import N_, _

MAX_TEXT_LENGTH = 50_000
MAX_TAGS = 20
MAX_TAG_LENGTH = 40


class EntryKind(enum.StrEnum):
    OBSERVATION = "observation"
    MOOD = "mood"
    SLEEP = "sleep"
    MEAL = "meal"
    MEDICATION = "medication"
    DISTRESS_EPISODE = "distress_episode"
    APPOINTMENT_NOTE = "appointment_note"
    QUESTION = "question"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _(_KIND_LABELS[self])


_KIND_LABELS = {
    EntryKind.OBSERVATION: N_("Observation"),
    EntryKind.MOOD: N_("Mood"),
    EntryKind.SLEEP: N_("Sleep"),
    EntryKind.MEAL: N_("Meal"),
    EntryKind.MEDICATION: N_("Medication"),
    EntryKind.DISTRESS_EPISODE: N_("Distress episode"),
    EntryKind.APPOINTMENT_NOTE: N_("Appointment note"),
    EntryKind.QUESTION: N_("Question for the doctor"),
    EntryKind.NOTE: N_("Note"),
}


class Visibility(enum.StrEnum):
    SHARED = "shared"
    PRIVATE = "private"


class RevisionAction(enum.StrEnum):
    CREATED = "created"
    EDITED = "edited"
    DELETED = "deleted"
    RESTORED = "restored"
    # An edit that arrived after someone else's change: kept, not applied.
    CONFLICTED = "conflicted"


class CardOutcome(enum.StrEnum):
    """Whether the ideas of a guidance card helped, when a family tried them."""

    HELPED = "helped"
    NOT_HELPED = "not_helped"
    UNSURE = "unsure"

    @property
    def label(self) -> str:
        return _(
            {
                CardOutcome.HELPED: N_("helped"),
                CardOutcome.NOT_HELPED: N_("didn't help"),
                CardOutcome.UNSURE: N_("not sure yet"),
            }[self]
        )


@dataclass(frozen=True)
class CardUse:
    """A guidance card whose ideas were tried during a distress episode."""

    card_id: str
    outcome: CardOutcome = CardOutcome.UNSURE


MAX_CARD_USES = 20


@dataclass(frozen=True)
class EntryDraft:
    """What a person typed: everything about an entry that a person can change."""

    text: str
    kind: EntryKind = EntryKind.NOTE
    happened_at: datetime | None = None
    mood: int | None = None
    distress: int | None = None
    sleep_hours: float | None = None
    tags: tuple[str, ...] = ()
    flagged: bool = False
    visibility: Visibility = Visibility.SHARED
    before: str = ""
    behaviour: str = ""
    tried: str = ""
    helped: str = ""
    # Guidance cards tried (distress episodes): which, and whether they helped.
    cards: tuple[CardUse, ...] = ()

    def validated(self) -> EntryDraft:
        """Return a cleaned copy, or raise :class:`InvalidInput` naming the field."""
        text = self.text.strip()
        episode = (self.before, self.behaviour, self.tried, self.helped)
        if not text and not any(part.strip() for part in episode):
            raise InvalidInput("text", "Please write a few words before saving.")
        for name, value in (("text", text), *zip(_EPISODE_FIELDS, episode, strict=True)):
            if len(value) > MAX_TEXT_LENGTH:
                raise InvalidInput(name, "This is too long to save as one entry. Please split it.")
        _check_rating("mood", "Mood", self.mood)
        _check_rating("distress", "Distress", self.distress)
        if self.sleep_hours is not None and (
            math.isnan(self.sleep_hours) or not 0 <= self.sleep_hours <= 24
        ):
            raise InvalidInput("sleep_hours", "Hours of sleep should be between 0 and 24.")
        if self.happened_at is not None and self.happened_at.tzinfo is None:
            raise InvalidInput("happened_at", "The time needs a time zone.")
        return EntryDraft(
            text=text,
            kind=EntryKind(self.kind),
            happened_at=self.happened_at,
            mood=self.mood,
            distress=self.distress,
            sleep_hours=self.sleep_hours,
            tags=normalise_tags(self.tags),
            flagged=self.flagged,
            visibility=Visibility(self.visibility),
            before=self.before.strip(),
            behaviour=self.behaviour.strip(),
            tried=self.tried.strip(),
            helped=self.helped.strip(),
            cards=_unique_cards(self.cards),
        )


_EPISODE_FIELDS = ("before", "behaviour", "tried", "helped")


def _unique_cards(cards: tuple[CardUse, ...]) -> tuple[CardUse, ...]:
    """One outcome per card (the last one given wins), in the order first named."""
    by_card: dict[str, CardUse] = {}
    for use in cards:
        card_id = use.card_id.strip()
        if not card_id:
            continue
        by_card[card_id] = CardUse(card_id, CardOutcome(use.outcome))
    if len(by_card) > MAX_CARD_USES:
        raise InvalidInput("cards", f"An entry can name at most {MAX_CARD_USES} cards.")
    return tuple(by_card.values())


def _check_rating(field_name: str, label: str, value: int | None) -> None:
    if value is not None and not 0 <= value <= 10:
        raise InvalidInput(field_name, f"{label} is a number from 0 to 10.")


def normalise_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Lower-case, trimmed, without '#', duplicates removed, order kept."""
    seen: dict[str, None] = {}
    for raw in tags:
        tag = raw.strip().lstrip("#").strip().lower()
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise InvalidInput("tags", f"A tag can be at most {MAX_TAG_LENGTH} letters long.")
        seen.setdefault(tag, None)
    if len(seen) > MAX_TAGS:
        raise InvalidInput("tags", f"An entry can have at most {MAX_TAGS} tags.")
    return tuple(seen)


@dataclass(frozen=True)
class Entry:
    """One saved diary entry, as a screen or report sees it."""

    id: str
    author_id: str
    author_name: str
    happened_at: datetime
    written_at: datetime
    updated_at: datetime
    version: int
    draft: EntryDraft
    deleted_at: datetime | None = None

    @property
    def text(self) -> str:
        return self.draft.text

    @property
    def kind(self) -> EntryKind:
        return self.draft.kind

    @property
    def is_private(self) -> bool:
        return self.draft.visibility is Visibility.PRIVATE


@dataclass(frozen=True)
class Revision:
    """One step in an entry's history: who did what, when, and the content after it."""

    entry_id: str
    version: int
    action: RevisionAction
    by_id: str
    by_name: str
    at: datetime
    content: EntryDraft

    def changed_fields(self, previous: Revision | None) -> tuple[str, ...]:
        """Names of the fields that differ from the previous revision."""
        if previous is None:
            return ()
        return tuple(
            name
            for name in EntryDraft.__dataclass_fields__
            if getattr(self.content, name) != getattr(previous.content, name)
        )


@dataclass(frozen=True)
class EntryFilter:
    """What a diary page shows. Empty means "everything this person may see"."""

    text: str = ""
    author_ids: tuple[str, ...] = ()
    kinds: tuple[EntryKind, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    tag: str = ""
    flagged_only: bool = False
    private_only: bool = False
    include_deleted: bool = False
    # Presentation mode (a room of strangers): no private entry, not even the viewer's own.
    shared_only: bool = False


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts: keyset paging stays fast however old the data is."""

    happened_at: datetime
    entry_id: str


@dataclass(frozen=True)
class EntryPage:
    entries: tuple[Entry, ...]
    next_cursor: PageCursor | None = field(default=None)
