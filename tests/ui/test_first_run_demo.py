""" "Try the demo first" on the first-run wizard: the demo family, then back to setting up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.paths import StorePaths
from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from tests.support.keyrings import MemoryKeyring
from ui.app import first_run
from ui.background import SyncRunner
from ui.demo_mode import DEMO_NOTICE, DemoBand
from ui.dialogs.first_run import FirstRunWizard
from ui.main_window import MainWindow
from ui.session import Session

STEP_MS = 60_000  # building the demo family takes a few seconds on a busy machine


def _on_screen(kind: type[QWidget]) -> QWidget | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


class Steps:
    """Things a person does, each as soon as its window is on screen.

    The wizard and the demo run their own event loops (as in the app), so the
    test acts from timers; a step that never comes closes everything instead.
    """

    def __init__(self, steps: list[tuple[type[QWidget], Callable[[QWidget], None]]]) -> None:
        self._steps = steps
        self._waited = 0
        self.done: list[str] = []
        self.failed = ""

    def start(self) -> None:
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if not self._steps:
            return
        kind, action = self._steps[0]
        widget = _on_screen(kind)
        if widget is not None:
            self._steps.pop(0)
            self._waited = 0
            try:
                action(widget)
            except Exception as error:  # reported by the test itself
                self.failed = f"{action.__name__}: {error!r}"
                self._give_up()
                return
            self.done.append(action.__name__)
        elif self._waited > STEP_MS:
            self.failed = f"{kind.__name__} never appeared"
            self._give_up()
            return
        self._waited += 50
        QTimer.singleShot(50, self._poll)

    def _give_up(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow | FirstRunWizard) and widget.isVisible():
                widget.close()


def test_try_the_demo_then_come_back_to_set_up(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    paths = StorePaths(tmp_path / "real")
    keyring = MemoryKeyring()
    vault = KeyringVault(keyring)
    session = Session(paths, vault, Settings(), SyncRunner(), save_settings_to_disk=False)
    seen: dict[str, object] = {}

    def try_the_demo(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        assert wizard.currentPage() is wizard.welcome_page
        button = wizard.welcome_page.demo_button
        assert button.isVisible() and button.property("role") != "primary"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def look_at_the_demo(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        band = window.menuWidget()
        assert isinstance(band, DemoBand)
        qtbot.waitUntil(lambda: window.caring_for.text() == "Caring for Ma", timeout=10_000)
        seen["band"] = band.notice.text()
        seen["demo folder"] = band._demo.folder
        seen["entries"] = window._session.services.diary.count(window._session.writer.id)
        seen["wizard hidden"] = _on_screen(FirstRunWizard) is None
        qtbot.mouseClick(band.leave_button, Qt.MouseButton.LeftButton)

    def back_at_the_wizard(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        seen["back on"] = wizard.currentPage() is wizard.welcome_page
        seen["demo window gone"] = _on_screen(MainWindow) is None
        wizard.reject()  # nothing typed: the wizard closes without asking

    steps = Steps(
        [
            (FirstRunWizard, try_the_demo),
            (MainWindow, look_at_the_demo),
            (FirstRunWizard, back_at_the_wizard),
        ]
    )
    steps.start()
    result = first_run(qapp, paths, vault, session)

    assert not steps.failed, steps.failed
    assert steps.done == ["try_the_demo", "look_at_the_demo", "back_at_the_wizard"]
    assert result is None
    assert seen["band"] == DEMO_NOTICE
    assert isinstance(seen["entries"], int) and seen["entries"] > 100
    assert seen["wizard hidden"] and seen["back on"] and seen["demo window gone"]
    # The demo left nothing behind, and touched nothing of the family's own.
    assert isinstance(seen["demo folder"], Path) and not seen["demo folder"].exists()
    assert not paths.exists() and not paths.database.exists()
    assert not paths.backups.exists()
    assert keyring.items == {}


def test_a_demo_that_cannot_be_built_says_so_and_the_wizard_comes_back(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(_app: QApplication) -> None:
        raise OSError(28, "No space left on device")

    warned: list[str] = []
    monkeypatch.setattr("ui.app.try_demo", no_room)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    paths = StorePaths(tmp_path / "real")
    vault = KeyringVault(MemoryKeyring())
    session = Session(paths, vault, Settings(), SyncRunner(), save_settings_to_disk=False)

    def try_the_demo(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        wizard.welcome_page.demo_button.click()

    def back_at_the_wizard(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        wizard.reject()

    steps = Steps([(FirstRunWizard, try_the_demo), (FirstRunWizard, back_at_the_wizard)])
    steps.start()
    assert first_run(qapp, paths, vault, session) is None
    assert not steps.failed, steps.failed
    assert steps.done == ["try_the_demo", "back_at_the_wizard"]
    assert len(warned) == 1 and "Traceback" not in warned[0] and "Errno" not in warned[0]
