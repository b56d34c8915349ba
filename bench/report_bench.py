"""Kindred report benchmark: the handover PDF from a small and from a five-year diary.

Run from the repository root::

    .venv/bin/python bench/report_bench.py [--out-dir DIR] [--runs 5] [--strict]

Two cases, each timed end to end the way the app makes a report (gather the data
from the store through the services, then lay out and write the PDF):

- a 90-day report from a diary of 1,000 entries (one year); target 1 s;
- a five-year report from a diary of 18,000 entries; target 8 s.

Next to each, in the same run, a *floor*: a bare reportlab document (standard
font, plain paragraphs, no charts, tables or font fallback) with the same number
of pages. The ratio says what Kindred's report costs over reportlab laying out
that many pages at all. Every figure is the median of ``--runs`` runs after one
unmeasured run; Kindred and the floor are timed in turn. The diaries are built
with ``bench/build_diary.py`` (cached in ``--out-dir`` if given), then given
medicines with their changes, a year of logged doses and an appointment every
three months, through the services. See docs/report.md.
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

from bench.build_diary import BuiltDiary, load_or_build  # noqa: E402
from caregiver_app.domain.appointments import AppointmentDraft  # noqa: E402
from caregiver_app.domain.handover import ReportOptions, Section  # noqa: E402
from caregiver_app.domain.medicines import (  # noqa: E402
    DoseOutcome,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
)
from caregiver_app.reports.handover import build_handover  # noqa: E402
from caregiver_app.services.appointment_service import AppointmentService  # noqa: E402
from caregiver_app.services.medicine_service import MedicineService  # noqa: E402
from caregiver_app.services.report_data import gather_for_dates  # noqa: E402
from caregiver_app.storage.store import Store, open_store  # noqa: E402


@dataclass(frozen=True)
class Case:
    name: str
    entries: int
    years: int
    report_days: int
    target_s: float


CASES = (
    Case("90-day report, diary of 1,000 entries", 1_000, 1, 90, 1.0),
    Case("5-year report, diary of 18,000 entries", 18_000, 5, 5 * 365 + 1, 8.0),
)


def seed_care(store: Store, writer: str, years: int) -> None:
    """Medicines with changes, a year of doses, an appointment every three months."""
    medicines = MedicineService(store)
    if medicines.list(writer, include_stopped=True):
        return  # a cached diary already has them
    today = date.today()
    start = today - timedelta(days=365 * years)
    donepezil = medicines.add(
        writer,
        MedicineDraft(name="Donepezil", strength="5 mg", form="tablet", how_taken="Morning",
                      purpose="Memory", prescriber="Dr Patel", started_on=start),
    )  # fmt: skip
    sertraline = medicines.add(
        writer, MedicineDraft(name="Sertraline", strength="50 mg", started_on=start)
    )
    for n, days_back in enumerate(range(365 * years - 90, 0, -180)):
        kind = MedicineEventKind.DOSE_CHANGED
        medicines.change(
            donepezil.id if n % 2 else sertraline.id,
            writer,
            MedicineChange(kind, on=today - timedelta(days=days_back), strength=f"{5 + n} mg",
                           reason="Review at the memory clinic", decided_by="Dr Patel"),
        )  # fmt: skip
    now = datetime.now(UTC)
    for day in range(365, 0, -1):
        outcome = DoseOutcome.REFUSED if day % 11 == 0 else DoseOutcome.GIVEN
        medicines.log_dose(writer, donepezil.id, outcome, now - timedelta(days=day))
    appointments = AppointmentService(store)
    for days_back in range(365 * years, 0, -90):
        appointments.add(
            writer,
            AppointmentDraft(starts_at=now - timedelta(days=days_back), clinician="Dr Patel"),
            ["How is the new dose working?"],
        )


def make_report(store: Store, viewer: str, days: int) -> bytes:
    last = date.today()
    options = ReportOptions(sections=frozenset(Section))
    data = gather_for_dates(store, viewer, last - timedelta(days=days - 1), last, options)
    return build_handover(data)


def make_floor(pages: int) -> bytes:
    """A bare reportlab document of ``pages`` pages of plain paragraphs."""
    style = getSampleStyleSheet()["BodyText"]
    story = []
    line = "Mum was calm this morning and ate her porridge; a quiet walk after lunch. " * 2
    for _ in range(pages):
        story += [Paragraph(line, style) for _ in range(22)]
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story[:-1])
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def timed(action: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def run_case(case: Case, diary: BuiltDiary, runs: int) -> tuple[float, float, int, bool]:
    store = open_store(diary.paths, vault=diary.vault(), take_lock=False)
    try:
        viewer = diary.caregiver_ids[0]
        seed_care(store, viewer, case.years)
        pdf = make_report(store, viewer, case.report_days)  # the unmeasured run
        pages = page_count(pdf)
        floor_pdf = make_floor(pages)
        assert page_count(floor_pdf) == pages
        ours: list[float] = []
        floors: list[float] = []
        for _ in range(runs):
            ours.append(timed(lambda: make_report(store, viewer, case.report_days)))
            floors.append(timed(lambda: make_floor(pages)))
    finally:
        store.close()
    median = statistics.median(ours)
    return median, statistics.median(floors), pages, median <= case.target_s


def main() -> int:
    parser = argparse.ArgumentParser(description="Kindred report benchmark")
    parser.add_argument("--out-dir", type=Path, help="build the diaries here and reuse them")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--strict", action="store_true", help="exit 2 if a target is missed")
    args = parser.parse_args()
    folder = args.out_dir or Path(tempfile.mkdtemp(prefix="kindred-report-bench-"))
    rows = []
    for case in CASES:
        started = time.perf_counter()
        diary, built = load_or_build(
            folder / f"diary-{case.entries}", entries=case.entries, years=case.years
        )
        how = "built" if built else "reused"
        print(f"{case.name}: diary {how} in {time.perf_counter() - started:.1f} s", flush=True)
        rows.append((case, *run_case(case, diary, args.runs)))
    print()
    print(f"{'case':<40} {'pages':>5} {'Kindred':>9} {'floor':>8} {'ratio':>6} {'target':>7}")
    missed = False
    for case, ours, floor, pages, ok in rows:
        missed |= not ok
        print(
            f"{case.name:<40} {pages:>5} {ours:>8.2f}s {floor:>7.2f}s {ours / floor:>5.1f}x "
            f"{case.target_s:>5.1f} s {'ok' if ok else 'MISSED'}"
        )
    return 2 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
