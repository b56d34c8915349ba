"""At 200 % text every page still shows every label and button whole.

Walks each page of the main window at the largest text size and checks each
visible label, button and tick box: a one-line text must fit its width, and a
wrapping label must have the height its wrapped text needs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.settings import Settings
from tests.conftest import OpenStore
from tests.ui.conftest import shown_window
from ui.main_window import NAVIGATION, MainWindow
from ui.widgets.elided_label import ElidedLabel

SLACK = 2  # pixels of rounding between font metrics and layout


@pytest.fixture
def big_window(opened: OpenStore, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    settings = Settings(current_writer_id=opened.ann, country="GB", text_scale=200)
    with shown_window(opened, qtbot, settings, size=(1280, 860), themed=True) as window:
        yield window


def _cut_off(widget: QWidget) -> str | None:
    if isinstance(widget, ElidedLabel):
        return None  # shortens itself with "…" by design, full text in its tooltip
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return f"label {text[:40]!r}" if needed > widget.height() + SLACK else None
        if "<" in text:  # rich text: measured by its own layout above
            return None
        width = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
        margins = widget.contentsMargins()
        room = widget.width() - margins.left() - margins.right()
        return f"label {text[:40]!r}" if width > room + SLACK else None
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            return f"button {widget.text()[:40]!r}"
    return None


def test_every_page_shows_its_words_whole_at_200_percent(
    big_window: MainWindow, qtbot: QtBot
) -> None:
    problems: list[str] = []
    for name in NAVIGATION:
        big_window.go_to(name)
        qtbot.wait(30)
        page = big_window.current_page()
        assert page is not None
        for widget in page.findChildren(QWidget):
            if widget.isVisible() and (problem := _cut_off(widget)):
                problems.append(f"{name}: {problem}")
    big_window.show_help_now()
    qtbot.wait(30)
    for widget in big_window.help_holder.findChildren(QWidget):
        if widget.isVisible() and (problem := _cut_off(widget)):
            problems.append(f"Help now: {problem}")
    assert problems == []
