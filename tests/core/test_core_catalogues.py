"""The core's words in Hindi and Spanish: every one translated, placeholders intact.

The keys come from tools/extract_core_strings.py (an AST walk over caregiver_app/
for ``_()``, ``N_()``, ``ngettext()`` and ``count_of()``), so a new string added
without its translations fails here with the file and line to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from caregiver_app import i18n
from caregiver_app.domain.circle import Role
from caregiver_app.domain.entries import EntryKind
from caregiver_app.domain.words import count_of
from tools.extract_core_strings import catalogue, collect, missing

LANGUAGES = ("hi", "es")
STRINGS = collect()
PLACEHOLDER = re.compile(r"\{\w+\}")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_string_has_a_translation(language: str) -> None:
    # Error messages too: KindredError shows its message through the catalogue.
    assert missing(STRINGS, language, errors=True) == []


def test_an_error_message_reaches_a_person_in_their_language() -> None:
    from caregiver_app.domain.errors import NotFound

    i18n.set_language("hi")
    error = NotFound("That entry isn't in the diary.")
    assert error.message == "यह एंट्री डायरी में नहीं है।"
    assert str(error) == "That entry isn't in the diary."  # the logs stay English


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    data = catalogue(language)
    messages = data["messages"]
    assert isinstance(messages, dict)
    for english, translated in messages.items():
        assert set(PLACEHOLDER.findall(translated)) == set(PLACEHOLDER.findall(english)), english
    plurals = data["plurals"]
    assert isinstance(plurals, dict)
    for singular, forms in plurals.items():
        for form in forms.values():
            assert "{n}" in form, (singular, form)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_says_it_awaits_review(language: str) -> None:
    data = catalogue(language)
    assert "native speaker" in str(data["review"])
    assert data["about"]
    assert len(data["months"]) == 12 and len(data["weekdays"]) == 7  # type: ignore[arg-type]


def test_hindi_words_and_english_fallback() -> None:
    i18n.set_language("hi")
    assert i18n._("Medicines now") == "अभी की दवाएँ"
    assert EntryKind.DISTRESS_EPISODE.label == "बेचैनी का दौर"
    assert Role.VIEWER.label == "सिर्फ़ पढ़ सकते हैं"
    assert i18n._("A sentence no catalogue has") == "A sentence no catalogue has"


def test_plural_forms_follow_each_language() -> None:
    assert count_of(1, "entry", "entries") == "1 entry"
    assert count_of(3, "entry", "entries") == "3 entries"
    i18n.set_language("es")
    assert count_of(1, "entry", "entries") == "1 entrada"
    assert count_of(0, "entry", "entries") == "0 entradas"
    i18n.set_language("hi")
    # Hindi counts 0 and 1 alike ("one"), and people take the plural form after that.
    assert i18n.ngettext("{n} person", "{n} people", 0) == "0 व्यक्ति"
    assert i18n.ngettext("{n} person", "{n} people", 4) == "4 लोगों"


def test_dates_and_numbers_follow_the_language() -> None:
    day = date(2026, 3, 3)
    assert i18n.format_date(day) == "3 March 2026"
    assert i18n.format_date(day, "date_weekday_short") == "Tue 3 Mar 2026"
    assert i18n.format_number(1234.5, 1) == "1,234.5"
    i18n.set_language("es")
    assert i18n.format_date(day) == "3 de marzo de 2026"
    assert i18n.format_number(7.5, 1) == "7,5"
    assert i18n.format_number(12345) == "12.345"
    i18n.set_language("hi")
    assert i18n.format_date(day) == "3 मार्च 2026"
    assert i18n.format_date(day, "date_weekday") == "मंगलवार, 3 मार्च"


def test_unknown_languages_fall_back_to_english() -> None:
    assert i18n.set_language("fr_FR") == "en"
    assert i18n.set_language("es-MX") == "es"
