"""Writers killed at random moments never lose an acknowledged save (short run).

The long run, with hundreds of kills, is bench/crash_bench.py.
"""

from __future__ import annotations

from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.storage.store import open_store
from tests.conftest import PASSPHRASE, StoreTemplate
from tests.stress import crash_harness


def test_killed_writers_never_lose_an_acknowledged_entry(store_copy: StoreTemplate) -> None:
    paths = StorePaths(store_copy.folder)
    store = open_store(paths, vault=crash_harness.no_keyring(), passphrase=PASSPHRASE)
    writers = [c.id for c in CircleService(store).get().caregivers if c.role.can_write]
    store.close()

    report = crash_harness.run(
        store_copy.folder, PASSPHRASE, writers * 2, kills=12, seed=7, min_ms=80, max_ms=300
    )

    assert report.problems == []
    assert report.kills >= 12 and report.checks >= 6
    # A busy machine saves fewer entries between kills; every one of them must be there.
    assert report.acknowledged >= 5 and report.found == report.acknowledged
