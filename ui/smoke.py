"""``kindred --smoke-exit``: start as usual, and quit once the main window is up.

Used by ``make dist-check`` on the frozen app: it proves the bundle can show the
real window (Qt plugins, styles, fonts, icons) without anyone clicking. Nothing else
changes; with ``KINDRED_SMOKE_SHOT=<file.png>`` the window is also saved as a picture.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

# Long enough for the first paint and the background loads that follow it.
SETTLE_MS = 1500


def quit_when_shown(app: QApplication, window: QWidget) -> None:
    def done() -> None:
        shown = window.isVisible()
        shot = os.environ.get("KINDRED_SMOKE_SHOT")
        if shot and shown:
            window.grab().save(shot)
        print("main window shown" if shown else "main window NOT shown", file=sys.stderr)
        app.exit(0 if shown else 1)

    QTimer.singleShot(SETTLE_MS, done)
