"""Medicines as the family knows them: the list is the result of every change recorded.

A medicine is started once; after that each change (dose changed, paused, stopped,
restarted) is an event with its date, reason, who decided and any side effects
noticed. The current state (taking, paused or stopped; strength; how it is taken)
is never stored on its own: it is folded from the events, so the list and its
history can never disagree.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.i18n import N_, _

MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 5_000


class MedicineEventKind(enum.StrEnum):
    STARTED = "started"
    DOSE_CHANGED = "dose_changed"
    STOPPED = "stopped"
    PAUSED = "paused"
    RESTARTED = "restarted"

    @property
    def label(self) -> str:
        return _(
            {
                MedicineEventKind.STARTED: N_("Started"),
                MedicineEventKind.DOSE_CHANGED: N_("Dose changed"),
                MedicineEventKind.STOPPED: N_("Stopped"),
                MedicineEventKind.PAUSED: N_("Paused"),
                MedicineEventKind.RESTARTED: N_("Restarted"),
            }[self]
        )


class MedicineStatus(enum.StrEnum):
    TAKING = "taking"
    PAUSED = "paused"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return _(
            {
                MedicineStatus.TAKING: N_("Taking"),
                MedicineStatus.PAUSED: N_("Paused"),
                MedicineStatus.STOPPED: N_("Stopped"),
            }[self]
        )


class DoseOutcome(enum.StrEnum):
    GIVEN = "given"
    MISSED = "missed"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return _(
            {
                DoseOutcome.GIVEN: N_("Given"),
                DoseOutcome.MISSED: N_("Missed"),
                DoseOutcome.REFUSED: N_("Refused"),
            }[self]
        )


# Which changes make sense from which state, and what state they lead to.
_ALLOWED = {
    MedicineEventKind.DOSE_CHANGED: {MedicineStatus.TAKING, MedicineStatus.PAUSED},
    MedicineEventKind.PAUSED: {MedicineStatus.TAKING},
    MedicineEventKind.STOPPED: {MedicineStatus.TAKING, MedicineStatus.PAUSED},
    MedicineEventKind.RESTARTED: {MedicineStatus.PAUSED, MedicineStatus.STOPPED},
}
_LEADS_TO = {
    MedicineEventKind.STARTED: MedicineStatus.TAKING,
    MedicineEventKind.PAUSED: MedicineStatus.PAUSED,
    MedicineEventKind.STOPPED: MedicineStatus.STOPPED,
    MedicineEventKind.RESTARTED: MedicineStatus.TAKING,
}


def _text(value: str, field_name: str, limit: int = MAX_SHORT_TEXT) -> str:
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise InvalidInput(field_name, "This is too long. Please shorten it.")
    return cleaned


@dataclass(frozen=True)
class MedicineDraft:
    """A medicine as it is first written down: what it is and how it was started."""

    name: str
    strength: str = ""  # "5 mg"
    form: str = ""  # "tablet", "liquid", "patch"
    how_taken: str = ""  # in plain words: "one in the morning with breakfast"
    purpose: str = ""  # "for memory", "for the voices"
    prescriber: str = ""
    started_on: date | None = None  # None: today
    reason: str = ""  # why it was started
    decided_by: str = ""

    def validated(self, today: date) -> MedicineDraft:
        name = " ".join(self.name.split())
        if not name:
            raise InvalidInput("name", "Please write the name of the medicine.")
        if len(name) > MAX_SHORT_TEXT:
            raise InvalidInput("name", "That name is too long.")
        started = self.started_on or today
        if started > today:
            raise InvalidInput("started_on", "The start date is in the future.")
        return MedicineDraft(
            name=name,
            strength=_text(self.strength, "strength"),
            form=_text(self.form, "form"),
            how_taken=_text(self.how_taken, "how_taken", MAX_LONG_TEXT),
            purpose=_text(self.purpose, "purpose", MAX_LONG_TEXT),
            prescriber=_text(self.prescriber, "prescriber"),
            started_on=started,
            reason=_text(self.reason, "reason", MAX_LONG_TEXT),
            decided_by=_text(self.decided_by, "decided_by"),
        )


@dataclass(frozen=True)
class MedicineChange:
    """A change to a medicine after it was started.

    For a dose change, ``strength`` and/or ``how_taken`` give the new values; for a
    restart they may give new values too (empty means "as before").
    """

    kind: MedicineEventKind
    on: date | None = None  # None: today
    reason: str = ""
    decided_by: str = ""
    side_effects: str = ""
    strength: str = ""
    how_taken: str = ""

    def validated(self, today: date) -> MedicineChange:
        kind = MedicineEventKind(self.kind)
        if kind is MedicineEventKind.STARTED:
            raise InvalidInput("kind", "A medicine is started once, when it is added.")
        on = self.on or today
        if on > today:
            raise InvalidInput("on", "The date of the change is in the future.")
        strength = _text(self.strength, "strength")
        how_taken = _text(self.how_taken, "how_taken", MAX_LONG_TEXT)
        if kind is MedicineEventKind.DOSE_CHANGED and not (strength or how_taken):
            raise InvalidInput("strength", "Please write the new dose or how it is now taken.")
        return MedicineChange(
            kind=kind,
            on=on,
            reason=_text(self.reason, "reason", MAX_LONG_TEXT),
            decided_by=_text(self.decided_by, "decided_by"),
            side_effects=_text(self.side_effects, "side_effects", MAX_LONG_TEXT),
            strength=strength,
            how_taken=how_taken,
        )


@dataclass(frozen=True)
class MedicineEvent:
    """One recorded step of a medicine's history, with the state it led to."""

    id: str
    medicine_id: str
    kind: MedicineEventKind
    on: date
    reason: str
    decided_by: str
    side_effects: str
    strength: str  # the strength after this event
    how_taken: str  # how it is taken after this event
    previous_strength: str  # before this event ("" for the start)
    previous_how_taken: str
    recorded_by_id: str
    recorded_by_name: str
    recorded_at: datetime


