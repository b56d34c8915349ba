"""A small, realistic diary in a temporary folder, for screenshots and manual checks."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import EntryDraft, EntryKind, Visibility
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store

PASSPHRASE = "sample diary passphrase"

SAMPLES = [  # (days ago, hour, kind, text, details)
    (
        0,
        9,
        EntryKind.MOOD,
        "Bright this morning. Did the crossword together and laughed at the radio.",
        {"mood": 7, "distress": 1, "tags": ("morning",)},
    ),
    (
        0,
        17,
        EntryKind.DISTRESS_EPISODE,
        "Became very upset around five, asking to go home.",
        {
            "distress": 8,
            "before": "The light was fading and the house was noisy.",
            "behaviour": "Walked to the door again and again, calling for her mother.",
            "tried": "Sat with her, spoke softly about her mum, put on her old records.",
            "helped": "Holding the photo album and humming along.",
            "tags": ("evening", "sundowning"),
        },
    ),
    (1, 9, EntryKind.MEDICATION, "Took the morning tablets with breakfast, no fuss.", {}),
    (
        1,
        14,
        EntryKind.QUESTION,
        "Could the new evening tablet be making her dizzy?",
        {"flagged": True, "tags": ("tablets",)},
    ),
    (
        1,
        22,
        EntryKind.SLEEP,
        "Up three times in the night, settled after tea.",
        {"sleep_hours": 4.5},
    ),
    (
        2,
        11,
        EntryKind.OBSERVATION,
        "Didn't recognise Raj at first, then was very warm with him.",
        {"mood": 5},
    ),
    (
        3,
        20,
        EntryKind.NOTE,
        "I felt worn out tonight. Going to ask Priya to cover Sunday.",
        {"visibility": Visibility.PRIVATE},
    ),
]


def build(folder: Path | None = None) -> tuple[Store, str, str]:
    """Create the sample diary; returns the open store and Ann's and Raj's ids."""
    folder = folder or Path(tempfile.mkdtemp(prefix="kindred-sample-"))
    created = create_store(
        StorePaths(folder / "store"),
        vault=KeyringVault(),
        passphrase=PASSPHRASE,
        cost=KdfCost(n=2**12),
        take_lock=False,
    )
    store = created.store
    circles = CircleService(store)
    circle = circles.create(
        PersonProfile(name="Margaret Okafor", preferred_name="Maggie"),
        CaregiverDraft(name="Ann Okafor", relationship="daughter", role=Role.PRIMARY),
    )
    raj = circles.add_caregiver(CaregiverDraft(name="Raj Okafor", relationship="son"))
    ann = circle.caregivers[0].id
    diary = DiaryService(store)
    now = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    for days_ago, hour, kind, text, extra in SAMPLES:
        when = (now - timedelta(days=days_ago)).replace(hour=hour)
        author = raj.id if "Raj" in text and days_ago == 2 else ann
        diary.add(author, EntryDraft(text=text, kind=kind, happened_at=when, **extra))  # type: ignore[arg-type]
    return store, ann, raj.id
