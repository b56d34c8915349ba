"""The entry editor's "Ideas we tried from the guidance cards" section (distress episodes).

Type a card's name to add it (a completer lists matching titles; Enter takes the
best match), then say for each card whether its ideas helped. The outcome is a
set of radio buttons with words, never a colour. What is recorded here feeds "what
has helped before in your family" on the card.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.entries import CardOutcome, CardUse
from ui.guidance_access import guidance
from ui.widgets.flow_layout import FlowLayout

# Translated where shown, in the "CardsTried" context (tests compare the English).
HEADING = QT_TRANSLATE_NOOP("CardsTried", "Ideas we tried from the guidance cards")
HINT = QT_TRANSLATE_NOOP(
    "CardsTried", "Type a card's name and press Enter, then say whether its ideas helped."
)
PLACEHOLDER = QT_TRANSLATE_NOOP("CardsTried", "Type a card's name…")
OUTCOME_TEXT = {  # translated where shown ("CardRow")
    CardOutcome.HELPED: QT_TRANSLATE_NOOP("CardRow", "Helped"),
    CardOutcome.NOT_HELPED: QT_TRANSLATE_NOOP("CardRow", "Didn't help"),
    CardOutcome.UNSURE: QT_TRANSLATE_NOOP("CardRow", "Not sure yet"),
}
_NOT_WORDS = re.compile(r"[^\w]+")


class CardNameEdit(QLineEdit):
    """A line edit whose Enter adds a card, instead of pressing the dialog's Save."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
                super().keyPressEvent(event)  # the completer takes the highlighted title
                return
            if popup is not None:
                popup.hide()
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class CardRow(QFrame):
    """One card tried: its title, whether it helped, and a way to take it off the list."""

    outcome_changed = Signal()
    remove_requested = Signal(str)

    def __init__(self, card_id: str, title: str, outcome: CardOutcome) -> None:
        super().__init__()
        self.card_id = card_id
        self.title = title
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Card tried: {title}").format(title=title))
        name = QLabel(title)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        name.setStyleSheet("font-weight: 600;")
        self.group = QButtonGroup(self)
        self.radios: dict[CardOutcome, QRadioButton] = {}
        choices_box = QWidget()
        choices = FlowLayout(choices_box, spacing=16)
        question = QLabel(self.tr("Did it help?"))
        choices.addWidget(question)
        for value in (CardOutcome.HELPED, CardOutcome.NOT_HELPED, CardOutcome.UNSURE):
            radio = QRadioButton(self.tr(OUTCOME_TEXT[value]))
            radio.setAccessibleName(f"{title}: {self.tr(OUTCOME_TEXT[value])}")
            self.group.addButton(radio)
            self.radios[value] = radio
            choices.addWidget(radio)
        self.radios[outcome].setChecked(True)
        self._one_tab_stop()
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove {title} from the ideas we tried").format(title=title)
        )
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(name, 1)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(choices_box)
        self.group.buttonToggled.connect(self._on_toggled)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.card_id))

    @property
    def outcome(self) -> CardOutcome:
        for value, radio in self.radios.items():
            if radio.isChecked():
                return value
        return CardOutcome.UNSURE

    def set_outcome(self, outcome: CardOutcome) -> None:
        self.radios[outcome].setChecked(True)

    def focus_widgets(self) -> list[QWidget]:
        return [*self.radios.values(), self.remove_button]

    def _on_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._one_tab_stop()
            self.outcome_changed.emit()

    def _one_tab_stop(self) -> None:
        """Tab stops once, on the chosen answer; the arrow keys move between answers."""
        for radio in self.radios.values():
            radio.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if radio.isChecked() else Qt.FocusPolicy.ClickFocus
            )


