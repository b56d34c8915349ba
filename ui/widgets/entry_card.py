"""How one diary entry looks in the timeline: a card under its day's heading.

The card is rich text laid out by QTextDocument, so it wraps at any width and
any text size. All user text is escaped before it becomes markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from caregiver_app.domain.entries import Entry
from caregiver_app.domain.ratings import distress_word, mood_word
from caregiver_app.i18n import format_number
from caregiver_app.services.search_query import search_words
from ui.models.diary_model import DiaryListModel
from ui.theme import Colours

MAX_SHOWN_CHARS = 700
CARD_MARGIN = 8
CARD_PADDING = 14
HEADER_GAP = 10
CARD_CACHE = 200


def highlighted(text: str, words: Sequence[str], colours: Colours) -> str:
    """Escape ``text`` and mark the words being searched for (prefix matches)."""
    if not words:
        return html.escape(text)
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE | re.UNICODE
    )
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        pieces.append(html.escape(text[last : match.start()]))
        pieces.append(
            f'<span style="background-color:{colours.highlight};color:{colours.highlight_text};">'
            f"{html.escape(match.group(0))}</span>"
        )
        last = match.end()
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)


def _hours(hours: float) -> str:
    """7, 7.5 or 6.25 as typed (7,5 in Spanish): the same digits, the language's separator."""
    decimals = len(f"{hours:g}".partition(".")[2])
    return format_number(hours, decimals)


def entry_html(entry: Entry, words: Sequence[str], colours: Colours) -> str:
    draft = entry.draft
    time = entry.happened_at.astimezone().strftime("%H:%M")
    marks = []
    if draft.flagged:
        marks.append(
            html.escape(
                QCoreApplication.translate("EntryCardDelegate", "⚑ For the next appointment")
            )
        )
    if entry.is_private:
        marks.append(html.escape(QCoreApplication.translate("EntryCardDelegate", "🔒 Private")))
    meta = " · ".join([time, draft.kind.label, html.escape(entry.author_name), *marks])
    parts = [f'<div style="color:{colours.muted};">{meta}</div>']
    text = draft.text
    if len(text) > MAX_SHOWN_CHARS:
        text = text[:MAX_SHOWN_CHARS].rstrip() + "…"
    if text:
        body = highlighted(text, words, colours).replace("\n", "<br>")
        parts.append(f'<div style="margin-top:4px;">{body}</div>')
    for label, value in (
        (QCoreApplication.translate("EntryCardDelegate", "Before"), draft.before),
        (QCoreApplication.translate("EntryCardDelegate", "What they did"), draft.behaviour),
        (QCoreApplication.translate("EntryCardDelegate", "What we tried"), draft.tried),
        (QCoreApplication.translate("EntryCardDelegate", "What helped"), draft.helped),
    ):
        if value:
            parts.append(
                f"<div><b>{html.escape(label)}:</b> {highlighted(value, words, colours)}</div>"
            )
    ratings = []
    if draft.mood is not None:
        ratings.append(
            QCoreApplication.translate("EntryCardDelegate", "Mood {value}/10 ({word})").format(
                value=draft.mood, word=mood_word(draft.mood)
            )
        )
    if draft.distress is not None:
        ratings.append(
            QCoreApplication.translate("EntryCardDelegate", "Distress {value}/10 ({word})").format(
                value=draft.distress, word=distress_word(draft.distress)
            )
        )
    if draft.sleep_hours is not None:
        ratings.append(
            QCoreApplication.translate("EntryCardDelegate", "Slept {hours} h").format(
                hours=_hours(draft.sleep_hours)
            )
        )
    if draft.tags:
        ratings.append(" ".join(f"#{html.escape(t)}" for t in draft.tags))
    if ratings:
        parts.append(f'<div style="color:{colours.muted};">{" · ".join(ratings)}</div>')
    return "".join(parts)


