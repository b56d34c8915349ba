"""Settings: text size, colours, country, and the family members who share the diary.

Each choice takes effect as soon as it is made (there is no "Apply" button to
forget); the main window restyles itself when ``session.settings_changed`` fires.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.circle import Caregiver, CaregiverDraft, Circle, Role
from caregiver_app.domain.errors import InvalidInput
from caregiver_app.i18n import LANGUAGES
from caregiver_app.i18n import _ as core_text
from caregiver_app.settings import COUNTRY_CHOICES, MAX_TEXT_SCALE, MIN_TEXT_SCALE, Settings
from caregiver_app.storage.backup_place import backup_folder
from ui.dialogs.backup_folder import change_backup_folder
from ui.dialogs.backups import BackupsDialog
from ui.dialogs.change_passphrase import change_passphrase, has_passphrase, new_recovery_code
from ui.dialogs.erase import delete_everything
from ui.dialogs.export_import import export_diary, import_export
from ui.errors import plain_message
from ui.session import Session
from ui.theme import point_size
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.scrolling import scroll_into

TEXT_SCALE_STEP = 10
THEMES: tuple[tuple[str, str], ...] = (
    ("system", QT_TRANSLATE_NOOP("SettingsPage", "Follow the computer")),
    ("light", QT_TRANSLATE_NOOP("SettingsPage", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsPage", "Dark")),
)
ROLE_HELP = {
    Role.PRIMARY: QT_TRANSLATE_NOOP(
        "SettingsPage", "Main carer: writes in the diary and looks after the settings."
    ),
    Role.FAMILY: QT_TRANSLATE_NOOP("SettingsPage", "Family: reads and writes in the diary."),
    Role.PROFESSIONAL: QT_TRANSLATE_NOOP(
        "SettingsPage", "Professional carer: a paid carer who reads and writes in the diary."
    ),
    Role.VIEWER: QT_TRANSLATE_NOOP(
        "SettingsPage", "Can read only: for example a visiting nurse who may read but not write."
    ),
}
PREVIEW_TEXT = QT_TRANSLATE_NOOP("SettingsPage", "This is how big the text will be.")


class SettingsPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._adding = False
        self._build()
        self._connect_signals()
        self._show_settings(session.settings)
        self._show_backup_place()
        self._show_passphrase_choice()
        self._show_circle()
        self._show_sharing()

    def _open_sharing(self) -> None:
        from ui.dialogs.share_diary import share_diary  # psycopg only when asked for

        share_diary(self._session, self)
        self._show_sharing()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Settings"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr("Changes take effect straight away."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self._build_text_size())
        layout.addWidget(self._build_look())
        layout.addWidget(self._build_language())
        layout.addWidget(self._build_country())
        layout.addWidget(self._build_family())
        layout.addWidget(self._build_sharing())
        layout.addWidget(self._build_safety())
        layout.addStretch(1)

        scroll_into(self, content)

        chain: list[QWidget] = [
            self._scale,
            self._theme_buttons["system"],
            self._theme_buttons["light"],
            self._theme_buttons["dark"],
            self._high_contrast,
            *self._language_buttons.values(),
            self._country,
            self._add_button,
            self._new_name,
            self._new_relationship,
            self._new_role,
            self._confirm_add,
            self._cancel_add,
            self.share_button,
            self.back_up_button,
            self.backups_button,
            self.backup_folder_button,
            self.passphrase_button,
            self.recovery_code_button,
            self.export_button,
            self.import_button,
            self.erase_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_text_size(self) -> QFrame:
        card, layout = _card(self.tr("Text size"))
        self._scale = QSlider(Qt.Orientation.Horizontal)
        self._scale.setRange(MIN_TEXT_SCALE, MAX_TEXT_SCALE)
        self._scale.setSingleStep(TEXT_SCALE_STEP)
        self._scale.setPageStep(TEXT_SCALE_STEP)
        self._scale.setTickInterval(TEXT_SCALE_STEP)
        self._scale.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._scale.setAccessibleName(self.tr("Text size"))
        self._scale.setAccessibleDescription(
            self.tr(
                "From 100 to 200 percent, in steps of 10. Smaller to the left, larger to the right."
            )
        )
        self._scale_value = QLabel()
        self._scale_value.setAccessibleName(self.tr("Text size now"))
        smaller = QLabel(self.tr("Smaller"))
        smaller.setProperty("role", "muted")
        larger = QLabel(self.tr("Larger"))
        larger.setProperty("role", "muted")
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(smaller)
        row.addWidget(self._scale, 1)
        row.addWidget(larger)
        row.addSpacing(12)
        row.addWidget(self._scale_value)
        self._preview = QLabel(self.tr(PREVIEW_TEXT))
        self._preview.setWordWrap(True)
        self._preview.setAccessibleName(self.tr("Text size preview"))
        layout.addLayout(row)
        layout.addWidget(self._preview)
        return card

    def _build_look(self) -> QFrame:
        card, layout = _card(self.tr("Colours"))
        self._themes = QButtonGroup(self)
        self._theme_buttons: dict[str, QRadioButton] = {}
        for index, (value, english) in enumerate(THEMES):
            label = self.tr(english)
            button = QRadioButton(label)
            button.setAccessibleName(self.tr("Colours: {choice}").format(choice=label))
            self._themes.addButton(button, index)
            self._theme_buttons[value] = button
            layout.addWidget(button)
        self._theme_buttons["system"].setAccessibleDescription(
            self.tr("Light or dark, the same as the rest of this computer.")
        )
        self._high_contrast = QCheckBox(self.tr("High contrast (black background, bright text)"))
        self._high_contrast.setAccessibleName(self.tr("High contrast"))
        self._high_contrast.setAccessibleDescription(
            self.tr("Black background with white and yellow text, for low vision.")
        )
        layout.addSpacing(8)
        layout.addWidget(self._high_contrast)
        return card

    def _build_language(self) -> QFrame:
        card, layout = _card(self.tr("Language"))
        about = QLabel(self.tr("The words Kindred uses, and how it writes dates and numbers."))
        about.setProperty("role", "muted")
        about.setWordWrap(True)
        layout.addWidget(about)
        self._languages = QButtonGroup(self)
        self._language_buttons: dict[str, QRadioButton] = {}
        # Each language is named in its own words, so anyone can find theirs.
        for index, (code, name) in enumerate(LANGUAGES.items()):
            button = QRadioButton(name)
            button.setAccessibleName(self.tr("Language: {name}").format(name=name))
            self._languages.addButton(button, index)
            self._language_buttons[code] = button
            layout.addWidget(button)
        return card

    def _build_country(self) -> QFrame:
        card, layout = _card(self.tr("Country"))
        about = QLabel(
            self.tr(
                "Used for the emergency and crisis numbers on the Help page, "
                "and the paper size of printed reports."
            )
        )
        about.setProperty("role", "muted")
        about.setWordWrap(True)
        self._country = QComboBox()
        for code, name in COUNTRY_CHOICES:
            self._country.addItem(core_text(name), code)  # core text: the core translates
        self._country.setAccessibleName(self.tr("Country"))
        self._country.setAccessibleDescription(about.text())
        self._country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(about)
        layout.addWidget(self._country, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _build_family(self) -> QFrame:
        card, layout = _card(self.tr("Family members"))
        about = QLabel(self.tr("Everyone who writes in or reads this diary on this computer."))
        about.setProperty("role", "muted")
        about.setWordWrap(True)
        self._members = QVBoxLayout()
        self._members.setSpacing(8)
        self._add_button = QPushButton(self.tr("Add a family member…"))
        self._add_button.setAccessibleName(self.tr("Add a family member"))
        self._family_note = QLabel()
        self._family_note.setProperty("role", "muted")
        self._family_note.setWordWrap(True)
        self._family_note.setTextFormat(Qt.TextFormat.PlainText)
        self._family_note.hide()
        add_row = QHBoxLayout()
        add_row.setSpacing(16)
        add_row.addWidget(self._add_button)
        add_row.addWidget(self._family_note)
        add_row.addStretch(1)
        layout.addWidget(about)
        layout.addLayout(self._members)
        layout.addLayout(add_row)
        layout.addWidget(self._build_add_form())
        return card

    def _build_add_form(self) -> QFrame:
        self._add_form = QFrame()
        form_layout = QVBoxLayout(self._add_form)
        form_layout.setContentsMargins(0, 8, 0, 0)
        form_layout.setSpacing(12)
        heading = QLabel(self.tr("Add a family member"))
        heading.setProperty("role", "heading")
        self._new_name = QLineEdit()
        self._new_name.setAccessibleName(self.tr("Their name"))
        self._new_name.setPlaceholderText(self.tr("For example: Priya Okafor"))
        self._new_relationship = QLineEdit()
        self._new_relationship.setAccessibleName(self.tr("How they are related"))
        self._new_relationship.setPlaceholderText(
            self.tr("For example: daughter, neighbour, nurse")
        )
        self._new_role = QComboBox()
        for role in Role:
            self._new_role.addItem(role.label, role)
        self._new_role.setCurrentIndex(self._new_role.findData(Role.FAMILY))
        self._new_role.setAccessibleName(self.tr("What they can do"))
        self._role_help = QLabel()
        self._role_help.setProperty("role", "muted")
        self._role_help.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Name"), self._new_name)
        form.addRow(self.tr("Relationship"), self._new_relationship)
        form.addRow(self.tr("What they can do"), self._new_role)
        self._add_problem = QLabel()
        self._add_problem.setWordWrap(True)
        self._add_problem.setTextFormat(Qt.TextFormat.PlainText)
        self._add_problem_box = QFrame()
        self._add_problem_box.setProperty("role", "banner")
        problem_layout = QVBoxLayout(self._add_problem_box)
        problem_layout.setContentsMargins(16, 12, 16, 12)
        problem_layout.addWidget(self._add_problem)
        self._add_problem_box.hide()
        self._confirm_add = QPushButton(self.tr("Add to the family"))
        self._confirm_add.setProperty("role", "primary")
        self._confirm_add.setAccessibleName(self.tr("Add to the family"))
        self._cancel_add = QPushButton(self.tr("Cancel"))
        self._cancel_add.setAccessibleName(self.tr("Cancel adding a family member"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._cancel_add)
        buttons.addWidget(self._confirm_add)
        form_layout.addWidget(heading)
        form_layout.addLayout(form)
        form_layout.addWidget(self._role_help)
        form_layout.addWidget(self._add_problem_box)
        form_layout.addLayout(buttons)
        self._add_form.hide()
        return self._add_form

    def _build_sharing(self) -> QFrame:
        card, layout = _card(self.tr("Share this diary"))
        self.sharing_note = QLabel()
        self.sharing_note.setProperty("role", "muted")
        self.sharing_note.setWordWrap(True)
        self.share_button = QPushButton(self.tr("Share this diary…"))
        self.share_button.setAccessibleName(self.tr("Share this diary"))
        layout.addWidget(self.sharing_note)
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _show_sharing(self, *_: object) -> None:
        """Shared or not; a shared diary's backups are its server's (said, not a broken button)."""
        shared = self._session.is_unlocked and self._session.services.store.shared
        self.sharing_note.setText(
            self.tr(
                "This diary is shared on a server: the family writes in it from their own "
                "computers. Its backups are made on the server by whoever runs it; for a "
                "copy on this computer, keep an offline copy."
            )
            if shared
            else self.tr("For a family in different homes: one diary on a server, for everyone.")
        )
        for button in (self.back_up_button, self.backups_button):
            button.setVisible(not shared)
        self._safety_about.setText(
            self.tr(
                "The shared diary is backed up on its server. Here you can save a copy "
                "of the record to keep elsewhere."
            )
            if shared
            else self.tr(
                "Kindred keeps backups by itself. Here you can make one now, put an "
                "earlier one back, or save a copy of the record to keep elsewhere."
            )
        )

    def _build_safety(self) -> QFrame:
        card, layout = _card(self.tr("Your diary's safety"))
        about = QLabel(
            self.tr(
                "Kindred keeps backups by itself. Here you can make one now, put an earlier "
                "one back, or save a copy of the record to keep elsewhere."
            )
        )
        about.setProperty("role", "muted")
        about.setWordWrap(True)
        self._safety_about = about
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.backups_button = QPushButton(self.tr("Backups and restore…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.erase_button = QPushButton(self.tr("Delete everything…"))
        for button in (
            self.back_up_button,
            self.backups_button,
            self.export_button,
            self.import_button,
            self.erase_button,
        ):
            button.setAccessibleName(button.text().rstrip("…"))
        self.back_up_button.setAccessibleDescription(
            self.tr("Make a backup copy of the diary now.")
        )
        self.backups_button.setAccessibleDescription(
            self.tr("See the backups and put an earlier one back.")
        )
        self.export_button.setAccessibleDescription(
            self.tr("Save the whole record, or the diary as a spreadsheet, to a file.")
        )
        self.import_button.setAccessibleDescription(
            self.tr("Add the entries from a Kindred export.")
        )
        self.erase_button.setAccessibleDescription(
            self.tr("For a family that has stopped using Kindred. Asks twice first.")
        )
        self.safety_note = QLabel()
        self.safety_note.setProperty("role", "muted")
        self.safety_note.setWordWrap(True)
        self.safety_note.setTextFormat(Qt.TextFormat.PlainText)
        self.safety_note.setAccessibleName(self.tr("Backup message"))
        self.safety_note.hide()
        backups_row = _flow_row(self.back_up_button, self.backups_button)
        self.backup_place = QLabel()
        self.backup_place.setWordWrap(True)
        self.backup_place.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_folder_button = QPushButton(self.tr("Change folder…"))
        self.backup_folder_button.setAccessibleName(self.tr("Change the backup folder"))
        self.backup_folder_button.setAccessibleDescription(
            self.tr("Choose where Kindred keeps its backups, for example an external drive.")
        )
        records_row = _flow_row(self.export_button, self.import_button)
        layout.addWidget(about)
        layout.addWidget(backups_row)
        layout.addWidget(self.safety_note)
        layout.addWidget(self.backup_place)
        layout.addWidget(self.backup_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.recovery_code_button = QPushButton(self.tr("New recovery code…"))
        self.recovery_code_button.setAccessibleName(self.tr("New recovery code"))
        self.recovery_code_button.setAccessibleDescription(
            self.tr("Make a new recovery code to print; the old one stops working.")
        )
        self.keys_row = _flow_row(self.passphrase_button, self.recovery_code_button)
        layout.addWidget(self.keys_row)
        layout.addWidget(records_row)
        layout.addSpacing(8)
        leaving = QLabel(self.tr("If your family has stopped using Kindred:"))
        leaving.setProperty("role", "muted")
        leaving.setWordWrap(True)
        layout.addWidget(leaving)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _connect_signals(self) -> None:
        self.back_up_button.clicked.connect(self._back_up_now)
        self.backups_button.clicked.connect(lambda: BackupsDialog.ask(self._session, self))
        self.backup_folder_button.clicked.connect(self._change_backup_folder)
        self.passphrase_button.clicked.connect(self._change_passphrase)
        self.recovery_code_button.clicked.connect(lambda: new_recovery_code(self._session, self))
        self._session.unlocked.connect(self._show_passphrase_choice)
        self._session.unlocked.connect(self._show_backup_place)
        self._session.settings_changed.connect(self._show_backup_place)
        self.export_button.clicked.connect(lambda: export_diary(self._session, self))
        self.import_button.clicked.connect(lambda: import_export(self._session, self))
        self.erase_button.clicked.connect(lambda: delete_everything(self._session, self))
        self._scale.valueChanged.connect(self._on_scale_moved)
        self._scale.sliderReleased.connect(self._apply_scale)
        self._themes.idClicked.connect(self._on_theme_chosen)
        self._high_contrast.toggled.connect(self._on_high_contrast)
        self._country.activated.connect(self._on_country_chosen)
        self._languages.idClicked.connect(self._on_language_chosen)
        self._add_button.clicked.connect(self._open_add_form)
        self._cancel_add.clicked.connect(self._close_add_form)
        self._confirm_add.clicked.connect(self._add_member)
        self._new_name.returnPressed.connect(self._add_member)
        self._new_relationship.returnPressed.connect(self._add_member)
        self._new_role.currentIndexChanged.connect(self._show_role_help)
        self._session.settings_changed.connect(self._show_settings)
        self._session.circle_changed.connect(self._show_circle)
        self._session.unlocked.connect(self._show_circle)
        self._session.unlocked.connect(self._show_sharing)
        self.share_button.clicked.connect(self._open_sharing)

    # --- appearance and country ------------------------------------------------------------

    def _show_settings(self, settings: Settings) -> None:
        """Show the saved choices without treating that as the person choosing them."""
        for widget in (self._scale, self._themes, self._high_contrast, self._country):
            widget.blockSignals(True)
        language = self._language_buttons.get(settings.language, self._language_buttons["en"])
        language.setChecked(True)
        self._scale.setValue(settings.text_scale)
        self._theme_buttons.get(settings.theme, self._theme_buttons["system"]).setChecked(True)
        self._high_contrast.setChecked(settings.high_contrast)
        index = self._country.findData(settings.country)
        # A code the list doesn't name (from an older version, say) shows as "Other".
        self._country.setCurrentIndex(index if index >= 0 else self._country.findData(""))
        for widget in (self._scale, self._themes, self._high_contrast, self._country):
            widget.blockSignals(False)
        self._show_scale(settings.text_scale)

    def _on_scale_moved(self, value: int) -> None:
        snapped = _snap(value)
        if snapped != value:
            self._scale.setValue(snapped)
            return
        self._show_scale(snapped)
        # While dragging only the preview changes: restyling the whole window under
        # the pointer would make the slider jump away from it.
        if not self._scale.isSliderDown():
            self._apply_scale()

    def _apply_scale(self) -> None:
        value = _snap(self._scale.value())
        if value != self._session.settings.text_scale:
            self._session.update_settings(text_scale=value)

    def _show_scale(self, value: int) -> None:
        self._scale_value.setText(f"{value} %")
        self._scale.setAccessibleDescription(
            self.tr("{value} percent. From 100 to 200 percent.").format(value=value)
        )
        size = point_size(Settings(text_scale=value))
        # Sizing only; colours still come from the theme.
        self._preview.setStyleSheet(f"font-size: {size}pt;")

    def _on_theme_chosen(self, index: int) -> None:
        self._session.update_settings(theme=THEMES[index][0])

    def _on_high_contrast(self, checked: bool) -> None:
        self._session.update_settings(high_contrast=checked)

    def _on_language_chosen(self, index: int) -> None:
        # The app installs the new words; the main window then builds this page again.
        language = list(LANGUAGES)[index]
        if language != self._session.settings.language:
            self._session.update_settings(language=language)

    def _on_country_chosen(self, _index: int) -> None:
        code = self._country.currentData()
        current = self._session.settings.country
        if not code and self._country.findData(current) < 0:
            return  # already "Other": keep whatever code was set elsewhere
        if code != current:
            self._session.update_settings(country=code)

    # --- the diary's safety ------------------------------------------------------------

    def _back_up_now(self) -> None:
        if not self._session.is_unlocked:
            return
        store = self._session.services.store
        self.back_up_button.setEnabled(False)
        self._session.runner.run(
            lambda: store.backup("by-hand"), self._on_backed_up, self._on_backup_failed, write=True
        )

    def _on_backed_up(self, _path: object) -> None:
        self.back_up_button.setEnabled(True)
        self._say_about_safety(
            self.tr("A backup was made just now. It is in “Backups and restore…”.")
        )

    def _on_backup_failed(self, error: BaseException) -> None:
        self.back_up_button.setEnabled(True)
        self._say_about_safety(
            self.tr(
                "{problem} Your diary itself is fine. Kindred will also try again by itself later."
            ).format(problem=plain_message(error))
        )

    def _show_backup_place(self, *_: object) -> None:
        # A shared diary's backups are its server's: no folder here to show or choose.
        shared = self._session.is_unlocked and self._session.services.store.shared
        self.backup_place.setVisible(not shared)
        self.backup_folder_button.setVisible(not shared)
        folder = backup_folder(self._session.paths, self._session.settings)
        self.backup_place.setText(self.tr("Backups are kept in: {folder}").format(folder=folder))
        self.backup_place.setAccessibleName(self.backup_place.text())

    def _show_passphrase_choice(self) -> None:
        """ "Change passphrase…", or "Add a passphrase…" for a diary kept with the keyring only."""
        protected = has_passphrase(self._session)
        self.keys_row.setVisible(protected is not None)  # not for a diary on a server
        if protected:
            self.passphrase_button.setText(self.tr("Change passphrase…"))
            self.passphrase_button.setAccessibleName(self.tr("Change passphrase"))
            self.passphrase_button.setAccessibleDescription(
                self.tr("Choose a new passphrase for opening the diary.")
            )
        else:
            self.passphrase_button.setText(self.tr("Add a passphrase…"))
            self.passphrase_button.setAccessibleName(self.tr("Add a passphrase"))
            self.passphrase_button.setAccessibleDescription(
                self.tr("Also ask for a passphrase when Kindred opens.")
            )

    def _change_passphrase(self) -> None:
        if change_passphrase(self._session, self):
            self._show_passphrase_choice()

    def _change_backup_folder(self) -> None:
        message = change_backup_folder(self._session, self)
        if message:
            self._say_about_safety(message)

    def _say_about_safety(self, message: str) -> None:
        self.safety_note.setText(message)
        self.safety_note.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    # --- family members -------------------------------------------------------------

    def _show_circle(self, *_: object) -> None:
        _clear_layout(self._members)
        if not self._session.is_unlocked:
            return
        circle: Circle = self._session.circle
        for caregiver in circle.caregivers:
            self._members.addWidget(_member_row(caregiver))

    def _open_add_form(self) -> None:
        self._family_note.hide()
        self._add_button.hide()
        self._add_form.show()
        self._show_role_help()
        self._new_name.setFocus()

    def _close_add_form(self) -> None:
        self._add_form.hide()
        self._add_problem_box.hide()
        self._new_name.clear()
        self._new_relationship.clear()
        self._new_role.setCurrentIndex(self._new_role.findData(Role.FAMILY))
        self._add_button.show()
        self._add_button.setFocus()

    def _show_role_help(self, *_: object) -> None:
        role = self._new_role.currentData()
        self._role_help.setText(self.tr(ROLE_HELP[role]) if role in ROLE_HELP else "")

    def _add_member(self) -> None:
        if self._adding or not self._session.is_unlocked:
            return
        draft = CaregiverDraft(
            name=self._new_name.text(),
            relationship=self._new_relationship.text(),
            role=self._new_role.currentData(),
        )
        circle = self._session.services.circle
        self._set_adding(True)
        self._session.runner.run(
            lambda: circle.add_caregiver(draft), self._on_added, self._on_add_failed, write=True
        )

    def _on_added(self, caregiver: Caregiver) -> None:
        self._set_adding(False)
        self._close_add_form()
        message = self.tr("{name} was added to the family.").format(name=caregiver.name)
        self._family_note.setText(message)
        self._family_note.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    def _on_add_failed(self, error: BaseException) -> None:
        self._set_adding(False)
        message = plain_message(error)
        self._add_problem.setText(message)
        self._add_problem_box.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))
        field = error.field if isinstance(error, InvalidInput) else "name"
        (self._new_relationship if field == "relationship" else self._new_name).setFocus()

    def _set_adding(self, adding: bool) -> None:
        self._adding = adding
        self._confirm_add.setEnabled(not adding)


def _card(heading: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(12)
    label = QLabel(heading)
    label.setProperty("role", "heading")
    layout.addWidget(label)
    return card, layout


def _flow_row(*buttons: QPushButton) -> QWidget:
    """Buttons side by side that wrap onto a new line when the text is large."""
    row = QWidget()
    flow = FlowLayout(row, spacing=12)
    for button in buttons:
        flow.addWidget(button)
    return row


def _member_row(caregiver: Caregiver) -> QWidget:
    row = QWidget()
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 4, 0, 4)
    layout.setSpacing(2)
    name = QLabel(caregiver.name)
    name.setTextFormat(Qt.TextFormat.PlainText)
    name.setWordWrap(True)
    font = name.font()
    font.setBold(True)
    name.setFont(font)
    details = " · ".join(part for part in (caregiver.relationship, caregiver.role.label) if part)
    about = QLabel(details)
    about.setProperty("role", "muted")
    about.setTextFormat(Qt.TextFormat.PlainText)
    about.setWordWrap(True)
    layout.addWidget(name)
    layout.addWidget(about)
    row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    row.setAccessibleName(f"{caregiver.name}, {details}")
    return row


def _snap(value: int) -> int:
    steps = round((value - MIN_TEXT_SCALE) / TEXT_SCALE_STEP)
    return min(MAX_TEXT_SCALE, MIN_TEXT_SCALE + steps * TEXT_SCALE_STEP)


def _clear_layout(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from view now; deleted once control returns to Qt
            widget.deleteLater()
