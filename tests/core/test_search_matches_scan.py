"""Full-text search returns exactly what a plain scan of the words would (hypothesis)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql

from caregiver_app.domain.entries import EntryDraft, EntryFilter, Visibility
from caregiver_app.services import entry_reads
from caregiver_app.services.diary_service import DiaryService
from tests.conftest import OpenStore

VOCABULARY = ["calm", "calmer", "shouting", "tea", "garden", "night", "nurse", "pain", "café"]
T0 = datetime(2026, 1, 1, tzinfo=UTC)

entry_texts = st.lists(
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6).map(" ".join),
    min_size=1,
    max_size=25,
)
queries = st.lists(
    st.sampled_from([*VOCABULARY, "cal", "ga", "cafe", "n"]), min_size=1, max_size=3
).map(" ".join)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold().replace("é", "e"))


def plain_scan_matches(text: str, query: str) -> bool:
    """Every query word is a word of the text; the last one may be the start of a word."""
    words = _words(text)
    *whole, last = _words(query)
    return all(w in words for w in whole) and any(w.startswith(last) for w in words)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(texts=entry_texts, query=queries)
def test_search_equals_a_plain_scan(opened: OpenStore, texts: list[str], query: str) -> None:
    diary = DiaryService(opened.store)
    with opened.store.write() as session:  # a fresh diary for every example
        session.execute(sql("DELETE FROM entries"))
    ids_by_text: dict[str, list[str]] = {}
    for i, text in enumerate(texts):
        entry = diary.add(opened.ann, EntryDraft(text=text, happened_at=T0 + timedelta(hours=i)))
        ids_by_text.setdefault(text, []).append(entry.id)

    found = {e.id for e in diary.page(opened.ann, EntryFilter(text=query), limit=100).entries}
    expected = {
        entry_id
        for text, ids in ids_by_text.items()
        if plain_scan_matches(text, query)
        for entry_id in ids
    }
    assert found == expected


def _walk_pages(diary: DiaryService, viewer: str, query: str) -> list[str]:
    """Every result, two at a time, as the diary page scrolls."""
    found: list[str] = []
    cursor = None
    while True:
        page = diary.page(viewer, EntryFilter(text=query), after=cursor, limit=2)
        found += [e.id for e in page.entries]
        if page.next_cursor is None:
            return found
        cursor = page.next_cursor


# Searches are planned three ways depending on how many entries match (see
# caregiver_app/services/entry_reads.py); each way must find exactly the same entries.
PLANS = {"few": (10**9, 10**9), "many": (0, 10**9), "most": (0, 0)}


@pytest.mark.parametrize("plan", PLANS)
def test_every_search_plan_finds_the_same_entries(
    opened: OpenStore, monkeypatch: pytest.MonkeyPatch, plan: str
) -> None:
    drive, most = PLANS[plan]
    monkeypatch.setattr(entry_reads, "SEARCH_DRIVE_LIMIT", drive)
    monkeypatch.setattr(entry_reads, "SEARCH_MOST_LIMIT", most)
    diary = DiaryService(opened.store)
    texts = ["calm garden tea", "shouting at night", "garden again", "tea and cake", "calmer"]
    ids = {
        text: diary.add(opened.ann, EntryDraft(text=text, happened_at=T0 + timedelta(hours=i))).id
        for i, text in enumerate(texts)
    }
    diary.add(opened.raj, EntryDraft(text="garden, private", visibility=Visibility.PRIVATE))
    for query in ("garden", "cal", "tea garden", "night", "zzz"):
        found = _walk_pages(diary, opened.ann, query)
        expected = {ids[t] for t in texts if plain_scan_matches(t, query)}
        assert len(found) == len(set(found)) and set(found) == expected, (plan, query)
        assert diary.count(opened.ann, EntryFilter(text=query)) == len(expected)
