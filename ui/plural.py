"""Counted words ("1 entry", "3 entries") for Qt's ``tr(text, "", n)``.

English is the source language and ships no catalogue, so for English Qt only puts
the number into the source ("%n entries") and would say "1 entries". Each call site
passes its English singular, used when no catalogue translated the text. Hindi and
Spanish have their own plural forms in their ``.ts`` files (numerusform).
"""

from __future__ import annotations


def counted(translated: str, source: str, number: int, one: str) -> str:
    """``translated`` as Qt gave it, or the English ``one`` when it is the untranslated
    ``source`` ("%n entries") for a single thing."""
    if number == 1 and translated == source.replace("%n", str(number)):
        return one
    return translated
