"""Many family members saving at once: every save arrives, none is lost or doubled."""

from __future__ import annotations

from sqlalchemy import text

from tests.postgres.conftest import Family
from tests.postgres.writer import run_writers

WRITERS = 8
ENTRIES_EACH = 250


def test_eight_writer_processes_saving_250_entries_each_at_once_lose_nothing(
    family: Family,
) -> None:
    db = family.db
    jobs = [
        (db.settings(who), db.passwords[db.login(who)], ENTRIES_EACH, f"writer{n}")
        for n, who in enumerate(["ann", "raj"] * (WRITERS // 2))
    ]
    run_writers(jobs)
    with db.engine.connect() as conn:
        per_writer = dict(
            conn.execute(
                text("SELECT tag, count(*) FROM entry_tags GROUP BY tag ORDER BY tag")
            ).all()
        )
        entries = conn.scalar(text("SELECT count(*) FROM entries"))
        distinct_texts = conn.scalar(text("SELECT count(DISTINCT text) FROM entries"))
        revisions = conn.scalar(text("SELECT count(*) FROM entry_revisions"))
    assert per_writer == {f"writer{n}": ENTRIES_EACH for n in range(WRITERS)}
    assert entries == distinct_texts == revisions == WRITERS * ENTRIES_EACH
