"""The look shared by Kindred's printed pages: styles, page frame, header and footer.

Black text on white, one sans-serif family, sizes that stay readable when
photocopied; grey only for secondary lines and table headings, so everything
prints the same in black and white. Large print scales every size up.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.fonts import ps2tt
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caregiver_app.i18n import N_, _, format_date
from caregiver_app.reports.text import FontSet, TextMaker, find_fonts, plain

log = logging.getLogger(__name__)

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
GREY = colors.Color(0.3, 0.3, 0.3)
RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)
DISCLAIMER = N_("Reported by family, not a clinical record")
SHORT_TEXT = 420


def day(value: date) -> str:
    """3 Mar 2026 (in the report's language)."""
    return format_date(value, "date_short")


def moment(value: datetime) -> str:
    """Tue 3 Mar 2026, 14:05 (in the report's language)."""
    local = value.astimezone()
    return _("{day}, {time}").format(
        day=format_date(local.date(), "date_weekday_short"), time=f"{local:%H:%M}"
    )


def shorten(text: str, limit: int = SHORT_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    heading: ParagraphStyle
    lead: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    quote: ParagraphStyle
    note: ParagraphStyle
    header: ParagraphStyle
    scale: float


LARGE_PRINT = 1.38  # 10.5 pt body text becomes 14.5 pt


def make_styles(fonts: FontSet, large: bool | float) -> Styles:
    """Styles at normal size, in large print (``True``) or at a given scale (a float)."""
    k = float(large) if not isinstance(large, bool) else (LARGE_PRINT if large else 1.0)

    def style(name: str, size: float, *, bold: bool = False, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=fonts.bold if bold else fonts.regular,
            fontSize=size * k,
            leading=size * k * 1.32,
            **extra,
        )

    return Styles(
        title=style("title", 20, bold=True, spaceAfter=2 * k),
        subtitle=style("subtitle", 11.5, textColor=GREY, spaceAfter=8 * k),
        # Headings stay with what follows them: never alone at the foot of a page.
        section=style(
            "section", 14.5, bold=True, spaceBefore=14 * k, spaceAfter=2 * k, keepWithNext=1
        ),
        heading=style(
            "heading", 11, bold=True, spaceBefore=8 * k, spaceAfter=3 * k, keepWithNext=1
        ),
        lead=style("lead", 9, textColor=GREY, spaceAfter=3 * k, keepWithNext=1),
        body=style("body", 10.5, spaceAfter=4 * k),
        small=style("small", 9, textColor=GREY, spaceAfter=3 * k),
        cell=style("cell", 9.5),
        cell_head=style("cell_head", 9, bold=True),
        quote=style(
            "quote",
            11,
            spaceAfter=0,
        ),
        note=style(
            "note",
            9.5,
            borderColor=RULE,
            borderWidth=0.6,
            borderPadding=5 * k,
            spaceBefore=4 * k,
            spaceAfter=10 * k,
        ),
        header=style("header", 8.5, textColor=GREY),
        scale=k,
    )


class Ink:
    """Turns text into paragraphs for one document: user text is escaped and font-fitted."""

    def __init__(
        self,
        large: bool | float,
        paper: str = "a4",
        font_dirs: tuple[Path, ...] | None = None,
    ) -> None:
        fontset, fonts = find_fonts(font_dirs)
        self.fonts = fontset
        self.paper = paper if paper in PAGE_SIZES else "a4"
        self.page = PAGE_SIZES[self.paper]
        self.width = self.page[0] - 2 * MARGIN_X  # of the text frame
        self.maker = TextMaker(fonts=fonts)
        self.s = make_styles(fontset, large)
        self._shaped: dict[str, ParagraphStyle] = {}

    def user(self, text: str) -> str:
        """Markup for the family's own words (escaped; other scripts in fonts that have them)."""
        return self.maker.markup(text)

    def para(self, markup: str, style: ParagraphStyle, *raw: str) -> Paragraph:
        """A paragraph from ready markup; ``raw`` is the user text in it (to decide shaping)."""
        # Kindred's own words in Hindi need shaping as much as the family's do.
        if any(self.maker.needs_shaping(text) for text in (markup, *raw)):
            shaped = Paragraph(markup, self._shaping(style))
            try:
                shaped.wrap(self.width, self.page[1])
            except Exception:  # reportlab's shaping can trip on odd font mixes
                log.warning("shaping failed for a paragraph; printed unshaped")
            else:
                return shaped
        return Paragraph(markup, style)

    def text(self, text: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of the family's own words."""
        return self.para(self.user(text), style, text)

    def label(self, text: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of Kindred's own words (escaped all the same)."""
        return self.para(plain(text, bold=ps2tt(style.fontName)[1] == 1), style)

    def labelled(self, label: str, text: str, style: ParagraphStyle) -> Paragraph:
        """ "<b>Label:</b> the family's words"."""
        return self.para(f"<b>{plain(label, bold=True)}</b> {self.user(text)}", style, text)

    def _shaping(self, style: ParagraphStyle) -> ParagraphStyle:
        if style.name not in self._shaped:
            self._shaped[style.name] = ParagraphStyle(f"{style.name}-shaped", parent=style)
            self._shaped[style.name].shaping = 1
        return self._shaped[style.name]

    def section(self, title: str, lead: str = "") -> list[Flowable]:
        parts: list[Flowable] = [self.label(title, self.s.section), _Rule()]
        if lead:
            parts.append(self.label(lead, self.s.lead))
        return parts

    def table(
        self,
        head: Sequence[str] | None,
        rows: Sequence[Sequence[Flowable | str]],
        fractions: Sequence[float],
    ) -> Table:
        """A ruled table (column widths as fractions of the frame), with a shaded
        heading row that repeats on every page it runs over."""
        data: list[list[Flowable | str]] = []
        if head is not None:
            data.append([self.label(h, self.s.cell_head) for h in head])
        data += [list(row) for row in rows]
        widths = [self.width * f for f in fractions]
        first = 1 if head is not None else 0
        table = Table(data, colWidths=widths, repeatRows=first, hAlign="LEFT")
        pad = 3 * self.s.scale
        heading = (
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ]
            if head is not None
            else []
        )
        table.setStyle(
            TableStyle(
                [
                    *heading,
                    ("LINEBELOW", (0, first), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad + 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
                ]
            )
        )
        return table

    def headed(self, head: Flowable, body: Flowable) -> list[Flowable]:
        """A heading and a table: kept together when short, else the table may run on
        (its heading row repeats) as long as the heading starts with a few rows of it."""
        _, height = body.wrap(self.width, self.page[1])
        if height <= 160 * self.s.scale:
            return [keep(head, body)]
        return [CondPageBreak(120 * self.s.scale), head, body]

    def quote(self, text: str) -> Table:
        """The family's own words, set off by a bar in the margin."""
        table = Table([[self.text(text, self.s.quote)]], colWidths=[self.width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, 0), 2.2, colors.black),
                    ("LEFTPADDING", (0, 0), (0, 0), 9 * self.s.scale),
                    ("TOPPADDING", (0, 0), (0, 0), 1),
                    ("BOTTOMPADDING", (0, 0), (0, 0), 2),
                ]
            )
        )
        return table

    def bullets(self, items: Sequence[Paragraph]) -> list[Flowable]:
        out: list[Flowable] = []
        indent = 12 * self.s.scale
        for item in items:
            item.style = ParagraphStyle(
                f"{item.style.name}-bullet",
                parent=item.style,
                leftIndent=indent,
                bulletIndent=2 * self.s.scale,
            )
            item.bulletText = "•"
            out.append(item)
        return out


class _Rule(Flowable):  # type: ignore[misc]
    """A line under a section heading (or a thin grey one between entries)."""

    def __init__(self, weight: float = 1.1, colour: colors.Color = colors.black) -> None:
        super().__init__()
        self.weight = weight
        self.colour = colour
        self.keepWithNext = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 6

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.weight)
        self.canv.line(0, 4, self.width, 4)


