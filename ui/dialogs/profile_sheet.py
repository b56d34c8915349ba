"""The "About me" page as it will print: see it, then save it as a PDF or print it.

Built from what is saved (not from unsaved typing, which the dialog says), on a
worker thread, kept in memory only. Names are shortened to initials unless the
family unticks it: a page by a hospital bed is read by many people.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.reports.profile_sheet import build_profile_sheet
from caregiver_app.services.report_data import gather_profile
from ui.session import Session
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.pdf_preview import PdfOutput, PdfPreview, print_shown, save_shown

UNSAVED = QT_TRANSLATE_NOOP(
    "ProfileSheetDialog",
    "Changes you have not saved yet are not on this page. Save them first to include them.",
)


class ProfileSheetDialog(QDialog):
    def __init__(
        self,
        session: Session,
        output: PdfOutput,
        parent: QWidget | None = None,
        *,
        unsaved: bool = False,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._output = output
        self._building = False
        self._again = False
        self.setWindowTitle(self.tr("The About me page"))
        metrics = self.fontMetrics()
        screen = self.screen().availableGeometry()
        self.resize(
            min(metrics.averageCharWidth() * 90, int(screen.width() * 0.9)),
            min(metrics.lineSpacing() * 40, int(screen.height() * 0.9)),
        )
        self.initials = QCheckBox(self.tr("Shorten our names to initials"))
        self.initials.setChecked(True)
        self.large_print = QCheckBox(self.tr("Large print"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setCurrentIndex(max(0, self.paper.findData(session.settings.paper_size)))
        paper_box = QWidget()
        paper_row = QHBoxLayout(paper_box)
        paper_row.setContentsMargins(0, 0, 0, 0)
        paper_row.addWidget(QLabel(self.tr("Paper")))
        paper_row.addWidget(self.paper)
        choices_box = QWidget()
        choices = FlowLayout(choices_box, spacing=24)
        for widget in (self.initials, self.large_print, paper_box):
            choices.addWidget(widget)
        note = QLabel(self.tr(UNSAVED))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        note.setVisible(unsaved)
        self.preview = PdfPreview()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setProperty("role", "primary")
        self.print_button = QPushButton(self.tr("Print…"))
        for button in (self.save_button, self.print_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(choices_box)
        layout.addWidget(note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        for box in (self.initials, self.large_print):
            box.toggled.connect(self.rebuild)
        self.paper.currentIndexChanged.connect(self.rebuild)
        self.rebuild()
        self.preview.view.setFocus()  # arrow keys and Page Down read the pages

    @classmethod
    def ask(
        cls, session: Session, output: PdfOutput, parent: QWidget | None, *, unsaved: bool
    ) -> None:
        cls(session, output, parent, unsaved=unsaved).exec()

    def rebuild(self) -> None:
        if self._building:
            self._again = True
            return
        store = self._session.services.store
        viewer = self._session.writer.id
        initials = self.initials.isChecked()
        large = self.large_print.isChecked()
        paper = self.paper.currentData()
        self._building = True
        self._again = False
        self._set_ready(False)
        self.preview.show_waiting()
        self._session.runner.run(
            lambda: build_profile_sheet(
                gather_profile(store, viewer, initials=initials), paper=paper, large_print=large
            ),
            self._built,
            self._failed,
        )

    def _built(self, pdf: bytes) -> None:
        self._building = False
        if self._again:
            self.rebuild()
            return
        self.preview.show_pdf(pdf)
        self._set_ready(True)

    def _failed(self, error: BaseException) -> None:
        self._building = False
        self.preview.show_failure(error)
        if self._again:
            self.rebuild()

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(ready and self.preview.page_count > 0)

    def _say(self, text: str | None) -> None:
        if text:
            self.message.setText(text)
            self.message.show()

    def save_pdf(self) -> None:
        name = self.tr("About me {date}.pdf").format(date=f"{date.today():%Y-%m-%d}")
        self._say(save_shown(self.preview, self._output, self, name))

    def print_pdf(self) -> None:
        paper = self.paper.currentData()
        self._say(print_shown(self.preview, self._output, self, paper, self.tr("About me")))
