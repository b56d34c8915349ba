"""The guidance data every screen shares: the cards, their search index and the safety net.

Loading means reading 34 card files and the safety phrase list, so it happens once
per process, the first time a screen asks (or earlier, on a worker thread, through
:func:`warm_up`), and the result never changes afterwards. The cached value is
immutable data, not UI state: widgets still get everything else from the session.

The suggestion rule lives here too, because two screens (the entry editor and the
Today page) use it and must agree.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from caregiver_app.guidance import (
    TRIAGE_CARD_ID,
    Card,
    CardIndex,
    CardLibrary,
    SafetyAlert,
    SafetyNet,
    SafetyNetError,
    load_cards,
)
from caregiver_app.i18n import current_language
from ui.background import Runner

log = logging.getLogger(__name__)

# A card is suggested only when it matches the text this well (an absolute floor:
# one ordinary word shared with a card body scores 2-6; a card's own words score
# well above 10), and at least this share of the best card's score, so one clear
# match is not diluted by loosely related ones.
MIN_SUGGESTION_SCORE = 9.0
MIN_SHARE_OF_BEST = 0.4
MAX_SUGGESTIONS = 3
# Only the end of a long entry is searched: it is what the person is writing about
# now, and it keeps each search to a millisecond or two.
SUGGESTION_WORDS = 80


@dataclass(frozen=True)
class Guidance:
    """The shipped guidance, loaded once. ``safety_net`` is None if its phrases are broken."""

    library: CardLibrary
    index: CardIndex
    safety_net: SafetyNet | None

    def card(self, card_id: str) -> Card | None:
        return self.library.get(card_id)

    def title(self, card_id: str) -> str:
        card = self.library.get(card_id)
        return card.title if card is not None else card_id

    def check(self, text: str) -> SafetyAlert | None:
        """The safety net's most urgent alert for ``text`` (never logged anywhere)."""
        if self.safety_net is None or not text.strip():
            return None
        return self.safety_net.check(text)

    def red_flag_cards(self) -> frozenset[str]:
        """Cards about danger to life: offered by the safety banner, never as a quiet idea."""
        flagged = set(self.safety_net.card_ids.values()) if self.safety_net else set()
        return frozenset({*flagged, TRIAGE_CARD_ID})

    def suggest(self, text: str, *, exclude: Iterable[str] = ()) -> tuple[Card, ...]:
        """A few cards whose ideas may help with what ``text`` describes, best first.

        Cards about danger to life are left out: an ordinary sentence that shares a
        word with them ("dying to see the grandchildren") must not bring up the
        suicide card, and when the text really suggests risk the safety banner shows
        the right card with the emergency numbers.
        """
        recent = " ".join(text.split()[-SUGGESTION_WORDS:])
        hits = self.index.search(recent, limit=MAX_SUGGESTIONS + 8) if recent else []
        if not hits:
            return ()
        floor = max(MIN_SUGGESTION_SCORE, hits[0].score * MIN_SHARE_OF_BEST)
        left_out = self.red_flag_cards() | set(exclude)
        chosen = [hit.card for hit in hits if hit.score >= floor and hit.card.id not in left_out]
        return tuple(chosen[:MAX_SUGGESTIONS])


# The warm-up thread and the UI thread may both ask first: load only once.
_lock = threading.Lock()


def guidance() -> Guidance:
    """The process-wide guidance, loaded on first use (safe to call from any thread)."""
    with _lock:
        return _load(current_language())


def warm_up(runner: Runner) -> None:
    """Load the guidance on a worker thread now, so the first check while typing is instant."""
    runner.run(guidance, _ignore, _report)


@functools.cache
def _load(language: str) -> Guidance:
    """The guidance in ``language`` (kept per language: switching back is instant)."""
    library = load_cards(language=language)
    for problem in library.problems:
        log.warning("guidance card problem: %s", problem)
    try:
        safety_net: SafetyNet | None = SafetyNet.load()
    except SafetyNetError as error:
        # Caught by the tests before a release; in the field the app still works,
        # without the banner (help now stays one click away on every screen).
        log.error("safety net phrases could not be loaded: %s", error)
        safety_net = None
    return Guidance(library, CardIndex(library.cards), safety_net)


def _ignore(_: object) -> None:
    """Nothing to do: the value is cached."""


def _report(error: BaseException) -> None:
    log.error("guidance could not be loaded: %s", type(error).__name__)
