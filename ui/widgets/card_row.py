"""How one guidance card looks in the Guidance page's list: its title and situation.

A section heading ("In a crisis", "Your favourites") is drawn above the first
card of each section. Text is laid out by QTextDocument so rows wrap at any
width and any text size; card text is escaped before it becomes markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from caregiver_app.guidance import Card
from ui.models.card_list_model import CardRole, FavouriteRole, SectionRole
from ui.theme import Colours

MARGIN = 6
PADDING = 12
HEADER_GAP = 14

Index = QModelIndex | QPersistentModelIndex


def card_row_html(card: Card, favourite: bool, colours: Colours) -> str:
    star = "★ " if favourite else ""
    return (
        f"<div style='font-size:large; font-weight:600;'>{star}{html.escape(card.title)}</div>"
        f"<div style='color:{colours.muted};'>{html.escape(card.situation)}</div>"
    )


class CardRowDelegate(QStyledItemDelegate):
    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours

    def _documents(
        self, option: QStyleOptionViewItem, index: Index
    ) -> tuple[QTextDocument | None, QTextDocument]:
        card: Card = index.data(CardRole)
        width = max(160, option.rect.width() - 2 * (MARGIN + PADDING))
        header = None
        heading = index.data(SectionRole)
        if heading:
            header = QTextDocument()
            header.setDefaultFont(option.font)
            header.setHtml(f"<b style='font-size:large;'>{html.escape(heading)}</b>")
            header.setTextWidth(width)
        body = QTextDocument()
        body.setDefaultFont(option.font)
        body.setHtml(card_row_html(card, bool(index.data(FavouriteRole)), self._colours))
        body.setTextWidth(width)
        return header, body

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        header, body = self._documents(option, index)
        total = body.size().height() + 2 * PADDING + 2 * MARGIN
        if header is not None:
            total += header.size().height() + HEADER_GAP
        return QSize(option.rect.width(), int(total))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        header, body = self._documents(option, index)
        painter.save()
        rect = QRectF(option.rect)
        top = rect.top() + MARGIN
        if header is not None:
            painter.save()
            painter.translate(rect.left() + MARGIN + 2, top + HEADER_GAP / 2)
            _draw(painter, header, QColor(self._colours.text))
            painter.restore()
            top += header.size().height() + HEADER_GAP
        box = QRectF(rect.left() + MARGIN, top, rect.width() - 2 * MARGIN, rect.bottom() - top)
        box.setBottom(rect.bottom() - MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(self._colours.surface))
        pen = painter.pen()
        if focused:
            pen.setColor(QColor(self._colours.focus))
            pen.setWidthF(3.0)
        elif selected:
            pen.setColor(QColor(self._colours.accent))
            pen.setWidthF(3.0)
        else:
            pen.setColor(QColor(self._colours.border))
            pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.drawRoundedRect(box, 10, 10)
        painter.translate(box.left() + PADDING, box.top() + PADDING)
        _draw(painter, body, QColor(self._colours.text))
        painter.restore()


def _draw(painter: QPainter, document: QTextDocument, colour: QColor) -> None:
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, colour)
    document.documentLayout().draw(painter, context)