@dataclass(frozen=True)
class Medicine:
    """A medicine and its whole history; the current state comes from the history."""

    id: str
    name: str
    form: str
    purpose: str
    prescriber: str
    status: MedicineStatus
    strength: str
    how_taken: str
    started_on: date
    status_since: date  # when the current status began
    events: tuple[MedicineEvent, ...]  # oldest first

    @property
    def is_current(self) -> bool:
        """Taking or paused: still part of the person's medicines."""
        return self.status is not MedicineStatus.STOPPED

    @property
    def title(self) -> str:
        """Name, strength and form: "Donepezil 5 mg tablet"."""
        return " ".join(part for part in (self.name, self.strength, self.form) if part)

    def changes_between(self, first: date, last: date) -> tuple[MedicineEvent, ...]:
        """Events dated from ``first`` to ``last`` (both included)."""
        return tuple(event for event in self.events if first <= event.on <= last)


@dataclass(frozen=True)
class EventFacts:
    """What the store keeps of an event, before the state is folded in."""

    id: str
    kind: MedicineEventKind
    on: date
    reason: str
    decided_by: str
    side_effects: str
    strength: str
    how_taken: str
    recorded_by_id: str
    recorded_by_name: str
    recorded_at: datetime


def fold_events(
    medicine_id: str, facts: Iterable[EventFacts]
) -> tuple[tuple[MedicineEvent, ...], MedicineStatus, str, str, date]:
    """Replay a medicine's events (oldest first): events with states, and the end state.

    Returns (events, status, strength, how_taken, status_since).
    """
    events: list[MedicineEvent] = []
    status = MedicineStatus.TAKING
    strength = how_taken = ""
    since: date | None = None
    for fact in sorted(facts, key=lambda f: (f.on, f.recorded_at)):
        new_strength = fact.strength or strength
        new_how = fact.how_taken or how_taken
        events.append(
            MedicineEvent(
                id=fact.id,
                medicine_id=medicine_id,
                kind=fact.kind,
                on=fact.on,
                reason=fact.reason,
                decided_by=fact.decided_by,
                side_effects=fact.side_effects,
                strength=new_strength,
                how_taken=new_how,
                previous_strength=strength,
                previous_how_taken=how_taken,
                recorded_by_id=fact.recorded_by_id,
                recorded_by_name=fact.recorded_by_name,
                recorded_at=fact.recorded_at,
            )
        )
        strength, how_taken = new_strength, new_how
        if fact.kind in _LEADS_TO:
            status = _LEADS_TO[fact.kind]
            since = fact.on
        elif since is None:
            since = fact.on
    if since is None:
        raise ValueError("a medicine has at least its 'started' event")
    return tuple(events), status, strength, how_taken, since


def check_change(medicine: Medicine, change: MedicineChange) -> None:
    """Refuse a change that doesn't follow from the medicine's current state."""
    if medicine.status not in _ALLOWED[change.kind]:
        raise InvalidInput(
            "kind",
            f"{medicine.name} is {medicine.status.label.lower()} now, "
            f"so it can't be marked '{change.kind.label.lower()}'.",
        )
    assert change.on is not None
    last = medicine.events[-1].on
    if change.on < last:
        raise InvalidInput(
            "on",
            f"The last change to {medicine.name} was recorded on {last:%d %b %Y}. "
            "A new change can't be dated before it; please check the date.",
        )


@dataclass(frozen=True)
class DoseRecord:
    """One dose given, missed or refused."""

    id: str
    medicine_id: str
    medicine_name: str
    outcome: DoseOutcome
    at: datetime
    by_id: str
    by_name: str
    note: str


@dataclass(frozen=True)
class DoseCounts:
    """How many doses of one medicine were given, missed and refused in a period."""

    medicine_id: str
    medicine_name: str
    given: int = 0
    missed: int = 0
    refused: int = 0

    @property
    def not_taken(self) -> int:
        return self.missed + self.refused
