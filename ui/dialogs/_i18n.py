"""Small helpers for the dialogs' translated text (issue 8).

Qt's plural forms come from a translation, and English is the source with no
translation file: untranslated, Qt only puts the number into the plural text.
``english_one`` gives English its singular back. Dates use the chosen language's
day and month names (``QLocale()`` follows the language set in ``ui/i18n.py``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def english_one(translated: str, source: str, n: int, one: str) -> str:
    """``one`` when ``n`` is 1 and no translation changed ``source``; else ``translated``."""
    if n == 1 and translated == source.replace("%n", "1"):
        return one
    return translated


def local_time(moment: datetime, pattern: str) -> str:
    """``moment`` in local time, written with Qt's ``pattern`` in the chosen language."""
    return QLocale().toString(QDateTime(moment.astimezone()), pattern)
