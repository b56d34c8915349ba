"""Driving dialogs in tests: modal ones that can fail without hanging, save and print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from tests.ui.conftest import when_dialog_opens
from ui.widgets.pdf_preview import PdfOutput


def when_open(action: Callable[[QWidget], None]) -> None:
    """Like ``when_dialog_opens``, but a failing action closes the dialog (then fails)."""

    def safely(dialog: QWidget) -> None:
        try:
            action(dialog)
        except BaseException:
            if isinstance(dialog, QDialog):
                dialog.reject()
            raise

    when_dialog_opens(safely)


class FakeOutput:
    """Answers the save and print questions the way a person would, without dialogs."""

    def __init__(self, folder: Path) -> None:
        self.save_to: Path | None = folder / "report.pdf"
        self.printed_to = folder / "printed.pdf"
        self.asked: list[str] = []

    def choose_path(self, _parent: QWidget, suggested: Path) -> Path | None:
        self.asked.append(suggested.name)
        return self.save_to

    def choose_printer(self, printer: QPrinter, _parent: QWidget) -> bool:
        # A printer that "prints" to a PDF file, at a low resolution to keep the test quick.
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.printed_to))
        printer.setResolution(72)
        return True

    def output(self) -> PdfOutput:
        return PdfOutput(choose_path=self.choose_path, choose_printer=self.choose_printer)
