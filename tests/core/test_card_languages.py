"""Guidance cards in the family's language, card by card, with English behind them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from caregiver_app.guidance.cards import default_cards_folder, load_cards

SHIPPED = Path(str(default_cards_folder()))


def _folder(tmp_path: Path, *ids: str) -> Path:
    folder = tmp_path / "cards"
    folder.mkdir()
    for card_id in ids:
        shutil.copy(SHIPPED / f"{card_id}.json", folder)
    return folder


def _translate(folder: Path, card_id: str, language: str, title: str) -> None:
    data = json.loads((SHIPPED / f"{card_id}.json").read_text(encoding="utf-8"))
    data.update(language=language, title=title)
    (folder / language).mkdir(exist_ok=True)
    (folder / language / f"{card_id}.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_translated_card_is_read_in_its_language_and_the_rest_stay_in_english(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path, "sundowning", "panic-attack")
    _translate(folder, "sundowning", "es", "Inquietud al atardecer")
    library = load_cards(folder, language="es")
    assert [p for p in library.problems if p.field != "related"] == []  # links: other cards
    sundowning, panic = library.get("sundowning"), library.get("panic-attack")
    assert sundowning is not None and sundowning.title == "Inquietud al atardecer"
    assert sundowning.language == "es"
    assert panic is not None and panic.language == "en"  # not translated yet: English


def test_a_broken_translation_is_reported_and_the_english_card_shown(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "sundowning")
    (folder / "hi").mkdir()
    (folder / "hi" / "sundowning.json").write_text("{not json", encoding="utf-8")
    library = load_cards(folder, language="hi")
    card = library.get("sundowning")
    assert card is not None and card.language == "en"
    assert [p.message for p in library.problems if p.field != "related"] == [
        "is not valid JSON (line 1, column 2: Expecting property name enclosed in double quotes)."
    ]


def test_english_ignores_the_translation_folders(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "sundowning")
    _translate(folder, "sundowning", "hi", "शाम की बेचैनी")
    assert load_cards(folder).get("sundowning").title != "शाम की बेचैनी"  # type: ignore[union-attr]


def test_the_shipped_cards_load_in_every_language_without_problems() -> None:
    english = load_cards()
    for language in ("hi", "es"):
        library = load_cards(language=language)
        assert library.problems == ()
        assert {card.id for card in library.cards} == {card.id for card in english.cards}
        assert any(card.language == language for card in library.cards)


def test_the_demo_family_comes_in_the_language_when_written() -> None:
    from caregiver_app.demo import load_story

    english, hindi = load_story("en"), load_story("hi")
    assert hindi != english
    assert load_story("fr") == english  # no French family: English
