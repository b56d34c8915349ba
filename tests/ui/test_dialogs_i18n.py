"""The dialogs in other languages (issue 8): catalogues complete, words shown translated.

- The Hindi and Spanish catalogues (resources/locale/dialogs_<lang>.ts) hold every
  string lupdate finds in ui/dialogs, all finished, with the same {placeholders}.
- A translated Qt date pattern still writes the whole date.
- With the real Spanish and Hindi catalogues installed, dialogs show those words,
  including text set by a base class (FormDialog) and counted words (plural forms).
- In the pseudo-locale (longer, accented text) each dialog is walked like a page:
  nothing cut off, no English left, apart from core words the core translates itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

import caregiver_app.i18n as core_i18n
from caregiver_app.domain.appointments import AppointmentDraft
from caregiver_app.domain.entries import EntryDraft, EntryKind
from caregiver_app.domain.errors import EditConflict
from caregiver_app.domain.medicines import MedicineDraft, MedicineEventKind, MedicineStatus
from caregiver_app.guidance import lines_for_country, load_cards
from caregiver_app.paths import StorePaths
from caregiver_app.storage.backup_catalog import BackupInfo
from caregiver_app.storage.secrets import KeyringVault
from tests.conftest import TEST_COST
from tests.support.catalogues import (
    LANGUAGES,
    LOCALE,
    finished_messages,
    forms,
    messages,
    new_strings,
)
from tests.support.keyrings import MemoryKeyring
from tests.support.pseudo_locale import PseudoTranslator, pseudo_core_catalogue
from tests.ui.test_no_clipping import _cut_off
from tests.ui.test_pseudo_locale import _texts as texts_of
from tests.ui.test_pseudo_locale import escaped_english
from ui.dialogs.appointment_dialogs import AppointmentDialog, VisitDialog
from ui.dialogs.backups import BackupsDialog, entries_label
from ui.dialogs.card_window import CardWindow
from ui.dialogs.conflict import ConflictDialog
from ui.dialogs.entry_editor import EntryEditor
from ui.dialogs.erase import FirstConfirmation
from ui.dialogs.export_import import ExportDialog
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.history import HistoryDialog
from ui.dialogs.medicine_dialogs import ChangeDialog, MedicineDialog
from ui.dialogs.pocket_cards import PocketCardsDialog
from ui.dialogs.presentation import PresentationWindow
from ui.dialogs.profile_sheet import ProfileSheetDialog
from ui.dialogs.unlock import UnlockDialog
from ui.session import Session
from ui.widgets.pdf_preview import PdfOutput

# --- the catalogues ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_string_has_a_finished_translation_with_its_placeholders(
    language: str,
) -> None:
    assert len(finished_messages("dialogs", language)) > 400  # the whole area, not a sample


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_knows_every_string_in_the_dialogs(language: str, tmp_path: Path) -> None:
    """lupdate finds nothing new: a string added to a dialog must be translated too."""
    found = new_strings("dialogs", language, tmp_path)
    if found is None:
        pytest.skip("not a git checkout")
    assert found == 0, "run lupdate and translate the new dialog strings"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_date_patterns_still_write_the_whole_date(language: str) -> None:
    moment = QDateTime(QDate(2025, 3, 7), QTime(14, 5))
    locale = QLocale(language)
    for message in messages("dialogs", language):
        source = message.findtext("source") or ""
        if not re.fullmatch(r"[dMyHm:,.\s']+|HH:mm 'on' dddd d MMMM", source):
            continue
        written = locale.toString(moment, forms(message)[0])
        for part, needed in (("yyyy", "2025"), ("HH", "14"), ("mm", "05"), ("d", "7")):
            if part in source:
                assert needed in written, (source, written)


# --- the real catalogues in use ---------------------------------------------------------


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install the dialogs' catalogue for a language (and its locale) for one test."""
    installed: list[QTranslator] = []
    before = QLocale()

    def use(language: str) -> None:
        translator = QTranslator()
        assert translator.load(str(LOCALE / f"dialogs_{language}.qm"))
        qapp.installTranslator(translator)
        installed.append(translator)
        QLocale.setDefault(QLocale(language))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_spanish_forms_say_spanish_words_set_by_the_form_and_its_subclass(
    speak: Callable[[str], None], session: Session, qtbot: QtBot
) -> None:
    speak("es")
    dialog = MedicineDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Añadir un medicamento"
    assert dialog.save_button.text() == "Añadir medicamento"
    # The tooltip is the base class's (FormDialog) words around the subclass's.
    assert dialog.save_button.toolTip() == "Añadir medicamento (Ctrl+Enter)"
    assert dialog.message.accessibleName() == "Mensaje"


