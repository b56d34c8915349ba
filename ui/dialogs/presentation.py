"""Presentation mode: one guidance card full screen, for a support group on a projector.

Very large text, the theme's colours (high contrast when chosen), and keys a
presenter's clicker sends: Right, PageDown or Space for the next card; Left or
PageUp for the one before; Esc to leave. It shows the card's own text and the
local emergency numbers only: never diary entries or anyone's name, because the
room may be full of strangers.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.guidance import Card, CountryLines
from caregiver_app.settings import Settings
from ui.theme import BASE_POINT_SIZE, Colours, colours_for, point_size

# Body text up to this many times the reader's text size, when the card fits the screen.
LARGEST = 2.5
# Smaller only as far as this many times the app's base size (whatever the text
# size setting): below it a card scrolls (Up and Down) instead of shrinking.
SMALLEST = 1.2
STEP = 0.1
HINT = QT_TRANSLATE_NOOP("PresentationWindow", "→ next   ← back   Esc leave")

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


def slide_html(card: Card, country: CountryLines, colours: Colours, body_pt: float) -> str:
    """The card as one page of large type. Every piece of card text is escaped."""

    def items(values: Sequence[str], *, quoted: bool = False) -> str:
        shown = [f"“{v.strip()}”" if quoted and v.strip()[:1] not in '"“' else v for v in values]
        rows = "".join(f"<li style='margin-bottom:4px;'>{html.escape(v)}</li>" for v in shown)
        return f"<ul style='margin-left:0px; -qt-list-indent:1;'>{rows}</ul>"

    def heading(text: str, colour: str) -> str:
        return (
            f"<p style='margin-top:6px; margin-bottom:2px; font-weight:700; color:{colour};'>"
            f"{html.escape(text)}</p>"
        )

    helps = QCoreApplication.translate("presentation", "What helps")
    say = QCoreApplication.translate("presentation", "You could say")
    avoid = QCoreApplication.translate("presentation", "Try not to")
    urgent = QCoreApplication.translate("presentation", "Get urgent help when…")
    title_pt = round(body_pt * 1.45, 1)
    lines = " · ".join(f"{line.name}: {line.number}" for line in country.crisis_lines[:2])
    calls = f"<p style='font-weight:700;'>{html.escape(country.emergency_text)}</p>"
    if lines:
        calls += f"<p>{html.escape(lines)}</p>"
    return (
        f"<div style='font-size:{body_pt}pt; color:{colours.text};'>"
        f"<p style='font-size:{title_pt}pt; font-weight:700; margin-bottom:4px;'>"
        f"{html.escape(card.title)}</p>"
        f"<p style='margin-bottom:14px;'>{html.escape(card.situation)}</p>"
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        "<td width='52%' valign='top' style='padding-right:24px;'>"
        f"{heading(helps, colours.accent)}{items(card.helps)}</td>"
        "<td width='48%' valign='top'>"
        f"{heading(say, colours.accent)}{items(card.say[:3], quoted=True)}"
        f"{heading(avoid, colours.accent)}{items(card.avoid[:3])}</td>"
        "</tr></table>"
        f"<div style='margin-top:12px;'>{heading(urgent, colours.help)}</div>"
        f"{items(card.urgent_help)}"
        f"{calls}"
        "</div>"
    )


class PresentationWindow(QWidget):
    """A top-level window showing ``cards`` one at a time, starting at ``start_id``."""

    closed = Signal(str)  # the id of the card on screen when the presenter left

    def __init__(
        self,
        cards: Sequence[Card],
        start_id: str,
        settings: Settings,
        country: CountryLines,
        parent: QWidget | None = None,
    ) -> None:
        # A window of its own; with a parent it closes when the parent goes (on lock).
        super().__init__(parent, Qt.WindowType.Window)
        if not cards:
            raise ValueError("presentation needs at least one card")
        self._cards = list(cards)
        self._settings = settings
        self._country = country
        self._colours = colours_for(settings)
        self._position = next((n for n, c in enumerate(self._cards) if c.id == start_id), 0)
        self.setWindowTitle(self.tr("Kindred: guidance cards"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._show_card()

    def _build(self) -> None:
        c = self._colours
        # The frame around the card keeps one size: the room needs the room for the card.
        big = round(BASE_POINT_SIZE * 1.4, 1)
        self.setObjectName("Presentation")
        self.setStyleSheet(
            f"QWidget#Presentation {{ background: {c.window}; }}"
            f"QWidget {{ font-size: {BASE_POINT_SIZE}pt; }}"
            f"QLabel {{ color: {c.text}; }}"
            f"QLabel#PresentationCategory, QLabel#PresentationPosition {{ font-size: {big}pt; }}"
            f"QTextBrowser {{ background: {c.window}; border: none; }}"
        )
        self.category_label = QLabel()
        self.category_label.setObjectName("PresentationCategory")
        self.position_label = QLabel()
        self.position_label.setObjectName("PresentationPosition")
        top = QHBoxLayout()
        top.addWidget(self.category_label, 1)
        top.addWidget(self.position_label)

        self.slide = QTextBrowser()
        self.slide.setObjectName("Slide")
        self.slide.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the window
        self.slide.setFrameShape(QFrame.Shape.NoFrame)
        self.slide.setOpenLinks(False)
        self.slide.viewport().installEventFilter(self)

        self.previous_button = QPushButton(self.tr("← Back"))
        self.next_button = QPushButton(self.tr("Next →"))
        self.leave_button = QPushButton(self.tr("Leave (Esc)"))
        hint = QLabel(self.tr(HINT))
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        for button in (self.previous_button, self.next_button, self.leave_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bottom.addWidget(button)
        self.previous_button.clicked.connect(self.previous_card)
        self.next_button.clicked.connect(self.next_card)
        self.leave_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.slide, 1)
        layout.addLayout(bottom)

    # --- moving between cards -------------------------------------------------------------

    @property
    def current_card(self) -> Card:
        return self._cards[self._position]

    @property
    def position_text(self) -> str:
        return self.tr("{number} of {total}").format(
            number=self._position + 1, total=len(self._cards)
        )

    def next_card(self) -> None:
        if self._position < len(self._cards) - 1:
            self._position += 1
            self._show_card()

    def previous_card(self) -> None:
        if self._position > 0:
            self._position -= 1
            self._show_card()

    def present(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def _show_card(self) -> None:
        card = self.current_card
        self.category_label.setText(card.category.label)
        self.position_label.setText(self.position_text)
        self.previous_button.setEnabled(self._position > 0)
        self.next_button.setEnabled(self._position < len(self._cards) - 1)
        self.setAccessibleName(
            self.tr("{title}, card {position}").format(
                title=card.title, position=self.position_text
            )
        )
        self._fit()

    def _fit(self) -> None:
        """The largest text (up to 2.5 times normal) at which the whole card fits."""
        card = self.current_card
        width = max(self.slide.viewport().width(), 200)
        height = max(self.slide.viewport().height(), 200)
        factor = LARGEST
        floor = BASE_POINT_SIZE * SMALLEST
        while True:
            body = max(point_size(self._settings, factor), floor)
            markup = slide_html(card, self._country, self._colours, body)
            if body <= floor:
                break
            probe = QTextDocument()
            probe.setDefaultFont(self.slide.font())
            probe.setDocumentMargin(self.slide.document().documentMargin())
            probe.setHtml(markup)
            probe.setTextWidth(width)
            if probe.size().height() <= height:
                break
            factor = round(factor - STEP, 2)
        self.body_point_size = body
        self.slide.setHtml(markup)
        self.slide.verticalScrollBar().setValue(0)

    # --- Qt events --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in NEXT_KEYS:
            self.next_card()
        elif key in PREVIOUS_KEYS:
            self.previous_card()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            # Only a card too long for a small screen scrolls.
            bar = self.slide.verticalScrollBar()
            step = bar.singleStep() * 3
            bar.setValue(bar.value() + (step if key == Qt.Key.Key_Down else -step))
        elif key == Qt.Key.Key_Home:
            self._position = 0
            self._show_card()
        elif key == Qt.Key.Key_End:
            self._position = len(self._cards) - 1
            self._show_card()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Fit when the page itself has its new size (the window's resize comes first).
        if watched is self.slide.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit(self.current_card.id)
        super().closeEvent(event)
