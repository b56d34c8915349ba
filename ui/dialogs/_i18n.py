"""Dates in the dialogs, in the chosen language (issue 8).

``QLocale()`` follows the language set in ``ui/i18n.py``, so day and month names
come out in Hindi or Spanish. The patterns themselves are translatable (each call
site marks its own), so a language can reorder them or add its small words
("3 de marzo").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_time(moment: datetime, pattern: str) -> str:
    """``moment`` in local time, written with Qt's ``pattern`` in the chosen language."""
    return QLocale().toString(QDateTime(moment.astimezone()), pattern)
