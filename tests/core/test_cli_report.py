"""kindred-cli report, profile, medicine and appointment: scriptable, one-line errors."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.test_cli import Terminal

TODAY = date.today()


def day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


@pytest.fixture
def diary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Terminal:
    term = Terminal(tmp_path / "diary", capsys)
    code, _, _ = term.run("init", "--person", "Margaret Okafor", "--me", "Ann", "--relationship",
                          "daughter")  # fmt: skip
    assert code == 0
    term.run(
        "add",
        "--kind",
        "distress",
        "--text",
        "Upset at dusk",
        "--distress",
        "7",
        "--before",
        "The light was fading",
        "--helped",
        "Soft music",
        "--when",
        day(10),
    )
    term.run("add", "--kind", "question", "--text", "Is the new dose too high?", "--when", day(8))
    term.run("add", "--text", "Private note", "--private", "--flag", "--when", day(7))
    term.run(
        "medicine",
        "add",
        "Donepezil",
        "--strength",
        "5 mg",
        "--form",
        "tablet",
        "--how",
        "One in the morning",
        "--for",
        "memory",
        "--started",
        day(100),
    )
    term.run(
        "medicine",
        "change",
        "donepezil",
        "--kind",
        "dose_changed",
        "--strength",
        "10 mg",
        "--reason",
        "Memory worse",
        "--decided-by",
        "Dr Patel",
        "--on",
        day(20),
    )
    term.run("medicine", "dose", "Donepezil", "refused", "--when", f"{day(3)} 09:00")
    return term  # fmt: skip


def test_medicines_and_appointments_can_be_scripted(diary: Terminal) -> None:
    code, out, _ = diary.run("medicine", "list", "--json")
    (medicine,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and medicine["strength"] == "10 mg" and medicine["status"] == "taking"
    assert [c["kind"] for c in medicine["changes"]] == ["started", "dose_changed"]
    code, out, _ = diary.run(
        "appointment", "add", "--when", f"{(TODAY + timedelta(days=2)).isoformat()} 10:30",
        "--with", "Dr Patel", "--role", "psychiatrist", "--question", "Can we get respite?",
    )  # fmt: skip
    assert code == 0 and out.startswith("Appointment saved (")
    code, out, _ = diary.run("appointment", "list")
    assert code == 0 and "Dr Patel (psychiatrist)" in out


def test_a_report_by_dates_is_written_with_the_numbers(diary: Terminal, tmp_path: Path) -> None:
    out_file = tmp_path / "report.pdf"
    code, out, err = diary.run(
        "report", "--from", day(30), "--to", day(0), "--out", str(out_file), "--full-names"
    )
    assert code == 0, err
    assert "written to" in out and out_file.exists()
    text = text_of(out_file)
    assert "I · Identify" in text and "R · Requests" in text
    assert "Distress episodes: 1 in 31 days" in text and "Medicine changes: 1." in text
    assert "Is the new dose too high?" in text and "Private note" not in text
    assert "Margaret Okafor" in text


def test_a_report_for_an_appointment_in_large_print_on_letter_paper(
    diary: Terminal, tmp_path: Path
) -> None:
    diary.run("appointment", "add", "--when", f"{day(0)} 23:59", "--with", "Dr Patel",
              "--question", "Typed question?")  # fmt: skip
    appointment_id = diary.run("appointment", "list", "--json")[1].split('"id": "')[1][:8]
    out_file = tmp_path / "visit.pdf"
    code, _, err = diary.run(
        "report", "--appointment", appointment_id, "--out", str(out_file), "--large-print",
        "--paper", "letter", "--sections", "situation,requests,profile",
    )  # fmt: skip
    assert code == 0, err
    text = text_of(out_file)
    assert "Typed question?" in text and "About me: M. O." in text  # initials by default
    assert "B · Background" not in text and "Okafor" not in text
    box = PdfReader(io.BytesIO(out_file.read_bytes())).pages[0].mediabox
    assert round(float(box.width)) == 612


def test_the_about_me_page_prints_alone(diary: Terminal, tmp_path: Path) -> None:
    out_file = tmp_path / "about.pdf"
    code, _, err = diary.run("profile", "--out", str(out_file), "--full-names")
    assert code == 0, err
    assert "About me: Margaret Okafor" in text_of(out_file)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "--from", "2026-10-01", "--out", "x.pdf"), "last day too"),
        (("report", "--from", "2026-10-05", "--to", "2026-10-01", "--out", "x.pdf"), "before"),
        (("report", "--from", "1/10/2026", "--to", "2026-10-01", "--out", "x.pdf"), "Dates are"),
        (("report", "--from", day(3), "--to", day(1), "--out", "x.pdf", "--sections", "gossip"),
         "Unknown section 'gossip'"),
        (("report", "--appointment", "abcdef12", "--out", "x.pdf"), "isn't on the list"),
        (("medicine", "change", "aspirin", "--kind", "stopped"), "no medicine called 'aspirin'"),
        (("medicine", "change", "donepezil", "--kind", "dance"), "Unknown change 'dance'"),
        (("medicine", "change", "donepezil", "--kind", "restarted"), "is taking now"),
        (("medicine", "dose", "donepezil", "maybe"), "given, missed or refused"),
        (("medicine", "add", "  "), "name of the medicine"),
        (("appointment", "add", "--when", "2026-11-27 10:30"), "who the appointment is with"),
        (("appointment", "add", "--when", "soon", "--with", "Dr P"), "Dates are"),
    ],
)  # fmt: skip
def test_bad_input_gets_one_line_and_exit_2(
    diary: Terminal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...],
    message: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    code, _, err = diary.run(*args)
    assert code == 2, err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_the_report_speaks_the_language_chosen_in_settings(diary: Terminal, tmp_path: Path) -> None:
    from caregiver_app import i18n
    from caregiver_app.paths import StorePaths
    from caregiver_app.settings import Settings, save_settings

    save_settings(Settings(language="es"), StorePaths(diary.home).settings)
    out_file = tmp_path / "informe.pdf"
    try:
        code, _, err = diary.run(
            "report", "--from", day(30), "--to", day(0), "--out", str(out_file)
        )
    finally:
        i18n.set_language("en")
    assert code == 0, err
    text = text_of(out_file)
    assert "Informe de la familia" in text and "I · Identificación" in text
    assert "Episodios de angustia: 1 en 31 días" in text
