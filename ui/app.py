"""The composition root: settings, logging, the store, the services and the window.

Nothing else in the app builds services or reaches for globals: everything a
widget needs is handed to it from here.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app import __version__
from caregiver_app.domain.errors import KeyUnavailable, KindredError, StoreDamaged
from caregiver_app.logging_setup import configure_logging
from caregiver_app.paths import StorePaths, default_home
from caregiver_app.settings import load_settings
from caregiver_app.storage.location import location_warning
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import open_store
from ui.app_icon import app_icon
from ui.background import ThreadRunner
from ui.backup_scheduler import BackupScheduler
from ui.demo_mode import DemoBand, demo_settings
from ui.dialogs.damaged_store import offer_restore
from ui.errors import UNEXPECTED
from ui.idle_lock import IdleLock
from ui.main_window import MainWindow
from ui.session import Session
from ui.smoke import quit_when_shown
from ui.theme import apply_theme

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kindred", description="Kindred care diary")
    parser.add_argument("--version", action="version", version=f"Kindred {__version__}")
    parser.add_argument("--home", type=Path, help="folder of the diary")
    parser.add_argument(
        "--demo", action="store_true", help="open the fictional demo family (never your diary)"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation with a throwaway diary, then exit (0 when all is well)",
    )
    # For `make dist-check`: quit once the main window is up (ui/smoke.py).
    parser.add_argument("--smoke-exit", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _install_excepthook(app: QApplication) -> None:
    """An unexpected error is logged for support (no values) and shown in plain words."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        where = "".join(traceback.format_tb(tb))
        log.error("unexpected %s\n%s", kind.__name__, where)
        QMessageBox.warning(
            app.activeWindow(), "Kindred", QApplication.translate("errors", UNEXPECTED)
        )

    sys.excepthook = hook


def build_session(app: QApplication, paths: StorePaths, vault: KeyringVault) -> Session:
    settings = load_settings(paths.settings)
    apply_theme(app, settings)
    session = Session(paths, vault, settings, ThreadRunner())
    session.settings_changed.connect(lambda changed: apply_theme(app, changed))
    return session


def run_demo(app: QApplication, *, smoke_exit: bool = False) -> int:
    """The demo family in a throwaway diary: no real settings, keyring, logs or backups."""
    from caregiver_app.demo import build_demo  # only a demo needs the story builder

    progress = QMessageBox(
        QMessageBox.Icon.NoIcon,
        "Kindred",
        QApplication.translate("app", "Preparing the demo family…"),
    )
    progress.setStandardButtons(QMessageBox.StandardButton.NoButton)
    progress.show()
    app.processEvents()
    demo = build_demo()
    progress.close()
    settings = demo_settings(demo)
    apply_theme(app, settings)
    session = Session(demo.paths, demo.vault, settings, ThreadRunner(), save_settings_to_disk=False)
    session.settings_changed.connect(lambda changed: apply_theme(app, changed))
    window = MainWindow(session)
    window.setMenuWidget(DemoBand(session, demo))
    window.setWindowTitle(QApplication.translate("app", "Kindred — demo"))
    window.show()
    if smoke_exit:
        quit_when_shown(app, window)
    session.attach(demo.store)
    try:
        return app.exec()
    finally:
        session.runner.wait()
        if session.is_unlocked:
            session.lock()
        demo.close()


def _lock_when_no_dialog(window: MainWindow) -> None:
    # A dialog open over the diary may hold words not saved yet: locking now would
    # throw them away, so the lock waits for the dialog to close.
    if QApplication.activeModalWidget() is None:
        window.lock()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_check:
        from caregiver_app import self_check

        return self_check.run()
    paths = StorePaths(args.home or default_home())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Kindred")
    app.setApplicationDisplayName("Kindred")
    app.setOrganizationName("Kindred")
    app.setWindowIcon(app_icon())
    if args.demo:
        return run_demo(app, smoke_exit=args.smoke_exit)
    configure_logging(paths.logs)
    _install_excepthook(app)
    vault = KeyringVault()
    session = build_session(app, paths, vault)

    first_store = None
    if not paths.exists():
        # Imported here: only a first run needs the wizard, and every start pays for imports.
        from ui.dialogs.first_run import FirstRunWizard

        result = FirstRunWizard.ask(paths, vault)
        if result is None:
            return 0
        session.update_settings(country=result.country, current_writer_id=result.writer_id)
        first_store = result.store

    window = MainWindow(session)
    backups = BackupScheduler(session)
    idle = IdleLock(session, lambda: _lock_when_no_dialog(window))
    window.show()
    try:
        session.attach(first_store or open_store(paths, vault=vault))
    except KeyUnavailable:
        pass  # the lock screen is showing: it asks for the passphrase
    except StoreDamaged as error:
        restored = offer_restore(paths, vault, error.message, window)
        if restored is None:
            return 1
        session.attach(restored)
    except KindredError as error:
        QMessageBox.critical(window, "Kindred", error.message)
        return 1
    warning = location_warning(paths.folder)
    if warning:
        QMessageBox.warning(window, "Kindred", warning)
    if args.smoke_exit:
        quit_when_shown(app, window)
    code = app.exec()
    idle.deleteLater()
    backups.back_up("on-close", wait=True)
    session.runner.wait()
    if session.is_unlocked:
        session.lock()
    return code


if __name__ == "__main__":
    sys.exit(main())
