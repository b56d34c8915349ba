"""Guidance cards: the plain data a card screen shows, and loading them from JSON.

Cards live in ``resources/guidance/cards/<id>.json``, one file per card, and are
read with importlib.resources so they load the same from a checkout, an
installed wheel or a frozen app. Loading never raises for one bad file: the
valid cards come back together with a list of problems naming file and field.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from caregiver_app.guidance.schema import KEBAB_CASE, FieldReader, LoadProblem
from caregiver_app.i18n import N_, _

CARDS_PACKAGE = "resources.guidance"
CARDS_FOLDER = "cards"
TRIAGE_CARD_ID = "is-this-an-emergency"
# English cards sit in cards/; translations in cards/<language>/, same id and fields.
LANGUAGES = ("en", "hi", "es")

_CARD_FIELDS = (
    "id",
    "language",
    "category",
    "title",
    "situation",
    "feels_like",
    "helps",
    "avoid",
    "say",
    "urgent_help",
    "related",
    "sources",
    "last_reviewed",
    "search_words",
)


class Category(enum.StrEnum):
    CRISIS = "crisis"
    MENTAL_HEALTH = "mental-health"
    DEMENTIA = "dementia"
    CAREGIVER = "caregiver"

    @property
    def label(self) -> str:
        return _(
            {
                Category.CRISIS: N_("In a crisis"),
                Category.MENTAL_HEALTH: N_("Mental health"),
                Category.DEMENTIA: N_("Dementia"),
                Category.CAREGIVER: N_("Looking after you"),
            }[self]
        )


# Crisis cards first: they are what someone opens the app for in a hurry.
_CATEGORY_ORDER = {category: index for index, category in enumerate(Category)}


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Card:
    """One guidance card, exactly as a carer reads it."""

    id: str
    language: str
    category: Category
    title: str
    situation: str
    feels_like: str
    helps: tuple[str, ...]
    avoid: tuple[str, ...]
    say: tuple[str, ...]
    urgent_help: tuple[str, ...]
    related: tuple[str, ...]
    sources: tuple[Source, ...]
    last_reviewed: date
    search_words: tuple[str, ...]

    def body_sentences(self) -> tuple[str, ...]:
        """Every piece of text a reader sees, each list item on its own."""
        return (
            self.title,
            self.situation,
            self.feels_like,
            *self.helps,
            *self.avoid,
            *self.say,
            *self.urgent_help,
        )

    def body_text(self) -> str:
        """The card as running prose, each item closed as a sentence (for reading checks)."""
        return " ".join(_as_sentence(part) for part in self.body_sentences())


@dataclass(frozen=True)
class CardLibrary:
    """The cards that loaded, in display order, and what was wrong with the rest."""

    cards: tuple[Card, ...]
    problems: tuple[LoadProblem, ...] = ()

    def get(self, card_id: str) -> Card | None:
        return next((card for card in self.cards if card.id == card_id), None)

    def in_category(self, category: Category) -> tuple[Card, ...]:
        return tuple(card for card in self.cards if card.category is category)

    def related_to(self, card: Card) -> tuple[Card, ...]:
        found = (self.get(card_id) for card_id in card.related)
        return tuple(related for related in found if related is not None)


def default_cards_folder() -> Traversable:
    return resources.files(CARDS_PACKAGE).joinpath(CARDS_FOLDER)


def load_cards(folder: Path | Traversable | None = None, language: str = "en") -> CardLibrary:
    """Load every ``*.json`` card in ``folder`` (the shipped cards by default).

    A file that cannot be read or has a wrong field is left out and reported;
    a card that points at a related card that does not exist still loads, without
    that link, and the broken link is reported.

    In another ``language`` each card is read from ``<folder>/<language>/<id>.json``
    when that translation exists and is valid, and in English otherwise: a card
    not yet translated (or a broken translation, which is reported) never goes
    missing.
    """
    source = default_cards_folder() if folder is None else folder
    translated = _translations(source, language)
    cards: list[Card] = []
    problems: list[LoadProblem] = []
    for entry in sorted(source.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".json") or not entry.is_file():
            continue
        card: Card | None = None
        if (translation := translated.get(entry.name)) is not None:
            card, card_problems = parse_card_file(translation)
            problems.extend(card_problems)
            if card is not None and card.language != language:
                problems.append(LoadProblem(entry.name, "language", f"should be {language!r}."))
                card = None
        if card is None:
            card, card_problems = parse_card_file(entry)
            problems.extend(card_problems)
        if card is not None:
            cards.append(card)
    cards, link_problems = _check_related(cards)
    problems.extend(link_problems)
    cards.sort(key=lambda card: (_CATEGORY_ORDER[card.category], card.title.casefold()))
    return CardLibrary(tuple(cards), tuple(problems))


def _translations(source: Path | Traversable, language: str) -> dict[str, Traversable | Path]:
    """The translated card files of ``language`` in ``source``, by file name."""
    if language == "en" or language not in LANGUAGES:
        return {}
    folder = source.joinpath(language)
    if not folder.is_dir():
        return {}
    return {entry.name: entry for entry in folder.iterdir() if entry.name.endswith(".json")}


def parse_card_file(entry: Path | Traversable) -> tuple[Card | None, list[LoadProblem]]:
    """One card from one file, or None and the reasons it could not be used."""
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return None, [LoadProblem(entry.name, "", f"could not be read ({error}).")]
    except json.JSONDecodeError as error:
        message = f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        return None, [LoadProblem(entry.name, "", message)]
    if not isinstance(data, dict):
        return None, [LoadProblem(entry.name, "", "should hold one JSON object (a card).")]
    stem = entry.name.removesuffix(".json")
    return parse_card(data, file=entry.name, expected_id=stem)


def parse_card(
    data: dict[str, object], *, file: str, expected_id: str | None = None
) -> tuple[Card | None, list[LoadProblem]]:
    read = FieldReader(data, file)
    read.unknown_fields(_CARD_FIELDS)
    card_id = read.text("id")
    if card_id and not KEBAB_CASE.match(card_id):
        read.problem("id", f"should be kebab-case like 'panic-attack', not {card_id!r}.")
    if card_id and expected_id is not None and card_id != expected_id:
        read.problem("id", f"is {card_id!r} but the file is named {expected_id}.json.")
    language = read.choice("language", LANGUAGES)
    category = read.choice("category", tuple(Category))
    title = read.text("title")
    situation = read.text("situation")
    feels_like = read.text("feels_like")
    helps = read.texts("helps", min_items=3, max_items=5)
    avoid = read.texts("avoid")
    say = read.texts("say")
    urgent_help = read.texts("urgent_help")
    related = read.texts("related")
    sources = tuple(
        Source(title=source.text("title"), url=source.url("url"))
        for source in read.objects("sources")
    )
    last_reviewed = read.iso_date("last_reviewed")
    search_words = read.texts("search_words", min_items=3)
    if not read.ok or last_reviewed is None:
        return None, read.problems
    card = Card(
        id=card_id,
        language=language,
        category=Category(category),
        title=title,
        situation=situation,
        feels_like=feels_like,
        helps=helps,
        avoid=avoid,
        say=say,
        urgent_help=urgent_help,
        related=related,
        sources=sources,
        last_reviewed=last_reviewed,
        search_words=search_words,
    )
    return card, []


def _check_related(cards: list[Card]) -> tuple[list[Card], list[LoadProblem]]:
    known = {card.id for card in cards}
    problems: list[LoadProblem] = []
    checked: list[Card] = []
    for card in cards:
        missing = [card_id for card_id in card.related if card_id not in known]
        for card_id in missing:
            problems.append(
                LoadProblem(
                    f"{card.id}.json", "related", f"names {card_id!r}, which is not a card."
                )
            )
        if card.id in card.related:
            problems.append(LoadProblem(f"{card.id}.json", "related", "names the card itself."))
        keep = tuple(card_id for card_id in card.related if card_id in known and card_id != card.id)
        checked.append(card if keep == card.related else replace(card, related=keep))
    return checked, problems


def _as_sentence(text: str) -> str:
    text = text.strip()
    # Quoted phrases end inside the quote ("...here."), so look past closing quotes.
    if text.rstrip("\"'”’)").endswith((".", "!", "?", "…", ":")):
        return text
    return text + "."