def test_counted_words_use_each_languages_plural_forms(
    speak: Callable[[str], None], session: Session, qtbot: QtBot
) -> None:
    one, three = (BackupInfo(Path("x"), datetime.now(), "daily", 0, n, True) for n in (1, 3))
    assert (entries_label(one), entries_label(three)) == ("1 entry", "3 entries")
    speak("es")
    assert (entries_label(one), entries_label(three)) == ("1 entrada", "3 entradas")
    cards = load_cards().cards[:3]
    dialog = PocketCardsDialog(session, cards, [card.id for card in cards])
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "3 tarjetas marcadas: 1 página."
    speak("hi")  # installed last, so asked first
    assert entries_label(three) == "3 एंट्रियाँ"


def test_hindi_entry_editor_and_a_spanish_date(
    speak: Callable[[str], None], session: Session, qtbot: QtBot
) -> None:
    speak("hi")
    editor = EntryEditor(session, None)
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "नई एंट्री"
    assert editor.private.text() == "निजी: यह एंट्री सिर्फ़ मैं देख सकूँ"
    # Qt ships no Hindi for its standard buttons: the dialogs' catalogue gives them.
    cancel = editor.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "रद्द करें"
    speak("es")
    from ui.dialogs.backups import when_label

    moment = datetime(2025, 3, 3, 14, 5).astimezone()
    assert when_label(moment, moment + timedelta(days=9)) == "lunes 3 de marzo de 2025, 14:05"


# --- every dialog in the pseudo-locale --------------------------------------------------

# Core words (entry kinds, medicine changes) come from caregiver_app; the core
# translates them with its own catalogue, so they are not this walk's business.
CORE_WORDS = {
    *(kind.label for kind in EntryKind),
    *(kind.label for kind in MedicineEventKind),
    *(status.label.lower() for status in MedicineStatus),
    lines_for_country("GB").emergency_text,  # shown with every card
}
# What this test writes into the diary is data, shown as typed.
TEST_DATA = {
    *("one at night", "Donepezil 5 mg", "5 mg", "Dr Patel"),
    *("Slept well, ate well", "Slept well", "Slept badly"),
}
RECOVERY_CODE = re.compile(r"\b[A-Z0-9]{4}(?:-[A-Z0-9]{4})+\b")
ADDRESS = re.compile(r"https?://[^\s'\"<>]+")  # a card's sources


def _english_left(text: str) -> str | None:
    """English left once core words, test data and a recovery code are taken out too."""
    for word in sorted(CORE_WORDS | TEST_DATA, key=len, reverse=True):
        text = text.replace(word, " ")
    text = ADDRESS.sub(" ", RECOVERY_CODE.sub(" ", text.replace("\n", " ")))
    return escaped_english(text)


def _texts(widget: QWidget) -> list[str]:
    return [text for _what, text in texts_of(widget)]


