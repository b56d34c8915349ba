"""Copying diary text so that clipboard managers leave it alone.

Clipboard history tools keep everything copied, often unencrypted and for ever.
Each platform has a way to say "this is private, don't keep it": KDE's Klipper
reads ``x-kde-passwordManagerHint``, Windows clipboard history and cloud sync skip
data that carries ``ExcludeClipboardContentFromMonitorProcessing``, and macOS
managers skip ``org.nspasteboard.ConcealedType``. We set all three; each platform
ignores the ones it doesn't know.
"""

from __future__ import annotations

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


def copy_private_text(text: str, clipboard: QClipboard | None = None) -> None:
    """Put ``text`` on the clipboard, asking clipboard managers not to keep it."""
    target = clipboard if clipboard is not None else QGuiApplication.clipboard()
    target.setMimeData(private_mime_data(text))
