"""As-you-type search over the guidance cards, forgiving of typos.

People look for a card in their own words, often upset and typing fast:
"he won't stop shouting", "evenings she gets upset", "sundowing". So the search
reduces words to rough stems, matches a half-typed last word as a prefix, and
finds misspellings through shared letter triples. Titles and the cards'
``search_words`` (phrases a worried carer might type) count most; words that
appear on many cards (like "call" or "help") count less.

Pure Python, built once per card list; a query over 40 cards takes well under a
millisecond on an ordinary laptop.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from caregiver_app.guidance.cards import Card

# Letters and digits of any script. Devanagari vowel signs are combining marks, which
# ``\w`` leaves out, so the block is named (without its full stops, । and ॥).
_WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]+")
# Accents on Latin letters (U+0300–U+036F), so "panico" finds "pánico". Devanagari vowel
# signs are letters of their own block and are kept.
_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")

TITLE_WEIGHT = 3.0
SEARCH_WORDS_WEIGHT = 3.0
SITUATION_WEIGHT = 2.0
BODY_WEIGHT = 1.0
# The whole query found inside one of a card's phrases or its title.
PHRASE_BONUS = 4.0

EXACT = 1.0
PREFIX = 0.85
# Below this letter-triple similarity two words are not taken for each other.
MIN_FUZZY = 0.55
FUZZY_SCALE = 0.8
# Hits scoring less than this are noise (a single common word in a card body).
MIN_SCORE = 0.6

_STOP_WORDS_TEXT = """
    a an the and or but if so to of in on at by for from with about as into onto than then
    is are was were be been being am do does did doing done have has had having
    i me my mine myself we us our you your he him his himself she her hers herself
    they them their themselves it its this that these those there here what which who whom
    get gets got getting can could would should will shall may might must just very really
    im ive id ill youre hes shes theyre weve its thats whats dont even also too some any
"""
# Spanish and Hindi (the cards' other languages), accents already dropped as in words().
_STOP_WORDS_ES = """
    el la los las un una unos unas y o pero si no de del al a en con por para sin sobre
    que se su sus mi mis tu tus yo el ella ellos ellas nos le les lo me te es son esta
    estan esto eso hay muy mas ya cuando como donde
"""
_STOP_WORDS_HI = """
    है हैं था थे थी हो होता होती और या पर में से को का की के ने भी तो ही यह वह ये वो
    मैं मुझे हम आप उसे उन्हें उनका उसका उसकी कि जब क्या कैसे बहुत
