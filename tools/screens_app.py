"""Screenshots of the real main window on a real X display (run under Xvfb).

    xvfb-run -s "-screen 0 1280x860x24" python -m tools.screens_app OUT_DIR

Captures the whole screen through the X server, as a person would see it, at 100 %
and 200 % text, light and dark, each main page.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from tools.sample_diary import build
from ui.background import SyncRunner
from ui.main_window import NAVIGATION, MainWindow
from ui.session import Session
from ui.theme import apply_theme


def snap(app: QApplication, path: Path) -> None:
    for _ in range(5):
        app.processEvents()
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(path))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    store, ann, _ = build()
    for scale, theme, contrast in (
        (100, "light", False),
        (200, "light", False),
        (100, "dark", False),
        (200, "light", True),
    ):
        settings = Settings(
            text_scale=scale,
            theme=theme,
            high_contrast=contrast,
            current_writer_id=ann,
            country="GB",
        )
        apply_theme(app, settings)
        session = Session(
            store.paths, KeyringVault(), settings, SyncRunner(), save_settings_to_disk=False
        )
        window = MainWindow(session)
        window.setGeometry(0, 0, 1280, 860)
        window.show()
        tag = f"{theme}{'-contrast' if contrast else ''}-{scale}"
        snap(app, out / f"app-{tag}-locked.png")
        session.attach(store)
        for name in ("Today", "Diary", "Settings", "Guidance"):
            window.go_to(name)
            snap(app, out / f"app-{tag}-{NAVIGATION.index(name)}-{name.lower()}.png")
        window.show_help_now()
        snap(app, out / f"app-{tag}-help-now.png")
        window.close()
        # Keep the store open for the next round: detach without closing it.
        session._services = None
        session._timer.stop()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kindred-app-screens"))
