"""The Hindi and Spanish guidance cards and demo family: complete, valid and translated.

Each translation must say the same as the English, item for item, so a carer
reading in Hindi or Spanish gets every step, every red flag and every source.
The English readability checks (Flesch-Kincaid, English words) do not fit
Devanagari or Spanish, so these tests use simpler rules that do: sentences stay
short, Hindi text is written in Devanagari, and no English sentence is left behind.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from caregiver_app.guidance.cards import Card, parse_card_file

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
CARDS_DIR = RESOURCES / "guidance" / "cards"
DEMO_DIR = RESOURCES / "demo"
LOCALE_README = RESOURCES / "locale" / "README.md"
TRANSLATIONS = ("hi", "es")
ENGLISH_CARD_IDS = sorted(path.stem for path in CARDS_DIR.glob("*.json"))

LIST_FIELDS = ("helps", "avoid", "say", "urgent_help", "search_words")
TEXT_FIELDS = ("title", "situation", "feels_like")

# Hindi and Spanish say the same thing in more words than English, so the
# English limit of 25 words a sentence becomes 32 here: still short and plain.
MAX_SENTENCE_WORDS = 32
# A sentence ends at . ! ? … or the Hindi danda, after any closing quotes.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…।])[\"”’')]*\s+")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_LETTER = re.compile(r"[^\W\d_]")
# Common English words that no Spanish sentence contains: a left-over English
# sentence (or half of one) shows up as one of these.
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|you|your|they|them|their|with|what|don't|can't|is|are|it's|if|when)\b",
    re.IGNORECASE,
)

# The writing standards' banned words (CONTENT.md), as each language says them.
BANNED = {
    "hi": [r"पागल", r"सनकी", r"सठिया", r"नाटक कर"],
    "es": [
        r"\bcomet\w* suicidio\b",
        r"\blocos?\b",
        r"\blocas?\b",
        r"\bdementes?\b",
        r"\bseniles?\b",
        r"\bpsicópatas?\b",
        r"\bchiflad\w*\b",
        r"\b(?:sufre|padece)\w* (?:de )?demencia\b",
        r"\bllamar la atención\b",
    ],
}


def english_card(card_id: str) -> Card:
    card, problems = parse_card_file(CARDS_DIR / f"{card_id}.json")
    assert card is not None, problems
    return card


def translated_card(language: str, card_id: str) -> Card:
    path = CARDS_DIR / language / f"{card_id}.json"
    card, problems = parse_card_file(path)
    assert card is not None, [str(problem) for problem in problems]
    return card


def text_items(card: Card) -> list[tuple[str, str]]:
    """Every piece of person-facing text, named by field and position."""
    items = [(field, getattr(card, field)) for field in TEXT_FIELDS]
    for field in LIST_FIELDS:
        items += [(f"{field}[{index}]", text) for index, text in enumerate(getattr(card, field))]
    return items


def is_translated(language: str, text: str, english: str) -> bool:
    """Text with no letters (like "112") may stay as it is; words must not."""
    if not _LETTER.search(text):
        return True
    if text == english:
        return False
    if language == "hi":
        return bool(_DEVANAGARI.search(text))
    return not _ENGLISH_WORDS.search(text)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_english_card_has_a_translation(language: str) -> None:
    assert len(ENGLISH_CARD_IDS) >= 30
    folder = CARDS_DIR / language
    translated = sorted(path.stem for path in folder.glob("*.json"))
    assert translated == ENGLISH_CARD_IDS


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translated_cards_are_packaged_like_the_english_ones(language: str) -> None:
    # setuptools only ships a folder's *.json if the folder is a package.
    assert (CARDS_DIR / language / "__init__.py").is_file()


@pytest.mark.parametrize("card_id", ENGLISH_CARD_IDS)
@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translated_card_matches_the_english_one(language: str, card_id: str) -> None:
    english = english_card(card_id)
    card = translated_card(language, card_id)
    assert card.language == language
    assert (card.id, card.category, card.related) == (
        english.id,
        english.category,
        english.related,
    )
    assert card.sources == english.sources, "source titles and addresses stay as in English"
    assert card.last_reviewed == english.last_reviewed
    for field in LIST_FIELDS:
        assert len(getattr(card, field)) == len(getattr(english, field)), field


@pytest.mark.parametrize("card_id", ENGLISH_CARD_IDS)
@pytest.mark.parametrize("language", TRANSLATIONS)
def test_no_english_is_left_in_a_translated_card(language: str, card_id: str) -> None:
    english = dict(text_items(english_card(card_id)))
    left = [
        f"{field}: {text!r}"
        for field, text in text_items(translated_card(language, card_id))
        if not is_translated(language, text, english[field])
    ]
    assert not left


@pytest.mark.parametrize("card_id", ENGLISH_CARD_IDS)
@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translated_cards_are_short_plain_and_use_no_banned_words(
    language: str, card_id: str
) -> None:
    card = translated_card(language, card_id)
    for part in card.body_sentences():
        for sentence in _SENTENCE_BREAK.split(part.strip()):
            assert len(sentence.split()) <= MAX_SENTENCE_WORDS, sentence
    text = " ".join(card.body_sentences()).casefold()
    found = [word for word in BANNED[language] if re.search(word, text)]
    assert not found


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_urgent_help_keeps_the_emergency_and_crisis_steps(language: str) -> None:
    """Who to call is the one thing a translation must never lose or swap."""
    emergency = {"hi": "इमरजेंसी नंबर", "es": "número de emergencias"}[language]
    crisis = {"hi": "क्राइसिस हेल्पलाइन", "es": "línea de crisis"}[language]
    for card_id in ENGLISH_CARD_IDS:
        english = english_card(card_id)
        card = translated_card(language, card_id)
        for ours, theirs in zip(card.urgent_help, english.urgent_help, strict=True):
            where = f"{card_id}: {ours}"
            assert ("emergency number" in theirs) == (emergency in ours), where
            assert ("crisis line" in theirs) == (crisis in ours), where
            assert ("15 minutes" in theirs) == ("15" in ours), where


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_translated_card_is_listed_as_awaiting_review(language: str) -> None:
    # The card schema rejects unknown fields, so the review note lives in the README.
    readme = LOCALE_README.read_text(encoding="utf-8")
    assert f"resources/guidance/cards/{language}/" in readme
    assert "awaits review by a native speaker" in readme


# The demo family ----------------------------------------------------------

# Keys the code reads as data, not words: they must be exactly as in English.
DEMO_FIXED_KEYS = {"key", "days_ago", "days_ahead", "hour", "date_of_birth", "cards", "kind"}
DEMO_FIXED_PATHS = {"caregivers[].role", "appointments[].visit.change.medicine"}
# People, clinicians and medicines keep their names (the script may change).
DEMO_NAME_KEYS = {"name", "preferred_name", "clinician", "decided_by", "strength"}


def load_family(language: str | None = None) -> dict[str, Any]:
    name = "family.json" if language is None else f"family.{language}.json"
    data: dict[str, Any] = json.loads((DEMO_DIR / name).read_text(encoding="utf-8"))
    return data


def compare_family(
    language: str, english: object, ours: object, path: str, problems: list[str]
) -> None:
    """Walk both stories side by side and note every difference that matters."""
    key = path.rsplit(".", 1)[-1].removesuffix("[]")
    if key in DEMO_FIXED_KEYS or path in DEMO_FIXED_PATHS:
        if ours != english:
            problems.append(f"{path} should stay {english!r}")
        return
    if isinstance(english, dict):
        if not isinstance(ours, dict) or set(ours) - {"review"} != set(english):
            problems.append(f"{path} has different keys")
            return
        for name, value in english.items():
            compare_family(language, value, ours[name], f"{path}.{name}".lstrip("."), problems)
    elif isinstance(english, list):
        if not isinstance(ours, list) or len(ours) != len(english):
            problems.append(f"{path} has a different number of items")
            return
        for mine, theirs in zip(ours, english, strict=True):
            compare_family(language, theirs, mine, f"{path}[]", problems)
    elif isinstance(english, str):
        if not isinstance(ours, str) or bool(ours.strip()) != bool(english.strip()):
            problems.append(f"{path} is missing or should be empty")
        elif key not in DEMO_NAME_KEYS and not is_translated(language, ours, english):
            problems.append(f"{path} is not translated: {ours!r}")
    elif ours != english:
        problems.append(f"{path} should stay {english!r}")


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_demo_family_is_the_same_story_translated(language: str) -> None:
    problems: list[str] = []
    compare_family(language, load_family(), load_family(language), "", problems)
    assert not problems


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_demo_family_says_it_awaits_review(language: str) -> None:
    review = load_family(language).get("review", "")
    assert "native speaker" in review
    assert "resources/demo/" in LOCALE_README.read_text(encoding="utf-8")


def test_the_hindi_family_writes_every_name_in_devanagari() -> None:
    """One script for names, so a Hindi diary never switches script mid-sentence."""
    family = load_family("hi")
    names = [family["person"]["name"], family["person"]["preferred_name"]]
    names += [carer["name"] for carer in family["caregivers"]]
    names += [visit["clinician"] for visit in family["appointments"]]
    assert all(_DEVANAGARI.search(name) and not re.search("[A-Za-z]", name) for name in names)
