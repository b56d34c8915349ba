"""Full-text search returns exactly what a plain scan of the words would (hypothesis)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql

from caregiver_app.domain.entries import EntryDraft, EntryFilter
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
