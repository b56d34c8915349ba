"""Everything a handover report shows, gathered once into plain frozen data.

The PDF builders (``caregiver_app.reports``) never touch the store: they are fed a
:class:`HandoverData`, in which the family's choices are already applied:

- only entries the person making the report may see, and their own private
  entries only if they asked for them (someone else's private entries are never
  read at all: the diary service doesn't return them);
- with ``initials`` on, every name of the care circle (the person cared for and
  each carer, full names and each part of them) is shortened to initials,
  everywhere, in the family's own text too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Literal

from caregiver_app.domain.appointments import Appointment
from caregiver_app.domain.circle import Circle, PersonProfile
from caregiver_app.domain.entries import CardOutcome, Entry, EntryFilter, EntryKind
from caregiver_app.domain.handover import (
    AppointmentLine,
    ChangeLine,
    Counted,
    EntryLine,
    Episodes,
    HandoverData,
    MedicineLine,
    Period,
    Point,
    ProfileData,
    QuestionLine,
    ReportOptions,
    Series,
)
from caregiver_app.domain.medicines import Medicine, MedicineEvent, MedicineEventKind
from caregiver_app.i18n import N_, current_language
from caregiver_app.services.appointment_service import AppointmentService, all_entries
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.storage.store import Store

# --- names ----------------------------------------------------------------------


# Titles stay as they are ("Dr V."), and are never taken for a name.
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "nurse"})


class Namer:
    """Shortens the circle's names to initials in every piece of text, when asked.

    Full names and each part of them ("Ann", "Okafor") are replaced wherever they
    stand as words, in any case. A name written in another script is not
    recognised (documented in docs/report.md).
    """

    def __init__(self, names: Iterable[str], enabled: bool) -> None:
        self.enabled = enabled
        self._map: dict[str, str] = {}
        for name in names:
            parts = [p for p in re.split(r"\s+", name.strip()) if p]
            if not parts:
                continue
            short = [p if _is_title(p) else _initial(p) for p in parts]
            self._map[" ".join(parts).casefold()] = " ".join(short)
            for part in parts:
                if len(part.strip(".,'")) >= 2 and not _is_title(part):
                    self._map.setdefault(part.casefold(), _initial(part))
        keys = sorted(self._map, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)", re.I)
            if keys
            else None
        )

    def __call__(self, text: str) -> str:
        if not self.enabled or not text or self._pattern is None:
            return text
        return self._pattern.sub(self._shorten, text)

    def _shorten(self, match: re.Match[str]) -> str:
        short = self._map[match.group(0).casefold()]
        # "for Maggie." becomes "for M.", not "for M.."
        if short.endswith(".") and match.string.startswith(".", match.end()):
            return short[:-1]
        return short


def _is_title(part: str) -> bool:
    return part.rstrip(".").casefold() in _TITLES


def _initial(part: str) -> str:
    letter = next((c for c in part if c.isalpha()), part[:1])
    return f"{letter.upper()}."


# --- gathering --------------------------------------------------------------------


def period_for_days(first: date, last: date) -> Period:
    """The period from local midnight of ``first`` to the end of ``last``."""
    start = datetime.combine(first, time()).astimezone()
    end = datetime.combine(last + timedelta(days=1), time()).astimezone()
    return Period(start=start, end=end, first=first, last=last)


def gather_for_dates(
    store: Store, viewer_id: str, first: date, last: date, options: ReportOptions
) -> HandoverData:
    return _gather(store, viewer_id, period_for_days(first, last), None, options)


def gather_for_appointment(
    store: Store, viewer_id: str, appointment_id: str, options: ReportOptions
) -> HandoverData:
    """The period since the previous appointment (or 90 days) up to this one."""
    appointments = AppointmentService(store)
    appointment = appointments.get(appointment_id, viewer_id)
    start = appointments.period_start(appointment_id, viewer_id)
    end = min(appointment.starts_at, datetime.now().astimezone())
    if end <= start:  # an appointment after another that is still to come
        end = appointment.starts_at
    last = (end - timedelta(microseconds=1)).astimezone().date()
    period = Period(start=start, end=end, first=start.astimezone().date(), last=last)
    return _gather(store, viewer_id, period, appointment, options)


def gather_profile(store: Store, viewer_id: str, *, initials: bool = True) -> ProfileData:
    """The "About them" page on its own."""
    circle = CircleService(store).get()
    namer = Namer(_circle_names(circle), initials)
    current = MedicineService(store).list(viewer_id)
    return ProfileData(
        person=_shortened_profile(circle.person, namer),
        medicines=tuple(_medicine_line(m, namer) for m in current),
        prepared_by=_prepared_by(circle, viewer_id, namer),
        made_on=datetime.now().astimezone().date(),
    )


def _prepared_by(circle: Circle, viewer_id: str, namer: Namer) -> str:
    maker = circle.caregiver(viewer_id)
    if maker is None:
        return ""
    return namer(maker.name) + (f" ({maker.relationship})" if maker.relationship else "")


def _gather(
    store: Store,
    viewer_id: str,
    period: Period,
    appointment: Appointment | None,
    options: ReportOptions,
) -> HandoverData:
    circle = CircleService(store).get()
    person = circle.person
    namer = Namer(_circle_names(circle), options.initials)

    entries = all_entries(
        DiaryService(store), viewer_id, EntryFilter(since=period.start, until=period.end)
    )
    entries.reverse()  # oldest first
    if not options.include_private:
        entries = [e for e in entries if not e.is_private]
    private_included = any(e.is_private for e in entries)

    medicines = MedicineService(store)
    current = medicines.as_of(viewer_id, period.last)
    changes = medicines.changes_between(viewer_id, period.first, period.last)
    doses = medicines.dose_counts(viewer_id, period.start, period.end)

    questions = [
        QuestionLine(namer(q.text), namer(q.by_name), q.at.astimezone().date(), True)
        for q in (appointment.questions if appointment else ())
    ]
    questions += [
        QuestionLine(namer(e.text), namer(e.author_name), e.happened_at.astimezone().date(), False)
        for e in entries
        if e.kind is EntryKind.QUESTION
    ]
    flagged = [e for e in entries if e.draft.flagged]
    concerns = (appointment.concerns if appointment else "") or options.concerns
    needs = (appointment.needs if appointment else "") or options.needs
    return HandoverData(
        options=options,
        person=_shortened_profile(person, namer),
        prepared_by=_prepared_by(circle, viewer_id, namer),
        made_on=datetime.now().astimezone().date(),
        period=period,
        appointment=_appointment_line(appointment, namer),
        entry_count=len(entries),
        writer_count=len({e.author_id for e in entries}),
        concerns=namer(concerns),
        needs=namer(needs),
        flagged=tuple(
            _line(e, namer) for e in reversed(flagged) if e.kind is not EntryKind.QUESTION
        ),
        appendix=tuple(_line(e, namer) for e in flagged),
        medicines=tuple(_medicine_line(m, namer) for m in current),
        changes=tuple(_change_line(m, event, namer) for m, event in changes),
        mood=_series(entries, period, lambda e: e.draft.mood, statistics="mean"),
        # The worst moment of a day matters; over a week or a month the highest is
        # nearly always 10, so the average says more.
        distress=_series(
            entries,
            period,
            lambda e: e.draft.distress,
            statistics="max" if _bucket(period.days) == "day" else "mean",
        ),
        sleep=_series(entries, period, lambda e: e.draft.sleep_hours, statistics="mean"),
        episodes=_episodes(entries, period, namer),
        doses=tuple(replace(d, medicine_name=namer(d.medicine_name)) for d in doses),
        questions=tuple(questions),
        private_included=private_included,
    )


def _circle_names(circle: Circle) -> list[str]:
    names = [circle.person.name, *(c.name for c in circle.caregivers)]
    if circle.person.preferred_name:
        names.append(circle.person.preferred_name)
    return names


def _shortened_profile(person: PersonProfile, namer: Namer) -> PersonProfile:
    # Every field is the family's words except the date of birth.
    texts: dict[str, Any] = {
        field.name: namer(getattr(person, field.name))
        for field in fields(person)
        if field.name != "date_of_birth"
    }
    return replace(person, **texts)


def _appointment_line(appointment: Appointment | None, namer: Namer) -> AppointmentLine | None:
    if appointment is None:
        return None
    return AppointmentLine(
        when=appointment.starts_at,
        with_whom=namer(appointment.with_whom),
        place=namer(appointment.place),
        purpose=namer(appointment.purpose),
    )


def _line(entry: Entry, namer: Namer) -> EntryLine:
    draft = entry.draft
    return EntryLine(
        when=entry.happened_at,
        author=namer(entry.author_name),
        kind=draft.kind.label,
        text=namer(draft.text),
        mood=draft.mood,
        distress=draft.distress,
        sleep_hours=draft.sleep_hours,
        before=namer(draft.before),
        behaviour=namer(draft.behaviour),
        tried=namer(draft.tried),
        helped=namer(draft.helped),
    )


def _medicine_line(medicine: Medicine, namer: Namer) -> MedicineLine:
    return MedicineLine(
        title=medicine.title,
        how_taken=namer(medicine.how_taken),
        purpose=namer(medicine.purpose),
        status=medicine.status.label,
        since=medicine.started_on,
        prescriber=namer(medicine.prescriber),
    )


def _change_line(medicine: Medicine, event: MedicineEvent, namer: Namer) -> ChangeLine:
    change = event.kind.label
    if event.kind is MedicineEventKind.STARTED and event.strength:
        change += f": {event.strength}"
    elif event.previous_strength != event.strength:
        change += f": {event.previous_strength or '?'} → {event.strength}"
    if event.previous_how_taken != event.how_taken and event.kind is not MedicineEventKind.STARTED:
        change += f"; now {event.how_taken}"
    return ChangeLine(
        on=event.on,
        medicine=medicine.name,
        change=change,
        reason=namer(event.reason),
        decided_by=namer(event.decided_by),
        side_effects=namer(event.side_effects),
        recorded_by=namer(event.recorded_by_name),
    )


def _bucket(days: int) -> Literal["day", "week", "month"]:
    if days <= 120:
        return "day"
    if days <= 730:
        return "week"
    return "month"


def _bucket_start(day: date, bucket: str) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def _series(
    entries: Sequence[Entry],
    period: Period,
    value: Callable[[Entry], float | None],
    statistics: Literal["mean", "max"],
) -> Series:
    bucket = _bucket(period.days)
    groups: dict[date, list[float]] = {}
    recent_from = period.last - timedelta(days=13)
    readings: list[float] = []
    recent: list[float] = []
    for entry in entries:
        reading = value(entry)
        if reading is None:
            continue
        day = entry.happened_at.astimezone().date()
        readings.append(reading)
        if day >= recent_from:
            recent.append(reading)
        groups.setdefault(_bucket_start(day, bucket), []).append(reading)
    points = tuple(
        Point(day, max(values) if statistics == "max" else sum(values) / len(values))
        for day, values in sorted(groups.items())
    )
    return Series(
        points=points,
        bucket=bucket,
        count=len(readings),
        mean=sum(readings) / len(readings) if readings else None,
        recent_mean=sum(recent) / len(recent) if recent else None,
    )


# Translated where printed (reports/assessment.py).
_TIMES_OF_DAY = (
    (6, N_("night (before 6 am)")),
    (12, N_("morning")),
    (17, N_("afternoon")),
    (22, N_("evening")),
    (24, N_("night (after 10 pm)")),
)


def _time_of_day(moment: datetime) -> str:
    hour = moment.astimezone().hour
    return next(label for limit, label in _TIMES_OF_DAY if hour < limit)


def _common(texts: Iterable[str], limit: int = 5) -> tuple[Counted, ...]:
    """The most frequent texts (same words, any case or full stop), most recent on ties."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    order: dict[str, int] = {}
    for index, text in enumerate(texts):
        key = " ".join(text.casefold().rstrip(" .!").split())
        if not key:
            continue
        counts[key] += 1
        shown[key] = text.strip()
        order[key] = index
    ranked = sorted(counts, key=lambda k: (-counts[k], -order[k]))
    return tuple(Counted(shown[key], counts[key]) for key in ranked[:limit])


