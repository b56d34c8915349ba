"""The demo family: realistic, the same every time, and never near the real diary."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest

from caregiver_app.demo import DemoDiary, build_demo, load_story
from caregiver_app.domain.entries import EntryDraft, EntryFilter, EntryKind
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from tests.core.test_guidance_content import BANNED

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo() -> Iterator[DemoDiary]:
    built = build_demo(today=TODAY)
    yield built
    built.close()


def _everything(demo: DemoDiary) -> tuple:  # type: ignore[type-arg]
    diary = DiaryService(demo.store)
    entries = []
    cursor = None
    while True:
        page = diary.page(demo.writer_id, EntryFilter(), after=cursor, limit=500)
        entries += page.entries
        if page.next_cursor is None:
            return tuple(entries)
        cursor = page.next_cursor


def test_six_months_from_three_family_members_with_what_a_demo_needs(demo: DemoDiary) -> None:
    entries = _everything(demo)
    authors = {e.author_name for e in entries}
    assert {"Priya Verma", "Rahul Verma", "Grace Mensah"} <= authors
    span = (entries[0].happened_at - entries[-1].happened_at).days
    assert 170 <= span <= 185 and len(entries) > 250
    episodes = [e for e in entries if e.kind is EntryKind.DISTRESS_EPISODE]
    assert episodes and all(e.draft.cards and e.draft.helped for e in episodes)
    assert any(e.is_private for e in entries)  # the carer's own wellbeing notes
    assert any(e.kind is EntryKind.QUESTION and e.draft.flagged for e in entries)

    medicines = MedicineService(demo.store).list(demo.writer_id)
    donepezil = next(m for m in medicines if m.name == "Donepezil")
    assert donepezil.strength == "10 mg" and any(ev.reason for ev in donepezil.events[1:])
    appointments = AppointmentService(demo.store).list(demo.writer_id)
    assert len(appointments) == 2 and all(a.questions for a in appointments)
    assert CircleService(demo.store).get().person.preferred_name == "Ma"


def test_the_demo_is_the_same_every_time(demo: DemoDiary) -> None:
    again = build_demo(today=TODAY)
    try:
        first = [(e.text, e.kind, e.happened_at) for e in _everything(demo)]
        second = [(e.text, e.kind, e.happened_at) for e in _everything(again)]
        assert first == second
    finally:
        again.close()


def test_reset_throws_away_what_was_done_in_the_demo() -> None:
    built = build_demo(today=TODAY)
    try:
        before = len(_everything(built))
        DiaryService(built.store).add(built.writer_id, EntryDraft(text="Typed during the talk"))
        assert len(_everything(built)) == before + 1
        built.reset()
        assert len(_everything(built)) == before
    finally:
        built.close()
    assert not built.folder.exists()


def test_the_demo_never_touches_the_real_diary_or_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "real-kindred"
    monkeypatch.setenv("KINDRED_HOME", str(real))

    def no_keyring(*_: object) -> None:
        raise AssertionError("the demo must not use the keyring")

    monkeypatch.setattr(keyring, "get_keyring", no_keyring)
    built = build_demo(today=TODAY)
    built.close()
    assert not real.exists()
    assert not str(built.folder).startswith(str(real))


def test_the_demo_story_is_written_with_care() -> None:
    text = json.dumps(load_story(), ensure_ascii=False).lower()
    for pattern in BANNED:
        assert not re.search(pattern, text), pattern


@pytest.mark.parametrize("language", ["hi", "es"])
def test_the_demo_diary_is_written_in_the_chosen_language(language: str) -> None:
    from caregiver_app.i18n import current_language, set_language

    english = {text for texts in load_story("en")["daily"].values() for text in _texts(texts)}
    before = current_language()
    set_language(language)
    try:
        built = build_demo(today=TODAY)
    finally:
        set_language(before)
    try:
        entries = _everything(built)
    finally:
        built.close()
    left_in_english = [e.text for e in entries if e.text in english or e.text.startswith("Phoned")]
    assert not left_in_english
    if language == "hi":
        assert all(re.search("[\u0900-\u097f]", e.text) for e in entries)


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []
