"""Kindred's own icon for every window (the taskbar, Alt+Tab and dialogs use it)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

# Rendered from resources/icons/app/kindred.svg by tools/render_icons.py.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    folder = resources.files("resources") / "icons" / "app"
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(folder / f"kindred-{size}.png"))
    return icon