class EntryCardDelegate(QStyledItemDelegate):
    """Draws the cards of one :class:`DiaryListModel`.

    Views may ask every row's size after each page arrives, so ``sizeHint`` reads
    the model directly (no round trip through Qt values) and remembers heights.
    """

    def __init__(
        self, model: DiaryListModel, colours: Colours, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._width = 0
        self._colours = colours
        self._words: list[str] = []
        # Laying out rich text is the costly part of a row; a row's height only
        # changes with its content, its width, its heading or the font.
        self._heights: dict[tuple[str, int, int, bool, float], int] = {}
        # Cards measured for their height are drawn moments later: lay each out once.
        self._cards: dict[tuple[object, ...], QTextDocument] = {}

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        self._heights.clear()
        self._cards.clear()

    def set_search(self, text: str) -> None:
        self._words = search_words(text)

    def set_width(self, width: int) -> None:
        """The width rows get: tree views ask a row's size before they give it a place."""
        self._width = width

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        return option.rect.width() if option.rect.width() > 0 else self._width

    def _documents(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[QTextDocument | None, QTextDocument]:
        entry = self._model.entry(index.row())
        width = max(200, self._row_width(option) - 2 * (CARD_MARGIN + CARD_PADDING))
        header_text = self._model.header(index.row())
        header = None
        if header_text:
            header = QTextDocument()
            header.setDefaultFont(option.font)
            header.setHtml(f"<b style='font-size:large;'>{html.escape(header_text)}</b>")
            header.setTextWidth(width)
        key = (entry.id, entry.version, width, tuple(self._words), option.font.toString())
        card = self._cards.get(key)
        if card is None:
            card = QTextDocument()
            card.setDefaultFont(option.font)
            card.setHtml(entry_html(entry, self._words, self._colours))
            card.setTextWidth(width)
            self._cards[key] = card
            if len(self._cards) > CARD_CACHE:
                self._cards.pop(next(iter(self._cards)))  # the oldest laid-out card
        return header, card

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row = index.row()
        entry = self._model.entry(row)
        width = self._row_width(option)
        key = (
            entry.id,
            entry.version,
            width,
            bool(self._model.header(row)),
            option.font.pointSizeF(),
        )
        height = self._heights.get(key)
        if height is None:
            header, card = self._documents(option, index)
            total = card.size().height() + 2 * CARD_PADDING + 2 * CARD_MARGIN
            if header is not None:
                total += header.size().height() + HEADER_GAP
            height = self._heights[key] = int(total)
        return QSize(width, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        header, card = self._documents(option, index)
        painter.save()
        rect = QRectF(option.rect)
        top = rect.top() + CARD_MARGIN
        if header is not None:
            painter.translate(rect.left() + CARD_MARGIN + CARD_PADDING, top + HEADER_GAP / 2)
            self._draw(painter, header, QColor(self._colours.text))
            painter.translate(-(rect.left() + CARD_MARGIN + CARD_PADDING), -(top + HEADER_GAP / 2))
            top += header.size().height() + HEADER_GAP
        card_rect = QRectF(
            rect.left() + CARD_MARGIN,
            top,
            rect.width() - 2 * CARD_MARGIN,
            rect.bottom() - top - CARD_MARGIN,
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(self._colours.surface))
        border = (
            self._colours.focus
            if focused
            else (self._colours.accent if selected else self._colours.border)
        )
        pen = painter.pen()
        pen.setColor(QColor(border))
        pen.setWidthF(3.0 if focused or selected else 1.0)
        painter.setPen(pen)
        painter.drawRoundedRect(card_rect, 10, 10)
        painter.translate(card_rect.left() + CARD_PADDING, card_rect.top() + CARD_PADDING)
        self._draw(painter, card, QColor(self._colours.text))
        painter.restore()

    @staticmethod
    def _draw(painter: QPainter, document: QTextDocument, colour: QColor) -> None:
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        document.documentLayout().draw(painter, context)
