"""The plain, frozen data a handover report or an "About them" page is built from.

Gathered by ``caregiver_app.services.report_data`` (which applies the family's
choices: privacy, initials); drawn by ``caregiver_app.reports``. Nothing here
touches the store.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from caregiver_app.domain.circle import PersonProfile
from caregiver_app.domain.medicines import DoseCounts

Paper = Literal["a4", "letter"]


class Section(enum.StrEnum):
    """The parts of the report, in ISBAR order. Identify is always printed."""

    IDENTIFY = "identify"
    SITUATION = "situation"
    BACKGROUND = "background"
    ASSESSMENT = "assessment"
    REQUESTS = "requests"
    APPENDIX = "appendix"
    PROFILE = "profile"  # the "About them" page, attached at the end


DEFAULT_SECTIONS = frozenset(Section) - {Section.PROFILE}


@dataclass(frozen=True)
class ReportOptions:
    """What the family chose to put in. The defaults are the restrictive choices."""

    sections: frozenset[Section] = DEFAULT_SECTIONS
    initials: bool = True  # names of the circle shortened to initials
    include_private: bool = False  # the maker's own private entries (never anyone else's)
    large_print: bool = False
    paper: Paper = "a4"
    concerns: str = ""  # for a report by dates (an appointment carries its own)
    needs: str = ""

    def has(self, section: Section) -> bool:
        return section is Section.IDENTIFY or section in self.sections


@dataclass(frozen=True)
class Period:
    start: datetime  # included
    end: datetime  # excluded
    first: date  # local days, as printed
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class EntryLine:
    """One diary entry as printed (names already shortened if asked)."""

    when: datetime
    author: str
    kind: str
    text: str
    mood: int | None = None
    distress: int | None = None
    sleep_hours: float | None = None
    before: str = ""
    behaviour: str = ""
    tried: str = ""
    helped: str = ""


@dataclass(frozen=True)
class Point:
    day: date  # the first day of the bucket (a day, week or month)
    value: float


@dataclass(frozen=True)
class Series:
    points: tuple[Point, ...]
    bucket: Literal["day", "week", "month"]
    count: int  # readings behind the points
    mean: float | None
    recent_mean: float | None  # the last 14 days of the period


@dataclass(frozen=True)
class Counted:
    text: str
    count: int


@dataclass(frozen=True)
class Episodes:
    count: int
    last_two_weeks: int
    by_time_of_day: tuple[Counted, ...]
    triggers: tuple[Counted, ...]  # from "what happened before"
    helped: tuple[Counted, ...]
    cards_helped: tuple[Counted, ...]  # guidance cards whose ideas helped
    recent: tuple[EntryLine, ...]  # newest first


@dataclass(frozen=True)
class MedicineLine:
    title: str
    how_taken: str
    purpose: str
    status: str
    since: date
    prescriber: str


@dataclass(frozen=True)
class ChangeLine:
    on: date
    medicine: str
    change: str  # "Dose changed: 5 mg → 10 mg"
    reason: str
    decided_by: str
    side_effects: str
    recorded_by: str


@dataclass(frozen=True)
class QuestionLine:
    text: str
    by: str
    on: date
    typed: bool


@dataclass(frozen=True)
class AppointmentLine:
    when: datetime
    with_whom: str
    place: str
    purpose: str


@dataclass(frozen=True)
class HandoverData:
    options: ReportOptions
    person: PersonProfile
    prepared_by: str
    made_on: date
    period: Period
    appointment: AppointmentLine | None
    entry_count: int
    writer_count: int
    concerns: str
    needs: str
    flagged: tuple[EntryLine, ...]  # flagged entries that are not questions, newest first
    appendix: tuple[EntryLine, ...]  # every flagged entry, oldest first
    medicines: tuple[MedicineLine, ...]
    changes: tuple[ChangeLine, ...]
    mood: Series
    distress: Series
    sleep: Series
    episodes: Episodes
    doses: tuple[DoseCounts, ...]
    questions: tuple[QuestionLine, ...]
    private_included: bool = False

    @property
    def profile(self) -> ProfileData:
        """The "About them" page that can be attached to this report."""
        return ProfileData(self.person, self.medicines, self.prepared_by, self.made_on)


@dataclass(frozen=True)
class ProfileData:
    """What the one-page "About them" profile shows (names already shortened if asked)."""

    person: PersonProfile
    medicines: tuple[MedicineLine, ...]
    prepared_by: str
    made_on: date