"""
STOP_WORDS = frozenset((_STOP_WORDS_TEXT + _STOP_WORDS_ES + _STOP_WORDS_HI).split())


@dataclass(frozen=True)
class SearchHit:
    card: Card
    score: float


def words(text: str) -> list[str]:
    """Lower-cased words with apostrophes and Latin accents dropped, so "won't" and
    "wont" agree, and "panico" and "pánico"."""
    lowered = text.casefold().replace("’", "").replace("'", "")
    unaccented = unicodedata.normalize(
        "NFC", _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", lowered))
    )
    return [word for word in _WORD.findall(unaccented) if word != "_"]


# Common irregular forms, so "went missing" finds "go missing" and "stole" finds "steal".
IRREGULAR = {
    "going": "go",
    "went": "go",
    "gone": "go",
    "goes": "go",
    "dying": "die",
    "died": "die",
    "dies": "die",
    "thought": "think",
    "ran": "run",
    "woke": "wake",
    "woken": "wake",
    "waking": "wake",
    "stole": "steal",
    "stolen": "steal",
    "fell": "fall",
    "took": "take",
    "taken": "take",
    "said": "say",
    "says": "say",
    "kept": "keep",
    "lost": "lose",
    "hurting": "hurt",
    "hit": "hit",
    "meds": "medicine",
    "tablets": "tablet",
    "pills": "pill",
}


def stem(word: str) -> str:
    """A rough English stem: enough to make "shouting", "shouts" and "shout" agree."""
    word = IRREGULAR.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            # "stopping" -> "stopp" -> "stop"; but keep "fall", "miss", "buzz".
            if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if len(word) > 6 and word.endswith("ion"):
        word = word[:-3]
    if len(word) > 5 and word.endswith("ly"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def stems(text: str) -> list[str]:
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


def _trigrams(term: str) -> frozenset[str]:
    padded = f"  {term} "
    return frozenset(padded[index : index + 3] for index in range(len(padded) - 2))


class CardIndex:
    """An in-memory index over a list of cards; rebuild it when the cards change."""

    def __init__(self, cards: Sequence[Card]) -> None:
        self._cards = tuple(cards)
        self._weights: list[dict[str, float]] = []
        self._phrases: list[tuple[str, ...]] = []
        document_frequency: dict[str, int] = defaultdict(int)
        for card in self._cards:
            weights: dict[str, float] = {}
            fields: list[tuple[float, Iterable[str]]] = [
                (TITLE_WEIGHT, [card.title]),
                (SEARCH_WORDS_WEIGHT, card.search_words),
                (SITUATION_WEIGHT, [card.situation]),
                (BODY_WEIGHT, [card.feels_like, *card.helps, *card.avoid, *card.say]),
                (BODY_WEIGHT, card.urgent_help),
            ]
            for weight, texts in fields:
                for text in texts:
                    for term in stems(text):
                        weights[term] = max(weights.get(term, 0.0), weight)
            for term in weights:
                document_frequency[term] += 1
            self._weights.append(weights)
            phrases = (card.title, *card.search_words)
            self._phrases.append(tuple(" ".join(stems(phrase)) for phrase in phrases))
        total = max(len(self._cards), 1)
        # Rarer words say more about which card is wanted.
        self._idf = {
            term: math.log(1.0 + total / count) for term, count in document_frequency.items()
        }
        self._by_trigram: dict[str, set[str]] = defaultdict(set)
        for term in self._idf:
            for trigram in _trigrams(term):
                self._by_trigram[trigram].add(term)
        self._vocabulary = sorted(self._idf)

    @property
    def cards(self) -> tuple[Card, ...]:
        return self._cards

    def search(self, query: str, limit: int | None = None) -> list[SearchHit]:
        """Cards for ``query``, best first. A blank query lists every card, unscored."""
        query_terms = stems(query)
        if not query_terms:
            if words(query):
                # Only small words ("what do I do"): nothing to go on.
                return []
            return [SearchHit(card, 0.0) for card in self._cards][:limit]
        expansions = [self._expand(term) for term in query_terms]
        joined = " ".join(query_terms)
        hits: list[SearchHit] = []
        for card, weights, phrases in zip(self._cards, self._weights, self._phrases, strict=True):
            score = 0.0
            matched = 0
            for expansion in expansions:
                best = 0.0
                for term, quality in expansion.items():
                    weight = weights.get(term)
                    if weight is not None:
                        best = max(best, quality * weight * self._idf[term])
                if best > 0.0:
                    matched += 1
                    score += best
            if matched == 0:
                continue
            if any(f" {joined} " in f" {phrase} " for phrase in phrases):
                score += PHRASE_BONUS
            # A card that matches every word beats one that matches a single word well.
            score *= 0.5 + 0.5 * matched / len(expansions)
            if score >= MIN_SCORE:
                hits.append(SearchHit(card, round(score, 4)))
        hits.sort(key=lambda hit: -hit.score)
        return hits[:limit]

    def _expand(self, term: str) -> dict[str, float]:
        """The indexed words that ``term`` may stand for, each with how good a match it is."""
        found: dict[str, float] = {}
        if term in self._idf:
            found[term] = EXACT
        if len(term) >= 3:
            for candidate in self._vocabulary_from(term):
                found.setdefault(candidate, PREFIX)
        if len(term) >= 4:
            grams = _trigrams(term)
            shared: dict[str, int] = defaultdict(int)
            for trigram in grams:
                for candidate in self._by_trigram.get(trigram, ()):
                    shared[candidate] += 1
            for candidate, count in shared.items():
                similarity = 2.0 * count / (len(grams) + len(_trigrams(candidate)))
                if similarity >= MIN_FUZZY and candidate not in found:
                    found[candidate] = similarity * FUZZY_SCALE
        return found

    def _vocabulary_from(self, prefix: str) -> list[str]:
        """Indexed words starting with ``prefix`` (for the word still being typed)."""
        start = bisect.bisect_left(self._vocabulary, prefix)
        matches: list[str] = []
        for candidate in self._vocabulary[start:]:
            if not candidate.startswith(prefix):
                break
            if candidate != prefix:
                matches.append(candidate)
        return matches


def search_cards(cards: Sequence[Card], query: str, limit: int | None = None) -> list[SearchHit]:
    """One-off search; build a `CardIndex` instead when searching as the person types."""
    return CardIndex(cards).search(query, limit)
