"""Finding a card the way a frightened person types: own words, typos, half a word."""

from __future__ import annotations

import dataclasses
import time

import pytest

from caregiver_app.guidance.cards import load_cards
from caregiver_app.guidance.search import CardIndex, search_cards, stem


@pytest.fixture(scope="module")
def index() -> CardIndex:
    library = load_cards()
    assert library.problems == ()
    return CardIndex(library.cards)


def top_ids(index: CardIndex, query: str, count: int) -> list[str]:
    return [hit.card.id for hit in index.search(query, limit=count)]


@pytest.mark.parametrize(
    ("query", "card_id"),
    [
        ("sundowning", "sundowning"),
        ("evenings she gets upset", "sundowning"),
        ("sundowing", "sundowning"),
        ("Sundowning?", "sundowning"),
        ("you stole my purse", "you-stole-my-purse"),
        ("she says I took her money", "you-stole-my-purse"),
        ("dad's missing", "someone-is-missing"),
        ("he won't wake up", "unresponsive-breathing-or-seizure"),
        ("he said he wants to die", "talk-of-suicide"),
        ("found cuts on her arm", "discovering-self-harm"),
        ("panic attak", "panic-attack"),
        ("hearing voices", "hearing-voices-or-seeing-things"),
        ("I want to go home", "i-want-to-go-home"),
        ("keeps asking the same question", "repeating-questions"),
        ("I lost my temper", "guilt-and-lost-temper"),
        ("I'm exhausted", "burnout-check"),
        ("is this an emergency", "is-this-an-emergency"),
        ("suddenly confused", "sudden-new-confusion"),
        ("says she's not ill", "i-am-not-ill-wont-take-medication"),
    ],
)
def test_a_carers_own_words_find_the_right_card_first(
    index: CardIndex, query: str, card_id: str
) -> None:
    assert top_ids(index, query, 1) == [card_id]


def test_shouting_finds_the_anger_and_agitation_cards(index: CardIndex) -> None:
    top = top_ids(index, "he won't stop shouting", 2)
    assert "anger-or-agitation" in top
    assert set(top) <= {"anger-or-agitation", "aggression-or-resisting-help"}


def test_fear_of_poison_finds_paranoid_beliefs_and_the_stolen_purse_card(
    index: CardIndex,
) -> None:
    top = top_ids(index, "she thinks I'm poisoning her", 3)
    assert top[0] == "paranoid-beliefs"
    assert "you-stole-my-purse" in top


def test_refusing_tablets_finds_both_medicine_cards(index: CardIndex) -> None:
    top = top_ids(index, "won't take his tablets", 2)
    assert set(top) == {"i-am-not-ill-wont-take-medication", "refusing-medicines-in-dementia"}


def test_results_appear_while_the_word_is_still_being_typed(index: CardIndex) -> None:
    for end in range(4, len("sundowning") + 1):
        assert top_ids(index, "sundowning"[:end], 1) == ["sundowning"], "sundowning"[:end]


def test_a_blank_search_lists_every_card_and_small_words_alone_find_nothing(
    index: CardIndex,
) -> None:
    assert [hit.card for hit in index.search("   ")] == list(index.cards)
    assert index.search("what do I do") == []


def test_nonsense_finds_nothing(index: CardIndex) -> None:
    assert index.search("xqzvw") == []


def test_word_forms_agree() -> None:
    assert stem("shouting") == stem("shouts") == stem("shouted") == stem("shout")
    assert stem("stopping") == stem("stop")
    assert stem("poisoning") == stem("poisoned") == stem("poison")
    assert stem("went") == stem("going") == stem("go")


def test_one_off_search_matches_the_index(index: CardIndex) -> None:
    assert [hit.card.id for hit in search_cards(index.cards, "sundowning", limit=1)] == [
        "sundowning"
    ]


def test_searching_forty_cards_takes_well_under_ten_milliseconds() -> None:
    cards = list(load_cards().cards)
    extra = [dataclasses.replace(card, id=f"{card.id}-copy") for card in cards]
    cards = (cards + extra)[:40]
    index = CardIndex(cards)
    queries = [
        "he won't stop shouting",
        "sundowing",
        "evenings she gets upset",
        "she thinks I'm poisoning her",
        "s",
        "su",
        "sun",
        "sund",
        "my mum keeps asking to go home every evening and gets very upset",
    ]
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for query in queries:
            index.search(query)
    per_query_ms = (time.perf_counter() - start) * 1000 / (rounds * len(queries))
    print(f"\nSearch over {len(cards)} cards: {per_query_ms:.2f} ms per query")
    assert per_query_ms < 5.0
