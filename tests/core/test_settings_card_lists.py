"""Favourite and recently viewed guidance cards: kept in settings as card ids only."""

from __future__ import annotations

import json
from pathlib import Path

from caregiver_app.settings import (
    MAX_RECENT_CARDS,
    Settings,
    load_settings,
    save_settings,
)


def test_card_lists_survive_a_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(
        favourite_cards=("panic-attack", "sundowning"), recent_cards=("sundowning",)
    )
    save_settings(settings, path)
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["favourite_cards"] == ["panic-attack", "sundowning"]  # JSON lists
    loaded = load_settings(path)
    assert loaded.favourite_cards == ("panic-attack", "sundowning")
    assert loaded.recent_cards == ("sundowning",)


def test_damaged_card_lists_are_cleaned_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    many = [f"card-{n}" for n in range(20)]
    path.write_text(
        json.dumps(
            {
                "country": "GB",
                "favourite_cards": ["panic-attack", 7, None, "panic-attack", "", "x" * 500],
                "recent_cards": many,
            }
        ),
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.country == "GB"
    assert loaded.favourite_cards == ("panic-attack",)
    assert loaded.recent_cards == tuple(many[:MAX_RECENT_CARDS])


def test_a_card_list_of_the_wrong_type_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"favourite_cards": "panic-attack"}), encoding="utf-8")
    assert load_settings(path).favourite_cards == ()


def test_recent_cards_keep_the_newest_few() -> None:
    ids = tuple(f"card-{n}" for n in range(12))
    assert Settings().with_changes(recent_cards=ids).recent_cards == ids[:MAX_RECENT_CARDS]
