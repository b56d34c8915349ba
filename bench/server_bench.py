"""Shared-server benchmark: saves per second with many writers, and live-update latency.

Run from the repository root::

    .venv/bin/python bench/server_bench.py [--entries-each 200] [--saves 200] [--no-fsync]

It starts a throwaway PostgreSQL cluster (initdb + pg_ctl, like the tests; fsync on
unless ``--no-fsync``), sets up a care circle with two members and then measures:

1. entries saved per second with 1, 4 and 16 writer *processes* at once, each saving
   ``--entries-each`` entries through ``DiaryService.add`` (one transaction each: the
   entry, its tags, its first revision, row-level security checked by the server),
   next to a floor measured in the same run: the same number of processes doing a
   raw psycopg ``INSERT`` of the entry row, one transaction each, with the same login,
   and the entry row, its tag and its first revision in one transaction (the rows a
   save writes, without SQLAlchemy, the ORM or the service's reads);
2. the time from one member's save to another member's listener hearing it (median,
   p95 over ``--saves`` saves), from the moment Save is pressed and from the commit,
   next to a floor: a raw ``NOTIFY`` from one connection heard by another;
3. search under row-level security: a diary search (``DiaryService.page`` with a
   text filter, first page) as a member, next to the very statements it sent replayed
   raw with psycopg, as the same member (the same policies: the floor) and as the
   tables' owner (no policies: what row-level security itself costs).

See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from tempfile import mkdtemp
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy import Engine, event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from caregiver_app.domain.entries import EntryDraft, EntryFilter, Visibility  # noqa: E402
from caregiver_app.services.diary_service import DiaryService  # noqa: E402
from caregiver_app.storage import server_admin  # noqa: E402
from tests.postgres.cluster import PgCluster  # noqa: E402
from tests.postgres.conftest import ServerDb, make_db, set_up_family  # noqa: E402
from tests.postgres.writer import run_writers  # noqa: E402

_RAW_INSERT = (
    "INSERT INTO entries (id, circle_id, author_id, happened_at, written_at, updated_at, "
    "kind, text, flagged, visibility, before, behaviour, tried, helped, version) "
    "VALUES (%s, %s, %s, now(), now(), now(), 'note', %s, false, 'shared', '', '', '', '', 1)"
)


_RAW_TAG = "INSERT INTO entry_tags (entry_id, tag) VALUES (%s, 'raw')"
_RAW_REVISION = (
    "INSERT INTO entry_revisions (id, entry_id, version, action, by_id, at, content) "
    "VALUES (%s, %s, 1, 'created', %s, now(), %s)"
)


def _raw_writer(
    dsn: str, circle: str, author: str, count: int, whole: bool, barrier: Any, results: Any
) -> None:
    """One INSERT per entry (``whole``: the entry, its tag and its revision, one transaction)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        barrier.wait()
        started = time.perf_counter()
        for number in range(count):
            entry_id = str(uuid.uuid4())
            text = f"raw entry {number}: calm afternoon, tea"
            if not whole:
                conn.execute(_RAW_INSERT, (entry_id, circle, author, text), prepare=True)
                continue
            with conn.transaction():
                conn.execute(_RAW_INSERT, (entry_id, circle, author, text), prepare=True)
                conn.execute(_RAW_TAG, (entry_id,), prepare=True)
                conn.execute(
                    _RAW_REVISION, (str(uuid.uuid4()), entry_id, author, text), prepare=True
                )
        results.put(time.perf_counter() - started)


def raw_insert_rate(
    db: ServerDb, circle: str, author: str, writers: int, count: int, *, whole: bool = False
) -> float:
    login = db.login("ann")
    dsn = db.cluster.dsn(db.name, user=login, password=db.passwords[login])
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(writers)
    results = context.Queue()
    processes = [
        context.Process(
            target=_raw_writer, args=(dsn, circle, author, count, whole, barrier, results)
        )
        for _ in range(writers)
    ]
    for process in processes:
        process.start()
    seconds = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    return writers * count / max(seconds)


