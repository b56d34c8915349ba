"""Pocket cards: guidance cards printed large, two or four to a page, to cut out.

For support groups and the fridge door. Each card is a framed box with the
title, the situation in one line, what helps, one or two things to say and the
emergency number, and a footer with the sources and the review date. The text
size is the largest that fits the box; if even the smallest will not fit, the
"what helps" points are shortened at a word, with an ellipsis.

Text goes through the reports' shared ``TextMaker``: escaped, so no markup,
image or link in a card can reach reportlab (which therefore never fetches
anything), and drawn in a font that has each character, so translated cards
print too. It prints well in black and white.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.fonts import ps2tt
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

from caregiver_app.guidance.cards import Card
from caregiver_app.guidance.crisis import CountryLines
from caregiver_app.i18n import _, format_date
from caregiver_app.reports.text import FontSet, TextMaker, find_fonts, plain

log = logging.getLogger(__name__)

PerPage = Literal[2, 4]
Paper = Literal["a4", "letter"]

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN = 24.0  # points; most printers cannot print the outer 5 mm (14 pt)
GAP = 12.0  # between boxes, room to cut
PADDING = 10.0
FOOTER_SIZE = 8.0
GREY = Color(0.3, 0.3, 0.3)
URGENT_BACKGROUND = Color(0.9, 0.9, 0.9)  # light enough for any printer, black text on top
# Body sizes tried, largest first, for each layout (points).
SIZES: dict[int, tuple[float, ...]] = {
    2: (20, 19, 18, 17, 16, 15, 14, 13),
    4: (14, 13.5, 13, 12.5, 12, 11.5, 11, 10.5, 10),
}
# Below this size, give up the second phrase to say before getting smaller still.
COMFORTABLE = {2: 15, 4: 12}
MAX_SAY = 2
ELLIPSIS = "…"


@dataclass
class _Ink:
    """The fonts of one document, and card text made into safe paragraphs."""

    fonts: FontSet
    maker: TextMaker

    def style(
        self,
        name: str,
        size: float,
        *,
        bold: bool = False,
        italic: bool = False,
        colour: Color = black,
        left_indent: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> ParagraphStyle:
        faces = {
            (False, False): self.fonts.regular,
            (True, False): self.fonts.bold,
            (False, True): self.fonts.italic,
            (True, True): self.fonts.bold_italic,
        }
        return ParagraphStyle(
            name,
            fontName=faces[(bold, italic)],
            fontSize=size,
            leading=round(size * 1.25, 1),
            textColor=colour,
            alignment=TA_LEFT,
            leftIndent=left_indent,
            bulletIndent=0,
            bulletFontName=self.fonts.regular,
            bulletFontSize=size,
            spaceBefore=space_before,
            spaceAfter=space_after,
        )

    def card_text(self, text: str, style: ParagraphStyle, **extra: Any) -> Any:
        """A paragraph of card text: escaped, each character in a font that has it."""
        markup = self.maker.markup(text, bold=_is_bold(style))
        if self.maker.needs_shaping(text):
            shaped = ParagraphStyle(f"{style.name}-shaped", parent=style)
            shaped.shaping = 1
            paragraph = Paragraph(markup, shaped, **extra)
            try:
                paragraph.wrap(400, 400)
            except Exception:  # reportlab's shaping can trip on odd font mixes
                log.warning("shaping failed for a pocket card line; printed unshaped")
            else:
                return paragraph
        return Paragraph(markup, style, **extra)

    def label(self, text: str, style: ParagraphStyle) -> Any:
        """A paragraph of Kindred's own words (escaped, shaped when in Hindi)."""
        return self.card_text(text, style)


def _is_bold(style: ParagraphStyle) -> bool:
    """Whether ``style`` is a bold face (so Hindi runs in it are set bold too)."""
    try:
        return bool(ps2tt(style.fontName)[1])
    except ValueError:  # a face registered without a family mapping
        return False


