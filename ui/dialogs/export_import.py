"""Export the care record (JSON, optionally locked, or the diary as CSV) and import one back.

An export is written to a temporary name and renamed into place, so a half-written
file never has the chosen name. An import is read and checked whole, the family is
told what it would add, and only then is it added — all of it, or nothing.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.errors import InvalidInput, KindredError, WrongKey
from caregiver_app.services.export_service import export_csv, export_record
from caregiver_app.services.import_service import (
    ImportPlan,
    ImportRecord,
    ImportService,
    read_export,
)
from caregiver_app.storage.keys import DEFAULT_COST, MIN_PASSPHRASE_LENGTH, KdfCost
from caregiver_app.storage.sealed import seal
from ui.errors import plain_message
from ui.plural import counted
from ui.session import Session

log = logging.getLogger(__name__)

# (parent, suggested file name, file type filter) -> the chosen file, or None
ChoosePath = Callable[[QWidget | None, str, str], Path | None]

JSON_FILTER = QT_TRANSLATE_NOOP("export_import", "Kindred export (*.json)")
CSV_FILTER = QT_TRANSLATE_NOOP("export_import", "Spreadsheet (*.csv)")
OPEN_FILTER = QT_TRANSLATE_NOOP("export_import", "Kindred export (*.json);;All files (*)")
NOTHING_IMPORTED = QT_TRANSLATE_NOOP(
    "export_import", "Nothing was imported, and your diary is as it was."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("export_import", text)


def _nothing_imported(parent: QWidget | None, why: str) -> None:
    QMessageBox.information(
        parent, QCoreApplication.translate("export_import", "Nothing was imported"), why
    )


def choose_save_path(parent: QWidget | None, suggested: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("export_import", "Save the export"),
        str(Path.home() / suggested),
        _tr(file_filter),
    )
    return Path(name) if name else None


def choose_open_path(parent: QWidget | None, _suggested: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("export_import", "Choose a Kindred export"),
        str(Path.home()),
        _tr(file_filter),
    )
    return Path(name) if name else None


def write_whole(path: Path, data: bytes) -> None:
    """Write to a temporary name, flush it to disk, then give it the chosen name."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class ExportDialog(QDialog):
    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        choose_path: ChoosePath = choose_save_path,
        cost: KdfCost = DEFAULT_COST,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._choose_path = choose_path
        self._cost = cost
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self._build()
        self._connect_signals()
        self._show_choices()

    def _build(self) -> None:
        heading = QLabel(self.tr("What would you like to export?"))
        heading.setProperty("role", "heading")
        self.whole = QRadioButton(self.tr("The whole record (JSON)"))
        self.whole.setAccessibleDescription(
            self.tr(
                "Everything: the diary with its history, the family and the profile. "
                "Kindred can import it again."
            )
        )
        self.whole.setChecked(True)
        self.spreadsheet = QRadioButton(self.tr("The diary as a spreadsheet (CSV)"))
        self.spreadsheet.setAccessibleDescription(self.tr("For Excel, LibreOffice or Numbers."))
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.whole)
        self._choice.addButton(self.spreadsheet)
        self.lock = QCheckBox(self.tr("Lock it with a passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase for the export"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("The same passphrase again"))
        self.lock_form = QWidget()
        form = QFormLayout(self.lock_form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Once more"), self.confirm)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "banner-text")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Choose where to save the export"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.whole)
        layout.addWidget(self.lock)
        layout.addWidget(self.lock_form)
        layout.addWidget(self.spreadsheet)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _connect_signals(self) -> None:
        self.whole.toggled.connect(self._show_choices)
        self.lock.toggled.connect(self._show_choices)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _show_choices(self, *_: object) -> None:
        whole = self.whole.isChecked()
        self.lock.setEnabled(whole)
        self.lock_form.setVisible(whole and self.lock.isChecked())
        if not whole:
            self.note.setText(
                self.tr(
                    "A spreadsheet is plain text: anyone who opens the file can read it. "
                    "Private entries of other family members are left out."
                )
            )
        elif self.lock.isChecked():
            self.note.setText(
                self.tr(
                    "Please write the passphrase down somewhere safe: without it, "
                    "nobody can open the file — not even Kindred."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Without a passphrase, anyone who opens the file can read it. "
                    "Keep it somewhere private."
                )
            )
        self.problem.hide()
        self.adjustSize()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _passphrase(self) -> str | None:
        """The chosen passphrase ('' when not locking), or None after saying what's wrong."""
        if not (self.whole.isChecked() and self.lock.isChecked()):
            return ""
        passphrase = self.passphrase.text()
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            self._show_problem(
                self.tr(
                    "Please use at least {count} characters for the passphrase. "
                    "A short sentence you will remember works well."
                ).format(count=MIN_PASSPHRASE_LENGTH)
            )
            self.passphrase.setFocus()
            return None
        if passphrase != self.confirm.text():
            self._show_problem(
                self.tr("The two passphrases are not the same. Please type them again.")
            )
            self.confirm.clear()
            self.confirm.setFocus()
            return None
        return passphrase

    def save(self) -> None:
        passphrase = self._passphrase()
        if passphrase is None:
            return
        whole = self.whole.isChecked()
        today = date.today().isoformat()
        if whole:
            suggested = self.tr("Kindred record {date}.json").format(date=today)
        else:
            suggested = self.tr("Kindred diary {date}.csv").format(date=today)
        path = self._choose_path(self, suggested, JSON_FILTER if whole else CSV_FILTER)
        if path is None:
            return  # they changed their mind: stay here, nothing written
        store = self._session.services.store
        viewer = self._session.writer.id
        cost = self._cost

        def build_and_write() -> Path:
            if whole:
                record = export_record(store, viewer)
                data = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8")
                if passphrase:
                    data = seal(data, passphrase, cost)
            else:
                data = ("\ufeff" + export_csv(store, viewer)).encode("utf-8")  # Excel: UTF-8
            write_whole(path, data)
            return path

        self.save_button.setEnabled(False)
        self._session.runner.run(build_and_write, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.saved_to = path
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, OSError):
            log.warning("export could not be written: %s", type(error).__name__)
            self._show_problem(
                self.tr(
                    "Kindred couldn't save the file there (the disk may be full, or the folder "
                    "may be read-only). Please try another place."
                )
            )
            return
        self._show_problem(plain_message(error))


def export_diary(
    session: Session,
    parent: QWidget | None = None,
    *,
    choose_path: ChoosePath = choose_save_path,
    cost: KdfCost = DEFAULT_COST,
) -> Path | None:
    """Ask what to export and where; save it; say where it went."""
    dialog = ExportDialog(session, parent, choose_path=choose_path, cost=cost)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_to is None:
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("export_import", "Export saved"),
        QCoreApplication.translate("export_import", "Saved as “{name}” in {folder}.").format(
            name=dialog.saved_to.name, folder=dialog.saved_to.parent
        ),
    )
    return dialog.saved_to


