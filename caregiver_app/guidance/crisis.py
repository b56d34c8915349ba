"""Crisis lines by country, emergency number first.

Numbers change, so they are data (``resources/guidance/crisis_lines.json``), each
country with the address it was checked against and the date it was checked.
`lines_for_country` always returns something a frightened person can act on: for
a country we have no data for, it says to call the local emergency number.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from caregiver_app.guidance.cards import Source
from caregiver_app.guidance.schema import FieldReader, LoadProblem
from caregiver_app.i18n import N_, _

CRISIS_PACKAGE = "resources.guidance"
CRISIS_FILE = "crisis_lines.json"
UNKNOWN_EMERGENCY_TEXT = N_("Call your local emergency number.")


class LineKind(enum.StrEnum):
    CRISIS = "crisis"
    # Helplines for carers (dementia advice and the like): useful, but not for a crisis.
    SUPPORT = "support"


@dataclass(frozen=True)
class CrisisLine:
    name: str
    number: str
    hours: str
    description: str
    url: str
    kind: LineKind = LineKind.CRISIS
    text_number: str | None = None
    other_numbers: tuple[str, ...] = ()
    # The languages a caller can speak on this line ("en", "es", "hi", ...), if known.
    languages: tuple[str, ...] = ()
    # Hours and description in other languages: {"hi": {"hours": ..., "description": ...}}.
    translated: tuple[tuple[str, str, str], ...] = ()  # (language, hours, description)

    def in_language(self, language: str) -> CrisisLine:
        """This line with its hours and description in ``language`` where written."""
        for code, hours, description in self.translated:
            if code == language:
                return replace(self, hours=hours or self.hours, description=description)
        return self


@dataclass(frozen=True)
class CountryLines:
    """What to call in one country: the emergency number, then the crisis lines."""

    code: str
    name: str
    emergency_numbers: tuple[str, ...]
    lines: tuple[CrisisLine, ...]
    verified: date | None
    source: Source | None

    @property
    def known(self) -> bool:
        """False for the fallback used when we have no data for the country."""
        return bool(self.emergency_numbers)

    @property
    def emergency_number(self) -> str | None:
        return self.emergency_numbers[0] if self.emergency_numbers else None

    @property
    def emergency_text(self) -> str:
        """The first thing to show: one short sentence that says what to dial."""
        if not self.emergency_numbers:
            return _(UNKNOWN_EMERGENCY_TEXT)
        numbers = _(" or ").join(self.emergency_numbers)
        return _("In an emergency, call {numbers}.").format(numbers=numbers)

    @property
    def crisis_lines(self) -> tuple[CrisisLine, ...]:
        return tuple(line for line in self.lines if line.kind is LineKind.CRISIS)

    @property
    def support_lines(self) -> tuple[CrisisLine, ...]:
        return tuple(line for line in self.lines if line.kind is LineKind.SUPPORT)


UNKNOWN_COUNTRY = CountryLines(
    code="",
    name="Your country",
    emergency_numbers=(),
    lines=(),
    verified=None,
    source=None,
)


@dataclass(frozen=True)
class CrisisDirectory:
    countries: tuple[CountryLines, ...]
    problems: tuple[LoadProblem, ...] = ()

    def for_country(self, code: str | None) -> CountryLines:
        wanted = (code or "").strip().upper()
        # People and locales say "UK"; ISO 3166 says "GB".
        wanted = {"UK": "GB"}.get(wanted, wanted)
        for country in self.countries:
            if country.code == wanted:
                return country
        return UNKNOWN_COUNTRY


def load_crisis_lines(path: Path | Traversable | None = None) -> CrisisDirectory:
    """Read and check the crisis lines file; bad countries are left out and reported."""
    entry = resources.files(CRISIS_PACKAGE).joinpath(CRISIS_FILE) if path is None else path
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return CrisisDirectory((), (LoadProblem(entry.name, "", f"could not be read ({error})."),))
    if not isinstance(data, dict):
        problem = LoadProblem(entry.name, "", "should hold one JSON object.")
        return CrisisDirectory((), (problem,))
    top = FieldReader(data, entry.name)
    countries: list[CountryLines] = []
    problems: list[LoadProblem] = []
    for country in top.objects("countries"):
        before = len(top.problems)
        parsed = _parse_country(country)
        if parsed is not None and len(top.problems) == before:
            countries.append(parsed)
    problems.extend(top.problems)
    codes = [country.code for country in countries]
    for code in sorted({code for code in codes if codes.count(code) > 1}):
        problems.append(LoadProblem(entry.name, "countries", f"lists {code} more than once."))
    return CrisisDirectory(tuple(countries), tuple(problems))


def _parse_country(read: FieldReader) -> CountryLines | None:
    read.unknown_fields(("code", "name", "emergency", "lines", "verified", "source"))
    code = read.text("code")
    if code and (len(code) != 2 or not code.isalpha() or not code.isupper()):
        read.problem("code", f"should be a two-letter ISO 3166 code like 'GB', not {code!r}.")
    name = read.text("name")
    emergency = read.texts("emergency")
    lines = tuple(_parse_line(line) for line in read.objects("lines"))
    verified = read.iso_date("verified")
    source_reader = read.object("source")
    source = None
    if source_reader is not None:
        source = Source(source_reader.text("title"), source_reader.url("url"))
    if source is None or verified is None:
        return None
    return CountryLines(code, name, emergency, lines, verified, source)


def _parse_line(read: FieldReader) -> CrisisLine:
    read.unknown_fields(
        ("name", "number", "text_number", "other_numbers", "hours", "description", "url", "kind",
         "languages", "translations")
    )  # fmt: skip
    kind = read.choice("kind", tuple(LineKind)) if read.has("kind") else LineKind.CRISIS
    translated = []
    translations = read.object("translations") if read.has("translations") else None
    for code in ("hi", "es"):
        part = translations.object(code) if translations and translations.has(code) else None
        if part is not None:
            part.unknown_fields(("hours", "description"))
            hours = part.optional_text("hours") or ""
            translated.append((code, hours, part.text("description")))
    return CrisisLine(
        name=read.text("name"),
        number=read.text("number"),
        hours=read.text("hours"),
        description=read.text("description"),
        url=read.url("url"),
        kind=LineKind(kind or LineKind.CRISIS),
        text_number=read.optional_text("text_number"),
        other_numbers=read.texts("other_numbers", min_items=0) if read.has("other_numbers") else (),
        languages=read.texts("languages") if read.has("languages") else (),
        translated=tuple(translated),
    )


@cache
def default_directory() -> CrisisDirectory:
    """The shipped crisis lines, read once per run."""
    return load_crisis_lines()


def lines_for_country(code: str | None) -> CountryLines:
    """The emergency number and crisis lines for an ISO country code ("GB", "in").

    Unknown or missing codes get a fallback whose `emergency_text` says to call
    the local emergency number, so the help screen never comes up empty.
    """
    return default_directory().for_country(code)


def country_from_locale(locale_name: str | None) -> str | None:
    """The country part of a locale name such as ``en_GB.UTF-8`` or ``hi-IN``."""
    if not locale_name:
        return None
    base = locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = base.split("_")
    if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isalpha():
        return parts[-1].upper()
    return None