@dataclass(frozen=True)
class _Box:
    x: float
    y: float
    width: float
    height: float


def render_pocket_cards(
    cards: Sequence[Card],
    out: str | Path | BinaryIO,
    *,
    per_page: PerPage = 4,
    paper: Paper = "a4",
    country_lines: CountryLines | None = None,
) -> None:
    """Write ``cards`` as a PDF of pocket cards to a path or a binary file."""
    if per_page not in SIZES:
        raise ValueError("per_page must be 2 or 4")
    if paper not in PAGE_SIZES:
        raise ValueError("paper must be 'a4' or 'letter'")
    if not cards:
        raise ValueError("choose at least one card to print")
    buffer = io.BytesIO()
    page_size = PAGE_SIZES[paper]
    canvas = Canvas(buffer, pagesize=page_size, invariant=True, pageCompression=1)
    canvas.setTitle(_("Kindred pocket cards"))
    canvas.setAuthor("Kindred")
    canvas.setSubject(_("Guidance cards for carers"))
    fonts, found = find_fonts()
    ink = _Ink(fonts, TextMaker(fonts=found))
    boxes = _boxes(page_size, per_page)
    for start in range(0, len(cards), per_page):
        for card, box in zip(cards[start : start + per_page], boxes, strict=False):
            _draw_card(ink, canvas, card, box, per_page, country_lines)
        canvas.showPage()
    canvas.save()
    _write(buffer.getvalue(), out)


def urgent_line(country_lines: CountryLines | None) -> str:
    if country_lines is None or not country_lines.emergency_numbers:
        return _("Urgent help: call your local emergency number.")
    numbers = _(" or ").join(country_lines.emergency_numbers)
    text = _("Urgent help: call {numbers}.").format(numbers=numbers)
    crisis = country_lines.crisis_lines
    if crisis:
        text += " " + _("Crisis line: {name}, {number}.").format(
            name=crisis[0].name, number=crisis[0].number
        )
    return text


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, ending in "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    else:
        # One very long word: print it whole rather than cut it.
        return text.split(" ", 1)[0] + ELLIPSIS
    return cut.rstrip(" ,;:.-–—") + ELLIPSIS


# --- layout -------------------------------------------------------------------------


def _boxes(page_size: tuple[float, float], per_page: int) -> list[_Box]:
    page_width, page_height = page_size
    columns = 1 if per_page == 2 else 2
    rows = 2
    width = (page_width - 2 * MARGIN - (columns - 1) * GAP) / columns
    height = (page_height - 2 * MARGIN - (rows - 1) * GAP) / rows
    boxes = []
    for row in range(rows):
        for column in range(columns):
            x = MARGIN + column * (width + GAP)
            y = page_height - MARGIN - (row + 1) * height - row * GAP
            boxes.append(_Box(x, y, width, height))
    return boxes


def _draw_card(
    ink: _Ink,
    canvas: Canvas,
    card: Card,
    box: _Box,
    per_page: int,
    country_lines: CountryLines | None,
) -> None:
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(1.2)
    canvas.roundRect(box.x, box.y, box.width, box.height, 10, stroke=1, fill=0)
    canvas.restoreState()
    inner = box.width - 2 * PADDING
    footer = _footer(ink, card)
    footer_height = sum(_height(f, inner) for f in footer)
    body_height = box.height - 2 * PADDING - footer_height - 4
    body = _fitted_body(ink, card, per_page, inner, body_height, urgent_line(country_lines))
    _frame(box.x, box.y + box.height - PADDING - body_height, box.width, body_height).addFromList(
        body, canvas
    )
    _frame(box.x, box.y + PADDING, box.width, footer_height + 2).addFromList(footer, canvas)


def _frame(x: float, y: float, width: float, height: float) -> Any:
    return Frame(
        x,
        y,
        width,
        height,
        leftPadding=PADDING,
        rightPadding=PADDING,
        topPadding=0,
        bottomPadding=0,
        showBoundary=0,
    )


