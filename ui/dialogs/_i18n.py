"""Dates and standard buttons in the dialogs, in the chosen language (issue 8).

``QLocale()`` follows the language set in ``ui/i18n.py``, so day and month names
come out in Hindi or Spanish. The patterns themselves are translatable (each call
site marks its own), so a language can reorder them or add its small words
("3 de marzo").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale


def local_time(moment: datetime, pattern: str) -> str:
    """``moment`` in local time, written with Qt's ``pattern`` in the chosen language."""
    return QLocale().toString(QDateTime(moment.astimezone()), pattern)


# Qt's own words on standard buttons (OK, Cancel, Yes, No…) come from Qt's catalogue,
# and Qt ships none for Hindi. Marked here (context "QPlatformTheme", where Qt looks
# them up) so lupdate keeps them in the dialogs catalogue and every dialog's standard
# buttons speak Hindi too.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)
