"""One writer process for the many-writers test and the bench: saves N entries, as fast as it can.

Usage: python -m tests.postgres.writer SETTINGS_JSON COUNT TAG (password on stdin's first
line). Prints "ready" once connected, waits for "go" on stdin, saves, prints "done <n>
<seconds>".
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from tempfile import mkdtemp

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.server import ServerSettings, open_server_store


def main() -> None:
    settings = ServerSettings.from_dict(json.loads(sys.argv[1]))
    count, tag = int(sys.argv[2]), sys.argv[3]
    password = sys.stdin.readline().strip()
    store = open_server_store(settings, password, home=Path(mkdtemp(prefix="kindred-writer-")))
    assert store.membership is not None
    me = store.membership.caregiver_id
    diary = DiaryService(store)
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return
    started = time.perf_counter()
    for number in range(count):
        diary.add(me, EntryDraft(text=f"{tag} entry {number}: calm afternoon, tea", tags=(tag,)))
    print(f"done {count} {time.perf_counter() - started:.4f}", flush=True)
    store.close()


def run_writers(jobs: Sequence[tuple[ServerSettings, str, int, str]]) -> list[float]:
    """Start one process per (settings, password, count, tag), all saving at the same moment.

    Returns each writer's seconds of saving; raises if any writer failed.
    """
    root = Path(__file__).resolve().parents[2]
    processes = []
    for settings, password, count, tag in jobs:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.postgres.writer", json.dumps(settings.to_dict()),
             str(count), tag],
            cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert process.stdin is not None
        process.stdin.write(password + "\n")
        process.stdin.flush()
        processes.append(process)
    for process in processes:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("a writer could not connect")
    for process in processes:  # everyone starts together
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    seconds = []
    for process in processes:
        out, _ = process.communicate(timeout=600)
        if process.returncode != 0 or not out.startswith("done"):
            raise RuntimeError(f"a writer failed (exit {process.returncode})")
        seconds.append(float(out.split()[2]))
    return seconds


if __name__ == "__main__":
    main()
