"""The diary's list of cards: a one-column tree view that scrolls a card at a time.

A QListView with cards of different heights lays out every loaded row again each
time a page arrives, so scrolling slows down the further back one goes. A tree
view scrolling per item only measures the rows it shows, so the 100th page costs
what the first did.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget


class TimelineView(QTreeView):
    width_changed = Signal(int)  # the width a row gets

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAllColumnsShowFocus(True)
        self.verticalScrollBar().valueChanged.connect(self._fetch_if_end_in_sight)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._fetch_if_end_in_sight()

    def _fetch_if_end_in_sight(self) -> None:
        """Ask for the next page once the last loaded card comes into view.

        The diary's model holds its next page back after a reload (QTreeView would
        otherwise fetch one on every layout); this is where the view lets it come.
        Scrolling a card at a time, the scroll bar is at its end exactly when the
        last card is in view (or everything fits): no row needs measuring here.
        """
        model = self.model()
        if model is None or not getattr(model, "holding_back", False):
            return
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum():
            model.end_in_sight()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Cards wrap to the new width, so every row's height may change.
            self.width_changed.emit(self.viewport().width())
            self.scheduleDelayedItemsLayout()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # One card per notch: cards are tall, and three at a time skips past entries.
        steps = event.angleDelta().y() // 120
        if steps:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - steps)
            event.accept()
            return
        super().wheelEvent(event)
