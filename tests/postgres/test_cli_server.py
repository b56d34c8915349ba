"""kindred-cli server ...: what a care organisation's administrator and a family member type."""

from __future__ import annotations

from pathlib import Path

import pytest

from caregiver_app import cli
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.storage.secrets import KeyringVault
from tests.postgres.conftest import ServerDb
from tests.support.keyrings import MemoryKeyring


class Terminal:
    def __init__(self, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.home = home
        self.vault = KeyringVault(MemoryKeyring())
        self._capsys = capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        code = cli.main(["--home", str(self.home), *args], vault=self.vault)
        out, err = self._capsys.readouterr()
        return code, out, err


def member_dsn(db: ServerDb, who: str) -> str:
    cluster = db.cluster
    return f"postgresql://{db.login(who)}@/{db.name}?host={cluster.socket_dir}&port={cluster.port}"


def test_an_administrator_sets_up_a_circle_and_a_family_moves_in(
    server_db: ServerDb,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = Terminal(tmp_path / "admin", capsys)
    dsn = server_db.admin_dsn()
    code, out, _ = admin.run("server", "init", "--dsn", dsn, "--circle-name", "Okafor family")
    assert code == 0 and "'Okafor family' is ready" in out
    code, out, _ = admin.run("server", "init", "--dsn", dsn, "--circle-name", "Okafor family")
    assert code == 0 and "was already there" in out

    ann = server_db.login("ann")
    monkeypatch.setenv("KINDRED_MEMBER_PASSWORD", "ann-chose-this-1")
    code, out, _ = admin.run(
        "server", "add-member", "--dsn", dsn, "--login", ann, "--caregiver-name", "Ann",
        "--relationship", "daughter", "--role", "primary",
    )  # fmt: skip
    assert code == 0 and f"Ann (Main carer) can now sign in to 'Okafor family' as {ann}" in out
    assert "ann-chose-this-1" not in out
    monkeypatch.delenv("KINDRED_MEMBER_PASSWORD")
    viewer = server_db.login("doc")
    code, out, _ = admin.run(
        "server", "add-member", "--dsn", dsn, "--login", viewer, "--caregiver-name",
        "Dr Visitor", "--role", "viewer",
    )  # fmt: skip
    assert code == 0 and "shown only this once" in out
    made_up = out.strip().splitlines()[-1].strip()
    assert len(made_up) >= 16

    code, out, _ = admin.run("server", "members", "--dsn", dsn)
    assert code == 0 and f"{ann}\tAnn\tprimary" in out and f"{viewer}\tDr Visitor\tviewer" in out

    code, _, err = admin.run(
        "server", "add-member", "--dsn", dsn, "--login", "Ann!", "--caregiver-name", "Ann",
        "--role", "family",
    )  # fmt: skip
    assert code == 2 and "lower-case" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as exited:
        admin.run("server", "add-member", "--dsn", dsn, "--login", "ann_z",
                  "--caregiver-name", "Ann", "--role", "boss")  # fmt: skip
    assert exited.value.code == 2 and "invalid choice" in capsys.readouterr().err

    # Ann moves the diary on her computer to the server, then keeps an offline copy.
    family = Terminal(tmp_path / "ann-home", capsys)
    family.run("init", "--person", "Margaret Okafor", "--me", "Ann")
    family.run("add", "--text", "Calm morning, ate well", "--tag", "breakfast")
    family.run("add", "--text", "Only for me", "--private")
    monkeypatch.setenv("KINDRED_SERVER_PASSWORD", "ann-chose-this-1")
    code, out, err = family.run("server", "move", "--dsn", member_dsn(server_db, "ann"))
    assert code == 0, err
    assert "Copied 2 entries" in out and "left as it was" in out
    monkeypatch.setenv("KINDRED_PASSPHRASE", "a long passphrase for the copy")
    code, out, err = family.run(
        "server", "offline-copy", "--dsn", member_dsn(server_db, "ann"), "--to",
        str(tmp_path / "copy"), "--passphrase",
    )  # fmt: skip
    assert code == 0, err
    assert "Copied 2 entries" in out and "recovery code" in out
    copy = Terminal(tmp_path / "copy", capsys)
    copy.vault = family.vault
    code, out, _ = copy.run("search", "calm")
    assert code == 0 and "Calm morning" in out

    # Ann's kindred-cli now reads and writes the shared diary, then goes back to her own.
    code, out, err = family.run(
        "server", "connect", "--dsn", member_dsn(server_db, "ann"), "--remember-password"
    )
    assert code == 0, err
    assert "Connected as Ann" in out and '--as "Ann"' in out and "asked for" not in out
    monkeypatch.delenv("KINDRED_SERVER_PASSWORD")  # from the keyring from now on
    code, out, err = family.run("add", "--text", "Written from the terminal", "--as", "Ann")
    assert code == 0 and out.startswith("Saved ("), err
    code, out, _ = family.run("search", "terminal")
    assert code == 0 and "Written from the terminal" in out
    code, out, _ = family.run("server", "disconnect")
    assert code == 0 and "own diary again" in out
    code, out, _ = family.run("search", "terminal")
    assert code == 0 and "No entries match" in out

    # The viewer signs in with the password made up for them, and reads the shared entry.
    server_db.passwords[viewer] = made_up
    doc = server_db.open("doc")
    assert doc.membership is not None
    assert DiaryService(doc).count(doc.membership.caregiver_id) == 2  # not Ann's private one
    code, _, err = admin.run("server", "remove-member", "--dsn", dsn, "--login", viewer)
    assert code == 0
    code, _, err = admin.run("server", "remove-member", "--dsn", dsn, "--login", viewer)
    assert code == 2 and "isn't a member" in err


def test_the_cli_says_plainly_when_the_server_cannot_be_reached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = Terminal(tmp_path / "admin", capsys)
    code, _, err = admin.run(
        "server", "init", "--dsn", "postgresql://admin@/kindred?host=/nonexistent&port=5",
        "--circle-name", "X",
    )  # fmt: skip
    assert code == 2 and err.startswith("kindred-cli: Kindred couldn't connect to the database")
    assert len(err.strip().splitlines()) == 1
