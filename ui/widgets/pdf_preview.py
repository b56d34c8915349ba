"""See a PDF before it leaves the computer, then save it or print those same pages.

The PDF lives only in memory (a QBuffer over the bytes): nothing about the person
is written to a temporary file. Printing draws each previewed page, rendered at
the printer's resolution, so what is printed is exactly what was seen. Where to
save and which printer are asked through injectable functions, so tests (and
scripts) can answer without a dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from caregiver_app.domain.errors import KindredError
from ui.errors import plain_message
from ui.plural import counted

log = logging.getLogger(__name__)

# A page image at 600 dpi is ~140 MB; 300 dpi prints text and charts crisply.
MAX_PRINT_DPI = 300

# (parent, suggested path) -> the chosen path, or None if the person cancelled.
PathChooser = Callable[[QWidget, Path], Path | None]
# (printer, parent) -> True to print (the printer set up as the person chose).
PrintChooser = Callable[[QPrinter, QWidget], bool]


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("pdf_preview", "Save as PDF"),
        str(suggested),
        QCoreApplication.translate("pdf_preview", "PDF document (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pdf_preview", "Print"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


@dataclass(frozen=True)
class PdfOutput:
    """How a finished PDF leaves the preview: the questions asked, replaceable in tests."""

    choose_path: PathChooser = ask_pdf_path
    choose_printer: PrintChooser = ask_printer


class PdfPreview(QWidget):
    """The pages of a PDF held in memory, scrolled like a document, with a caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.pdf = b""
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Preview of the pages"))
        self.caption = QLabel(self.tr("Preparing the preview…"))
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("About the preview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def show_pdf(self, pdf: bytes) -> int:
        """Show ``pdf`` (kept in memory only); returns the number of pages."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # closes the document shown before
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self.pdf = pdf
        pages = self.document.pageCount()
        self.caption.setText(counted(self.tr("%n pages", "", pages), "%n pages", pages, "1 page"))
        return pages

    def show_waiting(self) -> None:
        self.caption.setText(self.tr("Preparing the preview…"))

    def show_problem(self, text: str) -> None:
        self.caption.setText(text)

    def show_failure(self, error: BaseException) -> None:
        """Say plainly why there is no preview (never a traceback)."""
        known = isinstance(error, KindredError | OSError)
        if not known:
            log.error("a PDF could not be made: %s", type(error).__name__)
        self.show_problem(plain_message(error) if known else _tr(BUILD_FAILED))


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages of ``document`` as images at printer resolution; returns how many.

    All pages, or the range chosen in the print dialog.
    """
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or count, count)
    numbers = range(first - 1, last)
    if not numbers:
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number in numbers:
            if number != numbers[0]:
                printer.newPage()
            points = document.pagePointSize(number)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(number, size)
            area = QRectF(painter.viewport())
            # Fit the page to the paper, keeping its shape, from the top-left corner.
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRectF(area.x(), area.y(), size.width() * scale, size.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(numbers)


# Translated where shown, in the "pdf_preview" context.
BUILD_FAILED = QT_TRANSLATE_NOOP(
    "pdf_preview",
    "It could not be made just now. Please try again; if it keeps happening, "
    "close Kindred and open it again. Nothing in the diary has changed.",
)
PRINT_FAILED = QT_TRANSLATE_NOOP(
    "pdf_preview",
    "It could not be sent to the printer. Please check that the printer is on and "
    "try again, or save it as a PDF and print that.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("pdf_preview", text)


def save_shown(preview: PdfPreview, output: PdfOutput, parent: QWidget, name: str) -> str | None:
    """Ask where, then save the previewed PDF there; returns what to tell the person."""
    if not preview.pdf:
        return None
    path = output.choose_path(parent, documents_folder() / name)
    if path is None:
        return None
    try:
        path.write_bytes(preview.pdf)
    except OSError as error:
        return plain_message(error)
    return QCoreApplication.translate("pdf_preview", "Saved as {path}.").format(path=path)


def print_shown(
    preview: PdfPreview, output: PdfOutput, parent: QWidget, paper: str, title: str
) -> str | None:
    """Ask which printer, then print the previewed pages; returns what to tell the person."""
    if preview.page_count == 0:
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the pages carry their own margins: print them as they are
    size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setDocName(title)
    if not output.choose_printer(printer, parent):
        return None
    try:
        pages = print_document(preview.document, printer)
    except Exception as error:
        log.error("printing failed: %s", type(error).__name__)
        return _tr(PRINT_FAILED)
    many = "Sent %n pages to the printer."
    return counted(
        QCoreApplication.translate("pdf_preview", "Sent %n pages to the printer.", None, pages),
        many,
        pages,
        "Sent 1 page to the printer.",
    )
