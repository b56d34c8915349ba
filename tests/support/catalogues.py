"""Checks shared by the UI catalogue tests: finished translations, and nothing new for lupdate.

The areas and their files are the Makefile's (``make translations``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCALE = Path(str(resources.files("resources.locale")))
LANGUAGES = ("hi", "es")
AREAS = {
    "shell": (
        ":(glob)ui/*.py",
        ":(glob)ui/pages/*.py",
        ":(glob)ui/widgets/*.py",
        ":(glob)ui/models/*.py",
    ),
    "dialogs": (":(glob)ui/dialogs/*.py",),
}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")
_BIN = Path(sys.executable).parent


def messages(area: str, language: str) -> list[ET.Element]:
    return list(ET.parse(LOCALE / f"{area}_{language}.ts").getroot().iter("message"))


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def finished_messages(area: str, language: str) -> list[tuple[str, list[str]]]:
    """Each current message's source and its translated forms, checked as finished and
    keeping every placeholder and keyboard shortcut of the English."""
    found = []
    for message in messages(area, language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        assert translation.get("type") != "unfinished", source
        texts = forms(message)
        assert len(texts) == (2 if message.get("numerus") == "yes" else 1), source
        for form in texts:
            assert form.strip(), source
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                source,
                form,
            )
            # One keyboard shortcut at most, and only where the English has one.
            shortcuts = len(re.findall(r"&(?=\w)", form))
            assert shortcuts == len(re.findall(r"&(?=\w)", source)), (source, form)
        found.append((source, texts))
    return found


def new_strings(area: str, language: str, work: Path) -> int | None:
    """How many strings lupdate finds in the area's files that its catalogue lacks
    (None outside a git checkout)."""
    files = subprocess.run(
        ["git", "ls-files", *AREAS[area]], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    if not files:
        return None
    copy = work / f"{area}_{language}.ts"
    copy.write_bytes((LOCALE / copy.name).read_bytes())
    done = subprocess.run(
        [str(_BIN / "pyside6-lupdate"), *(str(ROOT / f) for f in files), "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    counted = re.search(r"\((\d+) new and", done.stdout + done.stderr)
    assert counted is not None, done.stdout + done.stderr
    return int(counted.group(1))
