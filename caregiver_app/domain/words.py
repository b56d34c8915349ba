"""Small helpers for messages that read naturally."""

from __future__ import annotations


def count_of(number: int, one: str, many: str) -> str:
    """ "1 entry", "3 entries"."""
    return f"{number} {one if number == 1 else many}"
