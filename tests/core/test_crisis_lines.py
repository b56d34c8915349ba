"""Crisis lines: the right numbers for each country, emergency first, never an empty screen."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from caregiver_app.guidance.crisis import (
    UNKNOWN_EMERGENCY_TEXT,
    CrisisDirectory,
    LineKind,
    country_from_locale,
    lines_for_country,
    load_crisis_lines,
)

CRISIS_FILE = Path(__file__).resolve().parents[2] / "resources" / "guidance" / "crisis_lines.json"

# The table in CONTENT.md: country -> (emergency numbers, crisis line numbers).
EXPECTED = {
    "US": (("911",), {"988", "Text HOME to 741741"}),
    "CA": (("911",), {"988"}),
    "GB": (("999",), {"116 123", "111", "Text SHOUT to 85258"}),
    "IE": (("112", "999"), {"116 123", "1800 247 247"}),
    "AU": (("000",), {"13 11 14"}),
    "IN": (("112",), {"14416"}),
    "DE": (("112",), {"0800 111 0 111"}),
    "ES": (("112",), {"024", "717 003 717"}),
}


@pytest.fixture(scope="module")
def directory() -> CrisisDirectory:
    return load_crisis_lines()


def test_the_shipped_crisis_lines_load_without_a_problem(directory: CrisisDirectory) -> None:
    assert [str(problem) for problem in directory.problems] == []


def test_all_eight_countries_have_the_numbers_in_the_content_brief(
    directory: CrisisDirectory,
) -> None:
    for code, (emergency, crisis_numbers) in EXPECTED.items():
        country = directory.for_country(code)
        assert country.code == code
        assert country.emergency_numbers == emergency, code
        assert {line.number for line in country.crisis_lines} == crisis_numbers, code


def test_the_emergency_number_is_what_a_person_sees_first(directory: CrisisDirectory) -> None:
    assert directory.for_country("US").emergency_text == "In an emergency, call 911."
    assert directory.for_country("IE").emergency_text == "In an emergency, call 112 or 999."
    for country in directory.countries:
        assert country.known
        assert country.emergency_number == country.emergency_numbers[0]
        # No line repeats the emergency number as if it were a crisis line.
        assert all(line.number not in country.emergency_numbers for line in country.lines)


def test_every_country_says_when_and_where_its_numbers_were_checked(
    directory: CrisisDirectory,
) -> None:
    for country in directory.countries:
        assert isinstance(country.verified, date), country.code
        assert country.verified <= date(2026, 11, 26)
        assert country.source is not None and country.source.url.startswith("https://")
        for line in country.lines:
            assert line.url.startswith("https://"), line.name
            assert line.hours and line.description, line.name


def test_text_lines_and_second_numbers_are_kept(directory: CrisisDirectory) -> None:
    us = {line.name: line for line in directory.for_country("US").lines}
    assert us["988 Suicide & Crisis Lifeline"].text_number == "988"
    assert directory.for_country("AU").lines[0].text_number == "0477 13 11 14"
    assert directory.for_country("IN").lines[0].other_numbers == ("1-800-891-4416",)
    assert directory.for_country("DE").lines[0].other_numbers == ("0800 111 0 222",)


def test_dementia_helplines_are_listed_but_marked_as_not_for_a_crisis(
    directory: CrisisDirectory,
) -> None:
    us_support = directory.for_country("US").support_lines
    gb_support = directory.for_country("GB").support_lines
    assert [line.number for line in us_support] == ["800-272-3900"]
    assert [line.number for line in gb_support] == ["0800 888 6678"]
    assert all(line.kind is LineKind.SUPPORT for line in (*us_support, *gb_support))


@pytest.mark.parametrize("code", ["gb", "GB", " uk ", "UK"])
def test_country_codes_are_forgiving(code: str) -> None:
    assert lines_for_country(code).code == "GB"


@pytest.mark.parametrize("code", ["ZZ", "", None, "France"])
def test_an_unknown_country_still_says_to_call_the_local_emergency_number(
    code: str | None,
) -> None:
    country = lines_for_country(code)
    assert not country.known
    assert country.emergency_text == UNKNOWN_EMERGENCY_TEXT == "Call your local emergency number."
    assert country.lines == ()


@pytest.mark.parametrize(
    ("locale_name", "code"),
    [("en_GB.UTF-8", "GB"), ("hi-IN", "IN"), ("es_ES@euro", "ES"), ("C", None), ("", None)],
)
def test_the_country_can_be_taken_from_the_system_locale(
    locale_name: str, code: str | None
) -> None:
    assert country_from_locale(locale_name) == code


def test_a_broken_country_is_reported_and_the_others_still_load(tmp_path: Path) -> None:
    data = json.loads(CRISIS_FILE.read_text(encoding="utf-8"))
    data["countries"][0]["verified"] = "last week"
    data["countries"][1]["lines"][0]["url"] = "988.ca"
    path = tmp_path / "crisis_lines.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    directory = load_crisis_lines(path)

    codes = {country.code for country in directory.countries}
    assert "US" not in codes and "CA" not in codes and "GB" in codes
    messages = [str(problem) for problem in directory.problems]
    assert any("countries[0].verified" in message for message in messages), messages
    assert any("countries[1].lines[0].url" in message for message in messages), messages
    assert all(message.startswith("crisis_lines.json: ") for message in messages)


def test_an_unreadable_file_gives_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "crisis_lines.json"
    path.write_text("{not json", encoding="utf-8")
    directory = load_crisis_lines(path)
    assert directory.countries == ()
    assert directory.problems and directory.problems[0].file == "crisis_lines.json"
    assert directory.for_country("GB").emergency_text == UNKNOWN_EMERGENCY_TEXT
