"""Settings → Change passphrase… and New recovery code…, driven as a person would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.errors import InvalidInput, WrongKey
from caregiver_app.storage.backup_catalog import list_backups
from caregiver_app.storage.store import unlock_key
from tests.conftest import PASSPHRASE, OpenStore
from tests.ui.conftest import when_dialog_opens
from ui.dialogs import first_run
from ui.dialogs.change_passphrase import ChangePassphraseDialog, RecoveryCodeDialog
from ui.pages.settings_page import SettingsPage
from ui.session import Session

NEW = "the garden gate is green"


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> SettingsPage:
    shown = SettingsPage(session)
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def information(_parent: Any, _title: str, text: str, *_: Any) -> None:
        said.append(text)

    monkeypatch.setattr(QMessageBox, "information", information)
    return said


def _opens(opened: OpenStore, **secret: str) -> bool:
    try:
        unlock_key(opened.paths, vault=opened.vault, **secret)
    except (WrongKey, InvalidInput):
        return False
    return True


def _fill(qtbot: QtBot, dialog: ChangePassphraseDialog, current: str, new: str, again: str) -> None:
    for field, text in ((dialog.current, current), (dialog.new, new), (dialog.again, again)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)


def test_changing_the_passphrase_from_settings(
    qtbot: QtBot, page: SettingsPage, opened: OpenStore, told: list[str]
) -> None:
    assert page.passphrase_button.text() == "Change passphrase…"
    seen: list[str] = []

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        _fill(qtbot, dialog, "not it at all", NEW, NEW)  # a wrong current passphrase first
        seen.append(dialog.problem.text())
        _fill(qtbot, dialog, PASSPHRASE, NEW, NEW + "!")  # then two that differ
        seen.append(dialog.problem.text())
        _fill(qtbot, dialog, PASSPHRASE, NEW, NEW)

    when_dialog_opens(fill_in)
    qtbot.mouseClick(page.passphrase_button, Qt.MouseButton.LeftButton)

    assert "isn't your passphrase" in seen[0]
    assert "not the same" in seen[1]
    assert told and "the old one no longer opens" in told[0]
    assert _opens(opened, passphrase=NEW) and not _opens(opened, passphrase=PASSPHRASE)
    assert _opens(opened, recovery_code=opened.recovery_code)
    assert [b.reason for b in list_backups(opened.paths.backups)] == ["before-key-change"]


def test_a_failure_leaves_the_old_passphrase_and_says_so(
    qtbot: QtBot, session: Session, opened: OpenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_: Any) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session.services.store, "backup", disk_full)
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, PASSPHRASE, NEW, NEW)

    assert dialog.problem_box.isVisible()
    assert "still the old one" in dialog.problem.text()
    assert dialog.change_button.isEnabled()
    assert _opens(opened, passphrase=PASSPHRASE) and not _opens(opened, passphrase=NEW)


def test_a_new_recovery_code_is_shown_big_and_saved_as_a_pdf(
    qtbot: QtBot,
    page: SettingsPage,
    opened: OpenStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: (PASSPHRASE, True))
    pdf = tmp_path / "code.pdf"
    monkeypatch.setattr(first_run, "ask_pdf_path", lambda _parent, _suggested: pdf)
    shown: list[str] = []

    def keep_it(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryCodeDialog)
        shown.append(dialog.code_label.text())
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        shown.append(dialog.note.text())
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(keep_it)
    qtbot.mouseClick(page.recovery_code_button, Qt.MouseButton.LeftButton)

    code = shown[0].replace("\n", "-")
    assert len(code) == 29 and code != opened.recovery_code
    assert pdf.stat().st_size > 0 and "Saved as" in shown[1]
    assert _opens(opened, recovery_code=code)
    assert not _opens(opened, recovery_code=opened.recovery_code)
    assert _opens(opened, passphrase=PASSPHRASE)
    assert QApplication.activeModalWidget() is None
