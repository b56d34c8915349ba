"""What the running app knows: the open store (while unlocked), settings, who is writing.

The composition root (``app.py``) builds one :class:`Session` and hands it to the
windows. Widgets never reach for globals; they get the session or, better, only
the services and signals they need.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QTimer, Signal

from caregiver_app.domain.circle import Caregiver, Circle
from caregiver_app.domain.errors import KindredError
from caregiver_app.paths import StorePaths
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.changes import Changes
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.settings import Settings, save_settings
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store
from caregiver_app.storage.watch import ChangeWatcher
from ui.background import Runner

if TYPE_CHECKING:
    from caregiver_app.storage.listener import ListenerThread
    from caregiver_app.storage.server import ServerStore

log = logging.getLogger(__name__)

WATCH_INTERVAL_MS = 1000


@dataclass(frozen=True)
class Services:
    store: Store
    circle: CircleService
    diary: DiaryService
    medicines: MedicineService
    appointments: AppointmentService


class Session(QObject):
    locked = Signal()
    unlocked = Signal()
    writer_changed = Signal(str)
    settings_changed = Signal(object)  # Settings
    data_changed = Signal(object)  # Changes; arrives on the UI thread
    circle_changed = Signal(object)  # Circle
    # Any screen may ask to show a guidance card; the main window opens it.
    open_card_requested = Signal(str)  # card id
    # What the shared server's listener heard, handed from its thread to the UI thread.
    _heard_from_server = Signal(object)  # Changes

    def __init__(
        self,
        paths: StorePaths,
        vault: KeyringVault,
        settings: Settings,
        runner: Runner,
        *,
        save_settings_to_disk: bool = True,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.vault = vault
        self.runner = runner
        self._settings = settings
        self._save = save_settings_to_disk
        self._services: Services | None = None
        self._circle: Circle | None = None
        self._watcher: ChangeWatcher | None = None
        self._unsubscribe: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self._poll_for_outside_changes)
        self._listener: ListenerThread | None = None
        self._heard_from_server.connect(self._on_server_changes)

    # --- the store ----------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the diary is locked")
        return self._services

    def attach(self, store: Store) -> None:
        """Start using an unlocked store."""
        self._services = Services(
            store,
            CircleService(store),
            DiaryService(store),
            MedicineService(store),
            AppointmentService(store),
        )
        self._unsubscribe = store.changes.subscribe(self._on_store_changes)
        self._circle = self._services.circle.get()
        if self._circle.caregiver(self._settings.current_writer_id) is None:
            first = self._circle.caregivers[0]
            self.update_settings(current_writer_id=first.id)
        if store.shared:
            self._listen_to(cast("ServerStore", store))
        else:
            self._watcher = ChangeWatcher(store.engine)
            self._timer.start()
        self.unlocked.emit()

    def lock(self) -> None:
        """Close the store: the key leaves memory, the engine is disposed."""
        self._timer.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._services is not None:
            self._services.store.close()
            self._services = None
        self._circle = None
        self.locked.emit()

    def _on_store_changes(self, changes: Changes) -> None:
        # Called on whichever thread wrote; the signal hops to the UI thread.
        self.data_changed.emit(changes)
        if changes.circle:
            self.refresh_circle()

    def _poll_for_outside_changes(self) -> None:
        if self._watcher is None:
            return
        # Our own saves move data_version too; a refresh that finds nothing new
        # changes nothing on screen, so every change is treated alike and none is missed.
        if self._watcher.changed():
            self.data_changed.emit(Changes(external=True))
            self.refresh_circle()

    def _listen_to(self, store: ServerStore) -> None:
        # On a shared server each member writes as themselves (the server insists).
        me = store.membership.caregiver_id if store.membership is not None else None
        if me is not None and me != self._settings.current_writer_id:
            self.update_settings(current_writer_id=me)
        # Other members' saves arrive by LISTEN/NOTIFY within about a second.
        # Imported only for a shared diary: psycopg costs every local start otherwise.
        from caregiver_app.storage.listener import ListenerThread

        self._listener = ListenerThread(store.listener(), self._heard_from_server.emit)
        self._listener.start()

    def _on_server_changes(self, changes: Changes) -> None:
        self.data_changed.emit(changes)
        if changes.circle or changes.external:
            try:
                self.refresh_circle()
            except KindredError as exc:  # the server went away again: screens say so
                log.info("circle not refreshed: %s", type(exc).__name__)

    # --- the circle and the writer -----------------------------------------------------

    @property
    def circle(self) -> Circle:
        if self._circle is None:
            raise RuntimeError("the diary is locked")
        return self._circle

    def refresh_circle(self) -> None:
        if self._services is None:
            return
        self._circle = self._services.circle.get()
        self.circle_changed.emit(self._circle)

    @property
    def writer(self) -> Caregiver:
        found = self.circle.caregiver(self._settings.current_writer_id)
        return found if found is not None else self.circle.caregivers[0]

    def set_writer(self, caregiver_id: str) -> None:
        if caregiver_id != self._settings.current_writer_id:
            self.update_settings(current_writer_id=caregiver_id)
            self.writer_changed.emit(caregiver_id)

    # --- settings -------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def update_settings(self, **changes: Any) -> Settings:
        self._settings = self._settings.with_changes(**changes)
        if self._save:
            try:
                save_settings(self._settings, self.paths.settings)
            except OSError:
                log.warning("settings could not be saved")
        self.settings_changed.emit(self._settings)
        return self._settings
