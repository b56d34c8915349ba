"""Kindred store benchmark: opening, filtered pages and search on a large diary.

Run from the repository root::

    .venv/bin/python bench/store_bench.py [--entries 100000] [--out-dir DIR]

It builds a diary of ``--entries`` entries (5 caregivers, 10 years) in a temporary
folder, or reuses the one cached in ``--out-dir``, then times each operation the
way the app does it and, in the same run, a *floor*: the least work that gives the
same answer (a bare SQLCipher connection and hand-written SQL on the same file,
with the same key). Shared machines are noisy, so every figure is the median of
``--runs`` runs after ``--warmup`` unmeasured ones, and the app and its floor are
measured alternately, so that noise hits both alike. The ratio app/floor says
what Kindred's own layers (SQLAlchemy, the ORM, the query's shape) cost.

Before timing, the app's result is checked against the floor's (same entry ids in
the same order, same tags): the script exits with status 1 if they differ, since
the floor would then not be an honest equivalent. ``--strict`` also exits with
status 2 when a target is missed. ``--explain`` prints SQLite's query plans.

See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlcipher3.dbapi2 as sqlcipher  # noqa: E402
from sqlalchemy import event  # noqa: E402

from bench.build_diary import (  # noqa: E402
    CAREGIVERS,
    COMMON_WORD,
    RARE_WORD,
    BuiltDiary,
    load_or_build,
)
from caregiver_app.domain.entries import (  # noqa: E402
    Entry,
    EntryDraft,
    EntryFilter,
    EntryKind,
    PageCursor,
    Visibility,
)
from caregiver_app.services.diary_service import DEFAULT_PAGE_SIZE, DiaryService  # noqa: E402
from caregiver_app.services.search_query import fts5_query  # noqa: E402
from caregiver_app.storage.store import Store, open_store  # noqa: E402

OPEN_TARGET_MS = 150.0
RATIO_TARGET = 2.0
PAGE = DEFAULT_PAGE_SIZE

_ENTRY_COLUMNS = (
    "e.id, e.circle_id, e.author_id, e.happened_at, e.written_at, e.updated_at, e.kind, "
    "e.text, e.mood, e.distress, e.sleep_hours, e.flagged, e.visibility, e.before, "
    "e.behaviour, e.tried, e.helped, e.version, e.deleted_at, e.deleted_by, c.name"
)
# What every page shows a viewer: their circle, shared entries or their own, not deleted.
_VISIBLE = (
    "e.circle_id = ? AND (e.visibility = 'shared' OR e.author_id = ?) AND e.deleted_at IS NULL"
)


# --- timing ---------------------------------------------------------------------


@dataclass
class Timing:
    samples: list[float]  # milliseconds

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


def _time_once(call: Callable[[], Any]) -> float:
    gc.collect()
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000.0


def interleaved(calls: Sequence[Callable[[], Any]], runs: int, warmup: int) -> list[Timing]:
    """Time each of ``calls`` once per round, starting with a different one each round."""
    for _ in range(warmup):
        for call in calls:
            call()
    samples: list[list[float]] = [[] for _ in calls]
    for round_ in range(runs):
        for offset in range(len(calls)):
            index = (round_ + offset) % len(calls)
            samples[index].append(_time_once(calls[index]))
    return [Timing(ms) for ms in samples]


@dataclass
class Figure:
    name: str
    app: Timing
    floor: Timing
    floor_name: str
    absolute_target_ms: float | None = None  # else the target is a ratio
    # The floor plus building the same Entry objects the app returns (for information).
    with_objects: Timing | None = None

    @property
    def ratio(self) -> float:
        return self.app.median / self.floor.median if self.floor.median else float("inf")

    @property
    def target(self) -> str:
        if self.absolute_target_ms is not None:
            return f"<= {self.absolute_target_ms:.0f} ms"
        return f"<= {RATIO_TARGET:.0f}x floor"

    @property
    def passed(self) -> bool:
        if self.absolute_target_ms is not None:
            return self.app.median <= self.absolute_target_ms
        return self.ratio <= RATIO_TARGET


# --- the raw floor ----------------------------------------------------------------


def raw_connect(diary: BuiltDiary) -> Any:
    """A bare SQLCipher connection to the diary: just the key (and sorts in memory, as the app)."""
    conn = sqlcipher.connect(str(diary.paths.database), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{diary.key_hex}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def bare_open(diary: BuiltDiary) -> None:
    """The least an open can be: connect, key, and read the schema once."""
    conn = sqlcipher.connect(str(diary.paths.database), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{diary.key_hex}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


@dataclass(frozen=True)
class RawQuery:
    """Hand-written SQL for one page: the entries with their author's name, then tags."""

    sql: str
    params: tuple[Any, ...]

    def run(self, conn: Any) -> list[tuple[tuple[Any, ...], tuple[str, ...]]]:
        rows = conn.execute(self.sql, (*self.params, PAGE + 1)).fetchall()
        rows = rows[:PAGE]
        tags: dict[str, list[str]] = {}
        if rows:
            ids = [row[0] for row in rows]
            marks = ", ".join("?" * len(ids))
            for entry_id, tag in conn.execute(
                f"SELECT entry_id, tag FROM entry_tags WHERE entry_id IN ({marks}) ORDER BY tag",
                ids,
            ):
                tags.setdefault(entry_id, []).append(tag)
        return [(row, tuple(tags.get(row[0], ()))) for row in rows]


