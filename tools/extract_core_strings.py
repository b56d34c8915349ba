"""List the core's translatable text and what each language's catalogue still lacks.

Walks the syntax tree of every module in ``caregiver_app/`` (nothing is imported or
run) and collects:

- ``_("…")`` and ``N_("…")``: messages, keyed by their English text;
- ``ngettext("{n} entry", "{n} entries", n)`` and ``count_of(n, "entry", "entries")``:
  plurals, keyed by the English singular ("{n} entry");
- with ``--errors``, also the English messages given to the core's errors
  (``raise NotFound("…")``): ``KindredError`` translates its message when the
  catalogue has it; these are listed, not required.

Usage::

    .venv/bin/python -m tools.extract_core_strings            # missing keys, per language
    .venv/bin/python -m tools.extract_core_strings --check    # exit 1 if any are missing
    .venv/bin/python -m tools.extract_core_strings --errors   # also the error messages
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "caregiver_app"
LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("hi", "es")
_ERROR_CALLS = {
    "KindredError", "InvalidInput", "NotFound", "NotAllowed", "StoreNotFound", "StoreDamaged",
    "WrongKey", "KeyUnavailable", "PassphraseRequired", "StoreFull", "StoreTooNew", "StoreBusy",
    "ServerUnreachable", "ServerRefused", "WriteContention",
}  # fmt: skip


@dataclass
class CoreStrings:
    messages: dict[str, str] = field(default_factory=dict)  # text -> where first seen
    plurals: dict[str, tuple[str, str]] = field(default_factory=dict)  # singular -> (plural, where)
    errors: dict[str, str] = field(default_factory=dict)


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def collect(root: Path = CORE) -> CoreStrings:
    found = CoreStrings()
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        where = str(path.relative_to(ROOT))
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=where)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called, args = _name(node.func), node.args
            texts = [_literal(arg) for arg in args]
            if called in ("_", "N_") and texts and texts[0]:
                found.messages.setdefault(texts[0], f"{where}:{node.lineno}")
            elif called == "ngettext" and len(texts) >= 2 and texts[0] and texts[1]:
                found.plurals.setdefault(texts[0], (texts[1], f"{where}:{node.lineno}"))
            elif called == "count_of" and len(texts) >= 3 and texts[1] and texts[2]:
                key = "{n} " + texts[1]
                found.plurals.setdefault(key, ("{n} " + texts[2], f"{where}:{node.lineno}"))
            elif called in _ERROR_CALLS:
                for text in texts:
                    if text and " " in text:  # a sentence, not a field name
                        found.errors.setdefault(text, f"{where}:{node.lineno}")
    return found


def catalogue(language: str) -> dict[str, object]:
    path = LOCALE / f"core_{language}.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return data if isinstance(data, dict) else {}


def missing(strings: CoreStrings, language: str, errors: bool = False) -> list[str]:
    """The keys ``language``'s catalogue lacks (an empty translation counts as missing)."""
    data = catalogue(language)
    messages = data.get("messages", {})
    plurals = data.get("plurals", {})
    assert isinstance(messages, dict) and isinstance(plurals, dict)
    wanted = list(strings.messages) + (list(strings.errors) if errors else [])
    lacking = [text for text in wanted if not messages.get(text)]
    for singular in strings.plurals:
        forms = plurals.get(singular)
        if not isinstance(forms, dict) or not forms.get("one") or not forms.get("other"):
            lacking.append(singular)
    return lacking


def unused(strings: CoreStrings, language: str) -> list[str]:
    """Catalogue keys no longer in the code (kept harmlessly; listed for tidying)."""
    data = catalogue(language)
    known = set(strings.messages) | set(strings.errors) | set(strings.plurals)
    keys = [*data.get("messages", {}), *data.get("plurals", {})]  # type: ignore[misc]
    return [key for key in keys if key not in known]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a key is missing")
    parser.add_argument("--errors", action="store_true", help="include raised error messages")
    args = parser.parse_args(argv)
    strings = collect()
    print(
        f"{len(strings.messages)} messages, {len(strings.plurals)} plurals, "
        f"{len(strings.errors)} error messages in the core"
    )
    problems = 0
    for language in LANGUAGES:
        lacking = missing(strings, language, errors=args.errors)
        problems += len(lacking)
        print(f"\n{language}: {len(lacking)} missing")
        for key in lacking:
            where = strings.messages.get(key) or strings.errors.get(key)
            where = where or strings.plurals[key][1]
            print(f"  {key!r}  ({where})")
        if extra := unused(strings, language):
            print(f"{language}: {len(extra)} not used any more: {extra[:10]}")
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