def _fitted_body(
    ink: _Ink, card: Card, per_page: int, width: float, height: float, urgent: str
) -> list[Any]:
    """The body at the largest size that fits; shortened only if the smallest does not.

    From least to most loss: a smaller size down to the comfortable floor; one
    phrase to say instead of two; smaller again down to the last size; then the
    longest "what helps" points cut at a word, with an ellipsis. Points are never
    dropped: a card's safety advice is often its last point.
    """
    helps = list(card.helps)
    say = list(card.say[:MAX_SAY])
    sizes = SIZES[per_page]
    comfortable = [size for size in sizes if size >= COMFORTABLE[per_page]]
    smaller = [size for size in sizes if size < COMFORTABLE[per_page]]
    tries = [(size, helps, say) for size in comfortable]
    tries += [(size, helps, say[:1]) for size in comfortable[-1:] + smaller]
    for size, some_helps, some_say in tries:
        body = _body(ink, card, some_helps, some_say, urgent, size)
        if _total(body, width) <= height:
            return body
    for limit in range(max(len(item) for item in helps) - 5, 15, -5):
        body = _body(
            ink, card, [shorten(item, limit) for item in helps], say[:1], urgent, sizes[-1]
        )
        if _total(body, width) <= height:
            return body
    return body


def _body(
    ink: _Ink, card: Card, helps: list[str], say: list[str], urgent: str, size: float
) -> list[Any]:
    title = ink.style("title", size * 1.3, bold=True, space_after=size * 0.35)
    situation = ink.style("situation", size, italic=True, space_after=size * 0.35)
    heading = ink.style("heading", size, bold=True, space_before=size * 0.2)
    bullet = ink.style("bullet", size, left_indent=size * 1.1, space_after=size * 0.15)
    strong = ink.style("strong", size, bold=True, space_before=size * 0.6)
    strong.backColor = URGENT_BACKGROUND
    strong.borderPadding = (size * 0.3, size * 0.3, size * 0.3, size * 0.3)
    parts: list[Any] = [
        ink.card_text(card.title, title),
        ink.card_text(card.situation, situation),
        ink.label(_("What helps"), heading),
    ]
    for item in helps:
        parts.append(ink.card_text(item, bullet, bulletText="•"))
    if say:
        parts.append(ink.label(_("Say:"), heading))
        for phrase in say:
            parts.append(ink.card_text(f"“{_unquoted(phrase)}”", bullet, bulletText="–"))
    parts.append(ink.card_text(urgent, strong))
    return parts


def _footer(ink: _Ink, card: Card) -> list[Any]:
    style = ink.style("footer", FOOTER_SIZE, colour=GREY)
    day = card.last_reviewed
    sources = "; ".join(source.title for source in card.sources)
    about = _("Kindred guidance card · last reviewed {day}").format(
        day=format_date(day, "date_long")
    )
    # One paragraph: the review date, then the sources' titles (card text, so escaped).
    markup = f"{plain(about)}<br/>{plain(_('Sources: '))}{ink.maker.markup(sources)}"
    if ink.maker.needs_shaping(about):
        style = ParagraphStyle(f"{style.name}-shaped", parent=style)
        style.shaping = 1
    return [Paragraph(markup, style)]


def _height(flowable: Any, width: float) -> float:
    _, height = flowable.wrap(width, 10_000)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _total(flowables: Sequence[Any], width: float) -> float:
    return float(sum(_height(f, width) for f in flowables))


def _unquoted(text: str) -> str:
    return text.strip().strip('"“”')


def _write(data: bytes, out: str | Path | BinaryIO) -> None:
    if not isinstance(out, str | Path):
        out.write(data)
        return
    path = Path(out)
    # Write beside the target, then swap: a failed save never leaves half a PDF.
    handle, temporary = tempfile.mkstemp(prefix=".kindred-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
