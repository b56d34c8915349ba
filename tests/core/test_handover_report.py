"""The handover report, read back from the PDF as a clinician (or a stranger) would."""

from __future__ import annotations

import io
import re
import socket
import urllib.request
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from caregiver_app.domain.appointments import AppointmentDraft
from caregiver_app.domain.circle import CaregiverDraft, PersonProfile
from caregiver_app.domain.entries import CardOutcome, CardUse, EntryDraft, EntryKind, Visibility
from caregiver_app.domain.handover import ReportOptions, Section
from caregiver_app.domain.medicines import (
    DoseOutcome,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
)
from caregiver_app.reports import text as report_text
from caregiver_app.reports.handover import build_handover
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.services.report_data import gather_for_appointment, gather_for_dates
from caregiver_app.settings import Settings
from tests.conftest import OpenStore

TODAY = date.today()
FIRST, LAST = TODAY - timedelta(days=60), TODAY - timedelta(days=1)
ISBAR = ("I · Identify", "S · Situation", "B · Background", "A · Assessment", "R · Requests")


def at(days_ago: int, hour: int = 18) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour, 5)).astimezone()


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(pdf: bytes) -> str:
    return " ".join(" ".join(pages(pdf)).split())


@dataclass
class Seeded:
    opened: OpenStore
    appointment: str

    def report(self, viewer: str | None = None, **options: object) -> bytes:
        chosen = ReportOptions(**options)  # type: ignore[arg-type]
        data = gather_for_dates(self.opened.store, viewer or self.opened.ann, FIRST, LAST, chosen)
        return build_handover(data)


@pytest.fixture
def seeded(opened: OpenStore) -> Seeded:
    """A diary with known numbers in the 60 days before yesterday, and some outside them."""
    store, ann, raj = opened.store, opened.ann, opened.raj
    CircleService(store).update_person(
        PersonProfile(
            name="Margaret Okafor",
            preferred_name="Maggie",
            date_of_birth=date(1941, 3, 3),
            diagnoses="Alzheimer's disease, diagnosed 2023",
            allergies="Penicillin",
        ),
        expected_version=1,
    )
    diary = DiaryService(store)

    def add(author: str, days_ago: int, **fields: object) -> None:
        diary.add(author, EntryDraft(happened_at=at(days_ago), **fields))  # type: ignore[arg-type]

    episode = {"kind": EntryKind.DISTRESS_EPISODE, "text": "", "behaviour": "Shouted and paced"}
    add(ann, 50, **episode, distress=8, before="It was getting dark", helped="Soft music")
    add(raj, 20, **episode, distress=7, before="It was getting dark.", helped="Soft music",
        cards=(CardUse("sundowning", CardOutcome.HELPED),))  # fmt: skip
    add(ann, 5, **episode, distress=9, before="Visitors left", helped="A walk", flagged=True)
    add(ann, 90, **episode, distress=9, before="Long ago", helped="Old news")  # outside
    for n in range(10):
        add(ann, 40 - n, kind=EntryKind.MOOD, text="Mood check", mood=4 + n % 3, distress=2)
        add(raj, 40 - n, kind=EntryKind.SLEEP, text="Slept", sleep_hours=6 + n % 2)
    add(ann, 30, kind=EntryKind.QUESTION, text="Could the new tablet cause dizziness?")
    add(raj, 25, kind=EntryKind.QUESTION, text="Is respite care possible?", flagged=True)
    add(ann, 15, kind=EntryKind.OBSERVATION, text="Raj came by and Ann made tea for Maggie.",
        flagged=True)  # fmt: skip
    add(ann, 12, kind=EntryKind.NOTE, text="ANNSECRET my own worry", visibility=Visibility.PRIVATE,
        flagged=True)  # fmt: skip
    add(raj, 11, kind=EntryKind.NOTE, text="RAJSECRET his worry", visibility=Visibility.PRIVATE,
        flagged=True)  # fmt: skip

    meds = MedicineService(store)
    donepezil = meds.add(
        ann,
        MedicineDraft(name="Donepezil", strength="5 mg", form="tablet", how_taken="Morning",
                      started_on=TODAY - timedelta(days=200), prescriber="Dr Patel"),
    )  # fmt: skip
    meds.change(
        donepezil.id,
        ann,
        MedicineChange(MedicineEventKind.DOSE_CHANGED, on=TODAY - timedelta(days=35),
                       strength="10 mg", reason="Memory worse in the evenings",
                       decided_by="Dr Patel", side_effects="Vivid dreams"),
    )  # fmt: skip
    outcomes = [DoseOutcome.GIVEN] * 5 + [DoseOutcome.MISSED] * 2 + [DoseOutcome.REFUSED]
    for n, outcome in enumerate(outcomes):
        meds.log_dose(raj, donepezil.id, outcome, at(10 + n, 9))
    appointments = AppointmentService(store)
    appointments.add(ann, AppointmentDraft(starts_at=at(45, 10), clinician="Dr Patel"))
    upcoming = appointments.add(
        ann,
        AppointmentDraft(
            starts_at=datetime.combine(TODAY + timedelta(days=2), time(10, 30)).astimezone(),
            clinician="Dr Patel",
            role="old age psychiatrist",
            purpose="Medication review",
            concerns="She is more confused every evening.",
            needs="A carers' assessment.",
        ),
        questions=["Should the dose go back down?"],
    )
    return Seeded(opened, upcoming.id)


