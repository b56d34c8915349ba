"""Turning what a person types into a safe full-text query.

Nothing typed is ever passed to FTS5 as query syntax: each word becomes a quoted
term, so quotes, AND/OR/NEAR, stars and brackets are just text. The last word
matches as a prefix, so results appear while the person is still typing.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def search_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def fts5_query(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when there is nothing to search."""
    words = search_words(text)
    if not words:
        return None
    terms = [f'"{word}"' for word in words]
    terms[-1] += "*"
    return " ".join(terms)


def tsquery(text: str) -> str | None:
    """The same search for PostgreSQL's ``to_tsquery``: every word, the last as a prefix.

    Words are runs of letters and digits only, so nothing typed can be query syntax.
    """
    words = search_words(text)
    if not words:
        return None
    terms = [f"'{word}'" for word in words]
    terms[-1] += ":*"
    return " & ".join(terms)
