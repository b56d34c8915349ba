"""kindred-cli: scripting the diary, with one-line errors and nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caregiver_app import cli
from caregiver_app.storage.secrets import KeyringVault
from tests.support.keyrings import MemoryKeyring


class Terminal:
    """Runs kindred-cli as a person would, against one diary folder."""

    def __init__(self, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.home = home
        self.vault = KeyringVault(MemoryKeyring())
        self._capsys = capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        code = cli.main(["--home", str(self.home), *args], vault=self.vault)
        out, err = self._capsys.readouterr()
        return code, out, err


@pytest.fixture
def term(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Terminal:
    terminal = Terminal(tmp_path / "diary", capsys)
    code, out, _ = terminal.run(
        "init", "--person", "Margaret Okafor", "--me", "Ann", "--relationship", "daughter"
    )
    assert code == 0 and "recovery code" in out
    return terminal


def test_add_list_search_show_and_export(term: Terminal) -> None:
    code, out, _ = term.run(
        "add",
        "--kind",
        "distress",
        "--text",
        "Upset at dusk",
        "--distress",
        "7",
        "--tag",
        "evening",
        "--helped",
        "Soft music",
        "--when",
        "2026-11-20 18:30",
    )
    assert code == 0 and out.startswith("Saved (")
    term.run("add", "--text", "Ate lunch well", "--kind", "meal", "--when", "2026-11-21")

    code, out, _ = term.run("list")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert "Ate lunch well" in lines[0] and "Upset at dusk" in lines[1]  # newest first

    code, out, _ = term.run("search", "music")
    assert code == 0 and "Upset at dusk" in out and "lunch" not in out

    entry_id = out.split()[0]
    code, out, _ = term.run("show", entry_id, "--history")
    assert code == 0 and "What helped: Soft music" in out and "v1 created by Ann" in out

    code, out, _ = term.run("export", "--json")
    record = json.loads(out)
    assert record["format"] == "kindred-care-record" and record["version"] == 2
    assert record["circle"]["person"]["name"] == "Margaret Okafor"
    assert {e["content"]["text"] for e in record["entries"]} == {"Upset at dusk", "Ate lunch well"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "--kind", "dance", "--text", "x"), "Unknown kind 'dance'"),
        (("add", "--text", "x", "--mood", "14"), "from 0 to 10, not 14"),
        (("add", "--text", "x", "--mood", "six"), "whole number from 0 to 10"),
        (("add", "--text", "x", "--when", "20/11/2026"), "Dates are written like 2026-11-20"),
        (("add", "--text", "x", "--sleep", "30"), "between 0 and 24"),
        (("add", "--text", "   "), "write a few words"),
        (("add", "--text", "x", "--as", "Nobody"), "Nobody called 'Nobody'"),
        (("list", "--from", "yesterday"), "Dates are written like"),
        (("show", "abc"), "first 6 characters"),
    ],
)
def test_bad_input_gets_one_line_and_exit_2_and_nothing_is_saved(
    term: Terminal, args: tuple[str, ...], message: str
) -> None:
    code, _, err = term.run(*args)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert term.run("list")[1].strip() == "No entries yet."


def test_a_text_file_that_is_not_utf8_is_refused(term: Terminal, tmp_path: Path) -> None:
    latin = tmp_path / "note.txt"
    latin.write_bytes("Café au lait, très calme".encode("latin-1"))
    code, _, err = term.run("add", "--text-file", str(latin))
    assert code == 2 and "isn't UTF-8 text" in err

    good = tmp_path / "good.txt"
    good.write_text("Café au lait, très calme", encoding="utf-8")
    assert term.run("add", "--text-file", str(good))[0] == 0
    assert "Café au lait" in term.run("list")[1]


def test_unknown_commands_and_options_get_one_line(term: Terminal) -> None:
    with pytest.raises(SystemExit) as caught:
        term.run("dance")
    assert caught.value.code == 2


def test_without_the_key_the_cli_asks_for_the_passphrase_plainly(
    term: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    term.vault = KeyringVault(MemoryKeyring())  # a computer without the saved key
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    code, _, err = term.run("list")
    assert code == 2 and "recovery code" in err and cli.PASSPHRASE_ENV in err


def test_export_locked_then_import_into_another_diary_adds_everything_once(
    term: Terminal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    term.run("add", "--text", "Ate well at lunch", "--kind", "meal")
    term.run("add", "--text", "Calm evening with music")
    monkeypatch.setenv("KINDRED_EXPORT_PASSPHRASE", "a long export passphrase")
    locked = tmp_path / "care-record.json"
    assert term.run("export", "--json", "--lock", "--out", str(locked))[0] == 0
    assert b"Ate well" not in locked.read_bytes()

    other = Terminal(tmp_path / "other", capsys)
    other.run("init", "--person", "Margaret Okafor", "--me", "Ann")
    code, out, _ = other.run("import", str(locked), "--dry-run")
    assert code == 0 and "2 new entries" in out
    assert "Ate well" not in other.run("list")[1]
    assert other.run("import", str(locked))[0] == 0
    assert "Ate well at lunch" in other.run("list")[1]
    code, out, _ = other.run("import", str(locked))
    assert code == 0 and "already in the diary" in out


def test_export_csv_and_a_damaged_import_gets_one_line(term: Terminal, tmp_path: Path) -> None:
    term.run("add", "--text", "Walked to the park")
    code, out, _ = term.run("export", "--csv")
    assert code == 0 and out.splitlines()[0].lstrip("\ufeff").startswith("date,time,written by")
    assert "Walked to the park" in out
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "kindred-care-record", "version": 1, "circ')
    code, _, err = term.run("import", str(broken))
    assert code == 2 and "isn't a Kindred export" in err and len(err.strip().splitlines()) == 1


def test_the_passphrase_and_recovery_code_change_from_the_terminal(
    term: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caregiver_app.cli_keys import NEW_PASSPHRASE_ENV

    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "short")
    code, _, err = term.run("passphrase")
    assert code == 2 and "at least 8" in err

    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "a passphrase for the terminal")
    code, out, _ = term.run("passphrase")  # the diary had the keyring only: added
    assert code == 0 and "backup was made first" in out

    monkeypatch.setenv(cli.PASSPHRASE_ENV, "not the passphrase")
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "another passphrase again")
    code, _, err = term.run("passphrase")
    assert code == 2 and "Nothing was changed" in err

    monkeypatch.setenv(cli.PASSPHRASE_ENV, "a passphrase for the terminal")
    code, out, _ = term.run("recovery-code")
    assert code == 0 and "Your new recovery code" in out
    new_code = out.split("\n\n")[1].strip()
    term.vault = KeyringVault(MemoryKeyring())  # a new computer: no key saved
    monkeypatch.delenv(cli.PASSPHRASE_ENV)
    monkeypatch.setenv(cli.RECOVERY_ENV, new_code)
    code, out, _ = term.run("list")
    assert code == 0