class CardsTried(QWidget):
    """The list of cards tried in one episode; ``uses()`` is what the entry saves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CardRow] = []
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        cards = guidance().library.cards
        heading = QLabel(self.tr(HEADING))
        heading.setStyleSheet("font-weight: 600;")
        hint = QLabel(self.tr(HINT))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.name_edit = CardNameEdit()
        self.name_edit.setPlaceholderText(self.tr(PLACEHOLDER))
        self.name_edit.setAccessibleName(self.tr("Add a guidance card we tried"))
        self.name_edit.setAccessibleDescription(self.tr(HINT))
        heading.setBuddy(self.name_edit)
        self.completer = QCompleter([card.title for card in cards], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(8)
        self.name_edit.setCompleter(self.completer)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this card"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setProperty("role", "muted")
        self.problem.hide()
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addLayout(self._rows_layout)

    def _connect_signals(self) -> None:
        self.name_edit.submitted.connect(self._add_typed)
        self.add_button.clicked.connect(self._add_typed)
        self.completer.activated.connect(self._add_title)
        self.name_edit.textEdited.connect(self._clear_problem)

    # --- the list -------------------------------------------------------------------

    def uses(self) -> tuple[CardUse, ...]:
        return tuple(CardUse(row.card_id, row.outcome) for row in self._rows)

    def card_ids(self) -> tuple[str, ...]:
        return tuple(row.card_id for row in self._rows)

    def rows(self) -> tuple[CardRow, ...]:
        return tuple(self._rows)

    def set_uses(self, uses: tuple[CardUse, ...]) -> None:
        for row in list(self._rows):
            self._drop(row)
        for use in uses:
            self.add_card(use.card_id, use.outcome)
        self.changed.emit()

    def add_card(self, card_id: str, outcome: CardOutcome = CardOutcome.UNSURE) -> CardRow:
        """Add a card (or return its row if it is already listed)."""
        existing = self.row_for(card_id)
        if existing is not None:
            return existing
        card = guidance().card(card_id)
        # A card since removed from the app keeps its place, so nothing recorded is lost.
        title = (
            card.title
            if card is not None
            else self.tr("A card no longer in Kindred ({card})").format(card=card_id)
        )
        row = CardRow(card_id, title, outcome)
        row.outcome_changed.connect(self.changed)
        row.remove_requested.connect(self.remove_card)
        self._rows_layout.addWidget(row)
        self._rows.append(row)
        self._chain_tab_order()
        self.changed.emit()
        return row

    def remove_card(self, card_id: str) -> None:
        row = self.row_for(card_id)
        if row is None:
            return
        focused = QApplication.focusWidget()
        had_focus = focused is not None and row.isAncestorOf(focused)
        self._drop(row)
        self._chain_tab_order()
        if had_focus:
            # Focus moves to the next card's choices, or back to the name box.
            following = self._rows[0].radios[self._rows[0].outcome] if self._rows else None
            (following or self.name_edit).setFocus()
        self.changed.emit()

    def row_for(self, card_id: str) -> CardRow | None:
        return next((row for row in self._rows if row.card_id == card_id), None)

    def _drop(self, row: CardRow) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _chain_tab_order(self) -> None:
        """Name box, Add, then each card's choices and Remove, in the order shown."""
        if self.window() is self:
            return  # not placed in a window yet; Qt orders by creation then
        previous: QWidget = self.add_button
        for row in self._rows:
            for widget in row.focus_widgets():
                QWidget.setTabOrder(previous, widget)
                previous = widget

    # --- adding by typing ---------------------------------------------------------------

    def _add_title(self, title: str) -> None:
        card = next((c for c in guidance().library.cards if c.title == title), None)
        if card is not None:
            self.add_card(card.id)
            # The completer writes the title into the box after this; clear it after that.
            QTimer.singleShot(0, self.name_edit.clear)

    def _add_typed(self) -> None:
        typed = self.name_edit.text().strip()
        if not typed:
            return
        card_id = self._match(typed)
        if card_id is None:
            self.problem.setText(
                self.tr("No card matches “{typed}”. Try another word.").format(typed=typed)
            )
            self.problem.show()
            return
        self.add_card(card_id)
        self.name_edit.clear()

    def _match(self, typed: str) -> str | None:
        """The card whose title was typed (quotes and case aside), else the best search hit."""
        wanted = _plain(typed)
        library = guidance().library
        for card in library.cards:
            if _plain(card.title) == wanted:
                return card.id
        hits = guidance().index.search(typed, limit=1)
        return hits[0].card.id if hits else None

    def _clear_problem(self) -> None:
        self.problem.hide()


def _plain(text: str) -> str:
    return " ".join(_NOT_WORDS.sub(" ", text.casefold()).split())