def problems_in(name: str, root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if cut := _cut_off(widget):
            problems.append(f"{name}: CUT OFF {type(widget).__name__}: {cut}")
        for text in _texts(widget):
            if left := _english_left(text):
                problems.append(f"{name}: NOT TRANSLATED {type(widget).__name__}: {text[:70]!r}")
                problems.append(f"    (left: {left[:50]})")
    title = root.windowTitle()
    if title and _english_left(title):
        problems.append(f"{name}: NOT TRANSLATED window title {title!r}")
    return problems


@pytest.fixture
def pseudo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    monkeypatch.setattr(core_i18n, "_language", "xa")
    monkeypatch.setattr(core_i18n, "_catalogue", pseudo_core_catalogue())
    yield
    qapp.removeTranslator(translator)


def _medicine(session: Session):  # type: ignore[no-untyped-def]
    draft = MedicineDraft(name="Donepezil", strength="5 mg", how_taken="one at night")
    return session.services.medicines.add(session.writer.id, draft)


def _appointment(session: Session):  # type: ignore[no-untyped-def]
    when = datetime.now().astimezone() + timedelta(days=2)
    draft = AppointmentDraft(starts_at=when, clinician="Dr Patel", role="GP")
    return session.services.appointments.add(session.writer.id, draft)


def _history(session: Session) -> HistoryDialog:
    diary = session.services.diary
    entry = diary.add(session.writer.id, EntryDraft("Slept well"))
    diary.edit(entry.id, session.writer.id, EntryDraft("Slept well, ate well"), entry.version)
    return HistoryDialog(diary.history(entry.id, session.writer.id))


def _conflict(session: Session) -> ConflictDialog:
    diary = session.services.diary
    entry = diary.add(session.writer.id, EntryDraft("Slept well"))
    diary.edit(entry.id, session.writer.id, EntryDraft("Slept well, ate well"), entry.version)
    try:
        diary.edit(entry.id, session.writer.id, EntryDraft("Slept badly"), entry.version)
    except EditConflict as conflict:
        return ConflictDialog(conflict)
    raise AssertionError("no conflict")


def _pocket(session: Session) -> PocketCardsDialog:
    cards = load_cards().cards
    return PocketCardsDialog(session, cards, [cards[0].id])


def _presentation(session: Session) -> PresentationWindow:
    cards = load_cards().cards
    return PresentationWindow(cards, cards[0].id, session.settings, lines_for_country("GB"))


DIALOGS: dict[str, Callable[[Session], QWidget]] = {
    "MedicineDialog": MedicineDialog,
    "ChangeDialog": lambda s: ChangeDialog(s, _medicine(s)),
    "AppointmentDialog": lambda s: AppointmentDialog(s, None),
    "VisitDialog": lambda s: VisitDialog(s, _appointment(s), (_medicine(s),)),
    "HistoryDialog": _history,
    "ConflictDialog": _conflict,
    "ExportDialog": ExportDialog,
    "BackupsDialog": BackupsDialog,
    "PocketCardsDialog": _pocket,
    "ProfileSheetDialog": lambda s: ProfileSheetDialog(s, PdfOutput(), unsaved=True),
    "UnlockDialog": lambda s: UnlockDialog(s.paths, s.vault),
    "FirstConfirmation": lambda s: FirstConfirmation(),
    "CardWindow": lambda s: CardWindow(s, load_cards().cards[0].id),
    "PresentationWindow": _presentation,
    "EntryEditor": lambda s: EntryEditor(s, None),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_in_the_pseudo_locale(
    name: str, pseudo: None, session: Session, qtbot: QtBot
) -> None:
    dialog = DIALOGS[name](session)
    qtbot.addWidget(dialog)
    dialog.resize(900, 800)
    dialog.show()
    qtbot.wait(30)
    problems = problems_in(name, dialog)
    print("\n".join(problems))
    assert problems == []


def test_the_first_run_wizard_in_the_pseudo_locale(
    pseudo: None, tmp_path: Path, qtbot: QtBot
) -> None:
    wizard = FirstRunWizard(
        StorePaths(tmp_path / "diary"), KeyringVault(MemoryKeyring()), cost=TEST_COST
    )
    qtbot.addWidget(wizard)
    wizard.resize(900, 800)
    wizard.show()
    problems: list[str] = []
    steps = (None, wizard.person_page.name, wizard.you_page.name, None, None, None)
    try:
        for typed_into in steps:
            qtbot.wait(30)
            page = wizard.currentPage()
            problems += problems_in(type(page).__name__, wizard)
            if typed_into is not None:
                qtbot.keyClicks(typed_into, "Ann Okafor")
            if page is wizard.recovery_page:
                wizard.recovery_page.kept.setChecked(True)
            if page is wizard.country_page:
                break
            QCoreApplication.processEvents()
            if page is wizard.protection_page:
                wizard.button(QWizard.WizardButton.CommitButton).click()  # creates the diary
            else:
                wizard.next()
    finally:
        if wizard.created is not None:
            wizard.created.store.close()
    assert wizard.currentPage() is wizard.country_page
    print("\n".join(problems))
    assert problems == []
