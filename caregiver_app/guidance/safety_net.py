"""The safety net: notice red flags in diary text and point to the right card.

When a carer writes "he said he wants to die" or "mum won't wake up" into the
diary, the app should not just save it: it should show the matching card and the
crisis lines. `SafetyNet.check` does the noticing. It is a transparent phrase
matcher, not a model: the phrases live in ``resources/guidance/safety_phrases.json``
where a reviewer can read every one, and its recall and false-alarm rate are
measured on a hand-written labelled set in the tests (see docs/guidance.md).

Negation is handled simply, in the clause before the phrase ("denies wanting to
die", "wasn't violent"). For suicide and self-harm a denied mention still raises
a *gentle* alert (``negated=True``): people often deny these thoughts, and asking
again kindly is safe. For the other kinds a denied mention raises nothing.

Diary text is private: nothing here logs or stores the text it is given.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

PHRASES_PACKAGE = "resources.guidance"
PHRASES_FILE = "safety_phrases.json"

_SENTENCE_END = re.compile(r"[.!?;\n]+")
_CLAUSE_MARK = re.compile(r"[,:]")
_WORD = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"[ \t]+")
_NOT_TEXT = re.compile(r"[^a-z0-9.,!?;:\n ]+")


class RedFlag(enum.StrEnum):
    SUICIDE = "suicide"
    VIOLENCE = "violence"
    UNRESPONSIVE = "unresponsive"
    MISSING_PERSON = "missing_person"
    SELF_HARM = "self_harm"
    DELIRIUM = "delirium"


@dataclass(frozen=True)
class SafetyAlert:
    """A red flag found in some text, and the card to offer.

    ``matched`` holds the words that raised the alert (from the lower-cased
    text) so the screen can say why it appeared. It is diary text: never log it.
    """

    kind: RedFlag
    card_id: str
    message: str
    matched: str
    negated: bool = False


class SafetyNetError(ValueError):
    """The phrase file is broken; raised at start-up so it is caught in testing."""


@dataclass(frozen=True)
class _Pattern:
    # Every expression must match in the same sentence; the first one's match is
    # the one reported and checked for negation.
    expressions: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class _Kind:
    flag: RedFlag
    card_id: str
    message: str
    negated_message: str
    soften_when_negated: bool
    patterns: tuple[_Pattern, ...]


class SafetyNet:
    """Finds red flags in free text. Build once with `load`; `check` is cheap."""

    def __init__(
        self,
        kinds: Sequence[_Kind],
        ignore: Sequence[re.Pattern[str]],
        negations: frozenset[str],
        clause_breaks: frozenset[str],
        negation_window: int,
    ) -> None:
        self._kinds = tuple(kinds)
        self._ignore = tuple(ignore)
        self._negations = negations
        self._clause_breaks = clause_breaks
        self._window = negation_window

    @classmethod
    def load(cls, path: Path | Traversable | None = None) -> SafetyNet:
        """The safety net built from the shipped phrase list (or the file at ``path``)."""
        entry = resources.files(PHRASES_PACKAGE).joinpath(PHRASES_FILE) if path is None else path
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise SafetyNetError(f"{entry.name}: could not be read ({error}).") from error
        return cls.from_dict(data, file=entry.name)

    @classmethod
    def from_dict(cls, data: Any, *, file: str = PHRASES_FILE) -> SafetyNet:
        if not isinstance(data, dict):
            raise SafetyNetError(f"{file}: should hold one JSON object.")
        try:
            kinds = [_parse_kind(item, file) for item in data["kinds"]]
            ignore = [_compile(item, file, "ignore") for item in data.get("ignore", [])]
            negations = frozenset(str(word) for word in data.get("negations", []))
            breaks = frozenset(str(word) for word in data.get("clause_breaks", []))
            window = int(data.get("negation_window", 3))
        except (KeyError, TypeError, ValueError) as error:
            if isinstance(error, SafetyNetError):
                raise
            raise SafetyNetError(f"{file}: malformed ({error!r}).") from error
        seen = [kind.flag for kind in kinds]
        if len(set(seen)) != len(seen):
            raise SafetyNetError(f"{file}: kinds: a kind is listed twice.")
        return cls(kinds, ignore, negations, breaks, window)

    @property
    def card_ids(self) -> dict[RedFlag, str]:
        """Which card each kind of alert points to (checked against the cards in tests)."""
        return {kind.flag: kind.card_id for kind in self._kinds}

    def check(self, text: str) -> SafetyAlert | None:
        """The most urgent alert for ``text``, or None when nothing looks risky."""
        alerts = self.check_all(text)
        return alerts[0] if alerts else None

    def check_all(self, text: str) -> tuple[SafetyAlert, ...]:
        """One alert per kind found, most urgent first; gentle (negated) alerts last."""
        sentences = self._sentences(text)
        if not sentences:
            return ()
        # One string, one sentence a line, each closed by a full stop: single-expression
        # patterns run once over it (fast on long entries) and still cannot run on into
        # the next sentence, because no pattern crosses a full stop.
        joined = ".\n".join(sentences) + "."
        full: list[SafetyAlert] = []
        gentle: list[SafetyAlert] = []
        for kind in self._kinds:
            hit: str | None = None
            first_negated: str | None = None
            for pattern in kind.patterns:
                for matched, negated in self._matches(pattern, joined, sentences):
                    if not negated:
                        hit = matched
                        break
                    first_negated = first_negated or matched
                if hit is not None:
                    break
            if hit is not None:
                full.append(SafetyAlert(kind.flag, kind.card_id, kind.message, hit))
            elif first_negated is not None and kind.soften_when_negated:
                gentle.append(
                    SafetyAlert(
                        kind.flag, kind.card_id, kind.negated_message, first_negated, negated=True
                    )
                )
        return (*full, *gentle)

    def _sentences(self, text: str) -> list[str]:
        clean = normalise(text)
        for pattern in self._ignore:
            # Blank idioms out with spaces, keeping the text's shape for the rest.
            clean = pattern.sub(lambda found: " " * len(found.group(0)), clean)
        parts = (part.strip() for part in _SENTENCE_END.split(clean))
        return [part for part in parts if part]

    def _matches(
        self, pattern: _Pattern, joined: str, sentences: list[str]
    ) -> Iterator[tuple[str, bool]]:
        first, *others = pattern.expressions
        if not others:
            for found in first.finditer(joined):
                before = joined[: found.start()].rsplit("\n", 1)[-1]
                yield found.group(0).strip(), self._is_negated(before)
            return
        for sentence in sentences:
            if all(other.search(sentence) for other in others):
                for found in first.finditer(sentence):
                    yield found.group(0).strip(), self._is_negated(sentence[: found.start()])

    def _is_negated(self, before: str) -> bool:
        """True when a negation word sits in the few words before, in the same clause."""
        clause = _CLAUSE_MARK.split(before)[-1]
        words = _WORD.findall(clause)
        recent: list[str] = []
        for word in reversed(words):
            if word in self._clause_breaks or len(recent) >= self._window:
                break
            recent.append(word)
        return any(word in self._negations for word in recent)


def normalise(text: str) -> str:
    """Lower-case; drop apostrophes (won't -> wont); other symbols become spaces."""
    lowered = text.casefold().replace("’", "'").replace("‘", "'").replace("`", "'")
    lowered = lowered.replace("'", "")
    lowered = _NOT_TEXT.sub(" ", lowered)
    return _SPACES.sub(" ", lowered)


def _parse_kind(item: Any, file: str) -> _Kind:
    if not isinstance(item, dict):
        raise SafetyNetError(f"{file}: kinds: each kind should be an object.")
    try:
        flag = RedFlag(item["kind"])
    except ValueError as error:
        raise SafetyNetError(f"{file}: kinds: unknown kind {item.get('kind')!r}.") from error
    where = f"kinds[{flag}]"
    when_negated = item.get("when_negated", "drop")
    if when_negated not in ("soften", "drop"):
        raise SafetyNetError(f"{file}: {where}.when_negated: should be 'soften' or 'drop'.")
    patterns = []
    for raw in item["patterns"]:
        expressions = raw["all"] if isinstance(raw, dict) else [raw]
        if not expressions:
            raise SafetyNetError(f"{file}: {where}.patterns: an 'all' list is empty.")
        patterns.append(
            _Pattern(tuple(_compile(expr, file, f"{where}.patterns") for expr in expressions))
        )
    card_id = str(item["card_id"])
    message = str(item["message"]).strip()
    if not message or not card_id or not patterns:
        raise SafetyNetError(f"{file}: {where}: needs card_id, message and patterns.")
    negated_message = str(item.get("negated_message", "")).strip()
    if when_negated == "soften" and not negated_message:
        raise SafetyNetError(f"{file}: {where}.negated_message: needed when softening.")
    return _Kind(flag, card_id, message, negated_message, when_negated == "soften", tuple(patterns))


def _compile(expression: Any, file: str, where: str) -> re.Pattern[str]:
    if not isinstance(expression, str) or not expression:
        raise SafetyNetError(f"{file}: {where}: each pattern should be non-empty text.")
    try:
        # MULTILINE: "^" and "$" mean the start and end of a sentence (one per line).
        return re.compile(expression, re.MULTILINE)
    except re.error as error:
        raise SafetyNetError(f"{file}: {where}: bad pattern {expression!r} ({error}).") from error
