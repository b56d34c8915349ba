"""The first-run wizard: a few friendly steps from nothing to a private, working diary.

The diary is created when the protection step is confirmed, so the recovery code
exists and can be shown (and printed) on the next step. From that moment the diary
is real: closing the window finishes setup rather than throwing anything away.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from caregiver_app.domain.circle import CaregiverDraft, Circle, PersonProfile, Role
from caregiver_app.domain.errors import InvalidInput, KindredError, PassphraseRequired
from caregiver_app.i18n import _
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.settings import COUNTRY_CHOICES, Settings
from caregiver_app.storage.keys import DEFAULT_COST, KdfCost, check_new_passphrase
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import CreatedStore, Store, create_store
from ui.dialogs.unlock import MessageBanner

log = logging.getLogger(__name__)

# Only countries whose crisis lines Kindred has checked; anyone else picks "Other"
# and is told to call the local emergency number.

Confirm = Callable[[QWidget, str, str, str, str], bool]
PickPdfPath = Callable[[QWidget, Path], Path | None]
PrintSheet = Callable[[QWidget, str], bool]


@dataclass(frozen=True)
class FirstRunResult:
    store: Store
    country: str
    writer_id: str


# --- the recovery sheet (printed or saved as PDF) ------------------------------------


def system_country() -> str:
    """This computer's country code, when the system says (empty otherwise)."""
    return QLocale.territoryToCode(QLocale.system().territory()) or ""


def _page_size(country: str) -> QPageSize:
    letter = Settings(country=country).paper_size == "letter"
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def recovery_sheet_html(code: str, made_on: date) -> str:
    """The sheet's words: the code, what it is for, how to use it, how to keep it."""
    groups = html.escape(code).split("-")
    middle = len(groups) // 2
    code_lines = "-".join(groups[:middle]) + "<br>" + "-".join(groups[middle:])
    # The chosen language's long date (QLocale() follows it); the system's otherwise.
    long_date = QLocale().toString(QDate(made_on), QLocale.FormatType.LongFormat)

    def say(text: str) -> str:
        return html.escape(QCoreApplication.translate("first_run", text))

    # The words are marked for translation where they are written (lupdate reads these).

    title = say(QT_TRANSLATE_NOOP("first_run", "Kindred: your recovery code"))
    what_for = say(
        QT_TRANSLATE_NOOP(
            "first_run",
            "This code opens your family's care diary if the passphrase is forgotten, "
            "or if Kindred moves to a new computer.",
        )
    )
    made = html.escape(QCoreApplication.translate("first_run", "Made on {date}.")).format(
        date=html.escape(long_date)
    )
    how = say(QT_TRANSLATE_NOOP("first_run", "How to use it"))
    step_open = say(QT_TRANSLATE_NOOP("first_run", "Open Kindred."))
    # The button's name as the unlock form shows it, in the same language.
    button = html.escape(QCoreApplication.translate("UnlockForm", "Use my recovery code instead"))
    step_choose = html.escape(QCoreApplication.translate("first_run", "Choose {button}.")).format(
        button=f"<b>{button}</b>"
    )
    step_type = say(
        QT_TRANSLATE_NOOP(
            "first_run",
            "Type the code. Capital or small letters both work, and the dashes don't matter.",
        )
    )
    keep = say(QT_TRANSLATE_NOOP("first_run", "Keep it safe"))
    keep_how = say(
        QT_TRANSLATE_NOOP(
            "first_run",
            "Keep this page with your important papers, away from the computer. Anyone "
            "with this code and a copy of the diary could read it. Kindred cannot show "
            "you this code again.",
        )
    )
    return f"""
    <p style="font-size: 24pt; font-weight: bold">{title}</p>
    <p>{what_for}</p>
    <p style="font-family: 'DejaVu Sans Mono', monospace; font-size: 30pt; font-weight: bold;
       margin-top: 18px; margin-bottom: 18px;">{code_lines}</p>
    <p>{made}</p>
    <p style="font-size: 17pt; font-weight: bold; margin-top: 14px">{how}</p>
    <ol>
      <li>{step_open}</li>
      <li>{step_choose}</li>
      <li>{step_type}</li>
    </ol>
    <p style="font-size: 17pt; font-weight: bold; margin-top: 14px">{keep}</p>
    <p>{keep_how}</p>
    """


