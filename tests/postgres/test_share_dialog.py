"""Settings → "Share this diary", driven as a person would, against the throwaway server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caregiver_app.domain.circle import Role
from caregiver_app.domain.entries import EntryDraft
from caregiver_app.paths import StorePaths
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings
from caregiver_app.storage import server_admin
from caregiver_app.storage.server import ServerPasswords, ServerStore, load_server_settings
from caregiver_app.storage.store import Store, open_store
from caregiver_app.storage.tables import EntryRow
from tests.conftest import OpenStore
from tests.postgres.conftest import Family, ServerDb
from tests.ui.conftest import when_dialog_opens
from ui.background import SyncRunner
from ui.dialogs.share_diary import ShareDiaryDialog
from ui.pages.settings_page import SettingsPage
from ui.session import Session
from ui.widgets.shared_status import SharedStatus


@pytest.fixture
def local_session(opened: OpenStore, qapp: QApplication) -> Iterator[Session]:
    """This computer's own diary, open, writing as Ann."""
    live = Session(
        opened.paths,
        opened.vault,
        Settings(current_writer_id=opened.ann),
        SyncRunner(),
        save_settings_to_disk=False,
    )
    live.attach(opened.store)
    yield live
    if live.is_unlocked:
        live.lock()


@pytest.fixture
def okafors(server_db: ServerDb) -> ServerDb:
    server_admin.init_server(server_db.engine, "Okafor family")
    server_db.add_member("ann", "Ann Okafor", Role.PRIMARY)
    return server_db


def open_dialog(session: Session, qtbot: QtBot) -> ShareDiaryDialog:
    dialog = ShareDiaryDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_in(
    qtbot: QtBot,
    dialog: ShareDiaryDialog,
    db: ServerDb,
    *,
    user: str,
    password: str,
    host: str | None = None,
    database: str | None = None,
    port: int | None = None,
) -> None:
    for field, value in (
        (dialog.host, host or str(db.cluster.socket_dir)),
        (dialog.database, database or db.name),
        (dialog.user, user),
        (dialog.password, password),
    ):
        field.clear()
        qtbot.keyClicks(field, value)
    dialog.port.setValue(port or db.cluster.port)


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_yes() -> None:
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        yes.click()

    when_dialog_opens(press)


def entry_texts(store: Store, viewer: str = "") -> list[str]:
    """Every entry's words the store shows (on the server: what this login may see)."""
    with store.read() as session:
        return sorted(session.scalars(select(EntryRow.text)).all())


# --- Test connection: one plain message for each way it can fail ---------------------


def test_test_connection_says_who_you_are_on_the_server(
    local_session: Session, okafors: ServerDb, qtbot: QtBot
) -> None:
    dialog = open_dialog(local_session, qtbot)
    login = okafors.login("ann")
    fill_in(qtbot, dialog, okafors, user=login, password=okafors.passwords[login])
    click(qtbot, dialog.test_button)
    assert "you are a member of “Okafor family”" in dialog.banner.text
    assert not local_session.services.store.shared  # testing changes nothing
    assert load_server_settings(local_session.paths.folder) is None


def test_a_wrong_password_is_said_plainly(
    local_session: Session, okafors: ServerDb, qtbot: QtBot
) -> None:
    dialog = open_dialog(local_session, qtbot)
    fill_in(qtbot, dialog, okafors, user=okafors.login("ann"), password="not-it")
    click(qtbot, dialog.test_button)
    assert "didn't accept the sign-in" in dialog.banner.text
    assert "not-it" not in dialog.banner.text


def test_a_server_that_does_not_answer_is_said_plainly(
    local_session: Session, okafors: ServerDb, qtbot: QtBot
) -> None:
    dialog = open_dialog(local_session, qtbot)
    fill_in(
        qtbot, dialog, okafors, user="x", password="y", host="127.0.0.1",
        port=okafors.cluster.port + 1,
    )  # fmt: skip
    click(qtbot, dialog.test_button)
    assert "can't reach the shared diary's server (127.0.0.1)" in dialog.banner.text


def test_a_server_without_tls_is_refused_while_certificates_are_checked(
    local_session: Session, okafors: ServerDb, qtbot: QtBot
) -> None:
    dialog = open_dialog(local_session, qtbot)
    assert dialog.check_certificate.isChecked()  # on by default
    login = okafors.login("ann")
    fill_in(qtbot, dialog, okafors, user=login, password=okafors.passwords[login], host="127.0.0.1")
    click(qtbot, dialog.test_button)
    assert "couldn't confirm it is talking to the right server" in dialog.banner.text
    # Turning the check off warns, in words, what that means.
    assert not dialog.certificate_warning.isVisible()
    click(qtbot, dialog.check_certificate)
    assert dialog.certificate_warning.isVisible()
    assert "impostor" in dialog.certificate_warning.text


