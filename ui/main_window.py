"""The main window: navigation, who is writing, the always-visible help button, and lock.

While the diary is locked, the pages that show diary content are destroyed, not
hidden, so nothing of it stays on screen or in widgets. The help button works
locked or unlocked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.pages.coming_soon import ComingSoonPage
from ui.pages.diary import DiaryPage
from ui.pages.help_now import HelpNowPage
from ui.pages.lock_screen import LockScreen
from ui.pages.today import QuickText, TodayPage
from ui.session import Session
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.presentation_bar import PresentationBar
from ui.widgets.scrolling import name_scroll_areas
from ui.widgets.shared_status import SharedStatus

if TYPE_CHECKING:
    from ui.pages.about_them import AboutThemPage
    from ui.pages.appointments import AppointmentsPage
    from ui.pages.guidance import GuidancePage
    from ui.pages.medications import MedicationsPage

# The English names are the pages' keys; the list shows them translated ("MainWindow").
# The help page is built this long after the window is made (or when first asked for).
HELP_PREBUILD_MS = 1000

NAVIGATION = [
    QT_TRANSLATE_NOOP("MainWindow", "Today"),
    QT_TRANSLATE_NOOP("MainWindow", "Diary"),
    QT_TRANSLATE_NOOP("MainWindow", "Guidance"),
    QT_TRANSLATE_NOOP("MainWindow", "Medications"),
    QT_TRANSLATE_NOOP("MainWindow", "Appointments & reports"),
    QT_TRANSLATE_NOOP("MainWindow", "About them"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
]
COMING_SOON: dict[str, str] = {}
STATUS_MS = 8000

# Descriptions are translated where shown ("MainWindow"); the keys stay as they are.
SHORTCUT_HELP = [
    ("Ctrl+N", QT_TRANSLATE_NOOP("MainWindow", "Write a new entry")),
    (
        "Ctrl+F",
        QT_TRANSLATE_NOOP("MainWindow", "Search the diary, or the cards on the Guidance page"),
    ),
    (
        "F5",
        QT_TRANSLATE_NOOP("MainWindow", "Show the chosen guidance card full screen, for a group"),
    ),
    ("Backspace / Alt+Left", QT_TRANSLATE_NOOP("MainWindow", "Back to the card or list before")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("MainWindow", "Reports for appointments")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("MainWindow", "Undo the last delete")),
    ("Ctrl+= / Ctrl+-", QT_TRANSLATE_NOOP("MainWindow", "Make text bigger or smaller")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Lock the diary now")),
    (
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Presentation mode: large text, high contrast, private entries hidden"
        ),
    ),
    (
        "Enter / Delete / Ctrl+H",
        QT_TRANSLATE_NOOP("MainWindow", "Edit, delete or see the history of the chosen entry"),
    ),
    (
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP("MainWindow", "Move between controls; arrows move in lists"),
    ),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "This help")),
]


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._pages: dict[str, QWidget] = {}
        self._retranslating = False
        self.diary_page: DiaryPage | None = None
        self.guidance_page: GuidancePage | None = None
        self.appointments_page: AppointmentsPage | None = None
        self.setWindowTitle("Kindred")
        self._build()
        self._connect_signals()
        self._restore_geometry()
        self._show_locked()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.caring_for = ElidedLabel()
        self.caring_for.setProperty("role", "heading")
        # The name gives way first when space is short ("Caring for Mag…"); help never does.
        self.writer_label = QLabel()
        self.writer = QComboBox()
        self.writer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.writer_label.setBuddy(self.writer)
        self.lock_button = QPushButton()
        self.present_button = QPushButton()
        self.help_button = QPushButton()
        self.help_button.setObjectName("HelpNow")
        self._set_header_texts()

        header = QFrame()
        header.setObjectName("Header")
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 12, 20, 12)
        brand = QLabel("Kindred")
        brand.setProperty("role", "title")
        row.addWidget(brand)
        row.addSpacing(24)
        row.addWidget(self.caring_for, 1)
        row.addWidget(self.writer_label)
        row.addWidget(self.writer)
        row.addWidget(self.present_button)
        row.addWidget(self.lock_button)
        row.addSpacing(12)
        row.addWidget(self.help_button)

        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.addItems([self.tr(name) for name in NAVIGATION])
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sidebar = QFrame()
        sidebar.setObjectName("Sidebar")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(8, 12, 8, 12)
        side.addWidget(self.navigation)
        self._fit_navigation()

        self.pages = QStackedWidget()
        content = QWidget()
        content_row = QHBoxLayout(content)
        content_row.setContentsMargins(0, 0, 0, 0)
        content_row.setSpacing(0)
        content_row.addWidget(sidebar)
        content_row.addWidget(self.pages, 1)

        self.lock_screen = LockScreen(self._session)
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        help_holder = QWidget()
        help_layout = QVBoxLayout(help_holder)
        help_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The help page itself is built just after the window first shows (see
        # HELP_PREBUILD_MS), or at once if asked for sooner: a fifth of the window's
        # widgets, not needed to show the diary.
        self._help_page: HelpNowPage | None = None
        QTimer.singleShot(HELP_PREBUILD_MS, self, self._ensure_help_page)

        self.screens = QStackedWidget()
        self.content = content
        self._help_holder = help_holder
        for screen in (content, self.lock_screen, help_holder):
            self.screens.addWidget(screen)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        self.presentation_bar = PresentationBar()
        self.presentation_bar.setVisible(False)
        outer.addWidget(self.presentation_bar)
        outer.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().addPermanentWidget(SharedStatus(self._session))

    def _set_header_texts(self) -> None:
        """The header's words, set again when the language changes (the widgets stay)."""
        self.caring_for.setAccessibleName(self.tr("The person you care for"))
        self.writer_label.setText(self.tr("Writing as"))
        self.writer.setAccessibleName(self.tr("Who is writing"))
        self.writer.setToolTip(
            self.tr("Choose who is writing, if several of you share this computer")
        )
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the diary now (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock the diary"))
        self.present_button.setText(self.tr("Present"))
        self.present_button.setAccessibleName(self.tr("Presentation mode"))
        self.present_button.setToolTip(
            self.tr(
                "For a room or a projector: large text, high contrast, private entries "
                "and the writer hidden (Ctrl+Shift+P)"
            )
        )
        self.help_button.setText(self.tr("I need help now"))
        self.help_button.setAccessibleName(self.tr("I need help now"))
        self.help_button.setAccessibleDescription(
            self.tr("Emergency and crisis numbers, in one click")
        )

    # --- a new language, without a restart ---------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # Each translator installed or removed sends one of these: rebuild once, after.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            # With the window as context: never called once the window is gone.
            QTimer.singleShot(0, self, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Show everything in the new language: words set again, pages built again.

        Pages build their words once, in ``__init__``; building them again is simpler
        than teaching each one to translate itself. A page holding words not saved yet
        (About them while editing, a note typed on Today) is kept as it is, so nothing
        typed is lost; it changes language the next time it is built.
        """
        self._retranslating = False
        self._set_header_texts()
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.navigation.setAccessibleName(self.tr("Sections"))
        for row, name in enumerate(NAVIGATION):
            self.navigation.item(row).setText(self.tr(name))
        self._fit_navigation()
        self._show_presenting()
        self._show_circle()
        if self._help_page is not None:  # built in the old language: build it again
            old, self._help_page = self._help_page, None
            self._help_holder.layout().removeWidget(old)  # type: ignore[union-attr]
            old.deleteLater()
            self._ensure_help_page()
        if self.screens.currentWidget() is not self.lock_screen:  # never under typing
            new_lock = LockScreen(self._session)
            self.screens.insertWidget(self.screens.indexOf(self.lock_screen), new_lock)
            self.screens.removeWidget(self.lock_screen)
            if getattr(self, "_before_help", None) is self.lock_screen:
                self._before_help = new_lock
            self.lock_screen.deleteLater()
            self.lock_screen = new_lock
        row = self.navigation.currentRow()
        for name, page in list(self._pages.items()):
            if _holds_unsaved_words(page):
                continue
            self.pages.removeWidget(page)
            page.deleteLater()
            del self._pages[name]
            if page is self.diary_page:
                self.diary_page = None
            elif page is self.guidance_page:
                self.guidance_page = None
            elif page is self.appointments_page:
                self.appointments_page = None
        if self._session.is_unlocked and self.screens.currentWidget() is self.content:
            self._show_page(row)

    def _connect_signals(self) -> None:
        session = self._session
        session.unlocked.connect(self._show_unlocked)
        session.locked.connect(self._show_locked)
        session.circle_changed.connect(lambda _: self._show_circle())
        # The new text size is applied by the app's style sheet; measure after it lands.
        session.settings_changed.connect(lambda _: QTimer.singleShot(0, self._fit_navigation))
        self.writer.activated.connect(self._on_writer_chosen)
        self.lock_button.clicked.connect(self.lock)
        self.help_button.clicked.connect(self.show_help_now)
        self.back_button.clicked.connect(self._leave_help)
        self.navigation.currentRowChanged.connect(self._show_page)
        session.open_card_requested.connect(self.open_card)
        session.presentation_changed.connect(self._on_presentation_changed)
        self.present_button.clicked.connect(self.toggle_presentation)
        self.presentation_bar.leave_button.clicked.connect(self.toggle_presentation)
        shortcuts: list[tuple[str | QKeySequence.StandardKey, Callable[[], object]]] = [
            ("Ctrl+N", self.new_entry),
            ("Ctrl+F", self.find),
            ("Ctrl+P", self.open_report),
            ("Ctrl+Z", self.undo),
            ("Ctrl+=", lambda: self.change_text_size(+10)),
            ("Ctrl++", lambda: self.change_text_size(+10)),
            ("Ctrl+-", lambda: self.change_text_size(-10)),
            ("Ctrl+0", lambda: self.change_text_size(0)),
            ("Ctrl+L", self.lock),
            ("Ctrl+Shift+P", self.toggle_presentation),
            ("F1", self.show_shortcuts),
            ("Escape", self._leave_help),
        ]
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _fit_navigation(self) -> None:
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 40)

    # --- locked and unlocked -------------------------------------------------------

    def _show_locked(self) -> None:
        for page in self._pages.values():
            self.pages.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self.diary_page = None
        self.guidance_page = None
        self.appointments_page = None
        self.caring_for.setText("")
        self.writer.clear()
        for widget in (self.writer, self.writer_label, self.lock_button, self.present_button):
            widget.setVisible(False)
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.setFocus()

    def _show_unlocked(self) -> None:
        for widget in (self.writer, self.writer_label, self.lock_button, self.present_button):
            widget.setVisible(True)
        self._show_presenting()
        self._show_circle()
        self.screens.setCurrentWidget(self.content)
        self.navigation.setCurrentRow(0)
        self._show_page(0)

    def _page(self, name: str) -> QWidget:
        """The page called ``name``, built the first time it is needed: a quick start."""
        if name not in self._pages:
            # Pages scroll or wrap inside themselves: none may push the header off screen.
            page = self._build_page(name)
            title = self.tr(name)
            page.setAccessibleName(title)
            name_scroll_areas(page, title)
            self._pages[name] = page
            self.pages.addWidget(page)
        return self._pages[name]

    def _build_page(self, name: str) -> QWidget:
        # Pages other than Today and the diary are imported when first opened: they
        # bring the PDF and card libraries, and every start would pay for them.
        session = self._session
        if name == "Today":
            return TodayPage(session, self.new_entry)
        if name == "Diary":
            self.diary_page = DiaryPage(session)
            self.diary_page.status.connect(self.show_status)
            return self.diary_page
        if name == "Settings":
            from ui.pages.settings_page import SettingsPage

            return SettingsPage(session)
        if name == "Guidance":
            from ui.pages.guidance import GuidancePage

            self.guidance_page = GuidancePage(session)
            self.guidance_page.status.connect(self.show_status)
            return self.guidance_page
        if name == "Medications":
            from ui.pages.medications import MedicationsPage

            return self._with_status(MedicationsPage(session))
        if name == "Appointments & reports":
            from ui.pages.appointments import AppointmentsPage

            self.appointments_page = AppointmentsPage(session)
            return self._with_status(self.appointments_page)
        if name == "About them":
            from ui.pages.about_them import AboutThemPage

            return self._with_status(AboutThemPage(session))
        return ComingSoonPage(name, COMING_SOON.get(name, ""))

    def _with_status(self, page: MedicationsPage | AppointmentsPage | AboutThemPage) -> QWidget:
        page.status.connect(self.show_status)
        return page

    def _diary(self) -> DiaryPage | None:
        if not self._session.is_unlocked:
            return None
        self._page("Diary")
        return self.diary_page

    def _show_circle(self) -> None:
        if not self._session.is_unlocked:
            return
        circle = self._session.circle
        self.caring_for.setText(
            self.tr("Caring for {name}").format(name=circle.person.display_name)
        )
        self.writer.clear()
        for caregiver in circle.caregivers:
            self.writer.addItem(caregiver.name, caregiver.id)
        self.writer.setCurrentIndex(self.writer.findData(self._session.writer.id))
        many = len(circle.caregivers) > 1
        # On a shared diary each member signs in as themselves: the server decides who writes.
        shared = self._session.is_unlocked and self._session.services.store.shared
        self.writer.setEnabled(many and not shared)

    # --- presentation mode -------------------------------------------------------------

    def toggle_presentation(self) -> None:
        self._session.set_presenting(not self._session.presenting)

    def _show_presenting(self) -> None:
        presenting = self._session.presenting
        self.presentation_bar.setVisible(presenting)
        self.present_button.setText(
            self.tr("Stop presenting") if presenting else self.tr("Present")
        )
        # In a room, who is writing is nobody else's business (and no one should switch).
        unlocked = self._session.is_unlocked
        for widget in (self.writer, self.writer_label):
            widget.setVisible(unlocked and not presenting)

    def _on_presentation_changed(self, presenting: bool) -> None:
        # The pages reload themselves from the session's reads, which now leave
        # private entries out in the query (see Session.set_presenting).
        self._show_presenting()
        if not self._session.is_unlocked:
            return
        if presenting:
            self.show_status(self.tr("Presentation mode: private entries are hidden."))
        else:
            self.show_status(self.tr("Presentation mode is off."))

    def _on_writer_chosen(self, index: int) -> None:
        writer_id = self.writer.itemData(index)
        if writer_id:
            self._session.set_writer(writer_id)
            self.show_status(
                self.tr("Now writing as {name}.").format(name=self.writer.itemText(index))
            )

    def lock(self) -> None:
        if self._session.is_unlocked:
            self._session.runner.wait()  # let a save in flight finish first
            self._session.lock()

    # --- navigation and actions -----------------------------------------------------

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(NAVIGATION) and self._session.is_unlocked:
            self.pages.setCurrentWidget(self._page(NAVIGATION[row]))

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def go_to(self, name: str) -> None:
        if not self._session.is_unlocked:
            return
        self.screens.setCurrentWidget(self.content)
        self.navigation.setCurrentRow(NAVIGATION.index(name))

    def new_entry(self) -> None:
        if (diary := self._diary()) is not None:
            diary.new_entry()

    def find(self) -> None:
        page = self.guidance_page
        if page is not None and self.current_page() is page:
            page.focus_search()
            return
        if (diary := self._diary()) is not None:
            self.go_to("Diary")
            diary.focus_search()

    def open_card(self, card_id: str) -> None:
        """Show a guidance card on the Guidance page (any screen may ask, by its id)."""
        if not self._session.is_unlocked:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            # The Guidance page is behind the dialog: show the card on top of it.
            from ui.dialogs.card_window import CardWindow

            CardWindow.show_over(self._session, card_id, dialog)
            return
        self.go_to("Guidance")
        page = self.guidance_page
        if page is not None and page.show_card(card_id):
            return
        self.show_status(self.tr("That guidance card could not be found."))

    def open_report(self) -> None:
        """The report for the doctor, from anywhere (Ctrl+P)."""
        if not self._session.is_unlocked:
            return
        self.go_to("Appointments & reports")
        if self.appointments_page is not None:
            self.appointments_page.show_report()

    def undo(self) -> None:
        if self.diary_page is not None and self.diary_page.undo_delete():
            return
        self.show_status(self.tr("There is nothing to undo."))

    def change_text_size(self, step: int) -> None:
        """Bigger or smaller text by ``step`` percent; 0 goes back to 100 %.

        In presentation mode the change is for the room only and is not saved.
        """
        session = self._session
        scale = session.settings.text_scale + step if step else 100
        if session.presenting:
            settings = session.set_presentation_text_scale(scale)
        else:
            settings = session.update_settings(text_scale=scale)
        self.show_status(self.tr("Text size {percent} %.").format(percent=settings.text_scale))

    @property
    def help_page(self) -> HelpNowPage:
        return self._ensure_help_page()

    @property
    def help_holder(self) -> QWidget:
        """The "I need help now" screen: the Back button and the help page."""
        self._ensure_help_page()
        return self._help_holder

    def _ensure_help_page(self) -> HelpNowPage:
        if self._help_page is None:
            self._help_page = HelpNowPage(self._session)
            name_scroll_areas(self._help_page, self.tr("I need help now"))
            layout = self._help_holder.layout()
            assert layout is not None
            layout.addWidget(self._help_page, 1)
        return self._help_page

    def show_help_now(self) -> None:
        self._before_help = self.screens.currentWidget()
        self.screens.setCurrentWidget(self.help_holder)
        self.back_button.setFocus()

    def _leave_help(self) -> None:
        if self.screens.currentWidget() is self.help_holder:
            self.screens.setCurrentWidget(getattr(self, "_before_help", self.lock_screen))

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>{self.tr(what)}</td></tr>"
            for keys, what in SHORTCUT_HELP
        )
        QMessageBox.information(
            self,
            self.tr("Help"),
            "<p>{}</p><table cellspacing='6'>{}</table><p>{}</p>".format(
                self.tr("Everything in Kindred works from the keyboard."),
                rows,
                self.tr("The red “I need help now” button is always at the top right."),
            ),
        )

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    # --- window state -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings("Kindred", "Kindred").value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1180, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings("Kindred", "Kindred").setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


def _holds_unsaved_words(page: QWidget) -> bool:
    """Whether building ``page`` again would throw away words not saved yet."""
    if getattr(page, "dirty", False):  # About them while editing
        return True
    return any(box.toPlainText().strip() for box in page.findChildren(QuickText))
