"""The first-run wizard, driven the way a person drives it: typing, Tab, Space and Enter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from caregiver_app.domain.circle import Role
from caregiver_app.domain.errors import KeyUnavailable
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import open_store
from tests.conftest import PASSPHRASE, TEST_COST
from tests.support.keyrings import MemoryKeyring
from ui.dialogs.first_run import FirstRunWizard
from ui.theme import apply_theme

CODE_ON_SCREEN = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){2}\n[0-9A-Z]{4}(-[0-9A-Z]{4}){2}$")


class Answers:
    """Stands in for the yes/no questions, and remembers what was asked."""

    def __init__(self, *replies: bool) -> None:
        self.replies = list(replies)
        self.asked: list[str] = []

    def __call__(self, _parent: QWidget, title: str, _text: str, _yes: str, _no: str) -> bool:
        self.asked.append(title)
        return self.replies.pop(0) if self.replies else True


@pytest.fixture
def paths(tmp_path: Path) -> StorePaths:
    return StorePaths(tmp_path / "diary")


@pytest.fixture
def make_wizard(qtbot: QtBot, paths: StorePaths) -> Iterator[object]:
    made: list[FirstRunWizard] = []

    def make(vault: KeyringVault, **options: object) -> FirstRunWizard:
        options.setdefault("confirm", Answers())
        wizard = FirstRunWizard(paths, vault, cost=TEST_COST, **options)  # type: ignore[arg-type]
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if wizard.created is not None:
            wizard.created.store.close()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(_focused(), key)


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_names(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """Welcome, the person and you, by mouse and typing: used to reach the later steps."""
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.keyClicks(wizard.person_page.name, "Joan Byrne")
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.keyClicks(wizard.you_page.name, "Sam Byrne")
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.protection_page


def test_whole_wizard_with_the_keyboard_only(
    qtbot: QtBot, make_wizard: object, paths: StorePaths
) -> None:
    keyring = MemoryKeyring()
    wizard = make_wizard(KeyringVault(keyring))  # type: ignore[operator]

    _press(qtbot, Qt.Key.Key_Return)  # welcome
    assert wizard.currentPage() is wizard.person_page
    _type(qtbot, "Margaret Okafor")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Maggie")
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.you_page
    _type(qtbot, "Ann Okafor")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "daughter")
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.protection_page
    assert "password store" in wizard.protection_page.text_label.text()
    _press(qtbot, Qt.Key.Key_Return)  # keep the key in the password store: "Create my diary"

    assert wizard.currentPage() is wizard.recovery_page
    shown = wizard.recovery_page.code_label.text()
    assert CODE_ON_SCREEN.match(shown), shown
    assert paths.database.exists()
    _press(qtbot, Qt.Key.Key_Space)  # "I have printed or written down my recovery code"
    assert wizard.recovery_page.kept.isChecked()
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.country_page
    _type(qtbot, "Ire")
    _press(qtbot, Qt.Key.Key_Return)  # "Start using Kindred"

    assert wizard.result() == QWizard.DialogCode.Accepted
    outcome = wizard.outcome
    assert outcome is not None and outcome.country == "IE"
    circle = CircleService(outcome.store).get()
    assert (circle.person.name, circle.person.preferred_name) == ("Margaret Okafor", "Maggie")
    [you] = circle.caregivers
    assert (you.name, you.relationship, you.role) == ("Ann Okafor", "daughter", Role.PRIMARY)
    assert outcome.writer_id == you.id
    outcome.store.close()

    # The code on screen opens the diary on a computer that has never seen it.
    code = shown.replace("\n", "-")
    reopened = open_store(paths, vault=KeyringVault(MemoryKeyring()), recovery_code=code)
    try:
        assert CircleService(reopened).get().person.name == "Margaret Okafor"
    finally:
        reopened.close()
    # And this computer opens it with nothing typed at all.
    open_store(paths, vault=KeyringVault(keyring)).close()


def test_without_a_safe_password_store_a_passphrase_is_required(
    qtbot: QtBot, make_wizard: object, paths: StorePaths
) -> None:
    answers = Answers(False)  # first: "Go back and keep it"
    wizard = make_wizard(KeyringVault(FailKeyring()), confirm=answers)  # type: ignore[operator]
    _fill_names(qtbot, wizard)
    page = wizard.protection_page
    create = wizard.button(QWizard.WizardButton.CommitButton)

    assert "no safe password store" in page.text_label.text()
    assert page.passphrase.isVisible()
    assert not page.also_passphrase.isVisible()
    _click(qtbot, create)
    assert wizard.currentPage() is page
    assert "Please choose a passphrase" in page.banner.text
    assert not paths.database.exists()

    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClicks(page.confirm, "short")
    _click(qtbot, create)
    assert wizard.currentPage() is page
    assert "at least 8 characters" in page.banner.text

    page.passphrase.clear()
    page.confirm.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE + " typo")
    _click(qtbot, create)
    assert wizard.currentPage() is page
    assert "not the same" in page.banner.text
    assert not paths.database.exists()

    page.confirm.clear()
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    _click(qtbot, create)
    assert wizard.currentPage() is wizard.recovery_page
    assert "forget your passphrase" in wizard.recovery_page.text_label.text()

    # Going on without ticking the box asks first; "Go back and keep it" stays.
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert answers.asked == ["Go on without your recovery code?"]
    assert wizard.currentPage() is wizard.recovery_page
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # now: "Go on without it"
    assert wizard.currentPage() is wizard.country_page
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.outcome is not None
    wizard.outcome.store.close()

    vault = KeyringVault(FailKeyring())
    with pytest.raises(KeyUnavailable):
        open_store(paths, vault=vault)
    reopened = open_store(paths, vault=vault, passphrase=PASSPHRASE)
    try:
        assert CircleService(reopened).get().caregivers[0].name == "Sam Byrne"
    finally:
        reopened.close()


def test_save_as_pdf_writes_the_recovery_code(
    qtbot: QtBot, make_wizard: object, tmp_path: Path
) -> None:
    target = tmp_path / "papers" / "Kindred recovery code.pdf"
    target.parent.mkdir()
    wizard = make_wizard(  # type: ignore[operator]
        KeyringVault(MemoryKeyring()), pick_pdf_path=lambda _parent, _suggested: target
    )
    _fill_names(qtbot, wizard)
    _click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    page = wizard.recovery_page

    _click(qtbot, page.pdf_button)

    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    code = wizard.created.recovery_code  # type: ignore[union-attr]
    assert code.replace("-", "") in re.sub(r"[\s-]", "", text)
    assert "Use my recovery code instead" in " ".join(text.split())
    assert page.saved_note.isVisible() and str(target) in page.saved_note.text()


def test_a_pdf_that_cannot_be_saved_says_so_and_nothing_breaks(
    qtbot: QtBot, make_wizard: object, tmp_path: Path
) -> None:
    nowhere = tmp_path / "no such folder" / "code.pdf"
    wizard = make_wizard(  # type: ignore[operator]
        KeyringVault(MemoryKeyring()), pick_pdf_path=lambda _parent, _suggested: nowhere
    )
    _fill_names(qtbot, wizard)
    _click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))

    _click(qtbot, wizard.recovery_page.pdf_button)

    assert "couldn't save the PDF" in wizard.recovery_page.banner.text
    assert wizard.currentPage() is wizard.recovery_page


def test_a_problem_creating_the_diary_is_explained_and_typing_is_kept(
    qtbot: QtBot, make_wizard: object, paths: StorePaths
) -> None:
    paths.folder.mkdir(parents=True)
    paths.database.write_bytes(b"someone else's diary")
    wizard = make_wizard(KeyringVault(MemoryKeyring()))  # type: ignore[operator]
    _fill_names(qtbot, wizard)
    page = wizard.protection_page
    page.also_passphrase.setChecked(True)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)

    _click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))

    assert wizard.currentPage() is page
    assert "already a Kindred diary" in page.banner.text
    assert "Traceback" not in page.banner.text
    assert page.passphrase.text() == PASSPHRASE
    assert wizard.person_page.name.text() == "Joan Byrne"
    assert paths.database.read_bytes() == b"someone else's diary"


def test_a_missing_name_is_asked_for_kindly(qtbot: QtBot, make_wizard: object) -> None:
    wizard = make_wizard(KeyringVault(MemoryKeyring()))  # type: ignore[operator]
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    _click(qtbot, next_button)
    qtbot.keyClicks(wizard.person_page.preferred, "Nana")

    _click(qtbot, next_button)

    assert wizard.currentPage() is wizard.person_page
    assert wizard.person_page.banner.text == "Please write the name of the person you care for."
    assert wizard.person_page.preferred.text() == "Nana"
    assert wizard.person_page.name.hasFocus()


def test_cancelling_before_the_diary_exists_asks_and_saves_nothing(
    qtbot: QtBot, make_wizard: object, paths: StorePaths
) -> None:
    answers = Answers(False, True)
    wizard = make_wizard(KeyringVault(MemoryKeyring()), confirm=answers)  # type: ignore[operator]
    _fill_names(qtbot, wizard)

    wizard.reject()  # "Keep going"
    assert wizard.isVisible()
    wizard.reject()  # "Stop"

    assert answers.asked == ["Stop setting up Kindred?"] * 2
    assert wizard.outcome is None
    assert not paths.folder.exists()


def test_closing_after_the_diary_exists_keeps_it(qtbot: QtBot, make_wizard: object) -> None:
    wizard = make_wizard(KeyringVault(MemoryKeyring()))  # type: ignore[operator]
    _fill_names(qtbot, wizard)
    _click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    wizard.recovery_page.kept.setChecked(True)

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)

    assert wizard.outcome is not None
    assert CircleService(wizard.outcome.store).get().person.name == "Joan Byrne"


def _assert_nothing_cut_off(wizard: FirstRunWizard) -> None:
    page = wizard.currentPage()
    QApplication.processEvents()
    for label in page.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, f"cut off: {label.text()[:40]!r}"
    for button in [*page.findChildren(QPushButton), wizard.button(QWizard.WizardButton.NextButton)]:
        if button.isVisible():
            assert button.width() >= button.minimumSizeHint().width(), button.text()


def test_every_step_fits_at_200_percent_text(
    qtbot: QtBot, make_wizard: object, qapp: QApplication
) -> None:
    before = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.style().name())
    apply_theme(qapp, Settings(text_scale=200))
    try:
        wizard = make_wizard(KeyringVault(FailKeyring()))  # type: ignore[operator]
        wizard.resize(800, 600)  # a small screen: the steps scroll, nothing is cut off
        wizard.person_page.name.setText("Joan Byrne")
        wizard.you_page.name.setText("Sam Byrne")
        wizard.protection_page.passphrase.setText(PASSPHRASE)
        wizard.protection_page.confirm.setText(PASSPHRASE)
        seen = []
        while wizard.currentPage() is not wizard.country_page:
            _assert_nothing_cut_off(wizard)
            seen.append(wizard.currentPage())
            wizard.next()
        _assert_nothing_cut_off(wizard)
        assert len(seen) == 5
    finally:  # other tests see the application as it was
        sheet, font, palette, style = before
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setPalette(palette)
        qapp.setStyle(style)


def test_if_the_circle_cannot_be_saved_nothing_half_made_is_left(
    qtbot: QtBot, make_wizard: object, paths: StorePaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    wizard = make_wizard(KeyringVault(MemoryKeyring()))  # type: ignore[operator]
    _fill_names(qtbot, wizard)
    create = wizard.button(QWizard.WizardButton.CommitButton)
    with monkeypatch.context() as patch:
        patch.setattr(CircleService, "create", disk_full)
        _click(qtbot, create)

    assert wizard.currentPage() is wizard.protection_page
    assert "free space" in wizard.protection_page.banner.text
    assert not paths.database.exists() and not paths.keys.exists()

    _click(qtbot, create)  # space was freed: trying again just works
    assert wizard.currentPage() is wizard.recovery_page
    assert wizard.circle is not None and wizard.circle.person.name == "Joan Byrne"
