"""Settings → "Share this diary": connect to the family's PostgreSQL server.

The connection (server, port, database, sign-in, certificate) is saved in
``shared-server.json`` next to the diary; the password only in the keyring (or it is
asked for each time), never in a file or the log. The moves themselves are the core's
(``services/transfer.py``), the same functions ``kindred-cli server ...`` calls:

- "Use the shared diary": connect, for a member joining a diary already there.
- "Move my diary to the shared server": a checked backup of this computer's diary,
  then the copy (all or nothing, counted on arrival), then the app switches to it.
- "Keep an offline copy": the shared diary into a new encrypted diary on this computer.
- "Stop using the shared diary": back to this computer's own diary.

Slow work runs through the session's runner, off the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.errors import InvalidInput, KindredError, ServerUnreachable
from caregiver_app.paths import StorePaths
from caregiver_app.storage.server import (
    DEFAULT_PORT,
    ServerPasswords,
    ServerSettings,
    ServerStore,
    load_server_settings,
    open_server_store,
    save_server_settings,
)
from caregiver_app.storage.store import Store, open_store
from ui.dialogs.unlock import MessageBanner
from ui.errors import plain_message
from ui.session import Session
from ui.widgets.scrolling import scroll_into

log = logging.getLogger(__name__)

Opener = Callable[[ServerSettings, str | None, Path], ServerStore]


def _open(settings: ServerSettings, password: str | None, home: Path) -> ServerStore:
    return open_server_store(settings, password, home=home, upgrade=False)


@dataclass(frozen=True)
class OfflineCopy:
    folder: Path
    recovery_code: str
    summary: str


class ShareDiaryDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget | None = None, *, opener: Opener = _open
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._opener = opener
        self._busy = False
        self._stop = threading.Event()
        self.setWindowTitle(self.tr("Share this diary – Kindred"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._build()
        self._connect_signals()
        self._fill(load_server_settings(session.paths.folder))
        self._show_state()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Share this diary"), self)
        title.setProperty("role", "title")
        self.about = QLabel(self)
        self.about.setWordWrap(True)

        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("for example: db.example.org"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setPlaceholderText(self.tr("for example: kindred"))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("your own sign-in, from whoever runs the server"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password on this computer"), self)
        self.remember.setChecked(True)
        self.remember.setAccessibleDescription(
            self.tr("Kept in this computer's password store, never in a file.")
        )
        self.check_certificate = QCheckBox(
            self.tr("Check the server's certificate (recommended)"), self
        )
        self.check_certificate.setChecked(True)
        self.certificate_warning = MessageBanner(self)  # shown while the check is off
        self.certificate_warning.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("from your care organisation, or: system"))
        self.choose_ca = QPushButton(self.tr("Choose…"), self)
        self.choose_ca.setAccessibleName(self.tr("Choose the certificate file"))
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.choose_ca)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Server"), self.host),
            (self.tr("Port"), self.port),
            (self.tr("Database"), self.database),
            (self.tr("Your sign-in"), self.user),
            (self.tr("Password"), self.password),
        )
        for label, field in fields:
            field.setAccessibleName(label)
            form.addRow(label, field)
        form.addRow("", self.remember)
        form.addRow("", self.check_certificate)
        form.addRow("", self.certificate_warning)
        self.ca_file.setAccessibleName(self.tr("Certificate file"))
        form.addRow(self.tr("Certificate file"), ca_row)
        self._form, self._ca_row = form, ca_row

        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.use_button = QPushButton(self.tr("Use the shared diary"), self)
        self.use_button.setAccessibleDescription(
            self.tr("For joining a shared diary that is already on the server.")
        )
        self.move_button = QPushButton(self.tr("Move my diary to the shared server…"), self)
        self.move_button.setProperty("role", "primary")
        self.copy_button = QPushButton(self.tr("Keep an offline copy"), self)
        self.stop_using_button = QPushButton(self.tr("Stop using the shared diary…"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the copy"))
        self.stop_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (
            self.test_button,
            self.use_button,
            self.move_button,
            self.copy_button,
            self.stop_using_button,
            self.stop_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            if not button.accessibleName():
                button.setAccessibleName(button.text().rstrip("…"))

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # how long a server takes can't be known in advance
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.banner = MessageBanner(self)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.about)
        layout.addLayout(form)
        for button in (self.test_button, self.use_button, self.move_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.stop_using_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.banner)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        # At 200 % text the window can be taller than the screen: it scrolls instead.
        # A scroll area takes the focus: a screen reader needs a name to say for it.
        scroll_into(self, content).setAccessibleName(self.tr("Share this diary"))
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        self.resize(self.minimumWidth(), min(content.sizeHint().height() + 8, screen * 9 // 10))

    def _connect_signals(self) -> None:
        self.check_certificate.toggled.connect(self._on_certificate_check)
        self.choose_ca.clicked.connect(self._choose_ca_file)
        self.test_button.clicked.connect(self.test_connection)
        self.use_button.clicked.connect(self.use_shared)
        self.move_button.clicked.connect(self.move_diary)
        self.copy_button.clicked.connect(self.keep_offline_copy)
        self.stop_using_button.clicked.connect(self.stop_using)
        self.stop_button.clicked.connect(self._stop_copy)
        self.close_button.clicked.connect(self.reject)

    # --- what is shown --------------------------------------------------------------

    @property
    def _shared(self) -> ServerStore | None:
        if not self._session.is_unlocked:
            return None
        store = self._session.services.store
        return store if isinstance(store, ServerStore) else None

    def _show_state(self) -> None:
        shared = self._shared
        if shared is not None:
            self.about.setText(
                self.tr(
                    "This diary is shared: it is kept on the server {host}, and everyone in "
                    "the family writes in it from their own computer. Its backups are made "
                    "on the server, by whoever runs it. For a copy on this computer, keep "
                    "an offline copy."
                ).format(host=shared.settings.host)
            )
        else:
            self.about.setText(
                self.tr(
                    "Keep one diary on a server that the family (or your care organisation) "
                    "runs, so everyone can write in it from their own computer. Whoever "
                    "runs the server gives you these details and your own sign-in."
                )
            )
        for widget in (self.host, self.port, self.database, self.user, self.choose_ca):
            widget.setEnabled(shared is None and not self._busy)
        for widget in (self.ca_file, self.check_certificate):
            widget.setEnabled(shared is None and not self._busy)
        for button in (self.test_button, self.use_button, self.move_button):
            button.setVisible(shared is None)
            button.setEnabled(not self._busy)
        for button in (self.copy_button, self.stop_using_button):
            button.setVisible(shared is not None)
            button.setEnabled(not self._busy)
        self.password.setEnabled(shared is None and not self._busy)
        self.remember.setEnabled(shared is None and not self._busy)
        # Once connected, the password is the keyring's business: not shown, not asked.
        for row in (self.password, self.remember):
            self._form.setRowVisible(row, shared is None)

    def _fill(self, settings: ServerSettings | None) -> None:
        if settings is None:
            return
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.database.setText(settings.database)
        self.user.setText(settings.user)
        self.ca_file.setText(settings.ca_file)
        self.check_certificate.setChecked(settings.sslmode in ("verify-full", "verify-ca"))

    def _on_certificate_check(self, on: bool) -> None:
        self.certificate_warning.show_message(
            ""
            if on
            else self.tr(
                "Without this check, Kindred can't tell the real server from an impostor "
                "on the network, who could read and change the diary. Turn it off only "
                "for a test server."
            )
        )
        self.ca_file.setEnabled(on)
        self.choose_ca.setEnabled(on)

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The server's certificate file"),
            "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def _say(self, text: str) -> None:
        self.banner.show_message(text)

    def _set_busy(self, busy: bool, doing: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.stop_button.setVisible(False)
        self.close_button.setEnabled(not busy)
        if busy:
            self._say(doing)
        self._show_state()

    def reject(self) -> None:
        if self._busy:
            return  # a copy is running: "Stop" undoes it; closing would hide it
        super().reject()

    # --- the connection ---------------------------------------------------------------

    def connection(self) -> ServerSettings | None:
        """The details typed, checked; None (with the reason shown) if something's missing."""
        try:
            return ServerSettings(
                host=self.host.text(),
                port=self.port.value(),
                database=self.database.text(),
                user=self.user.text(),
                sslmode="verify-full" if self.check_certificate.isChecked() else "require",
                ca_file=self.ca_file.text() if self.check_certificate.isChecked() else "",
            ).validated()
        except InvalidInput as exc:
            self._say(exc.message)
            fields = {"host": self.host, "database": self.database, "user": self.user}
            fields.get(exc.field, self.ca_file).setFocus()
            return None

    def _password(self, settings: ServerSettings) -> str | None:
        typed = self.password.text()
        return typed or ServerPasswords(self._session.vault).fetch(settings)

    def _connect_then(
        self,
        doing: str,
        then: Callable[[ServerStore], Any],
        done: Callable[[Any], None],
        *,
        stoppable: bool = False,
    ) -> None:
        settings = self.connection()
        if settings is None:
            return
        password = self._password(settings)
        opener, home = self._opener, self._session.paths.folder

        def work() -> Any:
            server = opener(settings, password, home)
            return then(server)

        self._stop.clear()
        self._set_busy(True, doing)
        self.stop_button.setVisible(stoppable)
        self._session.runner.run(work, done, self._failed, write=True)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._say(plain_message(error))

    def test_connection(self) -> None:
        def check(server: ServerStore) -> str:
            try:
                membership = server.membership
                return membership.circle_name if membership is not None else ""
            finally:
                server.close()

        self._connect_then(self.tr("Trying the server…"), check, self._tested)

    def _tested(self, circle_name: str) -> None:
        self._set_busy(False)
        if circle_name:
            self._say(
                self.tr("Kindred reached the server, and you are a member of “{circle}”.").format(
                    circle=circle_name
                )
            )
        else:
            self._say(self.tr("Kindred reached the server."))

    def use_shared(self) -> None:
        self._connect_then(self.tr("Opening the shared diary…"), lambda s: s, self._switch_to)

    def _switch_to(self, server: ServerStore) -> None:
        """Remember the connection (the password only in the keyring), then open it."""
        self._set_busy(False)
        settings = server.settings
        save_server_settings(self._session.paths.folder, settings)
        remembered = False
        password = self._password(settings)
        if self.remember.isChecked() and password:
            remembered = ServerPasswords(self._session.vault).save(settings, password)
        self.password.clear()
        self._session.switch_store(server)
        self._show_state()
        note = (
            ""
            if remembered
            else " " + self.tr("Kindred will ask for the password each time it opens.")
        )
        self._say(self.tr("This computer now uses the shared diary.") + note)

    # --- moving in --------------------------------------------------------------------

    def move_diary(self) -> None:
        if not self._session.is_unlocked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move my diary to the shared server"),
            self.tr(
                "Kindred will first make a backup of the diary on this computer and check "
                "it, then copy everything to the shared server and count that every entry "
                "arrived. If anything goes wrong, the server is left as it was.\n\n"
                "The diary on this computer is not changed. From then on, this computer "
                "uses the shared diary."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        local = self._session.services.store
        stop = self._stop
        me = self._session.writer.id  # whoever is writing at this computer is moving it

        def move(server: ServerStore) -> ServerStore:
            from caregiver_app.services.transfer import move_to_server

            try:
                # make_backup opens the copy again and counts its rows before keeping it.
                local.backup("before-move")
                move_to_server(local, server, me=me, should_stop=stop.is_set)
            except BaseException:
                server.close()
                raise
            return server

        self._connect_then(
            self.tr("Backing up this computer's diary, then copying it to the server…"),
            move,
            self._moved,
            stoppable=True,
        )

    def _stop_copy(self) -> None:
        self._stop.set()
        self._say(self.tr("Stopping… nothing will be changed."))

    def _moved(self, server: ServerStore) -> None:
        self._switch_to(server)
        self._say(
            self.tr(
                "Your diary is on the shared server now, and every entry was counted on "
                "arrival. This computer uses the shared diary from now on. The diary that "
                "was on this computer is still there, unchanged, with a checked backup."
            )
        )

    # --- leaving ------------------------------------------------------------------------

    def keep_offline_copy(self) -> None:
        server = self._shared
        if server is None:
            return
        self._stop.clear()
        self._set_busy(True, self.tr("Copying the shared diary to this computer…"))
        self.stop_button.show()
        vault, home, stop = self._session.vault, self._session.paths.folder, self._stop
        self._session.runner.run(
            lambda: make_offline_copy(server, home, vault, stop.is_set),
            self._copied,
            self._failed,
        )

    def _copied(self, copy: OfflineCopy) -> None:
        self._set_busy(False)
        self._say(self._copy_message(copy))

    def _copy_message(self, copy: OfflineCopy) -> str:
        return self.tr(
            "{summary}\n\nThe offline copy is in {folder}. It is encrypted; its recovery "
            "code, shown only this once, is:\n\n{code}\n\nPlease write it down and keep "
            "it somewhere safe."
        ).format(summary=copy.summary, folder=copy.folder, code=copy.recovery_code)

    def stop_using(self) -> None:
        server = self._shared
        if server is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Stop using the shared diary"),
            self.tr(
                "This computer goes back to its own diary, as it was before it used the "
                "shared one. The shared diary stays on the server, unchanged, for the "
                "rest of the family.\n\n"
                "What was written in the shared diary since then is not in this "
                "computer's own diary. Kindred will first keep an offline copy of the "
                "shared diary on this computer, so nothing is lost."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._stop.clear()
        self._set_busy(True, self.tr("Keeping an offline copy first…"))
        vault, home = self._session.vault, self._session.paths.folder
        self._session.runner.run(
            lambda: make_offline_copy(server, home, vault, self._stop.is_set),
            self._leave,
            self._copy_before_leaving_failed,
        )

    def _copy_before_leaving_failed(self, error: BaseException) -> None:
        self._failed(error)
        if not isinstance(error, ServerUnreachable):
            return
        # A server gone for good must not keep this computer tied to it.
        answer = QMessageBox.question(
            self,
            self.tr("Stop using the shared diary"),
            self.tr(
                "Kindred can't reach the server to keep an offline copy first. Stop using "
                "the shared diary anyway? This computer's own diary opens as it was; the "
                "shared diary stays on the server, and you can connect again later."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._leave(None)

    def _leave(self, copy: OfflineCopy | None) -> None:
        server = self._shared
        self._set_busy(False)
        if server is not None:
            ServerPasswords(self._session.vault).forget(server.settings)
        save_server_settings(self._session.paths.folder, None)
        try:
            local: Store | None = open_store(self._session.paths, vault=self._session.vault)
        except KindredError:
            local = None  # needs the passphrase: the lock screen asks for it
        if local is not None:
            self._session.switch_store(local)
        else:
            self._session.lock()
        self._show_state()
        back = self.tr("This computer uses its own diary again.")
        self._say(back + ("\n\n" + self._copy_message(copy) if copy is not None else ""))


def make_offline_copy(
    server: ServerStore, home: Path, vault: Any, should_stop: Callable[[], bool]
) -> OfflineCopy:
    """The shared diary into a new encrypted diary under ``home/offline-copies``."""
    from caregiver_app.services.transfer import copy_to_new_local, default_copy_folder

    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    folder = default_copy_folder(home, stamp)
    number = 1
    while folder.exists():  # two copies in the same second each get their own folder
        number += 1
        folder = default_copy_folder(home, f"{stamp} ({number})")
    created, report = copy_to_new_local(
        server, StorePaths(folder), vault=vault, should_stop=should_stop
    )
    created.store.close()
    return OfflineCopy(folder, created.recovery_code, report.summary)


def share_diary(session: Session, parent: QWidget | None = None) -> None:
    ShareDiaryDialog(session, parent).exec()
