"""The one typed settings object, saved as JSON in one place.

Settings hold choices, never diary content or names: the current writer is kept
as an id. Qt's QSettings is used only for window geometry.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from caregiver_app.i18n import N_

log = logging.getLogger(__name__)

# The countries Kindred has crisis numbers for, as offered in the first-run wizard and
# in Settings. "" means "Other / not listed": the help page then says to call the
# local emergency number.
# Names are shown through the core's ``_()`` (core_<lang>.json).
COUNTRY_CHOICES: tuple[tuple[str, str], ...] = (
    ("AU", N_("Australia")),
    ("CA", N_("Canada")),
    ("DE", N_("Germany")),
    ("IN", N_("India")),
    ("IE", N_("Ireland")),
    ("ES", N_("Spain")),
    ("GB", N_("United Kingdom")),
    ("US", N_("United States")),
    ("", N_("Other / not listed")),
)

MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200
# Guidance cards kept for quick return: ids only, never diary text.
MAX_FAVOURITE_CARDS = 100
MAX_RECENT_CARDS = 8


@dataclass(frozen=True)
class Settings:
    country: str = ""
    language: str = "en"
    text_scale: int = 100  # percent
    theme: str = "system"  # "system", "light" or "dark"
    high_contrast: bool = False
    current_writer_id: str = ""
    auto_lock_minutes: int = 10
    favourite_cards: tuple[str, ...] = ()  # guidance card ids, in the order starred
    recent_cards: tuple[str, ...] = ()  # guidance card ids, most recently viewed first
    backup_folder: str = ""  # "" means backups/ beside the diary (see storage/backup_place.py)
    earlier_backup_folders: tuple[str, ...] = ()  # still listed: their copies were not moved

    def with_changes(self, **changes: Any) -> Settings:
        updated = replace(self, **changes)
        scale = min(max(updated.text_scale, MIN_TEXT_SCALE), MAX_TEXT_SCALE)
        return replace(
            updated,
            text_scale=scale,
            favourite_cards=_card_ids(updated.favourite_cards, MAX_FAVOURITE_CARDS),
            recent_cards=_card_ids(updated.recent_cards, MAX_RECENT_CARDS),
        )

    @property
    def paper_size(self) -> str:
        """Letter in the Americas where it is the norm, A4 everywhere else."""
        return "letter" if self.country in {"US", "CA", "MX", "CL", "CO", "PH"} else "a4"


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or damaged file gives the defaults, never an error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("settings file unreadable, using defaults")
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {f.name: f.type for f in fields(Settings)}
    defaults = Settings()
    values: dict[str, Any] = {}
    for name in known:
        default = getattr(defaults, name)
        value = data.get(name, default)
        if isinstance(default, tuple) and isinstance(value, list):
            # JSON has no tuples: lists come back for tuple fields.
            value = tuple(value)
        if isinstance(value, type(default)):
            values[name] = value
    return Settings().with_changes(**values)


def _card_ids(ids: Any, limit: int) -> tuple[str, ...]:
    """Distinct card ids (short strings only), first ones kept, at most ``limit``."""
    kept: list[str] = []
    for card_id in ids:
        if isinstance(card_id, str) and 0 < len(card_id) <= 80 and card_id not in kept:
            kept.append(card_id)
    return tuple(kept[:limit])


def save_settings(settings: Settings, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)
