"""Pages whose content scrolls instead of growing the window, whatever the text size."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scroll_into(page: QWidget, content: QWidget) -> QScrollArea:
    """Make ``content`` the scrolling body of ``page`` and return the scroll area."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def name_scroll_areas(widget: QWidget, name: str) -> None:
    """Give ``widget``'s unnamed scrolling bodies a name a screen reader can say.

    A scroll area takes the keyboard focus (so arrows scroll a long page), and a
    control that takes the focus without a name is a silent stop for a screen reader.
    """
    for area in widget.findChildren(QScrollArea):
        if not area.accessibleName():
            area.setAccessibleName(name)