def test_every_section_is_there_in_isbar_order_with_the_appendix_last(seeded: Seeded) -> None:
    text = flat(seeded.report())
    positions = [text.index(title) for title in (*ISBAR, "Appendix · Entries flagged")]
    assert positions == sorted(positions)


def test_the_numbers_match_the_diary(seeded: Seeded) -> None:
    text = flat(seeded.report())
    assert (
        f"Distress episodes: 3 in {(LAST - FIRST).days + 1} days, 1 of them in the last two weeks"
        in text
    )
    assert "Medicine changes: 1." in text
    assert "Doses not taken: 3 (missed 2, refused 1)." in text
    assert re.search(r"Donepezil\s+5\s+2\s+1", text)  # given, missed, refused
    assert "Dose changed: 5 mg → 10 mg" in text and "Memory worse in the evenings" in text
    assert "Vivid dreams" in text
    assert "1. Could the new tablet cause dizziness?" in text
    assert (
        "2. Is respite care possible?" in text and "3." not in text.split("R · Requests")[1][:400]
    )
    assert re.search(r"It was getting dark\.? \(×2\)", text) and "Soft music (×2)" in text
    assert "Sundowning" in text  # the guidance card that helped, by its title
    assert "Long ago" not in text  # the episode before the period


def test_private_entries_never_appear_unless_their_author_asks(seeded: Seeded) -> None:
    o = seeded.opened
    default = flat(seeded.report())
    assert "ANNSECRET" not in default and "RAJSECRET" not in default
    mine = flat(seeded.report(include_private=True))
    assert "ANNSECRET" in mine and "including private entries" in mine
    assert "RAJSECRET" not in mine  # someone else's are never read at all
    assert "including private entries" in flat(seeded.report(o.raj, include_private=True))
    assert "RAJSECRET" in flat(seeded.report(o.raj, include_private=True, initials=False))


def test_with_initials_no_full_name_of_the_circle_is_left_anywhere(seeded: Seeded) -> None:
    pdf = seeded.report(sections=frozenset(Section))  # everything, the About me page too
    text = flat(pdf)
    for name in ("Margaret", "Okafor", "Maggie", "Ann", "Raj"):
        assert not re.search(rf"\b{name}\b", text), name
    assert "R. came by and A. made tea for M. " in text  # "M.", not "M.."
    assert "M. O." in text
    metadata = PdfReader(io.BytesIO(pdf)).metadata or {}
    assert not any("Okafor" in str(value) for value in metadata.values())


def test_full_names_are_printed_when_chosen(seeded: Seeded) -> None:
    text = flat(seeded.report(initials=False))
    assert "Margaret Okafor (known as Maggie), born 3 Mar 1941" in text
    assert "Ann Okafor (daughter)" in text


