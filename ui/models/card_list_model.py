"""Guidance cards as list models: the browse list, and the ticks for pocket cards.

Rows are plain `Card` objects from the Qt-free guidance core. A row may carry a
section heading ("In a crisis", "Your favourites"), which the view draws above
the first card of each section; the same card may appear in two sections.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from caregiver_app.guidance import Card

CardRole = Qt.ItemDataRole.UserRole + 1
CardIdRole = Qt.ItemDataRole.UserRole + 2
SectionRole = Qt.ItemDataRole.UserRole + 3  # heading above this row, or None
FavouriteRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CardRow:
    card: Card
    section: str = ""


class CardListModel(QAbstractListModel):
    """The cards the guidance page lists: a section, a search result, favourites."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CardRow] = []
        self._headers: list[str | None] = []
        self._favourites: frozenset[str] = frozenset()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        card = row.card
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole):
            return card.situation
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if card.id in self._favourites:
                title = self.tr("{title}, in your favourites").format(title=card.title)
                return f"{title}. {card.situation}"
            return f"{card.title}. {card.situation}"
        if role == CardRole:
            return card
        if role == CardIdRole:
            return card.id
        if role == SectionRole:
            return self._headers[index.row()]
        if role == FavouriteRole:
            return card.id in self._favourites
        return None

    def set_rows(self, rows: Iterable[CardRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._headers = []
        previous: str | None = None
        for row in self._rows:
            self._headers.append(row.section if row.section and row.section != previous else None)
            previous = row.section
        self.endResetModel()

    def set_favourites(self, card_ids: Iterable[str]) -> None:
        self._favourites = frozenset(card_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def card(self, row: int) -> Card | None:
        return self._rows[row].card if 0 <= row < len(self._rows) else None

    def cards(self) -> list[Card]:
        return [row.card for row in self._rows]

    def row_of(self, card_id: str) -> int:
        """The first row showing ``card_id``, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.card.id == card_id), -1)


class CardChoiceModel(QAbstractListModel):
    """Every card with a tick box: which cards go into a pocket-card PDF."""

    def __init__(self, cards: Sequence[Card], ticked: Iterable[str] = ()) -> None:
        super().__init__()
        self._cards = list(cards)
        wanted = set(ticked)
        self._ticked = [card.id in wanted for card in self._cards]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{card.title}  ({card.category.label})"
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = self._ticked[index.row()]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.situation
        if role == CardRole:
            return card
        if role == CardIdRole:
            return card.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._cards):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self._ticked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, ticked: bool) -> None:
        self._ticked = [ticked] * len(self._cards)
        if self._cards:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._cards) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def card(self, row: int) -> Card | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def ticked(self) -> list[Card]:
        return [card for card, ticked in zip(self._cards, self._ticked, strict=True) if ticked]
