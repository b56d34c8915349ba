"""Kill writers at random moments and check that no acknowledged save is ever lost.

Writers are separate processes that save entries through the real services and,
only after a save has returned, append the entry's id and a digest of its text to
an acknowledgement file (flushed to disk). The harness kills writers with SIGKILL
at random moments, then opens the store fresh and checks: SQLite's and SQLCipher's
integrity checks pass, and every acknowledged entry is there, whole.

Used by tests/core/test_crash_safety.py (a short run) and bench/crash_bench.py.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from caregiver_app.domain.entries import EntryFilter
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


@dataclass
class CrashReport:
    kills: int = 0
    checks: int = 0  # times the store was opened fresh and checked
    acknowledged: int = 0
    found: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _writer_command(folder: Path, author_id: str, ack: Path, seed: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tests.stress.writer",
        str(folder),
        author_id,
        str(ack),
        str(seed),
    ]


def _check(paths: StorePaths, passphrase: str, acks: list[Path], report: CrashReport) -> None:
    store = open_store(paths, vault=no_keyring(), passphrase=passphrase, take_lock=False)
    try:
        with store.read() as session:
            integrity = session.execute(text("PRAGMA integrity_check")).scalar()
            cipher = session.execute(text("PRAGMA cipher_integrity_check")).all()
        report.checks += 1
        if integrity != "ok" or cipher:
            report.problems.append(f"integrity after kill {report.kills}: {integrity} {cipher}")
        circle = CircleService(store).get()
        viewer = circle.caregivers[0].id
        diary = DiaryService(store)
        # The last line about an entry wins; "a,b" means either text is right (an
        # edit was under way when the writer was killed).
        expected: dict[str, set[str]] = {}
        for ack in acks:
            if ack.exists():
                for line in ack.read_text(encoding="utf-8").splitlines():
                    entry_id, _, digests = line.partition("\t")
                    if digests.endswith("."):  # a torn last line was never written whole
                        expected[entry_id] = set(digests.rstrip(".").split(","))
        report.acknowledged = len(expected)
        found = 0
        cursor = None
        while True:
            page = diary.page(viewer, EntryFilter(), after=cursor, limit=500)
            for entry in page.entries:
                if entry.id in expected:
                    found += 1
                    if digest(entry.text) not in expected[entry.id]:
                        report.problems.append(f"entry {entry.id[:8]} is not whole")
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        report.found = found
        if found != len(expected):
            report.problems.append(f"{len(expected) - found} acknowledged entries missing")
    finally:
        store.close()


def no_keyring() -> KeyringVault:
    """Writers and checks open with the passphrase, never the computer's keyring."""
    return KeyringVault(FailKeyring(), timeout_s=0.5)


def run(
    folder: Path,
    passphrase: str,
    author_ids: list[str],
    kills: int,
    seed: int = 1,
    min_ms: int = 30,
    max_ms: int = 250,
) -> CrashReport:
    """Run writers (one per author id), kill ``kills`` times, check after every kill."""
    rng = random.Random(seed)
    paths = StorePaths(folder)
    acks = [folder / f"ack-{i}.txt" for i in range(len(author_ids))]
    env = {**os.environ, "KINDRED_TEST_PASSPHRASE": passphrase, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    report = CrashReport()
    procs: list[subprocess.Popen[bytes] | None] = [None] * len(author_ids)

    def start(i: int) -> None:
        procs[i] = subprocess.Popen(
            _writer_command(folder, author_ids[i], acks[i], rng.randrange(1 << 30)),
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def wait_ready(i: int) -> None:
        # Kills are timed from when the writer is saving, not from its start-up.
        proc = procs[i]
        assert proc is not None and proc.stdout is not None
        if proc.stdout.readline().strip() != b"ready":
            report.problems.append("a writer could not open the diary")

    for i in range(len(author_ids)):
        start(i)
    for i in range(len(author_ids)):
        wait_ready(i)
    try:
        while report.kills < kills:
            time.sleep(rng.uniform(min_ms, max_ms) / 1000)
            victims = [rng.randrange(len(procs))] if rng.random() < 0.7 else range(len(procs))
            for i in victims:
                proc = procs[i]
                assert proc is not None
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                proc.wait()
                if proc.returncode not in (-signal.SIGKILL, 0):
                    error = (
                        proc.stderr.read().decode(errors="replace")[-300:] if proc.stderr else ""
                    )
                    report.problems.append(f"writer failed on its own: {error}")
                report.kills += 1
            _check(paths, passphrase, acks, report)
            for i in victims:
                start(i)
    finally:
        for proc in procs:
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    _check(paths, passphrase, acks, report)
    report.seconds = time.monotonic() - started
    return report
