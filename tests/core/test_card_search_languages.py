"""Card search in the cards' other languages: Hindi words are words, Spanish accents optional."""

from __future__ import annotations

import pytest

from caregiver_app.guidance.cards import load_cards
from caregiver_app.guidance.search import search_cards, words


def test_hindi_words_keep_their_vowel_signs() -> None:
    assert words("मुझे बात करनी है।") == ["मुझे", "बात", "करनी", "है"]


def test_latin_accents_are_optional_and_apostrophes_dropped() -> None:
    assert words("Pánico, won’t") == ["panico", "wont"]


@pytest.mark.parametrize(
    ("language", "query", "card_id"),
    [
        ("hi", "वो चिल्ला रहे हैं", "anger-or-agitation"),
        ("hi", "गुस्सा", "anger-or-agitation"),
        ("es", "panico", "panic-attack"),
        ("es", "pánico", "panic-attack"),
        ("es", "grita mucho", "anger-or-agitation"),
    ],
)
def test_a_carer_finds_the_card_in_their_language(language: str, query: str, card_id: str) -> None:
    library = load_cards(language=language)
    hits = search_cards(library.cards, query, limit=3)
    assert hits, f"nothing found for {query!r}"
    assert hits[0].card.id == card_id
    assert hits[0].card.language == language
