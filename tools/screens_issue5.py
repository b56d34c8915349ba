"""Render Medications, Appointments & reports and About them offscreen, to look at them.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screens_issue5.py [out_dir]``

Builds the realistic sample family of ``tools.sample_report`` in a temp folder
(never the real diary), opens the main window on it, and saves PNGs of each page
(what fits in the window, and the whole scrolled page as ``*-full.png``) and of
each dialog, at 100 % and 200 % text, to /tmp/kindred-screens/issue5/ by default.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from caregiver_app.paths import StorePaths
from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from tests.support.keyrings import MemoryKeyring
from tools.sample_report import build
from ui.background import SyncRunner
from ui.dialogs.appointment_dialogs import AppointmentDialog, VisitDialog
from ui.dialogs.medicine_dialogs import ChangeDialog, MedicineDialog
from ui.dialogs.profile_sheet import ProfileSheetDialog
from ui.main_window import MainWindow
from ui.pages.about_them import AboutThemPage
from ui.pages.appointments import AppointmentsPage
from ui.pages.medications import MedicationsPage
from ui.session import Session
from ui.theme import apply_theme
from ui.widgets.pdf_preview import PdfOutput

WINDOW = (1180, 800)


def settle(seconds: float = 0.3) -> None:
    """Let timers, layouts and the PDF view's page rendering finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def grab_full(page: QWidget, path: Path) -> None:
    """The whole scrolled content of ``page``, at the width it has on screen."""
    scroll = page.findChild(QScrollArea)
    content = scroll.widget() if scroll is not None else None
    if content is None:
        return
    width = scroll.viewport().width()
    content.resize(width, max(content.heightForWidth(width), content.sizeHint().height()))
    grab(content, path)
    scroll.setWidget(scroll.takeWidget())  # back into the scroll area as it was


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kindred-screens/issue5")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    for scale in (100, 200):
        with tempfile.TemporaryDirectory() as tmp:
            store, ids, appointment_id = build(Path(tmp))
            settings = Settings(
                country="GB", theme="light", text_scale=scale, current_writer_id=ids["Sunita"]
            )
            apply_theme(app, settings)
            paths = StorePaths(Path(tmp) / "store")
            session = Session(
                paths, KeyringVault(MemoryKeyring()), settings, SyncRunner(),
                save_settings_to_disk=False,
            )  # fmt: skip
            window = MainWindow(session)
            window.resize(*WINDOW)
            window.show()
            session.attach(store)
            _pages(window, session, out, scale, appointment_id)
            _dialogs(window, session, out, scale, appointment_id)
            window.close()
            session.lock()  # closes the sample store
            window.deleteLater()
            settle(0.1)


def _pages(
    window: MainWindow, session: Session, out: Path, scale: int, appointment_id: str
) -> None:
    window.go_to("Medications")
    medications = window.current_page()
    assert isinstance(medications, MedicationsPage)
    risperidone = next(m for m in medications.model.medicines() if m.name == "Risperidone")
    medications.choose(risperidone.id)
    grab(window, out / f"medications-{scale}.png")
    grab_full(medications, out / f"medications-{scale}-full.png")

    window.go_to("Appointments & reports")
    appointments = window.current_page()
    assert isinstance(appointments, AppointmentsPage)
    appointments.choose(appointment_id)
    grab(window, out / f"appointments-{scale}.png")
    grab_full(appointments.tabs.widget(0), out / f"appointments-{scale}-full.png")
    window.open_report()
    report = appointments.report
    deadline = time.monotonic() + 20
    while not (report.ready and report.preview.page_count) and time.monotonic() < deadline:
        settle(0.1)
    settle(1.5)
    grab(window, out / f"report-{scale}.png")
    grab_full(report, out / f"report-{scale}-options.png")

    window.go_to("About them")
    about = window.current_page()
    assert isinstance(about, AboutThemPage)
    grab(window, out / f"about-{scale}.png")
    grab_full(about, out / f"about-{scale}-full.png")


def _dialogs(
    window: MainWindow, session: Session, out: Path, scale: int, appointment_id: str
) -> None:
    viewer = session.writer.id
    medicines = session.services.medicines.list(viewer)
    appointment = session.services.appointments.get(appointment_id, viewer)
    dialogs: list[tuple[str, QWidget]] = [
        ("add-medicine", MedicineDialog(session, window)),
        ("record-change", ChangeDialog(session, medicines[0], window)),
        ("add-appointment", AppointmentDialog(session, None, window)),
        ("after-visit", VisitDialog(session, appointment, medicines, window)),
        ("about-me-sheet", ProfileSheetDialog(session, PdfOutput(), window)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        settle(1.0 if name == "about-me-sheet" else 0.2)
        grab(dialog, out / f"dialog-{name}-{scale}.png")
        dialog.close()


if __name__ == "__main__":
    main()
