"""The report for the doctor: preview, save and print, read back as a clinician would."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.domain.appointments import AppointmentDraft
from caregiver_app.domain.entries import EntryDraft, EntryKind, Visibility
from caregiver_app.settings import Settings
from tests.conftest import OpenStore
from tests.ui.driving import FakeOutput
from ui.background import SyncRunner
from ui.main_window import MainWindow
from ui.pages.appointments import AppointmentsPage
from ui.pages.report_panel import ReportPanel
from ui.session import Session
from ui.widgets.pdf_preview import PdfOutput

ISBAR = ("I · Identify", "S · Situation", "B · Background", "A · Assessment", "R · Requests")
PRIVATE = "Cried in the car park, could not face going in"


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "") for page in pages).split())


@pytest.fixture
def seeded(session: Session) -> Session:
    """A diary with a shared question, a flagged entry and the writer's private entry."""
    diary = session.services.diary
    writer = session.writer.id
    now = datetime.now().astimezone()
    entries = [
        EntryDraft(text="Is the new tablet why she sleeps all day?", kind=EntryKind.QUESTION),
        EntryDraft(text="Margaret was calm after Raj played her old records", flagged=True),
        EntryDraft(text=PRIVATE, visibility=Visibility.PRIVATE, flagged=True),
    ]
    for days_ago, draft in zip((3, 2, 1), entries, strict=True):
        diary.add(writer, replace(draft, happened_at=now - timedelta(days=days_ago)))
    session.services.appointments.add(
        writer,
        AppointmentDraft(
            starts_at=now + timedelta(days=2), clinician="Dr Patel", role="memory clinic"
        ),
    )
    return session


@pytest.fixture
def fake(tmp_path: Path) -> FakeOutput:
    return FakeOutput(tmp_path)


@pytest.fixture
def panel(seeded: Session, fake: FakeOutput, qtbot: QtBot) -> ReportPanel:
    widget = ReportPanel(seeded, fake.output())
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    settle(panel=widget, qtbot=qtbot)
    return widget


def settle(panel: ReportPanel, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: panel.ready and panel.preview.page_count > 0, timeout=20000)


def test_the_preview_shows_the_pages_for_the_next_appointment(panel: ReportPanel) -> None:
    assert panel.by_appointment.isChecked()
    assert panel.appointment.currentText().endswith(" · Dr Patel")
    assert panel.preview.document.pageCount() > 0
    assert (
        panel.preview.caption.text().endswith("pages") or panel.preview.caption.text() == "1 page"
    )
    assert panel.save_button.isEnabled() and panel.print_button.isEnabled()


def test_the_defaults_are_the_restrictive_choices(panel: ReportPanel) -> None:
    assert panel.initials.isChecked()
    assert not panel.private.isChecked()
    assert not panel.large_print.isChecked()
    assert panel.paper.currentData() == "a4"  # the session's country is GB


def test_save_as_pdf_writes_the_previewed_report_without_private_words_or_full_names(
    panel: ReportPanel, fake: FakeOutput, qtbot: QtBot
) -> None:
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert fake.save_to is not None
    saved = fake.save_to.read_bytes()
    assert saved == panel.preview.pdf
    text = text_of(saved)
    for heading in ISBAR:
        assert heading in text
    assert "Is the new tablet why she sleeps all day?" in text
    assert PRIVATE not in text and "car park" not in text
    assert "Margaret" not in text and "Okafor" not in text and "Raj" not in text
    assert "M. was calm after R. played her old records" in text
    assert fake.asked and "Margaret" not in fake.asked[0]  # no name in the file name either
    assert panel.message.text() == f"Saved as {fake.save_to}."


def test_a_cancelled_save_writes_nothing(
    panel: ReportPanel, fake: FakeOutput, qtbot: QtBot
) -> None:
    target = fake.save_to
    fake.save_to = None
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert target is not None and not target.exists()
    assert panel.message.text() == ""


def test_changing_choices_refreshes_the_preview_after_a_pause(
    panel: ReportPanel, qtbot: QtBot
) -> None:
    before = panel.preview.pdf
    qtbot.mouseClick(panel.private.box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.initials.box, Qt.MouseButton.LeftButton)
    assert not panel.ready and not panel.save_button.isEnabled()  # waits for the new pages
    settle(panel, qtbot)
    assert panel.preview.pdf != before
    text = text_of(panel.preview.pdf)
    assert PRIVATE in text  # the writer's own private entry, because they asked
    assert "Margaret was calm after Raj played her old records" in text


def test_large_print_and_letter_paper_rebuild_the_preview(panel: ReportPanel, qtbot: QtBot) -> None:
    normal = panel.preview.document.pagePointSize(0)
    before = panel.preview.pdf
    qtbot.mouseClick(panel.large_print.box, Qt.MouseButton.LeftButton)
    panel.paper.setCurrentIndex(panel.paper.findData("letter"))
    settle(panel, qtbot)
    assert panel.options().large_print and panel.preview.pdf != before
    letter = panel.preview.document.pagePointSize(0)
    assert (round(normal.width()), round(letter.width())) == (595, 612)  # A4, then Letter


def test_a_report_between_two_dates(panel: ReportPanel, qtbot: QtBot) -> None:
    # A radio button answers clicks on its circle and words, at its left.
    at = QPoint(8, panel.by_dates.height() // 2)
    qtbot.mouseClick(panel.by_dates, Qt.MouseButton.LeftButton, pos=at)
    assert panel.dates_box.isVisible() and not panel.appointment.isVisible()
    qtbot.keyClicks(panel.concerns, "Sleeping most of the day since the new tablet")
    settle(panel, qtbot)
    text = text_of(panel.preview.pdf)
    assert "Sleeping most of the day since the new tablet" in text
    assert "Dr Patel" not in text  # no appointment in a report by dates


def test_print_sends_the_previewed_pages_to_the_printer(
    panel: ReportPanel, fake: FakeOutput, qtbot: QtBot
) -> None:
    previewed = panel.preview.page_count
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    printed = PdfReader(str(fake.printed_to))
    assert len(printed.pages) == previewed
    assert panel.message.text() == f"Sent {previewed} pages to the printer."


@pytest.fixture
def window(opened: OpenStore, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    live = Session(
        opened.paths,
        opened.vault,
        Settings(current_writer_id=opened.ann, country="US"),
        SyncRunner(),
        save_settings_to_disk=False,
    )
    main = MainWindow(live)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    live.attach(opened.store)
    yield main
    if live.is_unlocked:
        live.lock()


def test_ctrl_p_opens_the_report_from_anywhere(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to("Diary")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.keyClick(
        window.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    page = window.current_page()
    assert isinstance(page, AppointmentsPage)
    assert page.tabs.currentWidget() is page.report
    assert page.report.by_dates.isChecked()  # no appointments yet: a report by dates
    assert page.report.paper.currentData() == "letter"  # the United States use Letter
    qtbot.waitUntil(lambda: page.report.ready and page.report.preview.page_count > 0)


def test_a_page_range_chosen_in_the_print_dialog_is_honoured(
    panel: ReportPanel, fake: FakeOutput, qtbot: QtBot
) -> None:
    assert panel.preview.page_count >= 2
    answer = fake.choose_printer

    def only_the_first_page(printer: QPrinter, parent: QWidget) -> bool:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 1)
        return answer(printer, parent)

    panel._output = PdfOutput(fake.choose_path, only_the_first_page)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(str(fake.printed_to)).pages) == 1
    assert panel.message.text() == "Sent 1 page to the printer."
