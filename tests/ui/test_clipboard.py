"""Copied diary text carries the hints that make clipboard managers skip it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.clipboard import (
    KDE_HINT,
    MAC_CONCEALED,
    WINDOWS_EXCLUDE,
    copy_private_text,
    forget_private_text,
)


def test_copied_text_is_marked_private_for_every_platform(qapp: QApplication) -> None:
    copy_private_text("Mum was upset after lunch")
    clipboard = QGuiApplication.clipboard()
    try:
        data = clipboard.mimeData()
        assert data is not None
        assert data.text() == "Mum was upset after lunch"
        assert bytes(data.data(KDE_HINT).data()) == b"secret"
        assert data.hasFormat(WINDOWS_EXCLUDE)
        assert data.hasFormat(MAC_CONCEALED)
    finally:
        forget_private_text()
    left = clipboard.mimeData()
    assert left is None or not left.hasFormat(KDE_HINT)
