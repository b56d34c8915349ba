"""Crisis lines say which languages a caller can speak, and read in Hindi or Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from caregiver_app import i18n
from caregiver_app.guidance.crisis import default_directory, lines_for_country


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_every_line_names_its_languages() -> None:
    for country in default_directory().countries:
        for line in country.lines:
            assert line.languages, f"{country.code}: {line.name}"
    assert "hi" in lines_for_country("IN").lines[0].languages  # Tele-MANAS
    assert "es" in lines_for_country("US").lines[0].languages  # 988


def test_a_line_reads_in_the_language_where_written_and_in_english_elsewhere() -> None:
    tele_manas = lines_for_country("IN").lines[0]
    hindi = tele_manas.in_language("hi")
    assert "भारत सरकार" in hindi.description and hindi.hours == "24 घंटे, हर दिन"
    assert hindi.number == tele_manas.number  # numbers never change
    samaritans = lines_for_country("GB").lines[0]
    assert samaritans.in_language("hi") == samaritans


def test_the_emergency_sentence_follows_the_language() -> None:
    i18n.set_language("es")
    assert lines_for_country("ES").emergency_text == "En caso de emergencia, llama al 112."
    assert lines_for_country("").emergency_text == "Llama al número de emergencias de tu zona."
