"""One writer process for the crash harness: saves entries until it is killed."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path
from typing import TextIO

from caregiver_app.domain.entries import EntryDraft, EntryKind
from caregiver_app.paths import StorePaths
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.store import open_store
from tests.stress.crash_harness import digest, no_keyring

WORDS = [
    "calm",
    "upset",
    "tea",
    "garden",
    "night",
    "nurse",
    "tablets",
    "walk",
    "music",
    "photo",
    "radio",
    "sleep",
]


def main() -> None:
    folder, author_id, ack_path, seed = sys.argv[1:5]
    rng = random.Random(int(seed))
    store = open_store(
        StorePaths(Path(folder)),
        vault=no_keyring(),
        passphrase=os.environ["KINDRED_TEST_PASSPHRASE"],
        take_lock=False,
    )
    diary = DiaryService(store)
    print("ready", flush=True)
    with open(ack_path, "a", encoding="utf-8") as ack:
        while True:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 400)))
            kind = rng.choice(list(EntryKind))
            entry = diary.add(author_id, EntryDraft(text=f"{seed} {words}", kind=kind))
            # Only now is the save acknowledged: it returned, so it must survive.
            _acknowledge(ack, entry.id, digest(entry.text))
            if rng.random() < 0.2:
                edited = entry.text + " edited"
                # While the edit runs, either text is right; once it returns, the new one.
                _acknowledge(ack, entry.id, f"{digest(entry.text)},{digest(edited)}")
                diary.edit(entry.id, author_id, EntryDraft(text=edited, kind=kind), 1)
                _acknowledge(ack, entry.id, digest(edited))


def _acknowledge(ack: TextIO, entry_id: str, digests: str) -> None:
    # The closing "." marks a whole line: a kill can tear the last one.
    ack.write(f"{entry_id}\t{digests}.\n")
    ack.flush()
    os.fsync(ack.fileno())


if __name__ == "__main__":
    main()
