"""Copying diary text so that clipboard managers leave it alone.

Clipboard history tools keep everything copied, often unencrypted and for ever.
Each platform has a way to say "this is private, don't keep it": KDE's Klipper
reads ``x-kde-passwordManagerHint``, Windows clipboard history and cloud sync skip
data that carries ``ExcludeClipboardContentFromMonitorProcessing``, and macOS
managers skip ``org.nspasteboard.ConcealedType``. We set all three; each platform
ignores the ones it doesn't know.

When Kindred exits, private text it put on the clipboard is taken off again: the
diary's words don't outlive the app there, and Qt's offscreen platform (tests,
screenshots) crashes at exit if marked data is still on its clipboard.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

KDE_HINT = "x-kde-passwordManagerHint"
WINDOWS_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing"
MAC_CONCEALED = "org.nspasteboard.ConcealedType"


def private_mime_data(text: str) -> QMimeData:
    """The text, marked so clipboard managers don't keep it."""
    data = QMimeData()
    data.setText(text)
    data.setData(KDE_HINT, b"secret")
    data.setData(WINDOWS_EXCLUDE, b"\x01\x00\x00\x00")
    data.setData(MAC_CONCEALED, b"")
    return data


_forget_registered = False


def copy_private_text(text: str, clipboard: QClipboard | None = None) -> None:
    """Put ``text`` on the clipboard, asking clipboard managers not to keep it."""
    global _forget_registered
    target = clipboard if clipboard is not None else QGuiApplication.clipboard()
    target.setMimeData(private_mime_data(text))
    if not _forget_registered:
        atexit.register(forget_private_text)
        _forget_registered = True


def forget_private_text() -> None:
    """Take Kindred's private text off the clipboard (anything else is left alone)."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(KDE_HINT):
        clipboard.clear()
