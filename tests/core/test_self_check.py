"""``kindred --self-check``: a throwaway diary round trip, a one-page report, plain words."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from caregiver_app import self_check
from caregiver_app.storage.secrets import KeyringVault
from tests.support.keyrings import MemoryKeyring


def test_a_working_installation_passes_every_step_and_leaves_nothing_behind(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()

    assert self_check.run(out, KeyringVault(MemoryKeyring())) == 0

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Kindred ") and lines[0].endswith(" self-check")
    assert "OK: opened it again and read the entry back" in lines
    assert any(line.startswith("OK: rendered a one-page report") for line in lines)
    assert "OK: the computer's keyring can keep the diary's key." in lines
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

    assert self_check.run(out, KeyringVault(MemoryKeyring())) == 1

    text = out.getvalue()
    assert "Problem: Kindred could not render a report (OSError)." in text
    assert "Please install it again." in text
    assert "Traceback" not in text and "secret path" not in text
    assert list(tmp_path.iterdir()) == []


def test_a_report_of_two_pages_is_not_passed_as_one() -> None:
    assert self_check._pdf_pages(b"%PDF /Type /Pages /Type /Page x /Type /Page") == 2


def test_no_safe_keyring_is_a_note_not_a_failure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from keyring.backends import fail

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()

    assert self_check.run(out, KeyringVault(fail.Keyring())) == 0

    assert "Note: this computer has no safe keyring, so Kindred will ask for a passphrase" in (
        out.getvalue()
    )


def test_the_demo_keyring_is_never_taken_for_the_computers_keyring() -> None:
    # The app imports the demo at start, and so does the self-check: keyring must not
    # pick the demo's memory-only keyring as the computer's (a key kept there is lost
    # at exit), or the self-check would report a keyring the computer does not have.
    from keyring.backend import KeyringBackend

    from caregiver_app.demo import _InMemoryKeyring

    assert _InMemoryKeyring not in set(KeyringBackend.get_viable_backends())
    assert KeyringVault(_InMemoryKeyring()).is_secure()  # the demo still keeps its key
