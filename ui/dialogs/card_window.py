"""A guidance card over an open dialog (the entry editor's banner or suggestions).

The Guidance page lies behind a dialog that is open, so a card asked for from the
dialog opens in its own window on top, and closing it returns to the words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.guidance_access import guidance
from ui.session import Session
from ui.widgets.card_view import CardView


class CardWindow(QDialog):
    def __init__(self, session: Session, card_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        library = guidance().library
        self.view = CardView(session, library)
        card = library.get(card_id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        if card is not None:
            self.view.show_card(card)
            self.setWindowTitle(card.title)
        self.view.back_button.setText(self.tr("Close"))
        self.view.back_button.setAccessibleName(self.tr("Close the card"))
        self.view.back_requested.connect(self.accept)
        self.view.open_card.connect(self._open_related)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 36)

    def _open_related(self, card_id: str) -> None:
        card = guidance().library.get(card_id)
        if card is not None:
            self.view.show_card(card)
            self.setWindowTitle(card.title)

    @classmethod
    def show_over(cls, session: Session, card_id: str, parent: QWidget) -> None:
        cls(session, card_id, parent).exec()
