"""A table as tall as its rows, for pages that scroll as a whole.

Short lists (medicines, appointments, questions) sit on pages that already
scroll; a second scroll bar inside them would hide rows and trap the wheel. Each
row's text wraps at the column width, at any text size, and the table asks the
page for exactly the height its rows need.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

PAD_X, PAD_Y = 10, 6  # the cell padding of the style sheet below


class _RoomyDelegate(QStyledItemDelegate):
    """Rows measured the way they are painted, with a few pixels to spare.

    The style sheet's padding narrows the text when painting but not when Qt
    measures a row, and a line drawn with a fallback font (an emoji, Devanagari)
    can be a pixel taller than the row's font says: either way, Qt would cut the
    cell's last line to "…".
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        painted = QStyleOptionViewItem(option)
        painted.rect = option.rect.adjusted(0, 0, -2 * PAD_X, 0)
        hint = super().sizeHint(painted, index)
        return QSize(hint.width(), hint.height() + max(4, option.fontMetrics.descent()))


class FittedTable(QTableView):
    def __init__(self, *, show_header: bool = True) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setVisible(show_header)
        self.setStyleSheet(
            f"QTableView::item {{ padding: {PAD_Y}px {PAD_X}px; }}"
            f"QHeaderView::section {{ padding: 4px {PAD_X}px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(base);"
            " font-weight: 600; }"
        )
        self.setItemDelegate(_RoomyDelegate(self))
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)
        self.verticalHeader().sectionResized.connect(lambda *_: self._refit.start())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(lambda *_: self._refit.start())
        self._fit()

    def content_height(self) -> int:
        header = self.horizontalHeader()
        top = header.sizeHint().height() if header.isVisible() else 0
        rows = self.verticalHeader().length()
        return top + rows + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.content_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit.start()  # rows wrap differently at a new width

    def _fit(self) -> None:
        self.resizeRowsToContents()
        self.setFixedHeight(self.content_height())
        self.scrollToTop()
