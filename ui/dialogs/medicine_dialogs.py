"""Adding a medicine and recording a change to one: short forms that never lose text.

A save that fails keeps the dialog open with every word in it and says why in
plain words, next to the Save button. Ctrl+Enter saves from anywhere in the form.
Labels sit above their fields, so nothing is squeezed at large text sizes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.errors import InvalidInput
from caregiver_app.domain.medicines import (
    Medicine,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
    MedicineStatus,
)
from ui.errors import plain_message
from ui.session import Session
from ui.widgets.growing_text import GrowingText

# Suggestions only: the words the family picks (or types) are what is saved.
FORMS = (
    QT_TRANSLATE_NOOP("MedicineDialog", "tablet"),
    QT_TRANSLATE_NOOP("MedicineDialog", "capsule"),
    QT_TRANSLATE_NOOP("MedicineDialog", "liquid"),
    QT_TRANSLATE_NOOP("MedicineDialog", "patch"),
    QT_TRANSLATE_NOOP("MedicineDialog", "injection"),
    QT_TRANSLATE_NOOP("MedicineDialog", "inhaler"),
    QT_TRANSLATE_NOOP("MedicineDialog", "drops"),
    QT_TRANSLATE_NOOP("MedicineDialog", "cream"),
)
# Which changes make sense from each state (the core checks again before writing).
CHANGES_FROM = {
    MedicineStatus.TAKING: (
        MedicineEventKind.DOSE_CHANGED,
        MedicineEventKind.PAUSED,
        MedicineEventKind.STOPPED,
    ),
    MedicineStatus.PAUSED: (
        MedicineEventKind.RESTARTED,
        MedicineEventKind.DOSE_CHANGED,
        MedicineEventKind.STOPPED,
    ),
    MedicineStatus.STOPPED: (MedicineEventKind.RESTARTED,),
}


def text_box(placeholder: str, lines: int = 3) -> GrowingText:
    """A box for a few sentences: at least ``lines`` tall, growing with the words."""
    return GrowingText(placeholder, lines)


def line_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def editable_combo(choices: tuple[str, ...], placeholder: str) -> QComboBox:
    """A list of common answers that also takes the family's own words."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(["", *choices])
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(placeholder)
    return combo


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    # Translators: a Qt date format, e.g. "3 March 2025".
    edit.setDisplayFormat(QCoreApplication.translate("medicine_dialogs", "d MMMM yyyy"))
    edit.setMaximumDate(QDate.currentDate())
    return edit


def day_of(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def text_of(widget: QLineEdit | QTextEdit | QComboBox) -> str:
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text()


class FormDialog(QDialog):
    """A scrolling form with a plain message line and Save / Cancel.

    Subclasses pass their words already translated. The form's own words use the
    "FormDialog" context explicitly: ``self.tr`` would look them up under the subclass.
    """

    def __init__(self, title: str, parent: QWidget | None, save_text: str = "") -> None:
        save_text = save_text or QCoreApplication.translate("FormDialog", "Save")
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.fields: dict[str, QWidget] = {}
        self._sized = False
        self._rows: dict[str, QWidget] = {}  # the widget holding each field's row
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.content = content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(self.form)
        inner.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(QCoreApplication.translate("FormDialog", "Message"))
        self.message_box = QFrame()
        self.message_box.setProperty("role", "banner")
        box_layout = QVBoxLayout(self.message_box)
        box_layout.setContentsMargins(12, 8, 12, 8)
        box_layout.addWidget(self.message)
        self.message_box.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text)
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(
            QCoreApplication.translate("FormDialog", "{action} (Ctrl+Enter)").format(
                action=save_text
            )
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message_box)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            self._sized = True
            # Open tall enough to show the whole form if the screen allows.
            wanted = self.content.sizeHint().height() + self.buttons.sizeHint().height()
            screen = self.screen().availableGeometry().height()
            self.resize(self.width(), min(wanted + 60, int(screen * 0.9)))
        super().showEvent(event)

    def add_field(self, name: str, label: str, widget: QWidget, hint: str = "") -> None:
        caption = QLabel(label)  # short, and the dialog is 60 characters wide: no wrapping
        caption.setBuddy(widget)
        widget.setAccessibleName(label)
        if hint:
            widget.setAccessibleDescription(hint)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            note = QLabel(hint)
            note.setProperty("role", "muted")
            note.setWordWrap(True)
            column.addWidget(note)
            self.form.addRow(caption, holder)
        else:
            self.form.addRow(caption, widget)
            holder = widget
        self.fields[name] = widget
        self._rows[name] = holder

    def set_field_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self._rows[name], visible)

    def text(self, name: str) -> str:
        widget = self.fields[name]
        assert isinstance(widget, QLineEdit | QTextEdit | QComboBox)
        return text_of(widget)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message_box.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def failed(self, error: BaseException) -> None:
        """Say what went wrong, keep every word, and go to the field that needs a look."""
        self.set_busy(False)
        self.show_message(plain_message(error))
        if isinstance(error, InvalidInput) and error.field in self.fields:
            self.fields[error.field].setFocus()