def _read_record(data: bytes, parent: QWidget | None) -> ImportRecord | None:
    """The export, checked whole; asks for its passphrase if it is locked."""
    passphrase: str | None = None
    prompt = QCoreApplication.translate(
        "export_import", "This export is locked. Please type its passphrase:"
    )
    while True:
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return read_export(data, passphrase)
            finally:
                QApplication.restoreOverrideCursor()
        except WrongKey as error:
            prompt = QCoreApplication.translate(
                "export_import", "{problem}\n\nThe export's passphrase:"
            ).format(problem=error.message)
        except InvalidInput as error:
            if error.field != "passphrase" or passphrase is not None:
                _nothing_imported(parent, error.message)
                return None
        typed, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("export_import", "Locked export"),
            prompt,
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            _nothing_imported(parent, _tr(NOTHING_IMPORTED))
            return None
        passphrase = typed


def import_export(
    session: Session,
    parent: QWidget | None = None,
    *,
    choose_path: ChoosePath = choose_open_path,
) -> None:
    """Choose an export, say what it would add, and add it if the family agrees."""
    path = choose_path(parent, "", OPEN_FILTER)  # translated where the dialog shows it
    if path is None:
        return
    try:
        data = path.read_bytes()
    except OSError:
        couldnt = QCoreApplication.translate("export_import", "Kindred couldn't read “{name}”.")
        _nothing_imported(parent, couldnt.format(name=path.name) + " " + _tr(NOTHING_IMPORTED))
        return
    record = _read_record(data, parent)
    if record is None:
        return
    imports = ImportService(session.services.store)
    try:
        plan = imports.plan(record)
    except KindredError as error:
        _nothing_imported(parent, error.message)
        return
    if plan.nothing_new:
        QMessageBox.information(
            parent, QCoreApplication.translate("export_import", "Nothing new"), plan.summary
        )
        return
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("export_import", "Import this export?"),
        QCoreApplication.translate(
            "export_import", "{summary}\n\nA backup of your diary is made first. Add them now?"
        ).format(summary=plan.summary),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        _nothing_imported(parent, _tr(NOTHING_IMPORTED))
        return

    def done(added: ImportPlan) -> None:
        if added.adds_care:  # medicines or appointments too: say all that was added
            QMessageBox.information(
                parent, QCoreApplication.translate("export_import", "Imported"), added.done_summary
            )
            return
        count = added.new_entries
        source = "Done. %n entries were added."
        text = QCoreApplication.translate(
            "export_import", "Done. %n entries were added.", "", count
        )
        QMessageBox.information(
            parent,
            QCoreApplication.translate("export_import", "Imported"),
            counted(text, source, count, "Done. 1 entry was added."),
        )

    def failed(error: BaseException) -> None:
        _nothing_imported(parent, f"{plain_message(error)}\n\n{_tr(NOTHING_IMPORTED)}")

    session.runner.run(lambda: imports.apply(record), done, failed, write=True)
