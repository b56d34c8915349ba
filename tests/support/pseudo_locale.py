"""A pseudo-locale for tests: every string comes back longer, accented and marked.

"Settings" becomes "[Šéţţîñĝš ~~~]": about 40 % longer (as German or Hindi often
are), with letters outside plain ASCII, and between square brackets so a test can
tell a translated string from one that escaped translation. Placeholders (``{name}``,
``%n``, ``%1``), rich-text tags, entities and ``&`` shortcuts are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QTranslator

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept untouched: {placeholders}, %n / %1 / %L1, <tags>, &entities; and &-shortcuts.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]*>|&[a-zA-Z]+;|&&|&(?=\w)")
OPEN, CLOSE = "[", "]"
PADDING = "~"
# A pseudo-translated run of text as it appears on screen: "[…~]"
MARKED = re.compile(r"\[[^\[\]]*~\]")


def pseudo(text: str) -> str:
    """``text`` lengthened about 40 %, accented and marked with brackets."""
    if not text.strip():
        return text
    pieces: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTED))
    padding = PADDING * max(1, round(len(text) * 0.4) - 2)
    return f"{OPEN}{''.join(pieces)} {padding}{CLOSE}"


class PseudoTranslator(QTranslator):
    """Answers every lookup with its pseudo-translation (install on the application)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


def pseudo_core_catalogue() -> Callable[[str], dict[str, object]]:
    """A stand-in for the core's catalogue reader that pseudo-translates every key."""

    class _AnyMessage(dict[str, str]):
        def get(self, key: str, default: object = None) -> str:  # type: ignore[override]
            return pseudo(key)

    class _AnyPlural(dict[str, dict[str, str]]):
        def get(self, key: str, default: object = None) -> dict[str, str]:  # type: ignore[override]
            return {"one": pseudo(key), "other": pseudo(key)}

    catalogue: dict[str, object] = {"messages": _AnyMessage(), "plurals": _AnyPlural()}
    return lambda language: catalogue
