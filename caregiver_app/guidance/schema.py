"""A small, plain-Python validator for the guidance data files.

The cards, crisis lines and safety phrases are JSON written by people, not by
code, so every field is checked when it is loaded. A mistake becomes a
`LoadProblem` that names the file and the field; it is never an exception,
because one bad file must not hide the other cards from a carer in a hurry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

KEBAB_CASE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A deliberately simple check: an https address with a host that has a dot in it.
HTTPS_URL = re.compile(r"^https://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][^\s]*)?$")


@dataclass(frozen=True)
class LoadProblem:
    """One thing wrong in one data file, worded for the person who will fix it."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class FieldReader:
    """Reads typed fields out of one parsed JSON object, collecting problems as it goes.

    Each ``text``/``texts``/... call returns a usable value even when the field is
    wrong (an empty string or tuple), so the caller can finish reading and report
    every problem in the file at once; `ok` says whether anything was wrong.
    """

    def __init__(self, data: dict[str, Any], file: str, prefix: str = "") -> None:
        self._data = data
        self._file = file
        self._prefix = prefix
        self.problems: list[LoadProblem] = []

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, field: str, message: str) -> None:
        self.problems.append(LoadProblem(self._file, self._prefix + field, message))

    def child(self, data: dict[str, Any], prefix: str) -> FieldReader:
        """A reader for a nested object whose problems are reported through this one."""
        reader = FieldReader(data, self._file, self._prefix + prefix)
        reader.problems = self.problems
        return reader

    def _get(self, field: str, required: bool) -> object:
        if field not in self._data or self._data[field] is None:
            if required:
                self.problem(field, "is missing.")
            return None
        return self._data[field]

    def text(self, field: str, *, required: bool = True) -> str:
        value = self._get(field, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(field, f"should be text, not {_json_type(value)}.")
            return ""
        value = value.strip()
        if required and not value:
            self.problem(field, "is empty.")
        return value

    def optional_text(self, field: str) -> str | None:
        value = self.text(field, required=False)
        return value or None

    def texts(
        self, field: str, *, min_items: int = 1, max_items: int | None = None
    ) -> tuple[str, ...]:
        value = self._get(field, required=True)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(field, f"should be a list of text, not {_json_type(value)}.")
            return ()
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{field}[{index}]", "should be non-empty text.")
                continue
            items.append(item.strip())
        if len(items) < min_items:
            self.problem(field, f"needs at least {min_items} item(s), has {len(items)}.")
        if max_items is not None and len(items) > max_items:
            self.problem(field, f"should have at most {max_items} items, has {len(items)}.")
        return tuple(items)

    def has(self, field: str) -> bool:
        return self._data.get(field) is not None

    def object(self, field: str) -> FieldReader | None:
        value = self._get(field, required=True)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(field, f"should be an object, not {_json_type(value)}.")
            return None
        return self.child(value, f"{field}.")

    def objects(self, field: str, *, min_items: int = 1) -> list[FieldReader]:
        value = self._get(field, required=True)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(field, f"should be a list of objects, not {_json_type(value)}.")
            return []
        readers: list[FieldReader] = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                self.problem(f"{field}[{index}]", f"should be an object, not {_json_type(item)}.")
                continue
            readers.append(self.child(item, f"{field}[{index}]."))
        if len(readers) < min_items:
            self.problem(field, f"needs at least {min_items} item(s), has {len(readers)}.")
        return readers

    def iso_date(self, field: str) -> date | None:
        raw = self.text(field)
        if not raw:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.problem(field, f"should be a date like 2026-11-26, not {raw!r}.")
            return None

    def url(self, field: str) -> str:
        raw = self.text(field)
        if raw and not HTTPS_URL.match(raw):
            self.problem(field, f"should be an https:// address, not {raw!r}.")
        return raw

    def choice(self, field: str, allowed: tuple[str, ...]) -> str:
        raw = self.text(field)
        if raw and raw not in allowed:
            self.problem(field, f"should be one of {', '.join(allowed)}, not {raw!r}.")
            return ""
        return raw

    def unknown_fields(self, known: tuple[str, ...]) -> None:
        """Flag misspelt field names: a typo would otherwise silently drop content."""
        for name in sorted(set(self._data) - set(known)):
            self.problem(name, "is not a known field (is it misspelt?).")


def _json_type(value: object) -> str:
    names = {str: "text", bool: "true/false", int: "a number", float: "a number"}
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return names.get(type(value), type(value).__name__)