def test_a_login_outside_any_care_circle_is_told_to_ask_to_be_added(
    local_session: Session, okafors: ServerDb, qtbot: QtBot
) -> None:
    login = okafors.login("stranger")
    with psycopg.connect(okafors.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'stranger-pw'")
        conn.execute(f"GRANT kindred_member TO {login}")
        conn.execute(f"GRANT CONNECT ON DATABASE {okafors.name} TO {login}")
    dialog = open_dialog(local_session, qtbot)
    fill_in(qtbot, dialog, okafors, user=login, password="stranger-pw")
    click(qtbot, dialog.test_button)
    assert "isn't part of a care circle on this server" in dialog.banner.text


def test_a_database_not_set_up_for_kindred_is_said_plainly(
    local_session: Session, server_db: ServerDb, qtbot: QtBot
) -> None:
    empty = f"e_{server_db.suffix}"
    with psycopg.connect(server_db.cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {empty}")
    try:
        dialog = open_dialog(local_session, qtbot)
        fill_in(
            qtbot, dialog, server_db, user="kindred_admin",
            password=server_db.cluster.password, database=empty,
        )  # fmt: skip
        click(qtbot, dialog.test_button)
        assert "doesn't hold a Kindred diary yet" in dialog.banner.text
    finally:
        with psycopg.connect(server_db.cluster.dsn(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {empty} WITH (FORCE)")


# --- moving in, keeping a copy, leaving ----------------------------------------------------


def test_settings_opens_share_this_diary(local_session: Session, qtbot: QtBot) -> None:
    page = SettingsPage(local_session)
    qtbot.addWidget(page)
    page.show()
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        dialog.close()

    when_dialog_opens(look)
    click(qtbot, page.share_button)
    assert seen == ["Share this diary – Kindred"]
    assert page.back_up_button.isVisible()  # a local diary backs itself up


def test_moving_the_diary_copies_everything_then_uses_the_shared_diary(
    local_session: Session, opened: OpenStore, okafors: ServerDb, qtbot: QtBot
) -> None:
    diary = DiaryService(opened.store)
    diary.add(opened.ann, EntryDraft(text="Calm morning"))
    diary.add(opened.raj, EntryDraft(text="Walk by the river"))
    at_home = entry_texts(opened.store, opened.ann)
    dialog = open_dialog(local_session, qtbot)
    login = okafors.login("ann")
    fill_in(qtbot, dialog, okafors, user=login, password=okafors.passwords[login])
    answer_yes()
    click(qtbot, dialog.move_button)

    store = local_session.services.store
    assert isinstance(store, ServerStore)
    okafors.opened.append(store)
    assert "every entry was counted on arrival" in dialog.banner.text
    assert entry_texts(store, local_session.writer.id) == at_home
    # A checked backup of the diary on this computer was made first.
    backups = list(opened.paths.backups.glob("*before-move*"))
    assert len(backups) == 1
    # The connection is remembered without the password; the password is in the keyring.
    saved = (opened.paths.folder / "shared-server.json").read_text(encoding="utf-8")
    assert okafors.passwords[login] not in saved
    assert json.loads(saved)["user"] == login
    settings = load_server_settings(opened.paths.folder)
    assert settings is not None
    assert ServerPasswords(local_session.vault).fetch(settings) == okafors.passwords[login]
    # Now shared: the buttons for leaving show, the ones for moving in don't.
    assert dialog.copy_button.isVisible() and dialog.stop_using_button.isVisible()
    assert not dialog.move_button.isVisible()


def test_a_stopped_move_changes_nothing_and_keeps_the_local_diary(
    local_session: Session, opened: OpenStore, okafors: ServerDb, qtbot: QtBot
) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Calm morning"))
    dialog = open_dialog(local_session, qtbot)
    login = okafors.login("ann")
    fill_in(qtbot, dialog, okafors, user=login, password=okafors.passwords[login])
    dialog._stop.set = lambda: None  # type: ignore[method-assign]  # keep "Stop" pressed:
    dialog._stop.is_set = lambda: True  # type: ignore[method-assign]  # the worker sees it
    answer_yes()
    click(qtbot, dialog.move_button)
    assert "The copy was stopped. Nothing was changed." in dialog.banner.text
    assert not local_session.services.store.shared
    assert load_server_settings(opened.paths.folder) is None
    assert entry_texts(okafors.open("ann")) == []


def test_an_offline_copy_and_stopping_keep_everything(
    local_session: Session, opened: OpenStore, okafors: ServerDb, qtbot: QtBot
) -> None:
    DiaryService(opened.store).add(opened.ann, EntryDraft(text="Calm morning"))
    dialog = open_dialog(local_session, qtbot)
    login = okafors.login("ann")
    fill_in(qtbot, dialog, okafors, user=login, password=okafors.passwords[login])
    answer_yes()
    click(qtbot, dialog.move_button)
    server = local_session.services.store
    okafors.opened.append(server)  # type: ignore[arg-type]
    DiaryService(server).add(local_session.writer.id, EntryDraft(text="Written on the server"))

    click(qtbot, dialog.copy_button)
    assert "recovery code" in dialog.banner.text
    copies = list((opened.paths.folder / "offline-copies").iterdir())
    assert len(copies) == 1

    answer_yes()
    click(qtbot, dialog.stop_using_button)
    assert "This computer uses its own diary again." in dialog.banner.text
    store = local_session.services.store
    assert not store.shared
    assert load_server_settings(opened.paths.folder) is None
    assert not (opened.paths.folder / "shared-server.json").exists()
    # Nothing lost: both offline copies hold what was written on the server.
    copies = sorted((opened.paths.folder / "offline-copies").iterdir())
    assert len(copies) == 2
    for folder in copies:
        copy = open_store(StorePaths(folder), vault=local_session.vault, take_lock=False)
        try:
            assert "Written on the server" in entry_texts(copy)
        finally:
            copy.close()


def test_the_status_bar_says_the_diary_is_shared_and_live(
    family: Family, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from caregiver_app.storage.secrets import KeyringVault
    from tests.support.keyrings import MemoryKeyring

    session = Session(
        StorePaths(tmp_path), KeyringVault(MemoryKeyring()), Settings(), SyncRunner(),
        save_settings_to_disk=False,
    )  # fmt: skip
    bar = QWidget()
    qtbot.addWidget(bar)
    status = SharedStatus(session, bar)
    bar.show()
    assert not status.isVisible()  # nothing to say about a diary not open
    session.attach(family.db.open("ann"))
    try:
        assert status.text() == "Shared diary · live"
    finally:
        session.lock()
    assert not status.isVisible()


def test_settings_of_a_shared_diary_say_who_backs_it_up_instead_of_a_broken_button(
    family: Family, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from caregiver_app.storage.secrets import KeyringVault
    from tests.support.keyrings import MemoryKeyring

    session = Session(
        StorePaths(tmp_path), KeyringVault(MemoryKeyring()), Settings(), SyncRunner(),
        save_settings_to_disk=False,
    )  # fmt: skip
    session.attach(family.db.open("ann"))
    try:
        page = SettingsPage(session)
        qtbot.addWidget(page)
        page.show()
        assert not page.back_up_button.isVisible()
        assert not page.backups_button.isVisible()
        assert "backups are made on the server by whoever runs it" in page.sharing_note.text()
        assert page.export_button.isVisible() and page.import_button.isVisible()
    finally:
        session.lock()


def test_joining_a_shared_diary_already_on_the_server(
    local_session: Session, opened: OpenStore, family: Family, qtbot: QtBot
) -> None:
    dialog = open_dialog(local_session, qtbot)
    login = family.db.login("raj")
    fill_in(qtbot, dialog, family.db, user=login, password=family.db.passwords[login])
    click(qtbot, dialog.remember)  # no: ask each time
    click(qtbot, dialog.use_button)
    store = local_session.services.store
    assert isinstance(store, ServerStore)
    family.db.opened.append(store)
    assert local_session.writer.id == family.raj  # on the server, Raj writes as Raj
    assert "Kindred will ask for the password each time it opens." in dialog.banner.text
    settings = load_server_settings(opened.paths.folder)
    assert settings is not None and settings.user == login
    assert ServerPasswords(local_session.vault).fetch(settings) is None
    assert not dialog.password.isVisible()


def test_stopping_when_the_server_is_gone_still_brings_back_the_own_diary(
    local_session: Session,
    opened: OpenStore,
    okafors: ServerDb,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from caregiver_app.domain.errors import ServerUnreachable
    from ui.dialogs import share_diary

    dialog = open_dialog(local_session, qtbot)
    login = okafors.login("ann")
    fill_in(qtbot, dialog, okafors, user=login, password=okafors.passwords[login])
    answer_yes()
    click(qtbot, dialog.move_button)
    okafors.opened.append(local_session.services.store)  # type: ignore[arg-type]

    def gone(*_: object) -> None:
        raise ServerUnreachable("Kindred can't reach the shared diary's server just now.")

    monkeypatch.setattr(share_diary, "make_offline_copy", gone)
    answer_yes()  # stop using it
    answer_yes()  # and, the server being gone, stop anyway without an offline copy
    click(qtbot, dialog.stop_using_button)
    qtbot.waitUntil(lambda: not local_session.services.store.shared, timeout=5000)
    assert load_server_settings(opened.paths.folder) is None
    assert dialog.banner.text == "This computer uses its own diary again."