def _utc(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def to_entries(rows: Sequence[tuple[tuple[Any, ...], tuple[str, ...]]]) -> list[Entry]:
    """The Entry objects the app returns, built straight from the floor's rows."""
    entries = []
    for row, tags in rows:
        happened = datetime.fromisoformat(row[3]).replace(tzinfo=UTC)
        draft = EntryDraft(
            text=row[7],
            kind=EntryKind(row[6]),
            happened_at=happened,
            mood=row[8],
            distress=row[9],
            sleep_hours=row[10],
            tags=tags,
            flagged=bool(row[11]),
            visibility=Visibility(row[12]),
            before=row[13],
            behaviour=row[14],
            tried=row[15],
            helped=row[16],
        )
        entries.append(
            Entry(
                id=row[0],
                author_id=row[2],
                author_name=row[20],
                happened_at=happened,
                written_at=datetime.fromisoformat(row[4]).replace(tzinfo=UTC),
                updated_at=datetime.fromisoformat(row[5]).replace(tzinfo=UTC),
                version=row[17],
                draft=draft,
                deleted_at=_utc(row[18]),
            )
        )
    return entries


def raw_page_query(
    diary: BuiltDiary, viewer: str, where: str, params: Sequence[Any], cursor: PageCursor | None
) -> RawQuery:
    sql = f"SELECT {_ENTRY_COLUMNS} FROM entries e JOIN caregivers c ON c.id = e.author_id "
    sql += f"WHERE {_VISIBLE} AND {where}"
    all_params: list[Any] = [diary.circle_id, viewer, *params]
    if cursor is not None:
        sql += " AND (e.happened_at, e.id) < (?, ?)"
        all_params += [_sql_time(cursor.happened_at), cursor.entry_id]
    sql += " ORDER BY e.happened_at DESC, e.id DESC LIMIT ?"
    return RawQuery(sql, tuple(all_params))


def raw_search_query(diary: BuiltDiary, viewer: str, word: str) -> RawQuery:
    """FTS5 MATCH first, then to the entries through the map table: newest 50 visible."""
    match = f'"{word}"*'  # what fts5_query makes of one typed word: a quoted prefix
    assert fts5_query(word) == match, "the floor must search for what the app searches for"
    sql = (
        f"SELECT {_ENTRY_COLUMNS} FROM entry_fts f "
        "JOIN entry_fts_rows r ON r.fts_rowid = f.rowid "
        "JOIN entries e ON e.id = r.entry_id "
        "JOIN caregivers c ON c.id = e.author_id "
        f"WHERE entry_fts MATCH ? AND {_VISIBLE} "
        "ORDER BY e.happened_at DESC, e.id DESC LIMIT ?"
    )
    return RawQuery(sql, (match, diary.circle_id, viewer))


def _sql_time(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def oldest_cursor(conn: Any, viewer: str, circle_id: str, where: str, params: Sequence[Any]) -> Any:
    """The position just after the 50 oldest matching entries, found with raw SQL."""
    row = conn.execute(
        f"SELECT e.happened_at, e.id FROM entries e WHERE {_VISIBLE} AND {where} "
        "ORDER BY e.happened_at ASC, e.id ASC LIMIT 1 OFFSET ?",
        (circle_id, viewer, *params, PAGE),
    ).fetchone()
    happened = datetime.fromisoformat(row[0]).replace(tzinfo=UTC)
    return PageCursor(happened_at=happened, entry_id=row[1])


# --- the cases --------------------------------------------------------------------


@dataclass
class Case:
    name: str
    app: Callable[[], list[Entry]]
    raw: RawQuery
    full_page: bool = True  # a rare word has fewer than a page of matches


def build_cases(diary: BuiltDiary, service: DiaryService, conn: Any) -> list[Case]:
    viewer = diary.caregiver_ids[0]  # the main carer reads
    other = diary.caregiver_ids[1]  # ... entries written by another caregiver
    other_name = CAREGIVERS[1][0].split()[0]
    kind = EntryKind.MEDICATION

    def app_page(filters: EntryFilter, after: PageCursor | None = None) -> Callable[[], Any]:
        def run() -> list[Entry]:
            return list(service.page(viewer, filters, after=after).entries)

        return run

    cases = []
    filters: list[tuple[str, EntryFilter, str, tuple[Any, ...]]] = [
        (f"author={other_name}", EntryFilter(author_ids=(other,)), "e.author_id = ?", (other,)),
        (f"kind={kind.value}", EntryFilter(kinds=(kind,)), "e.kind = ?", (kind.value,)),
    ]
    for label, entry_filter, where, params in filters:
        cases.append(
            Case(
                f"page {label}, newest 50",
                app_page(entry_filter),
                raw_page_query(diary, viewer, where, params, None),
            )
        )
        cursor = oldest_cursor(conn, viewer, diary.circle_id, where, params)
        cases.append(
            Case(
                f"page {label}, oldest 50",
                app_page(entry_filter, cursor),
                raw_page_query(diary, viewer, where, params, cursor),
            )
        )
    for label, word in (("rare", RARE_WORD), ("common", COMMON_WORD)):
        cases.append(
            Case(
                f'search {label} "{word}"',
                app_page(EntryFilter(text=word)),
                raw_search_query(diary, viewer, word),
                full_page=word == COMMON_WORD,
            )
        )
    return cases


def check_equal(cases: Sequence[Case], conn: Any) -> bool:
    """The app and the floor must return the same entries, in the same order, field by field."""
    ok = True
    for case in cases:
        app_result = case.app()
        raw_result = to_entries(case.raw.run(conn))
        if app_result != raw_result:
            ok = False
            print(f"MISMATCH in {case.name!r}: the floor is not equivalent.", file=sys.stderr)
            print(f"  app ids: {[e.id for e in app_result][:3]}...", file=sys.stderr)
            print(f"  raw ids: {[e.id for e in raw_result][:3]}...", file=sys.stderr)
        elif not app_result or (case.full_page and len(app_result) != PAGE):
            ok = False
            print(f"{case.name!r}: unexpected page size {len(app_result)}", file=sys.stderr)
        else:
            print(f"  same {len(app_result)} entries from Kindred and the floor: {case.name}")
    return ok


def explain(cases: Sequence[Case], store: Store, conn: Any) -> None:
    """Print SQLite's plan for each statement the app runs, and for the floor."""
    for case in cases:
        seen: list[tuple[str, Any]] = []

        def capture(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
            seen.append((statement, parameters))  # noqa: B023 - used at once, below

        event.listen(store.engine, "before_cursor_execute", capture)
        try:
            case.app()
        finally:
            event.remove(store.engine, "before_cursor_execute", capture)
        print(f"\n=== {case.name}")
        for label, statement, parameters in [
            *(("app", s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")),
            ("floor", case.raw.sql, (*case.raw.params, PAGE + 1)),
        ]:
            print(f"--- {label}: {' '.join(statement.split())[:300]}")
            for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}", parameters):
                print(f"      {row[3]}")


# --- main -------------------------------------------------------------------------


def measure_open(diary: BuiltDiary, runs: int, warmup: int) -> Figure:
    """open_store is timed alone; each store is closed again outside the timed part."""
    vault = diary.vault()
    opened: list[Store] = []
    app_ms: list[float] = []
    floor_ms: list[float] = []
    for round_ in range(warmup + runs):
        floor_first = round_ % 2 == 1
        if floor_first:
            floor = _time_once(lambda: bare_open(diary))
        app = _time_once(lambda: opened.append(open_store(diary.paths, vault=vault)))
        opened.pop().close()
        if not floor_first:
            floor = _time_once(lambda: bare_open(diary))
        if round_ >= warmup:
            app_ms.append(app)
            floor_ms.append(floor)
    return Figure(
        "open_store (keyring, key, migration check)",
        Timing(app_ms),
        Timing(floor_ms),
        "connect + PRAGMA key + count(sqlite_master)",
        absolute_target_ms=OPEN_TARGET_MS,
    )


def print_table(figures: Sequence[Figure], runs: int, warmup: int) -> None:
    header = (
        f"{'figure':<44} {'kindred':>8} {'floor':>8} {'ratio':>7}  {'target':<13} {'result':<7}"
        f"{'floor+obj':>9} {'ratio':>6}"
    )
    print(f"\nmedians of {runs} runs after {warmup} warm-up runs, in ms")
    print(header)
    print("-" * len(header))
    for fig in figures:
        line = (
            f"{fig.name:<44} {fig.app.median:>8.2f} {fig.floor.median:>8.2f} "
            f"{fig.ratio:>6.1f}x  {fig.target:<13} {'PASS' if fig.passed else 'MISS':<7}"
        )
        if fig.with_objects is not None:
            objects_ratio = fig.app.median / fig.with_objects.median
            line += f"{fig.with_objects.median:>9.2f} {objects_ratio:>5.1f}x"
        print(line)
    print("\nfloors (same file, same key, timed in turn with Kindred):")
    for floor_name in dict.fromkeys(f.floor_name for f in figures):
        print(f"  - {floor_name}")
    print("  - floor+obj: the floor plus building the same Entry objects from its rows (info)")


def run(diary: BuiltDiary, args: argparse.Namespace) -> int:
    figures = [measure_open(diary, args.runs, args.warmup)]
    store = open_store(diary.paths, vault=diary.vault())
    conn = raw_connect(diary)
    try:
        service = DiaryService(store)
        cases = build_cases(diary, service, conn)
        if not check_equal(cases, conn):
            return 1
        if args.explain:
            explain(cases, store, conn)
        for case in cases:
            floor_call = partial(case.raw.run, conn)
            app, floor, with_objects = interleaved(
                [case.app, floor_call, lambda f=floor_call: to_entries(f())],
                args.runs,
                args.warmup,
            )
            floor_name = (
                "raw FTS5 MATCH -> entry_fts_rows -> entries, + tags (bare sqlcipher3)"
                if case.name.startswith("search")
                else "hand-written SQL for the same page, + tags (bare sqlcipher3)"
            )
            figures.append(Figure(case.name, app, floor, floor_name, with_objects=with_objects))
    finally:
        conn.close()
        store.close()
    print_table(figures, args.runs, args.warmup)
    missed = [f.name for f in figures if not f.passed]
    if missed:
        print(f"\n{len(missed)} target(s) missed: {', '.join(missed)}")
        return 2 if args.strict else 0
    print("\nall targets met")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument(
        "--out-dir", type=Path, help="keep the built diary here and reuse it next time"
    )
    parser.add_argument("--runs", type=int, default=11, help="measured runs per figure")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured runs first")
    parser.add_argument("--explain", action="store_true", help="print SQLite query plans")
    parser.add_argument("--strict", action="store_true", help="exit 2 if a target is missed")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kindred-bench-") as tmp:
        out_dir = args.out_dir or Path(tmp)
        print(f"diary: {args.entries:,} entries, 5 caregivers, {args.years} years in {out_dir}")
        diary, built = load_or_build(
            out_dir, entries=args.entries, years=args.years, seed=args.seed, progress=True
        )
        print(
            f"{'built' if built else 'reused cached diary'}"
            + (f" in {diary.build_seconds:.1f} s" if built else f" (built {diary.end[:10]})")
        )
        return run(diary, args)


if __name__ == "__main__":
    sys.exit(main())
