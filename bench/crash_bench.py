"""Crash safety, the long run: writers killed hundreds of times, nothing acknowledged lost.

    .venv/bin/python bench/crash_bench.py [--kills 300] [--writers 4]

Builds a fresh encrypted diary, runs ``--writers`` writer processes saving (and
sometimes editing) entries, kills them with SIGKILL at random moments, and after
every kill opens the store fresh: SQLite's integrity check, SQLCipher's cipher
integrity check, and every acknowledged entry present and whole. Prints the
figures; exits 1 on any problem. (tests/core/test_crash_safety.py is a short run.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role  # noqa: E402
from caregiver_app.paths import StorePaths  # noqa: E402
from caregiver_app.services.circle_service import CircleService  # noqa: E402
from caregiver_app.storage.keys import KdfCost  # noqa: E402
from caregiver_app.storage.store import create_store  # noqa: E402
from tests.stress import crash_harness  # noqa: E402

PASSPHRASE = "crash bench passphrase"


def main() -> int:
    parser = argparse.ArgumentParser(description="Kindred crash-safety run")
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--seed", type=int, default=20261126)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kindred-crash-") as tmp:
        folder = Path(tmp) / "store"
        created = create_store(
            StorePaths(folder),
            vault=crash_harness.no_keyring(),
            passphrase=PASSPHRASE,
            cost=KdfCost(n=2**12),
            take_lock=False,
        )
        circles = CircleService(created.store)
        circle = circles.create(
            PersonProfile(name="Test Person"), CaregiverDraft(name="Writer 0", role=Role.PRIMARY)
        )
        writers = [circle.caregivers[0].id]
        for i in range(1, args.writers):
            writers.append(circles.add_caregiver(CaregiverDraft(name=f"Writer {i}")).id)
        created.store.close()
        report = crash_harness.run(folder, PASSPHRASE, writers, kills=args.kills, seed=args.seed)
    print(f"Kindred crash-safety run · {args.writers} writers · seed {args.seed}")
    print(f"kills (SIGKILL at random moments)   {report.kills}")
    print(f"acknowledged saves checked          {report.acknowledged}")
    print(f"found whole after the last kill     {report.found}")
    print(f"fresh opens with integrity checks   {report.checks}")
    print(f"problems                            {len(report.problems)}")
    for problem in report.problems[:20]:
        print(f"  - {problem}")
    print(f"time                                {report.seconds:.0f} s")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