class MedicineDialog(FormDialog):
    """A new medicine: what it is, how it is taken, why, and since when."""

    def __init__(self, session: Session | None, parent: QWidget | None = None) -> None:
        # Without a session the dialog only returns what was written (the visit notes
        # gather new medicines and save them together).
        super().__init__(
            self.tr("Add a medicine"),
            parent,
            self.tr("Add medicine") if session else self.tr("Add"),
        )
        self._session = session
        self.result_value: Any = None
        self.add_field(
            "name", self.tr("Name of the medicine"), line_edit(self.tr("For example: Donepezil"))
        )
        self.add_field("strength", self.tr("Strength"), line_edit(self.tr("For example: 5 mg")))
        forms = tuple(self.tr(word) for word in FORMS)
        form = editable_combo(forms, self.tr("Tablet, liquid, patch…"))
        self.add_field("form", self.tr("Kind (tablet, liquid…)"), form)
        self.add_field(
            "how_taken",
            self.tr("How it is taken"),
            text_box(self.tr("For example: one in the morning with breakfast"), 2),
        )
        self.add_field(
            "purpose", self.tr("What it is for"), line_edit(self.tr("In your own words"))
        )
        self.add_field(
            "prescriber", self.tr("Prescribed by"), line_edit(self.tr("For example: Dr Patel"))
        )
        self.add_field("started_on", self.tr("Started on"), date_edit())
        self.add_field(
            "reason",
            self.tr("Why it was started (if you know)"),
            text_box(self.tr("A few words are enough"), 2),
        )
        self.add_field(
            "decided_by",
            self.tr("Who decided"),
            line_edit(self.tr("Leave empty if it was the prescriber")),
        )
        self.fields["name"].setFocus()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> Medicine | None:
        dialog = cls(session, parent)
        dialog.exec()
        return dialog.result_value if isinstance(dialog.result_value, Medicine) else None

    @classmethod
    def ask_draft(cls, parent: QWidget | None = None) -> MedicineDraft | None:
        dialog = cls(None, parent)
        dialog.exec()
        value = dialog.result_value
        return value if isinstance(value, MedicineDraft) else None

    def draft(self) -> MedicineDraft:
        started = self.fields["started_on"]
        assert isinstance(started, QDateEdit)
        return MedicineDraft(
            name=self.text("name"),
            strength=self.text("strength"),
            form=self.text("form"),
            how_taken=self.text("how_taken"),
            purpose=self.text("purpose"),
            prescriber=self.text("prescriber"),
            started_on=day_of(started),
            reason=self.text("reason"),
            decided_by=self.text("decided_by"),
        )

    def save(self) -> None:
        draft = self.draft()
        session = self._session
        if session is None:
            try:
                draft.validated(date.today())
            except InvalidInput as error:
                self.failed(error)
                return
            self.result_value = draft
            self.accept()
            return
        medicines = session.services.medicines
        writer = session.writer.id
        self.set_busy(True)
        session.runner.run(
            lambda: medicines.add(writer, draft), self._saved, self.failed, write=True
        )

    def _saved(self, medicine: Medicine) -> None:
        self.result_value = medicine
        self.set_busy(False)
        self.accept()


