"""The "About me" page: one sheet for a ward, a respite stay or a new carer.

In the spirit of the Alzheimer's Society's "This is me" and the NHS hospital
passport: who the person is and what they like to be called, what matters to
them, their routines, what upsets them and what calms them, how to talk with
them, then diagnoses, allergies and medicines. It always fits on one page (the
text shrinks if the family wrote a lot) and can be printed alone or attached to
the handover report.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Table, TableStyle

from caregiver_app.domain.handover import ProfileData
from caregiver_app.i18n import N_, _, format_date
from caregiver_app.reports.layout import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    RULE,
    SHADE,
    Ink,
    PageFrame,
    gap,
    render,
)
from caregiver_app.reports.text import plain

# (heading, field of PersonProfile), as printed, two boxes a row.
BOXES = (
    (N_("What matters to me"), "what_matters"),
    (N_("My routines"), "routines"),
    (N_("What upsets me"), "what_upsets"),
    (N_("What calms me and helps"), "what_calms"),
    (N_("How to talk with me"), "communication"),
    (N_("Diagnoses, as my family knows them"), "diagnoses"),
)
NOT_WRITTEN = N_("(not written yet)")


def _date(value: object) -> str:
    from datetime import date

    assert isinstance(value, date)
    return format_date(value, "date_long")


def profile_story(ink: Ink, data: ProfileData) -> list[Flowable]:
    """The page's content, shrunk if needed to fit one page of ``ink``'s paper."""
    return [KeepInFrame(ink.width, _frame_height(ink), _parts(ink, data), mode="shrink")]


def _frame_height(ink: Ink) -> float:
    return float(ink.page[1] - MARGIN_TOP - MARGIN_BOTTOM)


def _fits(ink: Ink, data: ProfileData) -> bool:
    """Whether the page fits at ``ink``'s size without shrinking."""
    total = 0.0
    for part in _parts(ink, data):
        _, height = part.wrap(ink.width, _frame_height(ink))
        total += height + part.getSpaceBefore() + part.getSpaceAfter()
    return total <= _frame_height(ink)


def _parts(ink: Ink, data: ProfileData) -> list[Flowable]:
    s, person = ink.s, data.person
    k = s.scale
    box_head = ParagraphStyle("box-head", parent=s.heading, spaceBefore=0, spaceAfter=2 * k)
    empty = ParagraphStyle("box-empty", parent=s.body, textColor=GREY)
    big = ParagraphStyle(
        "big", parent=s.body, fontSize=s.body.fontSize * 1.35, leading=s.body.leading * 1.35
    )
    parts: list[Flowable] = [
        ink.para(
            plain(_("About me: {name}")).format(name=ink.user(person.name)), s.title, person.name
        ),
        ink.label(
            _(
                "Please read this before caring for me. My family wrote it to help you "
                "know me as a person."
            ),
            s.subtitle,
        ),
    ]
    call_me = person.preferred_name or person.name
    intro = [ink.para(f"<b>{plain(_('Please call me:'))}</b> {ink.user(call_me)}", big, call_me)]
    if person.date_of_birth:
        born = _("Born {day}").format(day=_date(person.date_of_birth))
        intro.append(ink.label(born, s.body))
    parts += [*intro, gap(6 * k)]

    def box(title: str, text: str) -> list[Flowable]:
        body = ink.text(text, s.body) if text.strip() else ink.label(_(NOT_WRITTEN), empty)
        return [ink.label(_(title), box_head), body]

    cells = [box(title, getattr(person, field)) for title, field in BOXES]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    allergies = person.allergies.strip() or _("Not recorded by my family.")
    medicines: list[Flowable] = [ink.label(_("My medicines now"), box_head)]
    if data.medicines:
        medicines += [
            ink.para(
                f"<b>{ink.user(m.title)}</b>"
                + (f": {ink.user(m.how_taken)}" if m.how_taken else ""),
                s.body,
                m.title,
                m.how_taken,
            )
            for m in data.medicines
        ]
    else:
        medicines.append(ink.label(_(NOT_WRITTEN), empty))
    rows.append([[ink.label(_("Allergies"), box_head), ink.text(allergies, s.body)], medicines])
    half = ink.width / 2
    grid = Table(rows, colWidths=[half, half], hAlign="LEFT")
    pad = 6 * k
    grid.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.9, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                ("BACKGROUND", (0, len(rows) - 1), (0, len(rows) - 1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 2),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    made = format_date(data.made_on, "date_long")
    signed = _("Written by my family in Kindred. This copy was made by {who} on {day}.")
    parts += [
        grid,
        gap(8 * k),
        ink.para(
            plain(signed).format(who=ink.user(data.prepared_by), day=plain(made)),
            s.small,
            data.prepared_by,
        ),
    ]
    return parts


def build_profile_sheet(
    data: ProfileData,
    out: str | Path | BinaryIO | None = None,
    *,
    paper: str = "a4",
    large_print: bool = False,
    font_dirs: tuple[Path, ...] | None = None,
) -> bytes:
    """The "About me" page on its own; returns the PDF bytes.

    It is printed as large as still fits on the page (large print, a little larger,
    or normal): a sheet pinned by a hospital bed is read standing up.
    """
    sizes = (True,) if large_print else (True, 1.2, False)
    size = next((k for k in sizes if _fits(Ink(k, paper, font_dirs), data)), sizes[-1])
    ink = Ink(size, paper, font_dirs)
    frame = PageFrame(
        header_left=f"<b>{plain(_('About me'))}</b> · {ink.user(data.person.name)}",
        header_right=plain(_("Please keep with my notes")),
        made_on=data.made_on,
        disclaimer=N_("Written by family, not a clinical record"),
    )
    story = profile_story(ink, data)
    note = ink.maker.missing_note()
    if note:
        story.insert(0, ink.label(note, ink.s.note))
    return render(story, ink, frame, _("About me"), out)
