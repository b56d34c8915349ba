"""The family's handover report for an appointment, as a PDF, in ISBAR order.

Identify, Situation, Background, Assessment, Requests, then the flagged entries in
an appendix and, if chosen, the "About them" page. Fed a frozen
:class:`~caregiver_app.domain.handover.HandoverData` (privacy and initials already
applied), it never reads the store and never fetches anything: every piece of the
family's text goes through :mod:`caregiver_app.reports.text`.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from caregiver_app.domain.handover import EntryLine, HandoverData, Section, Series
from caregiver_app.domain.ratings import distress_word, mood_word
from caregiver_app.reports.assessment import assessment
from caregiver_app.reports.layout import (
    Ink,
    PageFrame,
    day,
    gap,
    keep,
    moment,
    render,
    shorten,
    thin_rule,
)
from caregiver_app.reports.profile_sheet import profile_story
from caregiver_app.reports.text import plain

FLAGGED_IN_SITUATION = 6


def period_text(data: HandoverData) -> str:
    return f"{day(data.period.first)} to {day(data.period.last)}"


def build_handover(
    data: HandoverData,
    out: str | Path | BinaryIO | None = None,
    *,
    font_dirs: tuple[Path, ...] | None = None,
) -> bytes:
    """Build the report; returns the PDF bytes (and writes them to ``out`` if given)."""
    options = data.options
    ink = Ink(options.large_print, options.paper, font_dirs)
    name = ink.user(data.person.name)
    frame = PageFrame(
        header_left=f"<b>Family handover report</b> · {name}",
        header_right=plain(period_text(data)),
        made_on=data.made_on,
    )
    story = _title(ink, data)
    note_at = len(story)
    story += _identify(ink, data)
    parts = (
        (Section.SITUATION, _situation),
        (Section.BACKGROUND, _background),
        (Section.ASSESSMENT, assessment),
        (Section.REQUESTS, _requests),
        (Section.APPENDIX, _appendix),
    )
    for section, build in parts:
        if options.has(section):
            # The appendix starts a page of its own, so it can be read (or left) apart.
            brk = PageBreak() if section is Section.APPENDIX else CondPageBreak(150 * ink.s.scale)
            story.append(brk)
            story += build(ink, data)
    if options.has(Section.PROFILE):
        story += [PageBreak(), *profile_story(ink, data.profile)]
    note = ink.maker.missing_note()
    if note:
        story.insert(note_at, ink.label(note, ink.s.note))
    title = "Family handover report"
    return render(story, ink, frame, title, out)


def _title(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    if data.appointment:
        a = data.appointment
        sub = f"For the appointment with {ink.user(a.with_whom)} on {plain(moment(a.when))}"
        raw = a.with_whom
    else:
        sub, raw = plain(f"For the period {period_text(data)}"), ""
    return [
        ink.label("Family handover report", s.title),
        ink.para(sub, s.subtitle, raw),
        ink.label(
            "Written by the family in the Kindred care diary, in the order clinicians hand "
            "over (ISBAR). It is reported by family and is not a clinical record.",
            s.small,
        ),
    ]


def _identify(ink: Ink, data: HandoverData) -> list[Flowable]:
    s, person = ink.s, data.person
    who = person.name + (f" (known as {person.preferred_name})" if person.preferred_name else "")
    if person.date_of_birth:
        born = person.date_of_birth
        age = (
            data.made_on.year
            - born.year
            - ((data.made_on.month, data.made_on.day) < (born.month, born.day))
        )
        who += f", born {day(born)}, age {age}"
    rows: list[tuple[str, str, bool]] = [
        ("Person", who, True),
        ("Prepared by", data.prepared_by, True),
        ("Period covered", f"{period_text(data)} ({data.period.days} days)", False),
    ]
    if data.appointment:
        a = data.appointment
        text = f"{moment(a.when)} with {a.with_whom}" + (f", {a.place}" if a.place else "")
        rows.append(("Appointment", text + (f". Purpose: {a.purpose}" if a.purpose else ""), True))
    based = f"{data.entry_count} diary entries written by {data.writer_count} people"
    if data.writer_count == 1:
        based = based.replace("1 people", "1 person")
    if data.private_included:
        based += ", including private entries of the person who made this report"
    rows.append(("Based on", based, False))
    table = ink.table(
        None,
        [
            [ink.label(k, s.cell_head), ink.text(v, s.cell) if user else ink.label(v, s.cell)]
            for k, v, user in rows
        ],
        [0.22, 0.78],
    )
    return [*ink.section("I · Identify"), table]


def summary_lines(data: HandoverData) -> list[str]:
    """The few sentences at the top of the Situation: the numbers that matter."""
    ep = data.episodes
    lines = [
        f"Distress episodes: {ep.count} in {data.period.days} days"
        + (f", {ep.last_two_weeks} of them in the last two weeks." if ep.count else ".")
    ]
    if data.mood.mean is not None:
        lines.append(_average("Mood", data.mood, mood_word, "of 10"))
    if data.distress.mean is not None:
        lines.append(_average("Distress", data.distress, distress_word, "of 10"))
    if data.sleep.mean is not None:
        lines.append(_average("Sleep", data.sleep, None, "hours a night"))
    lines.append(f"Medicine changes: {len(data.changes)}.")
    missed = sum(d.missed for d in data.doses)
    refused = sum(d.refused for d in data.doses)
    if data.doses:
        lines.append(f"Doses not taken: {missed + refused} (missed {missed}, refused {refused}).")
    return lines


def _average(label: str, series: Series, word: object, unit: str) -> str:
    assert series.mean is not None
    text = f"{label}: averaged {series.mean:.1f} {unit}"
    if callable(word):
        text += f" ({word(round(series.mean))})"
    if series.recent_mean is not None:
        text += f"; {series.recent_mean:.1f} in the last two weeks"
    return text + "."


def _situation(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    out = ink.section("S · Situation", "What worries the family now, and the numbers in brief.")
    out += ink.bullets([ink.label(line, s.body) for line in summary_lines(data)])
    if data.concerns:
        out += [
            ink.label("In our own words", s.heading),
            ink.quote(data.concerns),
            gap(6 * s.scale),
        ]
    if data.flagged:
        out.append(ink.label("Flagged in the diary for this appointment", s.heading))
        items = [
            ink.para(
                f"<b>{plain(day(e.when.astimezone().date()))}, {ink.user(e.author)}:</b> "
                + ink.user(shorten(e.text or e.behaviour or e.before)),
                s.body,
                e.author,
                e.text,
            )
            for e in data.flagged[:FLAGGED_IN_SITUATION]
        ]
        out += ink.bullets(items)
        if len(data.flagged) > FLAGGED_IN_SITUATION:
            more = len(data.flagged) - FLAGGED_IN_SITUATION
            out.append(ink.label(f"… and {more} more, in full in the appendix.", s.small))
    return out


def _background(ink: Ink, data: HandoverData) -> list[Flowable]:
    s, person = ink.s, data.person
    out = ink.section("B · Background")
    out += [
        keep(
            ink.label("Diagnoses, as the family knows them", s.heading),
            ink.text(person.diagnoses or "Not written down in Kindred.", s.body),
        ),
        keep(
            ink.label("Allergies", s.heading),
            ink.text(person.allergies or "Not recorded in Kindred.", s.body),
        ),
    ]
    head = ink.label("Medicines now", s.heading)
    if data.medicines:
        rows = [
            [
                ink.para(
                    f"<b>{ink.user(m.title)}</b>"
                    + ("" if m.status == "Taking" else f" ({plain(m.status.lower())})"),
                    s.cell,
                    m.title,
                ),
                ink.text(m.how_taken, s.cell),
                ink.text(m.purpose, s.cell),
                ink.label(day(m.since), s.cell),
                ink.text(m.prescriber, s.cell),
            ]
            for m in data.medicines
        ]
        widths = [0.24, 0.26, 0.2, 0.13, 0.17]
        table = ink.table(
            ["Medicine", "How it is taken", "What it is for", "Since", "Prescriber"], rows, widths
        )
        out += ink.headed(head, table)
    else:
        out += [head, ink.label("No medicines are written down in Kindred.", s.body)]
    head = ink.label("Medicine changes in this period", s.heading)
    if data.changes:
        rows = [
            [
                ink.label(day(c.on), s.cell),
                ink.para(
                    f"<b>{ink.user(c.medicine)}</b><br/>{ink.user(c.change)}",
                    s.cell,
                    c.medicine,
                    c.change,
                ),
                ink.text(c.reason or "—", s.cell),
                ink.text(c.decided_by or "—", s.cell),
                ink.text(c.side_effects or "—", s.cell),
            ]
            for c in data.changes
        ]
        widths = [0.13, 0.25, 0.25, 0.15, 0.22]
        table = ink.table(
            ["Date", "Medicine and change", "Why", "Who decided", "Side effects noticed"],
            rows,
            widths,
        )
        out += ink.headed(head, table)
    else:
        out += [head, ink.label("No changes were recorded in this period.", s.body)]
    return out


def _requests(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    out = ink.section("R · Requests", "The family's questions, and what they need.")
    if data.questions:
        out.append(ink.label("Our questions", s.heading))
        numbered = ParagraphStyle(
            "numbered", parent=s.body, leftIndent=18 * s.scale, bulletIndent=0
        )
        for number, q in enumerate(data.questions, start=1):
            out.append(
                ink.para(
                    f"<bullet><b>{number}.</b></bullet>{ink.user(q.text)} "
                    f"<font size='{s.small.fontSize}'>"
                    f"({ink.user(q.by)}, {plain(day(q.on))})</font>",
                    numbered,
                    q.text,
                    q.by,
                )
            )
    else:
        out.append(ink.label("No questions were written down for this period.", s.body))
    if data.needs:
        out += [ink.label("What we need", s.heading), ink.quote(data.needs)]
    return out


def _appendix(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    out = ink.section("Appendix · Entries flagged for this appointment", "In full, oldest first.")
    if not data.appendix:
        return [*out, ink.label("No entries were flagged in this period.", s.body)]
    for e in data.appendix:
        out.append(keep(*_entry(ink, e)))
    return out


def _entry(ink: Ink, e: EntryLine) -> list[Flowable]:
    s = ink.s
    parts: list[Flowable] = [
        thin_rule(),
        ink.para(
            f"<b>{plain(moment(e.when))} · {plain(e.kind)} · {ink.user(e.author)}</b>",
            s.body,
            e.author,
        ),
    ]
    ratings = [
        f"{label} {value} ({word(value)})"
        for label, value, word in (
            ("mood", e.mood, mood_word),
            ("distress", e.distress, distress_word),
        )
        if value is not None
    ]
    if e.sleep_hours is not None:
        ratings.append(f"slept {e.sleep_hours:g} hours")
    if ratings:
        parts.append(ink.label("; ".join(ratings).capitalize(), s.small))
    if e.text:
        parts.append(ink.text(e.text, s.body))
    for label, value in (
        ("Before:", e.before),
        ("What they did:", e.behaviour),
        ("What we tried:", e.tried),
        ("What helped:", e.helped),
    ):
        if value:
            parts.append(ink.labelled(label, value, s.body))
    parts.append(gap(4 * s.scale))
    return parts