def render_recovery_sheet(device: QPagedPaintDevice, code: str) -> None:
    # QTextDocument.print_ adds its own 2 cm margin inside the device's margins.
    device.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.setDefaultStyleSheet("p, li { font-size: 14pt; }")
    document.setHtml(recovery_sheet_html(code, date.today()))
    document.print_(device)


def save_recovery_sheet(path: Path, code: str, country: str = "") -> None:
    """Write the sheet as a PDF; an OSError means it could not be written there."""
    with open(path, "wb"):  # fails early and plainly on a folder we can't write to
        pass
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("first_run", "Kindred recovery code"))
    writer.setCreator("Kindred")
    writer.setPageSize(_page_size(country or system_country()))
    render_recovery_sheet(writer, code)
    del writer  # the file is finished when the writer goes away
    if path.stat().st_size == 0:
        raise OSError("the PDF could not be written")


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("first_run", "Save your recovery code as a PDF"),
        str(suggested),
        QCoreApplication.translate("first_run", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def print_with_dialog(parent: QWidget, code: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(_page_size(system_country()))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("first_run", "Print your recovery code"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_recovery_sheet(printer, code)
    return True


def ask_yes_no(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)  # the safe choice is the one Enter picks
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


# --- pages -----------------------------------------------------------------------------


def _label(text: str, parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def _field(caption: str, accessible: str, parent: QWidget) -> tuple[QLabel, QLineEdit]:
    field = QLineEdit(parent)
    field.setAccessibleName(accessible)
    label = _label(caption, parent)
    label.setBuddy(field)
    return label, field


class _Page(QWizardPage):
    """A page with a big title, a few plain sentences and a place for messages."""

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        # The page scrolls rather than clips when big text meets a small screen.
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroller)
        self.scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(4, 4, 12, 4)
        self.body.setSpacing(10)
        self.title_label = _label(title, self, "title")
        self.text_label = _label(text, self)
        self.body.addWidget(self.title_label)
        self.body.addWidget(self.text_label)
        self.body.addSpacing(8)
        self.banner = MessageBanner(self)

    def finish_layout(self) -> None:
        # The message sits right under the fields it is about, not at the far bottom.
        self.body.addWidget(self.banner)
        self.body.addStretch(1)
        for field in self.findChildren(QLineEdit):
            field.textEdited.connect(self.banner.clear)

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts on this step (None: on the Next button)."""
        return None

    def keep_visible(self, widget: QWidget) -> None:
        if self.isAncestorOf(widget):
            self.scroller.ensureWidgetVisible(widget)

    def show_problem(self, text: str, field: QWidget | None = None) -> None:
        self.banner.show_message(text)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()
        # Once the layout has made room for the message, scroll it into view.
        QTimer.singleShot(0, self, lambda: self.keep_visible(self.banner))


class _WelcomePage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Welcome to Kindred"),
            self.tr(
                "Kindred is a shared diary for families caring at home for someone living "
                "with a mental illness or dementia. It helps you keep track of each day, find "
                "kind words for hard moments, and bring a clear summary to the doctor."
            ),
        )
        self.body.addWidget(
            _label(
                self.tr(
                    "Your diary is private: it stays on this computer and is locked so only "
                    "your family can read it."
                ),
                self,
            )
        )
        self.body.addWidget(_label(self.tr("Setting up takes about two minutes."), self, "muted"))
        # Secondary on purpose: setting up is the way forward, the demo a look around.
        self.demo_button = QPushButton(self.tr("Try the demo first"), self)
        self.demo_button.setAccessibleName(self.tr("Try the demo first"))
        self.demo_button.setAccessibleDescription(
            self.tr("A made-up family to look around. Nothing you type there is kept.")
        )
        self.demo_note = _label(
            self.tr(
                "Not ready yet? Look around with a made-up family first. Nothing you type "
                "there is kept, and you come back here when you leave."
            ),
            self,
            "muted",
        )
        self.demo_note.setBuddy(self.demo_button)
        self.body.addSpacing(12)
        self.body.addWidget(self.demo_note)
        self.body.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish_layout()


class _PersonPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Who are you caring for?"),
            self.tr("Their name appears on the diary and on reports for the doctor."),
        )
        self.name_label, self.name = _field(
            self.tr("Their &name"), self.tr("Name of the person you care for"), self
        )
        self.preferred_label, self.preferred = _field(
            self.tr("What they like to be &called (you can leave this empty)"),
            self.tr("What they like to be called, optional"),
            self,
        )
        self.preferred.setPlaceholderText(self.tr("For example: Maggie, Dad, Nana"))
        for widget in (self.name_label, self.name, self.preferred_label, self.preferred):
            self.body.addWidget(widget)
        self.finish_layout()

    def first_focus(self) -> QWidget | None:
        return self.name

    def profile(self) -> PersonProfile:
        return PersonProfile(name=self.name.text(), preferred_name=self.preferred.text())

    def validatePage(self) -> bool:
        try:
            self.profile().validated()
        except InvalidInput as exc:
            field = self.preferred if exc.field == "preferred_name" else self.name
            self.show_problem(exc.message, field)
            return False
        self.banner.clear()
        return True


class _YouPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("And you?"),
            self.tr(
                "You will be the main carer in the diary. You can add other family members later."
            ),
        )
        self.name_label, self.name = _field(self.tr("Your &name"), self.tr("Your name"), self)
        self.relationship_label, self.relationship = _field(
            self.tr("How you are &related to them (you can leave this empty)"),
            self.tr("How you are related to them, optional"),
            self,
        )
        self.relationship.setPlaceholderText(self.tr("For example: daughter, husband, friend"))
        for widget in (self.name_label, self.name, self.relationship_label, self.relationship):
            self.body.addWidget(widget)
        self.finish_layout()

    def first_focus(self) -> QWidget | None:
        return self.name

    def caregiver(self) -> CaregiverDraft:
        return CaregiverDraft(
            name=self.name.text(), relationship=self.relationship.text(), role=Role.PRIMARY
        )

    def validatePage(self) -> bool:
        try:
            self.caregiver().validated()
        except InvalidInput as exc:
            field = self.relationship if exc.field == "relationship" else self.name
            self.show_problem(exc.message, field)
            return False
        self.banner.clear()
        return True


SECURE_TEXT = QT_TRANSLATE_NOOP(
    "_ProtectionPage",
    "Kindred locks the diary so that only your family can read it. The key is kept safely "
    "in this computer's password store, so you won't need to type anything to open it here.",
)
NOT_SECURE_TEXT = QT_TRANSLATE_NOOP(
    "_ProtectionPage",
    "Kindred locks the diary so that only your family can read it. This computer has no safe "
    "password store to keep the key in, so Kindred needs a passphrase. Choose one you will "
    "remember: a short sentence works well.",
)
KEYRING_FAILED = QT_TRANSLATE_NOOP(
    "_ProtectionPage",
    "Kindred couldn't use this computer's password store. "
    "Please choose a passphrase to protect the diary instead.",
)


class _ProtectionPage(_Page):
    def __init__(self, create: Callable[[str | None], str | None]) -> None:
        super().__init__(self.tr("Keeping the diary private"), self.tr(SECURE_TEXT))
        self._create = create
        self._required = False
        self.setCommitPage(True)

        also = self.tr("Also ask for a passphrase when Kindred opens")
        self.also_passphrase = QCheckBox(also, self)
        self.also_passphrase.setAccessibleName(also)
        self.also_hint = _label(
            self.tr("Choose this if other people use this computer."), self, "muted"
        )
        self.passphrase_label, self.passphrase = _field(
            self.tr("&Passphrase"), self.tr("Passphrase"), self
        )
        self.confirm_label, self.confirm = _field(
            self.tr("Type the passphrase &again"), self.tr("Type the passphrase again"), self
        )
        for field in (self.passphrase, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_typed = QCheckBox(self.tr("Show what I type"), self)
        self.show_typed.setAccessibleName(self.tr("Show the passphrase as I type it"))
        self.hint = _label(
            self.tr(
                "At least 8 characters. Kindred can't remind you of it, so choose one you will "
                "remember."
            ),
            self,
            "muted",
        )
        self._passphrase_widgets = (
            self.passphrase_label,
            self.passphrase,
            self.confirm_label,
            self.confirm,
            self.show_typed,
            self.hint,
        )
        for widget in (self.also_passphrase, self.also_hint, *self._passphrase_widgets):
            self.body.addWidget(widget)
        self.finish_layout()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.also_passphrase.toggled.connect(self._update_visibility)
        self.show_typed.toggled.connect(self._on_show_typed)

    @property
    def needs_passphrase(self) -> bool:
        return self._required or self.also_passphrase.isChecked()

    def set_required(self, required: bool) -> None:
        self._required = required
        self.text_label.setText(self.tr(NOT_SECURE_TEXT) if required else self.tr(SECURE_TEXT))
        self._update_visibility()

    def initializePage(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            self.set_required(not wizard.keyring_is_secure())

    def first_focus(self) -> QWidget | None:
        return self.passphrase if self._required else self.also_passphrase

    def _update_visibility(self) -> None:
        self.also_passphrase.setVisible(not self._required)
        self.also_hint.setVisible(not self._required)
        for widget in self._passphrase_widgets:
            widget.setVisible(self.needs_passphrase)
        self.banner.clear()

    def _on_show_typed(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def validatePage(self) -> bool:
        passphrase: str | None = None
        if self.needs_passphrase:
            passphrase = self.passphrase.text()
            if not passphrase:
                self.show_problem(
                    self.tr(
                        "Please choose a passphrase first. A short sentence you will remember "
                        "works well."
                    ),
                    self.passphrase,
                )
                return False
            try:
                check_new_passphrase(passphrase)
            except InvalidInput as exc:
                self.show_problem(exc.message, self.passphrase)
                return False
            if self.confirm.text() != passphrase:
                self.show_problem(
                    self.tr("The two passphrases are not the same. Please type it again."),
                    self.confirm,
                )
                return False
        problem = self._create(passphrase)
        if problem == KEYRING_FAILED:
            self.set_required(True)
            self.show_problem(self.tr(KEYRING_FAILED), self.passphrase)
            return False
        if problem:
            self.show_problem(problem)
            return False
        self.banner.clear()
        return True


class _RecoveryPage(_Page):
    def __init__(self, pick_pdf_path: PickPdfPath, print_sheet: PrintSheet) -> None:
        super().__init__(self.tr("Your recovery code"), "")
        self._pick_pdf_path = pick_pdf_path
        self._print_sheet = print_sheet
        self.code = ""

        card = QFrame(self)
        card.setProperty("role", "card")
        self.code_label = QLabel(card)
        self.code_label.setProperty("role", "big-code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 16, 16, 16)
        card_layout.addWidget(self.code_label)

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Save the recovery code as a PDF"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)

        self.keep_hint = _label(
            self.tr(
                "Keep it with your important papers, away from the computer. "
                "Kindred cannot show you this code again once setup is finished."
            ),
            self,
            "muted",
        )
        kept = self.tr("I have printed or written down my recovery code")
        self.kept = QCheckBox(kept, self)
        self.kept.setAccessibleName(kept)
        self.saved_note = _label("", self)
        self.saved_note.hide()

        self.body.addWidget(card)
        self.body.addLayout(buttons)
        self.body.addWidget(self.saved_note)
        self.body.addWidget(self.keep_hint)
        self.body.addSpacing(6)
        self.body.addWidget(self.kept)
        self.finish_layout()
        QWidget.setTabOrder(self.kept, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)

    def initializePage(self) -> None:
        wizard = self.wizard()
        with_passphrase = True
        if isinstance(wizard, FirstRunWizard) and wizard.created is not None:
            self.code = wizard.created.recovery_code
            with_passphrase = wizard.protection_page.needs_passphrase
        if with_passphrase:
            about = self.tr(
                "If you ever forget your passphrase, or Kindred moves to a new computer, this "
                "code opens your diary. Please print it or write it down now."
            )
        else:
            about = self.tr(
                "If this computer is replaced or its password store is reset, this code "
                "opens your diary. Please print it or write it down now."
            )
        self.text_label.setText(about)
        groups = self.code.split("-")
        middle = len(groups) // 2
        # Two lines of three groups: easier to copy by hand, and it fits at 200 % text.
        self.code_label.setText("-".join(groups[:middle]) + "\n" + "-".join(groups[middle:]))
        self.code_label.setAccessibleName(
            self.tr("Recovery code: {code}").format(code=" ".join(groups))
        )

    def first_focus(self) -> QWidget | None:
        return self.kept

    def _print(self) -> None:
        self.banner.clear()
        try:
            printed = self._print_sheet(self, self.code)
        except OSError:
            self.show_problem(self.tr("The page couldn't be printed. Please check the printer."))
            return
        if printed:
            self._note(self.tr("The recovery code was sent to the printer."))

    def _save_pdf(self) -> None:
        self.banner.clear()
        suggested = Path.home() / self.tr("Kindred recovery code.pdf")
        path = self._pick_pdf_path(self, suggested)
        if path is None:
            return
        try:
            save_recovery_sheet(path, self.code)
        except OSError:
            self.show_problem(
                self.tr(
                    "Kindred couldn't save the PDF in {folder}. Please choose another place."
                ).format(folder=path.parent)
            )
            return
        self._note(
            self.tr(
                "Saved as {path}. Please print it or copy it somewhere safe, not only on "
                "this computer."
            ).format(path=path)
        )

    def _note(self, text: str) -> None:
        self.saved_note.setText(text)
        self.saved_note.setAccessibleName(text)
        self.saved_note.show()

    def confirm_skip(self) -> bool:
        wizard = self.wizard()
        confirm = wizard.confirm if isinstance(wizard, FirstRunWizard) else ask_yes_no
        return confirm(
            self,
            self.tr("Go on without your recovery code?"),
            self.tr(
                "Without the recovery code, if the passphrase is forgotten or this computer is "
                "replaced, nobody can open the diary, not even Kindred's makers."
            ),
            self.tr("Go on without it"),
            self.tr("Go back and keep it"),
        )

    def validatePage(self) -> bool:
        if self.kept.isChecked() or self.confirm_skip():
            return True
        self.kept.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


class _CountryPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Where do you live?"),
            self.tr(
                "This sets the crisis phone numbers Kindred shows, how dates are written and the "
                "paper size for printing. You can change it later in Settings."
            ),
        )
        self.country_label = _label(self.tr("&Country"), self)
        self.country = QComboBox(self)
        self.country.setAccessibleName(self.tr("Country"))
        for code, name in COUNTRY_CHOICES:
            self.country.addItem(_(name), code)  # the names are core text: the core translates
        self.country_label.setBuddy(self.country)
        here = self.country.findData(system_country())
        self.country.setCurrentIndex(here if here >= 0 else self.country.count() - 1)
        self.body.addWidget(self.country_label)
        self.body.addWidget(self.country)
        self.finish_layout()

    def first_focus(self) -> QWidget | None:
        return self.country

    @property
    def country_code(self) -> str:
        return str(self.country.currentData() or "")


# --- the wizard ---------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    def __init__(
        self,
        paths: StorePaths,
        vault: KeyringVault,
        parent: QWidget | None = None,
        cost: KdfCost = DEFAULT_COST,
        *,
        confirm: Confirm = ask_yes_no,
        pick_pdf_path: PickPdfPath = ask_pdf_path,
        print_sheet: PrintSheet = print_with_dialog,
        try_demo: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._try_demo = try_demo
        # Set while the wizard steps aside for the demo (see ``ask``).
        self.wants_demo = False
        self._vault = vault
        self._cost = cost
        self.confirm = confirm
        self.created: CreatedStore | None = None
        self.circle: Circle | None = None
        self.outcome: FirstRunResult | None = None
        self._secure: bool | None = None
        self._secure_checked = threading.Event()
        # Asking the keyring can take seconds: start now, the answer is ready long
        # before the person reaches the protection step.
        threading.Thread(target=self._check_keyring, name="first-run-keyring", daemon=True).start()

        self.setWindowTitle(self.tr("Welcome to Kindred"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome_page = _WelcomePage()
        self.person_page = _PersonPage()
        self.you_page = _YouPage()
        self.protection_page = _ProtectionPage(self._create)
        self.recovery_page = _RecoveryPage(pick_pdf_path, print_sheet)
        self.country_page = _CountryPage()
        for page in (
            self.welcome_page,
            self.person_page,
            self.you_page,
            self.protection_page,
            self.recovery_page,
            self.country_page,
        ):
            self.addPage(page)
        self.welcome_page.demo_button.setVisible(try_demo is not None)
        self.welcome_page.demo_note.setVisible(try_demo is not None)
        self.welcome_page.demo_button.clicked.connect(self._step_aside_for_demo)
        self._style_buttons()
        self._connect_signals()
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 72, self.fontMetrics().height() * 30)

    def _style_buttons(self) -> None:
        texts = {
            QWizard.WizardButton.BackButton: (
                self.tr("Back"),
                self.tr("Back to the previous step"),
            ),
            QWizard.WizardButton.NextButton: (self.tr("Next"), self.tr("Next step")),
            QWizard.WizardButton.CommitButton: (
                self.tr("Create my diary"),
                self.tr("Create my diary"),
            ),
            QWizard.WizardButton.FinishButton: (
                self.tr("Start using Kindred"),
                self.tr("Start using Kindred"),
            ),
            QWizard.WizardButton.CancelButton: (self.tr("Cancel"), self.tr("Stop setting up")),
        }
        for which, (text, accessible) in texts.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(accessible)
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = self.button(which)
            button.setProperty("role", "primary")
            # QWizard has already styled its buttons: restyle them for the new role.
            button.style().unpolish(button)
            button.style().polish(button)

    def _connect_signals(self) -> None:
        self.currentIdChanged.connect(self._on_page_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus_visible)

    def _keep_focus_visible(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.currentPage()
        if new is not None and isinstance(page, _Page):
            page.keep_visible(new)

    def _on_page_changed(self) -> None:
        self._arrange_buttons()
        # QWizard has just put the focus on the page's first widget: put it where a
        # person would start typing instead.
        page = self.currentPage()
        first = page.first_focus() if isinstance(page, _Page) else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _arrange_buttons(self) -> None:
        """Once the diary exists, offer only the way forward (and back to the country)."""
        b = QWizard.WizardButton
        if self.currentPage() is self.recovery_page:
            layout = [b.Stretch, b.NextButton]
        elif self.currentPage() is self.country_page:
            layout = [b.Stretch, b.BackButton, b.FinishButton]
        else:
            layout = [b.Stretch, b.BackButton, b.NextButton, b.CommitButton, b.CancelButton]
        self.setButtonLayout(layout)

    # --- the keyring ------------------------------------------------------------------

    def _check_keyring(self) -> None:
        try:
            self._secure = self._vault.is_secure()
        finally:
            self._secure_checked.set()

    def keyring_is_secure(self) -> bool:
        self._secure_checked.wait()  # bounded: the vault gives up after its timeout
        return bool(self._secure)

    # --- creating the diary -----------------------------------------------------------

    def _create(self, passphrase: str | None) -> str | None:
        """Create the store and the circle; a plain message when that fails."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            created = create_store(
                self._paths, vault=self._vault, passphrase=passphrase, cost=self._cost
            )
            try:
                circle = CircleService(created.store).create(
                    self.person_page.profile(), self.you_page.caregiver()
                )
            except BaseException:
                # A diary without its circle can't be used: take the empty store away,
                # so trying again (perhaps with another passphrase) starts clean.
                self._discard_empty_store(created)
                raise
        except PassphraseRequired:
            return KEYRING_FAILED
        except KindredError as exc:
            return exc.message
        except OSError as exc:
            log.warning("creating the diary failed: %s", type(exc).__name__)
            return self.tr(
                "Kindred couldn't save the diary in {folder}. "
                "Please check there is free space on this computer, then try again."
            ).format(folder=self._paths.folder)
        finally:
            QApplication.restoreOverrideCursor()
        self.created, self.circle = created, circle
        # From here the diary exists: there is nothing left to cancel.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        return None

    def _discard_empty_store(self, created: CreatedStore) -> None:
        """Remove the files this wizard made a moment ago; they hold nothing typed."""
        created.store.close()
        self._vault.forget(created.store.store_id)
        database = self._paths.database
        made = [database, self._paths.keys, self._paths.lock]
        made += [database.with_name(database.name + end) for end in ("-wal", "-shm")]
        for path in made:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove an unfinished diary file")

    def _typed_anything(self) -> bool:
        fields = (
            self.person_page.name,
            self.person_page.preferred,
            self.you_page.name,
            self.you_page.relationship,
            self.protection_page.passphrase,
        )
        return any(field.text().strip() for field in fields)

    # --- finishing ----------------------------------------------------------------------

    def accept(self) -> None:
        if self.created is None or self.circle is None:
            return
        self.outcome = FirstRunResult(
            store=self.created.store,
            country=self.country_page.country_code,
            writer_id=self.circle.caregivers[0].id,
        )
        super().accept()

    def reject(self) -> None:
        if self.created is not None and self.circle is not None:
            # The diary exists already: closing the window finishes setup, it never
            # throws the new diary away.
            on_recovery = self.currentPage() is self.recovery_page
            if on_recovery and not self.recovery_page.validatePage():
                return
            self.accept()
            return
        if self._typed_anything() and not self.confirm(
            self,
            self.tr("Stop setting up Kindred?"),
            self.tr("Nothing has been saved yet. You can start again whenever you like."),
            self.tr("Stop"),
            self.tr("Keep going"),
        ):
            return
        super().reject()

    def _step_aside_for_demo(self) -> None:
        # Nothing exists yet (the demo button is on the first step): the wizard only
        # hides, keeping whatever was typed, and ``ask`` shows it again afterwards.
        if self.created is None:
            self.wants_demo = True
            self.done(QDialog.DialogCode.Rejected)

    @classmethod
    def ask(
        cls,
        paths: StorePaths,
        vault: KeyringVault,
        parent: QWidget | None = None,
        cost: KdfCost = DEFAULT_COST,
        *,
        try_demo: Callable[[], None] | None = None,
    ) -> FirstRunResult | None:
        """Set up a diary; ``try_demo`` (run until the demo is left) backs the demo button."""
        wizard = cls(paths, vault, parent, cost, try_demo=try_demo)
        while True:
            wizard.wants_demo = False
            wizard.exec()
            if not wizard.wants_demo or try_demo is None:
                return wizard.outcome
            try_demo()