def _episodes(entries: Sequence[Entry], period: Period, namer: Namer) -> Episodes:
    episodes = [e for e in entries if e.kind is EntryKind.DISTRESS_EPISODE]
    recent_from = period.last - timedelta(days=13)
    by_time = Counter(_time_of_day(e.happened_at) for e in episodes)
    titles = _card_titles()
    cards = Counter(
        titles.get(use.card_id, use.card_id)
        for e in episodes
        for use in e.draft.cards
        if use.outcome is CardOutcome.HELPED
    )
    return Episodes(
        count=len(episodes),
        last_two_weeks=sum(1 for e in episodes if e.happened_at.astimezone().date() >= recent_from),
        by_time_of_day=tuple(
            Counted(label, by_time[label]) for _, label in _TIMES_OF_DAY if by_time[label]
        ),
        triggers=_common(namer(e.draft.before) for e in episodes),
        helped=_common(namer(e.draft.helped) for e in episodes),
        cards_helped=tuple(Counted(title, n) for title, n in cards.most_common(5)),
        recent=tuple(_line(e, namer) for e in reversed(episodes[-10:])),
    )


def _card_titles() -> dict[str, str]:
    return _card_titles_in(current_language())


@lru_cache(maxsize=3)
def _card_titles_in(language: str) -> dict[str, str]:
    """Card titles in the report's language (English where a card isn't translated)."""
    from caregiver_app.guidance.cards import load_cards

    return {card.id: card.title for card in load_cards(language=language).cards}