def test_typed_markup_prints_literally_and_nothing_is_fetched(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = seeded.opened
    odd = CircleService(o.store).add_caregiver(CaregiverDraft(name="Ann <b>& Co</b>"))
    DiaryService(o.store).add(
        odd.id,
        EntryDraft(
            text='<img src="http://example.com/x"> and <a href="http://example.com">link</a> &amp;',
            kind=EntryKind.OBSERVATION,
            happened_at=at(3),
            flagged=True,
        ),
    )

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the report tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    text = flat(seeded.report(initials=False))
    assert "Ann <b>& Co</b>" in text
    assert (
        '<img src="http://example.com/x"> and <a href="http://example.com">link</a> &amp;' in text
    )


def test_the_appointment_report_covers_the_time_since_the_last_visit(seeded: Seeded) -> None:
    o = seeded.opened
    data = gather_for_appointment(o.store, o.ann, seeded.appointment, ReportOptions(initials=False))
    assert data.period.first == (TODAY - timedelta(days=45)) and data.period.last == TODAY
    text = flat(build_handover(data))
    assert "For the appointment with Dr Patel (old age psychiatrist)" in text
    assert "She is more confused every evening." in text and "A carers' assessment." in text
    assert "1. Should the dose go back down?" in text  # typed questions come first
    assert "Distress episodes: 2 in 46 days" in text  # the episode 50 days ago is before


def test_every_page_says_who_reported_it_and_page_x_of_y(seeded: Seeded) -> None:
    texts = pages(seeded.report(sections=frozenset(Section)))
    assert len(texts) >= 3
    for number, page in enumerate(texts, start=1):
        assert "Reported by family, not a clinical record" in page
        assert f"Page {number} of {len(texts)}" in page


def test_only_the_chosen_sections_are_printed(seeded: Seeded) -> None:
    text = flat(seeded.report(sections=frozenset({Section.REQUESTS})))
    assert "I · Identify" in text and "R · Requests" in text  # Identify always
    for title in ("S · Situation", "B · Background", "A · Assessment", "Appendix"):
        assert title not in text


@pytest.mark.parametrize(("country", "size"), [("US", (612, 792)), ("GB", (595, 842))])
def test_the_paper_follows_the_country(seeded: Seeded, country: str, size: tuple[int, int]) -> None:
    paper = Settings(country=country).paper_size
    pdf = seeded.report(paper=paper)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_large_print_puts_fewer_lines_on_a_page(seeded: Seeded) -> None:
    normal, large = seeded.report(), seeded.report(large_print=True)
    assert len(pages(large)) > len(pages(normal))
    # The first page is running text in both (no chart labels to blur the count).
    first_normal, first_large = pages(normal)[0], pages(large)[0]
    assert len(first_large.splitlines()) < len(first_normal.splitlines()) * 0.85


def test_writing_without_a_font_is_named_plainly_instead_of_printed_as_boxes(
    seeded: Seeded, tmp_path: Path
) -> None:
    o = seeded.opened
    DiaryService(o.store).add(
        o.ann,
        EntryDraft(text="नमस्ते माँ 😊👍. 她今天很好. Fine", flagged=True, happened_at=at(2)),
    )
    data = gather_for_dates(o.store, o.ann, FIRST, LAST, ReportOptions())
    bare = tmp_path / "no-fonts"
    bare.mkdir()
    text = flat(build_handover(data, font_dirs=(bare,)))
    assert "could not be printed because this computer has no font for it" in text
    assert "Chinese, Japanese or Korean" in text
    # Kindred ships its own Devanagari font: Hindi prints even on a bare computer.
    assert "Devanagari" not in text
    assert "(not shown)" in text and "Fine" in text


def test_hindi_arabic_and_chinese_print_where_the_computer_has_fonts(seeded: Seeded) -> None:
    _, fonts = report_text.find_fonts()
    maker = report_text.TextMaker(fonts=fonts)
    maker.markup("नमस्ते مرحبا 你好")
    o = seeded.opened
    DiaryService(o.store).add(
        o.ann,
        EntryDraft(
            text="नमस्ते मेरी माँ 😊👍 a👍. مرحبا بالعالم. 她今天很好", flagged=True, happened_at=at(2)
        ),
    )
    data = gather_for_dates(o.store, o.ann, FIRST, LAST, ReportOptions())
    text = flat(build_handover(data))
    if maker.missing:
        pytest.skip(f"this computer has no font for: {', '.join(sorted(maker.missing))}")
    assert "could not be printed" not in text and "(not shown)" not in text
    assert "你好" not in text and "她今天很好" in text


def test_the_text_helpers_escape_and_pick_fonts_per_run() -> None:
    maker = report_text.TextMaker(fonts=report_text.find_fonts()[1])
    assert maker.markup("Ann <b>& Co</b>") == "Ann &lt;b&gt;&amp; Co&lt;/b&gt;"
    assert maker.markup("line one\nline two") == "line one<br/>line two"
    assert report_text.visual_order("abc مرحبا بالعالم def") == "abc بالعالم مرحبا def"
    assert maker.needs_shaping("नमस्ते") and not maker.needs_shaping("hello")
    # An empty replacement for a run with no font: never a box.
    with_helvetica = report_text.TextMaker(fonts=report_text.find_fonts((Path("/nonexistent"),))[1])
    assert with_helvetica.markup("a 你 b") == "a <i>(not shown)</i> b"
    assert with_helvetica.missing == {"Chinese, Japanese or Korean"}


def test_a_report_of_an_empty_period_still_reads_plainly(seeded: Seeded) -> None:
    o = seeded.opened
    first = TODAY - timedelta(days=400)
    data = gather_for_dates(o.store, o.ann, first, first + timedelta(days=3), ReportOptions())
    text = flat(build_handover(replace(data, medicines=())))
    assert "No distress episodes were written in this period." in text
    assert "No questions were written down for this period." in text
    assert "No entries were flagged in this period." in text
