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
from caregiver_app.domain.medicines import MedicineStatus
from caregiver_app.domain.ratings import distress_word, mood_word
from caregiver_app.i18n import _, format_number, ngettext
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
    return _("{first} to {last}").format(first=day(data.period.first), last=day(data.period.last))


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
        header_left=f"<b>{plain(_('Family handover report'), bold=True)}</b> · {name}",
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
    title = _("Family handover report")
    return render(story, ink, frame, title, out)


def _title(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    if data.appointment:
        a = data.appointment
        sub = plain(_("For the appointment with {who} on {when}")).format(
            who=ink.user(a.with_whom), when=plain(moment(a.when))
        )
        raw = a.with_whom
    else:
        sub, raw = plain(_("For the period {period}").format(period=period_text(data))), ""
    return [
        ink.label(_("Family handover report"), s.title),
        ink.para(sub, s.subtitle, raw),
        ink.label(
            _(
                "Written by the family in the Kindred care diary, in the order clinicians "
                "hand over (ISBAR). It is reported by family and is not a clinical record."
            ),
            s.small,
        ),
    ]


def _identify(ink: Ink, data: HandoverData) -> list[Flowable]:
    s, person = ink.s, data.person
    who = person.name
    if person.preferred_name:
        who = _("{name} (known as {known_as})").format(name=who, known_as=person.preferred_name)
    if person.date_of_birth:
        born = person.date_of_birth
        age = (
            data.made_on.year
            - born.year
            - ((data.made_on.month, data.made_on.day) < (born.month, born.day))
        )
        who = _("{who}, born {day}, age {age}").format(who=who, day=day(born), age=age)
    days = ngettext("{n} day", "{n} days", data.period.days)
    rows: list[tuple[str, str, bool]] = [
        (_("Person"), who, True),
        (_("Prepared by"), data.prepared_by, True),
        (_("Period covered"), f"{period_text(data)} ({days})", False),
    ]
    if data.appointment:
        a = data.appointment
        text = _("{when} with {who}").format(when=moment(a.when), who=a.with_whom)
        if a.place:
            text += f", {a.place}"
        if a.purpose:
            text += ". " + _("Purpose: {purpose}").format(purpose=a.purpose)
        rows.append((_("Appointment"), text, True))
    based = _("{entries} written by {people}").format(
        entries=ngettext("{n} diary entry", "{n} diary entries", data.entry_count),
        people=ngettext("{n} person", "{n} people", data.writer_count),
    )
    if data.private_included:
        based += _(", including private entries of the person who made this report")
    rows.append((_("Based on"), based, False))
    table = ink.table(
        None,
        [
            [ink.label(k, s.cell_head), ink.text(v, s.cell) if user else ink.label(v, s.cell)]
            for k, v, user in rows
        ],
        [0.22, 0.78],
    )
    return [*ink.section(_("I · Identify")), table]


def summary_lines(data: HandoverData) -> list[str]:
    """The few sentences at the top of the Situation: the numbers that matter."""
    ep = data.episodes
    days = ngettext("{n} day", "{n} days", data.period.days)
    if ep.count:
        episodes = _(
            "Distress episodes: {count} in {days}, {recent} of them in the last two weeks."
        )
    else:
        episodes = _("Distress episodes: {count} in {days}.")
    lines = [episodes.format(count=ep.count, days=days, recent=ep.last_two_weeks)]
    if data.mood.mean is not None:
        lines.append(_average(_("Mood: averaged {value} of 10"), data.mood, mood_word))
    if data.distress.mean is not None:
        lines.append(_average(_("Distress: averaged {value} of 10"), data.distress, distress_word))
    if data.sleep.mean is not None:
        lines.append(_average(_("Sleep: averaged {value} hours a night"), data.sleep, None))
    lines.append(_("Medicine changes: {count}.").format(count=len(data.changes)))
    missed = sum(d.missed for d in data.doses)
    refused = sum(d.refused for d in data.doses)
    if data.doses:
        lines.append(
            _("Doses not taken: {count} (missed {missed}, refused {refused}).").format(
                count=missed + refused, missed=missed, refused=refused
            )
        )
    return lines


def _average(sentence: str, series: Series, word: object) -> str:
    assert series.mean is not None
    text = sentence.format(value=format_number(series.mean, 1))
    if callable(word):
        text += f" ({word(round(series.mean))})"
    if series.recent_mean is not None:
        text += "; " + _("{value} in the last two weeks").format(
            value=format_number(series.recent_mean, 1)
        )
    return text + "."


def _situation(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    out = ink.section(
        _("S · Situation"), _("What worries the family now, and the numbers in brief.")
    )
    out += ink.bullets([ink.label(line, s.body) for line in summary_lines(data)])
    if data.concerns:
        out += [
            ink.label(_("In our own words"), s.heading),
            ink.quote(data.concerns),
            gap(6 * s.scale),
        ]
    if data.flagged:
        out.append(ink.label(_("Flagged in the diary for this appointment"), s.heading))
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
            more_text = _("… and {count} more, in full in the appendix.").format(count=more)
            out.append(ink.label(more_text, s.small))
    return out


def _background(ink: Ink, data: HandoverData) -> list[Flowable]:
    s, person = ink.s, data.person
    out = ink.section(_("B · Background"))
    out += [
        keep(
            ink.label(_("Diagnoses, as the family knows them"), s.heading),
            ink.text(person.diagnoses or _("Not written down in Kindred."), s.body),
        ),
        keep(
            ink.label(_("Allergies"), s.heading),
            ink.text(person.allergies or _("Not recorded in Kindred."), s.body),
        ),
    ]
    head = ink.label(_("Medicines now"), s.heading)
    if data.medicines:
        rows = [
            [
                ink.para(
                    f"<b>{ink.user(m.title)}</b>"
                    + (
                        ""
                        if m.status == MedicineStatus.TAKING.label
                        else f" ({plain(m.status.lower())})"
                    ),
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
            [_("Medicine"), _("How it is taken"), _("What it is for"), _("Since"), _("Prescriber")],
            rows,
            widths,
        )
        out += ink.headed(head, table)
    else:
        out += [head, ink.label(_("No medicines are written down in Kindred."), s.body)]
    head = ink.label(_("Medicine changes in this period"), s.heading)
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
            [
                _("Date"),
                _("Medicine and change"),
                _("Why"),
                _("Who decided"),
                _("Side effects noticed"),
            ],
            rows,
            widths,
        )
        out += ink.headed(head, table)
    else:
        out += [head, ink.label(_("No changes were recorded in this period."), s.body)]
    return out


def _requests(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    out = ink.section(_("R · Requests"), _("The family's questions, and what they need."))
    if data.questions:
        out.append(ink.label(_("Our questions"), s.heading))
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
        out.append(ink.label(_("No questions were written down for this period."), s.body))
    if data.needs:
        out += [ink.label(_("What we need"), s.heading), ink.quote(data.needs)]
    return out


def _appendix(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    out = ink.section(
        _("Appendix · Entries flagged for this appointment"), _("In full, oldest first.")
    )
    if not data.appendix:
        return [*out, ink.label(_("No entries were flagged in this period."), s.body)]
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
        sentence.format(value=value, word=word(value))
        for sentence, value, word in (
            (_("Mood {value} ({word})"), e.mood, mood_word),
            (_("Distress {value} ({word})"), e.distress, distress_word),
        )
        if value is not None
    ]
    if e.sleep_hours is not None:
        hours = format_number(e.sleep_hours, 0 if e.sleep_hours == int(e.sleep_hours) else 1)
        ratings.append(_("Slept {hours} hours").format(hours=hours))
    if ratings:
        parts.append(ink.label("; ".join(ratings), s.small))
    if e.text:
        parts.append(ink.text(e.text, s.body))
    for label, value in (
        (_("Before:"), e.before),
        (_("What they did:"), e.behaviour),
        (_("What we tried:"), e.tried),
        (_("What helped:"), e.helped),
    ):
        if value:
            parts.append(ink.labelled(label, value, s.body))
    parts.append(gap(4 * s.scale))
    return parts
