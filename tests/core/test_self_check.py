"""``kindred --self-check``: a throwaway diary round trip, a one-page report, plain words."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from caregiver_app import self_check


def test_a_working_installation_passes_every_step_and_leaves_nothing_behind(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()

    assert self_check.run(out) == 0

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Kindred ") and lines[0].endswith(" self-check")
    assert "OK: opened it again and read the entry back" in lines
    assert any(line.startswith("OK: rendered a one-page report") for line in lines)
    assert lines[-1] == "OK: removed the temporary diary. Everything works."
    assert list(tmp_path.iterdir()) == []  # the throwaway diary is gone


def test_a_broken_step_says_which_in_plain_words_and_exits_nonzero(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from caregiver_app.reports import profile_sheet

    def broken(*args: object, **kwargs: object) -> bytes:
        raise OSError("/home/ann/secret path")

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(profile_sheet, "build_profile_sheet", broken)
    out = io.StringIO()

    assert self_check.run(out) == 1

    text = out.getvalue()
    assert "Problem: Kindred could not render a report (OSError)." in text
    assert "Please install it again." in text
    assert "Traceback" not in text and "secret path" not in text
    assert list(tmp_path.iterdir()) == []


def test_a_report_of_two_pages_is_not_passed_as_one() -> None:
    assert self_check._pdf_pages(b"%PDF /Type /Pages /Type /Page x /Type /Page") == 2