def kindred_rate(db: ServerDb, writers: int, count: int, round_: int) -> float:
    jobs = [
        (db.settings(who), db.passwords[db.login(who)], count, f"bench{round_}w{n}")
        for n, who in enumerate((["ann", "raj"] * writers)[:writers])
    ]
    seconds = run_writers(jobs)
    return writers * count / max(seconds)


def _percentiles(values: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def save_to_listener(db: ServerDb, ann_id: str, saves: int) -> tuple[list[float], list[float]]:
    """Milliseconds from pressing Save (and from the commit) to Raj's listener hearing it."""
    listener = db.open("raj").listener()
    assert listener.open()
    heard: dict[str, float] = {}
    stop = threading.Event()

    def listen() -> None:
        for changes in listener.changes(stop, poll_s=0.2):
            now = time.perf_counter()
            for entry_id in changes.entry_ids:
                heard.setdefault(entry_id, now)

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    diary = DiaryService(db.open("ann"))
    commits: list[float] = []

    def committed_now(_session: Session) -> None:
        commits.append(time.perf_counter())

    event.listen(Session, "after_commit", committed_now)  # just after the server said yes
    from_press, from_commit = [], []
    for number in range(saves):
        pressed = time.perf_counter()
        entry = diary.add(ann_id, EntryDraft(text=f"latency {number}"))
        committed = commits[-1]
        deadline = committed + 5
        while entry.id not in heard and time.perf_counter() < deadline:
            time.sleep(0.0002)
        if entry.id not in heard:
            raise RuntimeError("a save was never heard")
        from_press.append((heard[entry.id] - pressed) * 1000)
        from_commit.append(max(0.0, heard[entry.id] - committed) * 1000)
        time.sleep(0.01)
    event.remove(Session, "after_commit", committed_now)
    stop.set()
    thread.join(2)
    listener.close()
    return from_press, from_commit


def raw_notify_round_trip(db: ServerDb, rounds: int) -> list[float]:
    login = db.login("ann")
    dsn = db.cluster.dsn(db.name, user=login, password=db.passwords[login])
    times = []
    with (
        psycopg.connect(dsn, autocommit=True) as sender,
        psycopg.connect(dsn, autocommit=True) as receiver,
    ):
        receiver.execute("LISTEN bench_floor")
        for number in range(rounds):
            started = time.perf_counter()
            sender.execute("SELECT pg_notify('bench_floor', %s)", (str(number),))
            (note,) = list(receiver.notifies(timeout=5, stop_after=1))
            times.append((time.perf_counter() - started) * 1000)
            assert note.payload == str(number)
    return times


_SEARCHES = (
    ("a common word", "calm"),
    ("a rare word", "hospital"),
    ("two words", "calm tea"),
    ("a word being typed", "hosp"),
)


def seed_for_search(db: ServerDb, ann_id: str, raj_id: str) -> None:
    """Some rare words among the bench's entries, and private entries the policies hide."""
    ann, raj = DiaryService(db.open("ann")), DiaryService(db.open("raj"))
    for number in range(40):
        ann.add(ann_id, EntryDraft(text=f"Hospital visit {number}: calm, a little tired"))
        raj.add(
            raj_id,
            EntryDraft(text=f"Raj's own note {number}: calm tea", visibility=Visibility.PRIVATE),
        )


def _captured(run: Any) -> tuple[Any, list[tuple[str, Any]]]:
    """Run ``run()`` and return its result with every SQL statement it sent."""
    sent: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", keep)
    try:
        result = run()
    finally:
        event.remove(Engine, "before_cursor_execute", keep)
    return result, sent


def _replay(conn: psycopg.Connection[Any], statements: list[tuple[str, Any]]) -> int:
    """The same statements, raw, in one read-only snapshot as the app reads; rows returned."""
    rows = 0
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        for statement, parameters in statements:
            rows += len(conn.execute(statement, parameters).fetchall())
    return rows


def search_speed(db: ServerDb, ann_id: str, repeats: int) -> list[tuple[str, float, float, float]]:
    """Per search: Kindred's median ms, the raw replay as the member, and as the owner."""
    diary = DiaryService(db.open("ann"))
    login = db.login("ann")
    member_dsn = db.cluster.dsn(db.name, user=login, password=db.passwords[login])
    found = []
    with (
        psycopg.connect(member_dsn, autocommit=True) as member,
        psycopg.connect(db.admin_dsn(), autocommit=True) as owner,
    ):
        for label, words in _SEARCHES:
            search = EntryFilter(text=words)
            page, statements = _captured(lambda s=search: diary.page(ann_id, s))
            app, raw_member, raw_owner = [], [], []
            for _ in range(repeats):
                started = time.perf_counter()
                diary.page(ann_id, search)
                app.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                _replay(member, statements)
                raw_member.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                _replay(owner, statements)
                raw_owner.append((time.perf_counter() - started) * 1000)
            shown = f"{label} ({words!r}, {len(page.entries)} shown)"
            found.append(
                (
                    shown,
                    statistics.median(app),
                    statistics.median(raw_member),
                    statistics.median(raw_owner),
                )
            )
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries-each", type=int, default=200)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--writers", default="1,4,16")
    parser.add_argument("--searches", type=int, default=50, help="repeats of each search")
    parser.add_argument("--no-fsync", action="store_true", help="fsync off (as in the tests)")
    args = parser.parse_args(argv)

    cluster = PgCluster.create(durable=not args.no_fsync)
    cluster.start()
    try:
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench_template")
            version = conn.execute("SHOW server_version").fetchone()
            fsync = conn.execute("SHOW fsync").fetchone()
        engine = server_admin.admin_engine(cluster.dsn("bench_template"))
        server_admin.upgrade_server(engine)
        engine.dispose()
        db = make_db(cluster, "bench_template", Path(mkdtemp(prefix="kindred-bench-home-")))
        family = set_up_family(db)
        server = f"PostgreSQL {version[0] if version else '?'}, fsync={fsync[0] if fsync else '?'}"
        cpus = multiprocessing.cpu_count()
        print(f"{server}, {cpus} CPUs; {args.entries_each} entries per writer")
        print()
        print("writers | Kindred entries/s | raw INSERT/s | ratio | raw 3 INSERTs/s | ratio")
        print("--------|------------------:|-------------:|------:|----------------:|------:")
        for round_, writers in enumerate(int(n) for n in args.writers.split(",")):
            app = kindred_rate(db, writers, args.entries_each, round_)
            one = raw_insert_rate(db, family.circle_id, family.ann, writers, args.entries_each)
            three = raw_insert_rate(
                db, family.circle_id, family.ann, writers, args.entries_each, whole=True
            )
            print(
                f"{writers:>7} | {app:>17.0f} | {one:>12.0f} | {one / app:>4.1f}× "
                f"| {three:>15.0f} | {three / app:>4.1f}×"
            )
        press, commit = save_to_listener(db, family.ann, args.saves)
        floor_notify = raw_notify_round_trip(db, args.saves)
        print()
        print(f"save → another member's listener, {args.saves} saves (ms): median | p95")
        for label, values in (
            ("from pressing Save (includes the save itself)", press),
            ("from the commit", commit),
            ("floor: raw NOTIFY heard by a second connection", floor_notify),
        ):
            median, p95 = _percentiles(values)
            print(f"  {label:<48} {median:>7.2f} | {p95:>7.2f}")
        seed_for_search(db, family.ann, family.raj)
        with psycopg.connect(cluster.dsn(db.name), autocommit=True) as conn:
            row = conn.execute("SELECT count(*) FROM entries").fetchone()
            conn.execute("VACUUM ANALYZE")
        print()
        print(
            f"search, first page, {row[0] if row else '?'} entries on the server, "
            f"median of {args.searches} (ms)"
        )
        print("search | Kindred (RLS) | same SQL raw, member (RLS) | same SQL raw, owner (no RLS)")
        print("-------|--------------:|---------------------------:|----------------------------:")
        for shown, app_ms, member_ms, owner_ms in search_speed(db, family.ann, args.searches):
            print(f"{shown} | {app_ms:.2f} | {member_ms:.2f} | {owner_ms:.2f}")
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
