"""The app for the accessibility walk: the demo family's diary in the real main window.

Run by tests/a11y as a separate process on a virtual display. It reads one command
a line on stdin and answers on stdout when the screen has settled:
``page <name>`` shows that page, ``help`` the help screen, ``present`` toggles
presentation mode, ``quit`` ends. It prints ``ready`` once the window is up.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from caregiver_app.demo import build_demo
from ui.background import SyncRunner
from ui.demo_mode import DemoBand, demo_settings
from ui.main_window import NAVIGATION, MainWindow
from ui.session import Session
from ui.theme import apply_theme

SETTLE_MS = 400


class Commands(QObject):
    arrived = Signal(str)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kindred")
    demo = build_demo()
    settings = demo_settings(demo)
    apply_theme(app, settings)
    session = Session(demo.paths, demo.vault, settings, SyncRunner(), save_settings_to_disk=False)
    session.settings_changed.connect(lambda changed: apply_theme(app, changed))
    window = MainWindow(session)
    window.setMenuWidget(DemoBand(session, demo))
    window.resize(1280, 860)
    window.show()
    session.attach(demo.store)

    def answer(text: str) -> None:
        print(text, flush=True)

    def run(command: str) -> None:
        word, _, rest = command.strip().partition(" ")
        if word == "page" and rest in NAVIGATION:
            window.go_to(rest)
        elif word == "help":
            window.show_help_now()
        elif word == "back":
            window.back_button.click()
        elif word == "present":
            window.toggle_presentation()
        elif word == "quit":
            app.quit()
            return
        else:
            answer(f"unknown {command.strip()}")
            return
        QTimer.singleShot(SETTLE_MS, lambda: answer(f"done {command.strip()}"))

    commands = Commands()
    commands.arrived.connect(run)

    def read() -> None:
        for line in sys.stdin:
            commands.arrived.emit(line)
        commands.arrived.emit("quit")

    threading.Thread(target=read, daemon=True).start()
    QTimer.singleShot(SETTLE_MS, lambda: answer("ready"))
    try:
        return app.exec()
    finally:
        session.lock()
        demo.close()


if __name__ == "__main__":
    sys.exit(main())
