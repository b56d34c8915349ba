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
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app import __version__
from caregiver_app.domain.errors import KeyUnavailable, KindredError, StoreDamaged
from caregiver_app.logging_setup import configure_logging
from caregiver_app.paths import StorePaths, default_home
from caregiver_app.settings import Settings, load_settings
from caregiver_app.storage.location import location_warning
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import open_store
from ui.app_icon import app_icon
from ui.background import ThreadRunner
from ui.backup_scheduler import BackupScheduler
from ui.demo_mode import start_demo, try_demo
from ui.dialogs.damaged_store import offer_restore
from ui.dialogs.shared_open import uses_shared_diary
from ui.errors import UNEXPECTED, plain_message
from ui.i18n import apply_language, follow_language, system_language
from ui.idle_lock import IdleLock
from ui.main_window import MainWindow
from ui.session import Session
from ui.smoke import quit_when_shown
from ui.theme import apply_theme

if TYPE_CHECKING:
    from ui.dialogs.first_run import FirstRunResult

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
    parser.add_argument(
        "--language", default="", help="language of the demo: en, hi or es (else the computer's)"
    )
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
    if not paths.settings.exists():
        # A first run speaks the computer's language when Kindred has it.
        settings = settings.with_changes(language=system_language())
    apply_theme(app, settings)
    session = Session(paths, vault, settings, ThreadRunner())
    session.settings_changed.connect(lambda changed: apply_theme(app, changed))
    follow_language(session)
    return session


def run_demo(app: QApplication, *, smoke_exit: bool = False, language: str = "") -> int:
    """The demo family in a throwaway diary: no real settings, keyring, logs or backups."""
    apply_language(Settings(language=language or system_language()))
    run = start_demo(app)
    if smoke_exit:
        quit_when_shown(app, run.window)
    try:
        return app.exec()
    finally:
        run.finish()


def first_run(
    app: QApplication, paths: StorePaths, vault: KeyringVault, session: Session
) -> FirstRunResult | None:
    """The first-run wizard. Its "Try the demo first" opens the demo family exactly as
    ``--demo`` does; leaving the demo comes back to the wizard, as it was left."""
    # Imported here: only a first run needs the wizard, and every start pays for imports.
    from ui.dialogs.first_run import FirstRunWizard

    def demo_then_back() -> None:
        try:
            try_demo(app)
        except (KindredError, OSError) as error:  # no room for the demo: say so, go on
            QMessageBox.warning(None, "Kindred", plain_message(error))
        apply_theme(app, session.settings)  # the person's own look again

    return FirstRunWizard.ask(paths, vault, try_demo=demo_then_back)


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
    # Matches installer/linux/org.kindred.Kindred.desktop: Wayland docks find the icon by it.
    app.setDesktopFileName("org.kindred.Kindred")
    if args.demo:
        return run_demo(app, smoke_exit=args.smoke_exit, language=args.language)
    configure_logging(paths.logs)
    _install_excepthook(app)
    vault = KeyringVault()
    session = build_session(app, paths, vault)

    first_store = None
    if not paths.exists():
        # Imported here: only a first run needs the wizard, and every start pays for imports.
        result = first_run(app, paths, vault, session)
        if result is None:
            return 0
        session.update_settings(country=result.country, current_writer_id=result.writer_id)
        first_store = result.store

    window = MainWindow(session)
    backups = BackupScheduler(session)
    idle = IdleLock(session, lambda: _lock_when_no_dialog(window))
    window.show()
    try:
        if first_store is None and uses_shared_diary(paths.folder):
            # psycopg only for a shared diary. Not opened: the lock screen's Unlock retries.
            from ui.dialogs.shared_open import attach_when_open, open_shared

            open_shared(session, window, done=attach_when_open(session, window))
        else:
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
