"""Words the core shows a person, in the family's language (no Qt here).

The app (or the CLI) calls ``set_language("hi")`` once; after that ``_("Medicines")``
gives the Hindi words from ``resources/locale/core_hi.json``, and anything missing
falls back to the English written in the code, so a half-done catalogue never shows
a key or an error. Plurals go through ``ngettext`` with the language's own rules.
Dates are spelled from small month and weekday tables in the same catalogue
(Babel is not installed, and a report needs only a few formats).

Catalogue shape (one JSON file per language)::

    {"about": "...", "review": "...",
     "messages": {"English text": "translation"},
     "plurals": {"{n} entry": {"one": "...", "other": "..."}},
     "months": [12 names], "months_short": [12], "weekdays": [7, Monday first],
     "formats": {"date_long": "{day} {month} {year}", ...}}
"""

from __future__ import annotations

import json
import logging
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)

LOCALE_PACKAGE = "resources.locale"
ENGLISH = "en"
# The languages shipped, each named in its own language (as offered in Settings).
LANGUAGES: dict[str, str] = {"en": "English", "hi": "हिन्दी", "es": "Español"}

_MONTHS = [
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ENGLISH_FORMATS = {
    "date_long": "{day} {month} {year}",  # 3 March 2026
    "date_short": "{day} {month_short} {year}",  # 3 Mar 2026
    "date_weekday": "{weekday} {day} {month}",  # Tuesday 3 March
    "date_weekday_short": "{weekday_short} {day} {month_short} {year}",  # Tue 3 Mar 2026
    "month_year": "{month} {year}",  # March 2026
    "decimal": ".",
}

_language = ENGLISH


def set_language(language: str) -> str:
    """Use ``language`` ("hi", "es", "hi_IN", …) from now on; unknown ones give English."""
    global _language
    code = language.replace("-", "_").split("_")[0].lower()
    _language = code if code in LANGUAGES else ENGLISH
    return _language


def current_language() -> str:
    return _language


def N_(text: str) -> str:
    """Marks text for translation where it is defined (a constant); ``_()`` it where shown."""
    return text


def _(text: str) -> str:
    """``text`` in the current language, or as written if there is no translation yet."""
    if _language == ENGLISH:
        return text
    found = _catalogue(_language).get("messages", {}).get(text)
    return found if isinstance(found, str) and found else text


def ngettext(singular: str, plural: str, number: int) -> str:
    """The form of a counted phrase for ``number``, with ``{n}`` filled in.

    ``ngettext("{n} entry", "{n} entries", 3)`` gives "3 entries"; the catalogue
    keys a plural by its English singular and holds one text per plural category.
    """
    english = singular if number == 1 else plural
    chosen = english
    if _language != ENGLISH:
        forms = _catalogue(_language).get("plurals", {}).get(singular)
        if isinstance(forms, dict):
            form = forms.get(plural_category(_language, number)) or forms.get("other")
            if isinstance(form, str) and form:
                chosen = form
    return chosen.replace("{n}", format_number(number))


def plural_category(language: str, number: int) -> str:
    """CLDR plural category for whole numbers: Hindi counts 0 and 1 as "one"."""
    if language == "hi":
        return "one" if number in (0, 1) else "other"
    return "one" if number == 1 else "other"


def format_number(number: int | float, decimals: int = 0) -> str:
    """A number as people write it here: 1,234.5 in English and Hindi, 1234,5 in Spanish."""
    text = f"{number:,.{decimals}f}"
    if _language == "es":
        # Spanish writes a decimal comma; four-digit numbers take no separator (RAE).
        whole, _sep, fraction = text.partition(".")
        whole = whole.replace(",", "." if abs(number) >= 10000 else "")
        return f"{whole},{fraction}" if fraction else whole
    return text


def month_name(month: int, short: bool = False) -> str:
    key = "months_short" if short else "months"
    names = _catalogue(_language).get(key) if _language != ENGLISH else None
    if isinstance(names, list) and len(names) == 12:
        return str(names[month - 1])
    return _MONTHS[month - 1][:3] if short else _MONTHS[month - 1]


def weekday_name(day: date, short: bool = False) -> str:
    key = "weekdays_short" if short else "weekdays"
    names = _catalogue(_language).get(key) if _language != ENGLISH else None
    if isinstance(names, list) and len(names) == 7:
        return str(names[day.weekday()])
    return _WEEKDAYS[day.weekday()][:3] if short else _WEEKDAYS[day.weekday()]


def format_date(day: date, style: str = "date_long") -> str:
    """``day`` written out: date_long, date_short, date_weekday(_short), month_year."""
    formats = _catalogue(_language).get("formats", {}) if _language != ENGLISH else {}
    pattern = formats.get(style) or _ENGLISH_FORMATS[style]
    return str(pattern).format(
        day=day.day,
        month=month_name(day.month),
        month_short=month_name(day.month, short=True),
        weekday=weekday_name(day),
        weekday_short=weekday_name(day, short=True),
        year=day.year,
    )


@cache
def _catalogue(language: str) -> dict[str, Any]:
    """The catalogue of ``language``, read once; a missing or damaged one is empty."""
    try:
        entry = resources.files(LOCALE_PACKAGE).joinpath(f"core_{language}.json")
        data = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError, ModuleNotFoundError):
        log.warning("no core catalogue for %s, using English", language)
        return {}
    return data if isinstance(data, dict) else {}


def catalogue(language: str) -> dict[str, Any]:
    """The raw catalogue (for checks and tools)."""
    return _catalogue(language)
