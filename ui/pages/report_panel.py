"""The report for the doctor: choose the period and what goes in, see it, save or print it.

The PDF is built by the Qt-free report code on a worker thread a moment after the
last change of options (one build at a time; a change during a build starts one
more when it ends). It stays in memory: nothing is written to disk until the
person saves it where they choose. Print draws the very pages in the preview.
The defaults are the restrictive choices: names shortened to initials, private
entries left out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.appointments import Appointment
from caregiver_app.domain.handover import ReportOptions, Section
from caregiver_app.reports.handover import build_handover
from caregiver_app.services.changes import Changes
from caregiver_app.services.report_data import gather_for_appointment, gather_for_dates
from caregiver_app.settings import Settings
from ui.dialogs.medicine_dialogs import date_edit, day_of, text_box
from ui.models.appointment_model import when_text
from ui.models.medicine_model import day_text
from ui.session import Session
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page_parts import label
from ui.widgets.pdf_preview import PdfOutput, PdfPreview, print_shown, save_shown
from ui.widgets.scrolling import scroll_into
from ui.widgets.wrapped_check import WrappedCheck

DEBOUNCE_MS = 400
# Narrower than this many characters, the options go above the preview.
WIDE_IN_CHARACTERS = 95
SECTIONS = (  # labels translated where shown ("ReportPanel")
    (Section.SITUATION, QT_TRANSLATE_NOOP("ReportPanel", "Situation: the main concerns now")),
    (
        Section.BACKGROUND,
        QT_TRANSLATE_NOOP(
            "ReportPanel", "Background: diagnoses, allergies, medicines and their changes"
        ),
    ),
    (
        Section.ASSESSMENT,
        QT_TRANSLATE_NOOP("ReportPanel", "Assessment: mood, distress and sleep, episodes, doses"),
    ),
    (
        Section.REQUESTS,
        QT_TRANSLATE_NOOP("ReportPanel", "Requests: your questions and what you need"),
    ),
    (
        Section.APPENDIX,
        QT_TRANSLATE_NOOP("ReportPanel", "Appendix: the diary entries flagged for the appointment"),
    ),
    (Section.PROFILE, QT_TRANSLATE_NOOP("ReportPanel", "The “About them” page")),
)


class ReportPanel(QWidget):
    status = Signal(str)

    def __init__(self, session: Session, output: PdfOutput | None = None) -> None:
        super().__init__()
        self._session = session
        self._output = output or PdfOutput()
        self._building = False
        self._again = False  # options changed while a build ran
        self._stale = True  # the preview doesn't show the current options and diary
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._soon = QTimer(self)  # on showing the page: no need to wait
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._build()
        self._connect_signals()
        self.refresh_appointments()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.by_appointment = QRadioButton(self.tr("For an appointment:"))
        self.appointment = QComboBox()
        self.appointment.setAccessibleName(self.tr("Appointment"))
        # The long appointment names must not widen the column at large text.
        self.appointment.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.appointment.setMinimumContentsLength(12)
        self.by_dates = QRadioButton(self.tr("Between two dates:"))
        self.first_day = date_edit(date.today() - timedelta(days=30))
        self.last_day = date_edit(date.today())
        self.first_day.setAccessibleName(self.tr("From"))
        self.last_day.setAccessibleName(self.tr("To"))
        period = QButtonGroup(self)
        period.addButton(self.by_appointment)
        period.addButton(self.by_dates)
        self.dates_box = dates_box = QWidget()
        dates = FlowLayout(dates_box)
        for widget in (self.first_day, label(self.tr("to")), self.last_day):
            widget.setMinimumHeight(self.first_day.sizeHint().height())
            dates.addWidget(widget)
        self.concerns = text_box(self.tr("Your main concerns now, in your own words"), 3)
        self.concerns.setAccessibleName(self.tr("Your main concerns now"))
        self.needs = text_box(self.tr("What you need: help at home, a letter…"), 2)
        self.needs.setAccessibleName(self.tr("What you need"))
        self.dates_extra = QWidget()
        extra = QVBoxLayout(self.dates_extra)
        extra.setContentsMargins(0, 0, 0, 0)
        extra.addWidget(self.concerns)
        extra.addWidget(self.needs)

        defaults = ReportOptions()
        self.sections = {
            section: WrappedCheck(self.tr(text), section in defaults.sections)
            for section, text in SECTIONS
        }
        self.initials = WrappedCheck(
            self.tr("Shorten our names to initials (recommended)"), defaults.initials
        )
        self.private = WrappedCheck(
            self.tr("Include my own private entries"), defaults.include_private
        )
        self._on_presentation_changed(self._session.presenting)
        self.large_print = WrappedCheck(self.tr("Large print"))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self._set_paper(self._session.settings.paper_size)
        paper_row = QHBoxLayout()
        paper_label = QLabel(self.tr("Paper"))
        paper_label.setBuddy(self.paper)
        paper_row.addWidget(paper_label)
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)

        options = QWidget()
        column = QVBoxLayout(options)
        column.setContentsMargins(24, 16, 16, 16)
        column.setSpacing(8)
        column.addWidget(label(self.tr("Which period?"), "heading"))
        column.addWidget(self.by_appointment)
        column.addWidget(self.appointment)
        self.appointment_note = label(
            self.tr("It covers the time since the appointment before."), "muted"
        )
        column.addWidget(self.appointment_note)
        column.addWidget(self.by_dates)
        column.addWidget(dates_box)
        column.addWidget(self.dates_extra)
        column.addSpacing(8)
        column.addWidget(label(self.tr("What goes in?"), "heading"))
        column.addWidget(
            label(self.tr("Who it is about and the period are always at the top."), "muted")
        )
        for box in self.sections.values():
            column.addWidget(box)
        column.addSpacing(8)
        column.addWidget(label(self.tr("Privacy"), "heading"))
        column.addWidget(self.initials)
        column.addWidget(
            label(
                self.tr(
                    "A report can be left on a desk or scanned into notes. "
                    "Doctors' names stay as you wrote them."
                ),
                "muted",
            )
        )
        column.addWidget(self.private)
        column.addWidget(
            label(self.tr("Other people's private entries are never included."), "muted")
        )
        column.addSpacing(8)
        column.addWidget(label(self.tr("Printing"), "heading"))
        column.addWidget(self.large_print)
        column.addLayout(paper_row)
        column.addStretch(1)
        left = QWidget()
        scroll = scroll_into(left, options)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.preview = PdfPreview()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 12, 16, 8)
        right_layout.addWidget(self.preview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self._fitted = False  # until the person moves the divider themselves

        # Always in view, whichever part of the options is scrolled to.
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setProperty("role", "primary")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Prints the pages shown in the preview"))
        self.message = label()
        self.message.setAccessibleName(self.tr("Message"))
        self._bar = bar = QFrame()
        bar.setObjectName("ReportActions")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(24, 8, 24, 12)
        bar_layout.addWidget(self.message, 1)
        bar_layout.addWidget(self.print_button)
        bar_layout.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(bar)
        self._set_ready(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Options beside the preview when there is room; above it at large text sizes."""
        if self._fitted:
            return
        wide = self.width() >= self.fontMetrics().averageCharWidth() * WIDE_IN_CHARACTERS
        if wide:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            options = min(self.width() // 2, self.fontMetrics().averageCharWidth() * 60)
            self.splitter.setSizes([options, self.width() - options])
        else:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            height = self.height() - self._bar.sizeHint().height()
            self.splitter.setSizes([height // 2, height - height // 2])

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.rebuild)
        self._soon.timeout.connect(self.rebuild)
        for button in (self.by_appointment, self.by_dates):
            button.toggled.connect(self._on_period_kind)
        self.appointment.currentIndexChanged.connect(self.schedule)
        self.first_day.dateChanged.connect(self.schedule)
        self.last_day.dateChanged.connect(self.schedule)
        self.concerns.textChanged.connect(self.schedule)
        self.needs.textChanged.connect(self.schedule)
        for box in (*self.sections.values(), self.initials, self.private, self.large_print):
            box.toggled.connect(self.schedule)
        self.paper.currentIndexChanged.connect(self.schedule)
        # Once the person moves the divider, their choice of sizes is kept.
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_fitted", True))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self._session.data_changed.connect(self._on_data_changed)
        self._session.presentation_changed.connect(self._on_presentation_changed)
        # Bound methods (see DiaryPage): disconnected when this panel is deleted.
        self._session.writer_changed.connect(self._on_writer_changed)
        self._session.settings_changed.connect(self._on_settings_changed)

    # --- the period -----------------------------------------------------------------

    def refresh_appointments(self) -> None:
        if not self._session.is_unlocked:
            return
        service = self._session.services.appointments
        viewer = self._session.writer.id
        self._session.runner.run(lambda: service.list(viewer), self._show_appointments)

    def _show_appointments(self, appointments: tuple[Appointment, ...]) -> None:
        kept = self.appointment.currentData()
        self.appointment.blockSignals(True)
        self.appointment.clear()
        for appointment in appointments:
            # Short enough to show whole at large text; the full line is in the tooltip.
            day = day_text(appointment.starts_at.astimezone().date())
            who = appointment.clinician or appointment.role
            self.appointment.addItem(f"{day} · {who}", appointment.id)
            full = f"{when_text(appointment.starts_at)} · {appointment.with_whom}"
            index = self.appointment.count() - 1
            self.appointment.setItemData(index, full, Qt.ItemDataRole.ToolTipRole)
        now = datetime.now().astimezone()
        upcoming = [a for a in appointments if a.starts_at >= now]
        default = upcoming[0] if upcoming else (appointments[-1] if appointments else None)
        index = self.appointment.findData(kept)
        if index < 0 and default is not None:
            index = self.appointment.findData(default.id)
        self.appointment.setCurrentIndex(index)
        self.appointment.blockSignals(False)
        has_any = bool(appointments)
        self.by_appointment.setEnabled(has_any)
        if not (self.by_appointment.isChecked() or self.by_dates.isChecked()) or not has_any:
            (self.by_appointment if has_any else self.by_dates).setChecked(True)
        self._on_period_kind()

    def choose_appointment(self, appointment_id: str) -> None:
        index = self.appointment.findData(appointment_id)
        if index >= 0:
            self.appointment.setCurrentIndex(index)
            self.by_appointment.setChecked(True)

    def _on_period_kind(self) -> None:
        by_dates = self.by_dates.isChecked()
        # Only the chosen way's controls are shown: fewer things to read.
        for widget in (self.appointment, self.appointment_note):
            widget.setVisible(not by_dates)
        self.dates_box.setVisible(by_dates)
        self.dates_extra.setVisible(by_dates)
        self.schedule()

    def _on_writer_changed(self, _writer_id: object) -> None:
        self.schedule()

    def _on_settings_changed(self, settings: Settings) -> None:
        self._set_paper(settings.paper_size)

    def _set_paper(self, paper: str) -> None:
        index = self.paper.findData(paper)
        if index >= 0:
            self.paper.setCurrentIndex(index)

    def options(self) -> ReportOptions:
        by_dates = self.by_dates.isChecked()
        return ReportOptions(
            sections=frozenset(s for s, box in self.sections.items() if box.isChecked()),
            initials=self.initials.isChecked(),
            include_private=self.private.isChecked(),
            large_print=self.large_print.isChecked(),
            paper=self.paper.currentData(),
            concerns=self.concerns.toPlainText() if by_dates else "",
            needs=self.needs.toPlainText() if by_dates else "",
        )

    # --- building the preview -------------------------------------------------------

    @property
    def ready(self) -> bool:
        """The preview shows the current choices and the diary as it is now."""
        return not self._stale and not self._building and not self._timer.isActive()

    def schedule(self) -> None:
        self._stale = True
        self._set_ready(False)
        self.message.clear()  # "Saved as…" was about the report before this change
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._building:
            self._soon.start()

    def _on_presentation_changed(self, presenting: bool) -> None:
        # A room is watching: private entries stay out of the preview and the report.
        if presenting:
            self.private.setChecked(False)
        self.private.setEnabled(not presenting)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.appointments or changes.external:
            self.refresh_appointments()
        if changes.any:
            self.schedule()

    def rebuild(self) -> None:
        if not self._session.is_unlocked:
            return
        if self._building:
            self._again = True
            return
        store = self._session.services.store
        viewer = self._session.writer.id
        options = self.options()
        appointment_id = self.appointment.currentData()
        if self.by_dates.isChecked() or appointment_id is None:
            first, last = day_of(self.first_day), day_of(self.last_day)
            if first > last:
                self.preview.show_problem(self.tr("The first date is after the last one."))
                return
            op = lambda: build_handover(gather_for_dates(store, viewer, first, last, options))  # noqa: E731
        else:
            op = lambda: build_handover(  # noqa: E731
                gather_for_appointment(store, viewer, appointment_id, options)
            )
        self._building = True
        self._again = False
        self._stale = False
        self.preview.show_waiting()
        self._session.runner.run(op, self._built, self._build_failed)

    def _built(self, pdf: bytes) -> None:
        self._building = False
        if self._again:
            self.rebuild()
            return
        self.preview.show_pdf(pdf)
        self._set_ready(self.ready)

    def _build_failed(self, error: BaseException) -> None:
        self._building = False
        self.preview.show_failure(error)
        if self._again:
            self.rebuild()

    def _set_ready(self, ready: bool) -> None:
        has_pages = self.preview.page_count > 0
        for button in (self.save_button, self.print_button):
            button.setEnabled(ready and has_pages)

    # --- save and print -------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.status.emit(text)

    def save_pdf(self) -> None:
        if not self.ready:
            return
        name = self.tr("Handover report {day}.pdf").format(day=f"{date.today():%Y-%m-%d}")
        said = save_shown(self.preview, self._output, self, name)
        if said:
            self._say(said)

    def print_pdf(self) -> None:
        if not self.ready:
            return
        paper = self.paper.currentData()
        said = print_shown(
            self.preview, self._output, self, paper, self.tr("Family handover report")
        )
        if said:
            self._say(said)