class ChangeDialog(FormDialog):
    """A change to one medicine: what changed, when, why, who decided, what was noticed."""

    def __init__(self, session: Session, medicine: Medicine, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a change to {name}").format(name=medicine.name), parent)
        self._session = session
        self._medicine = medicine
        self.saved: Medicine | None = None
        now = ", ".join(p for p in (medicine.strength, medicine.how_taken) if p)
        status = medicine.status.label.lower()
        if now:
            intro_text = self.tr("{medicine}: {status} now ({dose}).").format(
                medicine=medicine.title, status=status, dose=now
            )
        else:
            intro_text = self.tr("{medicine}: {status} now.").format(
                medicine=medicine.title, status=status
            )
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(intro)
        kind = QComboBox()
        for choice in CHANGES_FROM[medicine.status]:
            kind.addItem(choice.label, choice)
        self.add_field("kind", self.tr("What changed"), kind)
        self.add_field("on", self.tr("When"), date_edit())
        self.add_field(
            "strength",
            self.tr("New strength"),
            line_edit(self.tr("Now: {strength}").format(strength=medicine.strength or "—")),
        )
        self.add_field(
            "how_taken",
            self.tr("How it is taken now"),
            text_box(medicine.how_taken or self.tr("For example: one at night"), 2),
            self.tr("Leave empty if this stays the same."),
        )
        self.add_field("reason", self.tr("Why"), text_box(self.tr("In your own words"), 2))
        self.add_field(
            "decided_by", self.tr("Who decided"), line_edit(self.tr("For example: Dr Patel"))
        )
        self.add_field(
            "side_effects",
            self.tr("Side effects noticed"),
            text_box(self.tr("Anything you noticed, if any"), 2),
        )
        kind.currentIndexChanged.connect(self._show_dose_fields)
        self._show_dose_fields()
        kind.setFocus()

    @classmethod
    def ask(
        cls, session: Session, medicine: Medicine, parent: QWidget | None = None
    ) -> Medicine | None:
        dialog = cls(session, medicine, parent)
        dialog.exec()
        return dialog.saved

    def _show_dose_fields(self) -> None:
        kind = self.fields["kind"]
        assert isinstance(kind, QComboBox)
        doses = kind.currentData() in (MedicineEventKind.DOSE_CHANGED, MedicineEventKind.RESTARTED)
        for name in ("strength", "how_taken"):
            self.set_field_visible(name, doses)

    def change(self) -> MedicineChange:
        kind = self.fields["kind"]
        when = self.fields["on"]
        assert isinstance(kind, QComboBox) and isinstance(when, QDateEdit)
        doses = kind.currentData() in (MedicineEventKind.DOSE_CHANGED, MedicineEventKind.RESTARTED)
        return MedicineChange(
            kind=MedicineEventKind(kind.currentData()),
            on=day_of(when),
            reason=self.text("reason"),
            decided_by=self.text("decided_by"),
            side_effects=self.text("side_effects"),
            strength=self.text("strength") if doses else "",
            how_taken=self.text("how_taken") if doses else "",
        )

    def save(self) -> None:
        change = self.change()
        medicines = self._session.services.medicines
        writer = self._session.writer.id
        medicine_id = self._medicine.id
        self.set_busy(True)
        self._session.runner.run(
            lambda: medicines.change(medicine_id, writer, change),
            self._saved,
            self.failed,
            write=True,
        )

    def _saved(self, medicine: Medicine) -> None:
        self.saved = medicine
        self.set_busy(False)
        self.accept()
