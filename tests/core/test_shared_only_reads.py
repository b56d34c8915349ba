"""Presentation mode reads: private entries are left out by the query itself."""

from __future__ import annotations

import pytest

from caregiver_app.domain.entries import EntryDraft, EntryFilter, Visibility
from caregiver_app.domain.errors import NotFound
from caregiver_app.services.diary_service import DiaryService
from tests.conftest import OpenStore


def test_shared_only_leaves_out_even_the_viewers_own_private_entries(opened: OpenStore) -> None:
    diary = DiaryService(opened.store)
    shared = diary.add(opened.ann, EntryDraft(text="Walked to the park together"))
    private = diary.add(
        opened.ann, EntryDraft(text="I cried in the car park", visibility=Visibility.PRIVATE)
    )
    presenting = DiaryService(opened.store, shared_only=True)

    assert {e.id for e in diary.page(opened.ann).entries} == {shared.id, private.id}
    assert [e.id for e in presenting.page(opened.ann).entries] == [shared.id]
    assert presenting.count(opened.ann) == 1
    assert presenting.page(opened.ann, EntryFilter(text="cried")).entries == ()
    assert presenting.count(opened.ann, EntryFilter(private_only=True)) == 0
    with pytest.raises(NotFound):
        presenting.get(private.id, opened.ann)
    assert presenting.get(shared.id, opened.ann).id == shared.id
