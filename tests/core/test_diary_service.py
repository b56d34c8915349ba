"""The shared diary: writing, editing without losing anything, privacy, paging, filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from caregiver_app.domain.entries import (
    EntryDraft,
    EntryFilter,
    EntryKind,
    RevisionAction,
    Visibility,
)
from caregiver_app.domain.errors import EditConflict, InvalidInput, NotAllowed, NotFound
from caregiver_app.services.changes import Changes
from caregiver_app.services.diary_service import DiaryService
from tests.conftest import OpenStore

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def diary(opened: OpenStore) -> DiaryService:
    return DiaryService(opened.store)


def test_an_entry_keeps_everything_that_was_typed(diary: DiaryService, opened: OpenStore) -> None:
    draft = EntryDraft(
        text="  Shouting at the radio after lunch  ",
        kind=EntryKind.DISTRESS_EPISODE,
        happened_at=T0,
        mood=3,
        distress=8,
        sleep_hours=4.5,
        tags=("#Voices", "afternoon", "voices"),
        flagged=True,
        before="Visitors left",
        behaviour="Shouted, paced",
        tried="Sat with him, quiet music",
        helped="Tea in the garden",
    )
    saved = diary.add(opened.ann, draft)
    again = diary.get(saved.id, opened.raj)
    assert again.text == "Shouting at the radio after lunch"
    assert again.author_name == "Ann Okafor"
    assert again.happened_at == T0
    assert again.draft.tags == ("afternoon", "voices")
    assert (again.draft.mood, again.draft.distress, again.draft.sleep_hours) == (3, 8, 4.5)
    assert again.draft.helped == "Tea in the garden" and again.draft.flagged


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (EntryDraft(text="   "), "text"),
        (EntryDraft(text="ok", mood=14), "mood"),
        (EntryDraft(text="ok", distress=-1), "distress"),
        (EntryDraft(text="ok", sleep_hours=25), "sleep_hours"),
        (EntryDraft(text="ok", happened_at=datetime(2026, 1, 1)), "happened_at"),
        (EntryDraft(text="ok", tags=("x" * 41,)), "tags"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_saved(
    diary: DiaryService, opened: OpenStore, draft: EntryDraft, field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        diary.add(opened.ann, draft)
    assert caught.value.field == field and caught.value.message
    assert diary.count(opened.ann) == 0


def test_an_edit_keeps_the_previous_text_in_the_history(
    diary: DiaryService, opened: OpenStore
) -> None:
    first = diary.add(opened.ann, EntryDraft(text="Slept badly", happened_at=T0))
    edited = diary.edit(first.id, opened.raj, EntryDraft(text="Slept badly, up at 3"), 1)
    assert edited.version == 2 and edited.happened_at == T0

    history = diary.history(first.id, opened.ann)
    assert [(r.action, r.by_name, r.content.text) for r in history] == [
        (RevisionAction.CREATED, "Ann Okafor", "Slept badly"),
        (RevisionAction.EDITED, "Raj Okafor", "Slept badly, up at 3"),
    ]
    assert history[1].changed_fields(history[0]) == ("text",)


def test_a_stale_edit_is_refused_and_both_versions_survive(
    diary: DiaryService, opened: OpenStore
) -> None:
    entry = diary.add(opened.ann, EntryDraft(text="Ate half of dinner"))
    diary.edit(entry.id, opened.raj, EntryDraft(text="Ate half of dinner, refused pudding"), 1)

    with pytest.raises(EditConflict) as caught:
        diary.edit(entry.id, opened.ann, EntryDraft(text="Ate all of dinner in the end"), 1)

    assert caught.value.current.text == "Ate half of dinner, refused pudding"
    assert caught.value.attempted.text == "Ate all of dinner in the end"
    assert diary.get(entry.id, opened.ann).text == "Ate half of dinner, refused pudding"
    history = diary.history(entry.id, opened.ann)
    assert history[-1].action is RevisionAction.CONFLICTED
    assert history[-1].content.text == "Ate all of dinner in the end"

    # Keeping mine: an edit made against the version that is now current.
    kept = diary.edit(entry.id, opened.ann, caught.value.attempted, caught.value.current.version)
    assert kept.text == "Ate all of dinner in the end"


def test_delete_hides_an_entry_and_undo_brings_it_back(
    diary: DiaryService, opened: OpenStore
) -> None:
    entry = diary.add(opened.ann, EntryDraft(text="Walked to the park"))
    diary.delete(entry.id, opened.raj)
    assert diary.page(opened.ann).entries == ()
    assert diary.count(opened.ann, EntryFilter(include_deleted=True)) == 1

    restored = diary.undelete(entry.id, opened.raj)
    assert restored.deleted_at is None
    assert [e.text for e in diary.page(opened.ann).entries] == ["Walked to the park"]
    actions = [r.action for r in diary.history(entry.id, opened.ann)]
    assert actions == [RevisionAction.CREATED, RevisionAction.DELETED, RevisionAction.RESTORED]


def test_private_entries_are_seen_only_by_their_author(
    diary: DiaryService, opened: OpenStore
) -> None:
    secret = diary.add(
        opened.ann, EntryDraft(text="I feel worn out", visibility=Visibility.PRIVATE)
    )
    diary.add(opened.ann, EntryDraft(text="Good lunch"))

    assert [e.text for e in diary.page(opened.raj).entries] == ["Good lunch"]
    assert diary.count(opened.ann) == 2
    for attempt in (
        lambda: diary.get(secret.id, opened.raj),
        lambda: diary.history(secret.id, opened.raj),
        lambda: diary.edit(secret.id, opened.raj, EntryDraft(text="x"), 1),
        lambda: diary.delete(secret.id, opened.raj),
    ):
        with pytest.raises(NotFound):
            attempt()
    assert diary.page(opened.raj, EntryFilter(text="worn")).entries == ()


def test_a_viewer_can_read_but_not_write(diary: DiaryService, opened: OpenStore) -> None:
    entry = diary.add(opened.ann, EntryDraft(text="Calm day"))
    assert diary.get(entry.id, opened.viewer).text == "Calm day"
    with pytest.raises(NotAllowed, match="read the diary but not write"):
        diary.add(opened.viewer, EntryDraft(text="Hello"))
    with pytest.raises(NotAllowed):
        diary.edit(entry.id, opened.viewer, EntryDraft(text="changed"), 1)
    assert diary.count(opened.ann) == 1


def test_pages_walk_the_whole_diary_newest_first_without_gaps(
    diary: DiaryService, opened: OpenStore
) -> None:
    for i in range(23):
        # Two entries share each minute, so the id must break ties.
        when = T0 + timedelta(minutes=i // 2)
        diary.add(opened.ann if i % 3 else opened.raj, EntryDraft(text=f"n{i}", happened_at=when))
    seen: list[str] = []
    cursor = None
    while True:
        page = diary.page(opened.ann, after=cursor, limit=5)
        seen.extend(e.id for e in page.entries)
        times = [e.happened_at for e in page.entries]
        assert times == sorted(times, reverse=True)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == len(set(seen)) == 23


def test_filters_narrow_the_diary(diary: DiaryService, opened: OpenStore) -> None:
    diary.add(opened.ann, EntryDraft(text="a", kind=EntryKind.MOOD, happened_at=T0, tags=("x",)))
    diary.add(opened.raj, EntryDraft(text="b", kind=EntryKind.SLEEP, happened_at=T0, flagged=True))
    diary.add(
        opened.ann,
        EntryDraft(text="c", happened_at=T0 + timedelta(days=3), visibility=Visibility.PRIVATE),
    )

    def texts(filters: EntryFilter) -> list[str]:
        return sorted(e.text for e in diary.page(opened.ann, filters).entries)

    assert texts(EntryFilter(author_ids=(opened.raj,))) == ["b"]
    assert texts(EntryFilter(kinds=(EntryKind.MOOD, EntryKind.SLEEP))) == ["a", "b"]
    assert texts(EntryFilter(since=T0 + timedelta(days=1))) == ["c"]
    assert texts(EntryFilter(until=T0 + timedelta(days=1))) == ["a", "b"]
    assert texts(EntryFilter(tag="X")) == ["a"]
    assert texts(EntryFilter(flagged_only=True)) == ["b"]
    assert texts(EntryFilter(private_only=True)) == ["c"]
    assert diary.count(opened.ann, EntryFilter(kinds=(EntryKind.MOOD,))) == 1


def test_search_finds_words_anywhere_in_an_episode_and_ignores_query_syntax(
    diary: DiaryService, opened: OpenStore
) -> None:
    diary.add(
        opened.ann,
        EntryDraft(text="Evening upset", kind=EntryKind.DISTRESS_EPISODE, helped="Humming songs"),
    )
    diary.add(opened.ann, EntryDraft(text='He said "NEAR" OR* (what?)'))
    assert [e.text for e in diary.page(opened.ann, EntryFilter(text="humm")).entries] == [
        "Evening upset"
    ]
    assert len(diary.page(opened.ann, EntryFilter(text='"near" OR*')).entries) == 1
    assert diary.page(opened.ann, EntryFilter(text="!!!")).entries == ()


def test_tags_are_offered_most_used_first(diary: DiaryService, opened: OpenStore) -> None:
    for tags in (("night", "voices"), ("night",), ("nurse",)):
        diary.add(opened.ann, EntryDraft(text="t", tags=tags))
    assert diary.known_tags() == ("night", "nurse", "voices")
    assert diary.known_tags("nu") == ("nurse",)


def test_every_change_is_announced_with_the_entry_id(
    diary: DiaryService, opened: OpenStore
) -> None:
    heard: list[Changes] = []
    opened.store.changes.subscribe(heard.append)
    entry = diary.add(opened.ann, EntryDraft(text="x"))
    diary.edit(entry.id, opened.ann, EntryDraft(text="y"), 1)
    diary.delete(entry.id, opened.ann)
    assert [c.entry_ids for c in heard] == [frozenset({entry.id})] * 3
