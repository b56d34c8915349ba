"""Small helpers for messages that read naturally."""

from __future__ import annotations

from caregiver_app.i18n import ngettext


def count_of(number: int, one: str, many: str) -> str:
    """ "1 entry", "3 entries" — in the family's language when the core catalogue has
    the phrase (its plural forms are keyed by "{n} entry")."""
    return ngettext(f"{{n}} {one}", f"{{n}} {many}", number)
