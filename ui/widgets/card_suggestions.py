"""A quiet line under the text box: "Ideas that may help: Sundowning · "I want to go home"".

After a pause in typing, the text is searched against the guidance cards and the best
two or three are offered as links that open the card (through the session, so the
main window decides how). Nothing moves the keyboard focus and nothing is shown
when no card fits well. In a distress episode each idea can also be added to "Ideas
we tried" with one click.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from caregiver_app.guidance import Card
from caregiver_app.settings import Settings
from ui.guidance_access import guidance
from ui.session import Session
from ui.theme import colours_for
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.typing_pause import TypingPause

# Translated where shown, in the "CardSuggestions" context.
LEAD_TEXT = QT_TRANSLATE_NOOP("CardSuggestions", "Ideas that may help:")
ADD_TEXT = QT_TRANSLATE_NOOP("CardSuggestions", "+ We tried this")


class CardSuggestions(QWidget):
    """Suggests cards for the text ``source`` returns; hidden while nothing fits."""

    add_requested = Signal(str)  # card id, for "Ideas we tried"
    updated = Signal()  # after every search, whatever it found

    def __init__(
        self, session: Session, source: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._source = source
        self._cards: tuple[Card, ...] = ()
        self._offer_add = False
        self._added: frozenset[str] = frozenset()
        self._tab_after: QWidget | None = None
        self._buttons: list[QPushButton] = []
        self._pause = TypingPause(self.refresh, self)
        self._layout = FlowLayout(self, spacing=6)
        self._lead = QLabel(self.tr(LEAD_TEXT))
        self._lead.setProperty("role", "muted")
        self._layout.addWidget(self._lead)
        self.setAccessibleName(self.tr("Guidance cards that may help"))
        self._restyle(session.settings)
        session.settings_changed.connect(self._restyle)
        self.hide()

    # --- what to offer --------------------------------------------------------------

    def watch(self, *signals: SignalInstance) -> None:
        """Search again after a pause in any of these ``textChanged`` signals."""
        self._pause.watch(*signals)

    def refresh(self) -> None:
        """Search now with the current text."""
        self._pause.stop()
        cards = guidance().suggest(self._source())
        if tuple(card.id for card in cards) != self.suggestions:
            self._cards = cards
            self._rebuild()
        self.updated.emit()

    def clear(self) -> None:
        self._pause.stop()
        self._cards = ()
        self._rebuild()

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The ids of the cards on show, best first."""
        return tuple(card.id for card in self._cards)

    def set_add_offer(self, offer: bool, added: Iterable[str] = ()) -> None:
        """Offer "We tried this" (distress episodes), except for cards already ``added``."""
        added_now = frozenset(added)
        if (offer, added_now) != (self._offer_add, self._added):
            self._offer_add, self._added = offer, added_now
            self._rebuild()

    def set_tab_after(self, widget: QWidget) -> None:
        """Put the suggestions right after ``widget`` (the text box) in the Tab order."""
        self._tab_after = widget

    def link_for(self, card_id: str) -> QPushButton | None:
        """The button that opens ``card_id`` (for tests and screenshots)."""
        name = self.tr("Open the card: {title}").format(title=guidance().title(card_id))
        return next((b for b in self._buttons if b.accessibleName() == name), None)

    # --- drawing ----------------------------------------------------------------------

    def _rebuild(self) -> None:
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = []
        while self._layout.count() > 1:  # the separators; the lead label stays
            item = self._layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        labels = [self._lead]
        for index, card in enumerate(self._cards):
            if index:
                dot = QLabel("·")
                dot.setProperty("role", "muted")
                self._layout.addWidget(dot)
                labels.append(dot)
            self._add_card_buttons(card)
        # The flow layout puts items at the top of their line: give the words around
        # the links the links' height, centred, so they sit on one line of text.
        height = self._buttons[0].sizeHint().height() if self._buttons else 0
        for label in labels:
            label.setMinimumHeight(height)
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self._chain_tab_order()
        self.setVisible(bool(self._cards))
        self.updateGeometry()

    def _add_card_buttons(self, card: Card) -> None:
        link = QPushButton(card.title)
        link.setProperty("role", "link")
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setAccessibleName(self.tr("Open the card: {title}").format(title=card.title))
        link.setToolTip(self.tr("Open this guidance card"))
        link.clicked.connect(lambda: self._session.open_card_requested.emit(card.id))
        self._layout.addWidget(link)
        self._buttons.append(link)
        if self._offer_add and card.id not in self._added:
            add = QPushButton(self.tr(ADD_TEXT))
            add.setProperty("role", "link")
            add.setCursor(Qt.CursorShape.PointingHandCursor)
            add.setAccessibleName(self.tr("We tried this: {title}").format(title=card.title))
            add.setToolTip(self.tr("Add this card to the ideas we tried in this episode"))
            add.clicked.connect(lambda: self.add_requested.emit(card.id))
            self._layout.addWidget(add)
            self._buttons.append(add)

    def _chain_tab_order(self) -> None:
        if self._tab_after is None or self._tab_after.window() is not self.window():
            return
        previous = self._tab_after
        for button in self._buttons:
            QWidget.setTabOrder(previous, button)
            previous = button

    def _restyle(self, settings: Settings) -> None:
        c = colours_for(settings)
        # A widget's own style sheet wins over the application's, so the focus ring
        # the theme gives every button is restated here for these link buttons.
        self.setStyleSheet(
            f"""
            QPushButton[role="link"] {{
                border: 2px solid transparent; background: transparent; padding: 2px 4px;
                color: {c.accent}; text-decoration: underline; border-radius: 6px;
            }}
            QPushButton[role="link"]:hover {{ color: {c.text}; }}
            QPushButton[role="link"]:focus {{ border: 2px solid {c.focus}; }}
            """
        )
