"""What the running app knows: the open store (while unlocked), settings, who is writing.

The composition root (``app.py``) builds one :class:`Session` and hands it to the
windows. Widgets never reach for globals; they get the session or, better, only
the services and signals they need.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QTimer, Signal

from caregiver_app.domain.circle import Caregiver, Circle
from caregiver_app.domain.errors import KindredError
from caregiver_app.paths import StorePaths
from caregiver_app.services.changes import Changes
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings, save_settings
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store
from caregiver_app.storage.watch import ChangeWatcher
from ui.background import Runner

if TYPE_CHECKING:
    from caregiver_app.services.appointment_service import AppointmentService
    from caregiver_app.services.medicine_service import MedicineService
    from caregiver_app.storage.listener import ListenerThread
    from caregiver_app.storage.server import ServerStore

log = logging.getLogger(__name__)

WATCH_INTERVAL_MS = 1000
# Presentation mode's text size: at least this, whatever the person's own setting.
PRESENTATION_TEXT_SCALE = 160


class Services:
    """The open diary's services.

    Medicines and appointments are made on first use, with their modules: a start
    shows Today and the diary before either is needed (about 40 ms less at start).
    """

    def __init__(self, store: Store, *, shared_only: bool = False) -> None:
        self.store = store
        self.circle = CircleService(store)
        self.diary = DiaryService(store, shared_only=shared_only)

    @cached_property
    def medicines(self) -> MedicineService:
        from caregiver_app.services.medicine_service import MedicineService

        return MedicineService(self.store)

    @cached_property
    def appointments(self) -> AppointmentService:
        from caregiver_app.services.appointment_service import AppointmentService

        return AppointmentService(self.store, shared_only=self.diary.shared_only)

    def leave_out_private(self, on: bool) -> None:
        """Presentation mode: reads leave every private entry out in the query itself."""
        self.diary.shared_only = on
        if "appointments" in self.__dict__:  # made already; otherwise it will follow
            self.appointments.shared_only = on


class Session(QObject):
    locked = Signal()
    unlocked = Signal()
    writer_changed = Signal(str)
    settings_changed = Signal(object)  # Settings
    data_changed = Signal(object)  # Changes; arrives on the UI thread
    circle_changed = Signal(object)  # Circle
    # Presentation mode on (True) or off.
    presentation_changed = Signal(bool)  # after it, data_changed reloads every screen
    # Any screen may ask to show a guidance card; the main window opens it.
    open_card_requested = Signal(str)  # card id
    # "local", "live" (shared, listener connected) or "offline" (shared, server not answering).
    server_state_changed = Signal(str)
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
        # Presentation mode's own text size while it is on (None: off). Never saved.
        self._presenting_scale: int | None = None
        self._circle: Circle | None = None
        self._watcher: ChangeWatcher | None = None
        self._unsubscribe: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self._poll_for_outside_changes)
        self._listener: ListenerThread | None = None
        self._server_state = "local"
        self._state_timer = QTimer(self)
        self._state_timer.setInterval(WATCH_INTERVAL_MS)
        self._state_timer.timeout.connect(self._check_server_state)
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
        self._services = self._services_for(store)
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

    def _services_for(self, store: Store) -> Services:
        # In presentation mode the diary's reads leave private entries out in the
        # query itself: nothing private reaches a widget, a count or a search.
        shared_only = self.presenting
        return Services(store, shared_only=shared_only)

    def lock(self) -> None:
        """Close the store: the key leaves memory, the engine is disposed."""
        self._close_store()
        self.locked.emit()

    def switch_store(self, store: Store) -> None:
        """Close the open diary and use ``store`` instead (moving to or from a server)."""
        self._close_store()
        self.attach(store)

    def _close_store(self) -> None:
        self._timer.stop()
        self._state_timer.stop()
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
        self._set_server_state("local")

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
        self._set_server_state("live")  # it just answered; the timer watches from here
        self._state_timer.start()

    @property
    def server_state(self) -> str:
        return self._server_state

    def _check_server_state(self) -> None:
        if self._listener is not None:
            self._set_server_state("live" if self._listener.connected else "offline")

    def _set_server_state(self, state: str) -> None:
        if state != self._server_state:
            self._server_state = state
            self.server_state_changed.emit(state)

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
        """The settings in use: in presentation mode, larger text and high contrast."""
        if self._presenting_scale is None:
            return self._settings
        return self._settings.with_changes(text_scale=self._presenting_scale, high_contrast=True)

    @property
    def own_settings(self) -> Settings:
        """The person's own settings, as saved (presentation mode never changes them)."""
        return self._settings

    def update_settings(self, **changes: Any) -> Settings:
        self._settings = self._settings.with_changes(**changes)
        if self._save:
            try:
                save_settings(self._settings, self.paths.settings)
            except OSError:
                log.warning("settings could not be saved")
        self.settings_changed.emit(self.settings)
        return self.settings

    # --- presentation mode -------------------------------------------------------------

    @property
    def presenting(self) -> bool:
        return self._presenting_scale is not None

    def set_presenting(self, on: bool) -> None:
        """Presentation mode for a room: large text, high contrast, no private entries.

        Nothing is saved: leaving it brings back the person's own text size and theme.
        """
        if on == self.presenting:
            return
        own = self._settings.text_scale
        self._presenting_scale = max(own, PRESENTATION_TEXT_SCALE) if on else None
        if self._services is not None:
            # The screens keep their services: the reads change under them, then
            # every screen reloads as after a change made elsewhere.
            self._services.leave_out_private(on)
        self.settings_changed.emit(self.settings)
        self.presentation_changed.emit(on)
        if self._services is not None:
            self.data_changed.emit(Changes(external=True))

    def set_presentation_text_scale(self, scale: int) -> Settings:
        """Bigger or smaller text for the room only (while presenting; never saved)."""
        if self._presenting_scale is not None:
            self._presenting_scale = self._settings.with_changes(text_scale=scale).text_scale
            self.settings_changed.emit(self.settings)
        return self.settings