def thin_rule() -> Flowable:
    return _Rule(0.5, RULE)


def keep(*parts: Flowable) -> KeepTogether:
    return KeepTogether(list(parts))


def gap(points: float) -> Spacer:
    return Spacer(1, points)


@dataclass(frozen=True)
class PageFrame:
    """What every page carries: a header (left, right) and the footer lines."""

    header_left: str  # markup
    header_right: str  # markup
    made_on: date
    disclaimer: str = DISCLAIMER


def render(
    story: list[Flowable],
    ink: Ink,
    frame: PageFrame,
    title: str,
    out: str | Path | BinaryIO | None = None,
) -> bytes:
    """Lay out ``story`` on pages with header and footer; return the PDF bytes."""
    page = ink.page
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="Kindred",
        creator="Kindred",
        invariant=True,
    )
    body = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        page[0] - 2 * MARGIN_X,
        page[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[body], onPage=_decorate(ink, frame, page))]
    )
    doc.build(story, canvasmaker=_numbered_canvas(ink, frame, page))
    data = buffer.getvalue()
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    elif out is not None:
        out.write(data)
    return data


def _decorate(
    ink: Ink, frame: PageFrame, page: tuple[float, float]
) -> Callable[[Canvas, Any], None]:
    width, height = page
    header = ink.s.header
    bold_footer = ParagraphStyle("footer-bold", parent=header, fontName=ink.fonts.bold)

    def on_page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        usable = width - 2 * MARGIN_X
        left = ink.para(frame.header_left, header)
        right = ink.para(frame.header_right, ParagraphStyle("hr", parent=header, alignment=2))
        top = height - 14 * mm
        _width, h = left.wrap(usable * 0.62, 30)
        left.drawOn(canvas, MARGIN_X, top - h + header.leading)
        _width, h = right.wrap(usable * 0.36, 30)
        right.drawOn(canvas, width - MARGIN_X - usable * 0.36, top - h + header.leading)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5, width - MARGIN_X, top - 5)
        canvas.line(MARGIN_X, 15 * mm, width - MARGIN_X, 15 * mm)
        note = ink.para(plain(_(frame.disclaimer), bold=True), bold_footer)
        note.wrap(usable * 0.6, 20)
        note.drawOn(canvas, MARGIN_X, 15 * mm - 4 - header.leading)
        canvas.restoreState()

    return on_page


def _numbered_canvas(ink: Ink, frame: PageFrame, page: tuple[float, float]) -> type[Canvas]:
    """A canvas that writes "page x of y" once it knows y (the pages are kept until saved)."""
    made = format_date(frame.made_on, "date_short")
    style = ParagraphStyle("page-number", parent=ink.s.header, alignment=2)
    room = (page[0] - 2 * MARGIN_X) * 0.4

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                words = _("Page {number} of {total} · made {day}").format(
                    number=number, total=total, day=made
                )
                # A paragraph, not drawString: Hindi page numbers need shaping.
                line = ink.para(plain(words), style)
                _width, height = line.wrap(room, 30)
                line.drawOn(self, page[0] - MARGIN_X - room, 15 * mm - 4 - height)
                super().showPage()
            super().save()

    return NumberedCanvas
