"""The safety banner: when diary text suggests a risk to life, say what to do, calmly.

It checks the text after a pause in typing and again just before saving, and shows
the safety net's own plain message, the local emergency number (big), a crisis line
and the matching card. It never blocks anything: saving works with it on screen, it
never takes the keyboard focus while someone types, and it goes away by itself when
the text no longer suggests risk.

The safety net is a phrase matcher that misses much wording it has not seen (see
docs/guidance.md), so this banner is an extra: the "I need help now" button stays
on every screen whatever it says. The words that raised an alert are the family's
diary text: they are neither shown back nor logged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.guidance import TRIAGE_CARD_ID, CountryLines, SafetyAlert, lines_for_country
from caregiver_app.settings import Settings
from ui.guidance_access import guidance
from ui.session import Session
from ui.theme import point_size
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.typing_pause import TypingPause

# Translated where shown, in the "SafetyBanner" context.
TRIAGE_TEXT = QT_TRANSLATE_NOOP("SafetyBanner", "Is this an emergency?")
HELD_TEXT = QT_TRANSLATE_NOOP("SafetyBanner", "About the entry you just saved:")
EMERGENCY_FACTOR = 1.6  # the number reads at a glance, without shouting


def emergency_call_text(country: CountryLines) -> str:
    """ "Call 999 if anyone is in danger now", or the local-number fallback."""
    said = ""
    for number in country.emergency_numbers:
        said = (
            QCoreApplication.translate("SafetyBanner", "{first} or {second}").format(
                first=said, second=number
            )
            if said
            else number
        )
    numbers = said or QCoreApplication.translate("SafetyBanner", "your local emergency number")
    return QCoreApplication.translate(
        "SafetyBanner", "Call {numbers} if anyone is in danger now."
    ).format(numbers=numbers)


def crisis_line_text(country: CountryLines) -> str:
    """The first crisis line with its hours, or "" when the country has none."""
    if not country.crisis_lines:
        return ""
    line = country.crisis_lines[0]
    hours = f" · {line.hours}" if line.hours else ""
    return f"{line.name}: {line.number}{hours}"


class SafetyBanner(QFrame):
    """Shows the safety net's alert for the text ``source`` returns; hidden otherwise."""

    checked = Signal()  # after every check of the text, whatever it found

    def __init__(
        self, session: Session, source: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._source = source
        self._alert: SafetyAlert | None = None
        self._held = False
        self._pause = TypingPause(self._check_after_pause, self)
        self._build()
        self._connect_signals()
        self._restyle(session.settings)
        self.hide()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Safety note"))
        self.held_note = _label(selectable=False)
        self.held_note.setText(self.tr(HELD_TEXT))
        self.held_note.setProperty("role", "muted")
        self.held_note.hide()
        self.message = _label(selectable=False)
        self.message.setObjectName("SafetyMessage")
        self.emergency = _label()
        self.emergency.setObjectName("SafetyEmergency")
        self.crisis_line = _label()
        self.crisis_line.setObjectName("SafetyCrisisLine")
        self.card_button = QPushButton()
        self.card_button.setProperty("role", "primary")
        # named for the card when shown
        self.card_button.setAccessibleName(self.tr("Open the card"))
        self.triage_button = QPushButton(self.tr(TRIAGE_TEXT))
        self.triage_button.setAccessibleName(self.tr(TRIAGE_TEXT))
        self.triage_button.setAccessibleDescription(
            self.tr("Open the one-screen check: who to call.")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the safety note"))
        self.close_button.hide()

        actions_box = QWidget()
        actions = FlowLayout(actions_box)
        actions.addWidget(self.card_button)
        actions.addWidget(self.triage_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(actions_box, 1)
        bottom.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.held_note)
        layout.addWidget(self.message)
        layout.addWidget(self.emergency)
        layout.addWidget(self.crisis_line)
        layout.addSpacing(4)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.card_button.clicked.connect(self._open_card)
        self.triage_button.clicked.connect(self._open_triage)
        self.close_button.clicked.connect(self.dismiss)
        self._session.settings_changed.connect(self._on_settings_changed)

    def _restyle(self, settings: Settings) -> None:
        big = self._alert is None or not self._alert.negated
        factor = EMERGENCY_FACTOR if big else 1.0
        self.emergency.setStyleSheet(
            f"font-size: {point_size(settings, factor)}pt; font-weight: 700;"
        )
        self.message.setStyleSheet("font-weight: 600;")

    # --- behaviour ------------------------------------------------------------------

    def watch(self, *signals: SignalInstance) -> None:
        """Check the text again after a pause in any of these ``textChanged`` signals."""
        self._pause.watch(*signals)

    @property
    def alert(self) -> SafetyAlert | None:
        """The alert on show, or None when the banner is hidden."""
        return self._alert

    def refresh(self) -> SafetyAlert | None:
        """Check the text now (for example just before saving) and show what it finds."""
        self._pause.stop()
        text = self._source()
        if self._held:
            if not text.strip():
                self.checked.emit()
                return self._alert  # the entry just saved is what the banner is about
            self._set_held(False)
        self._show(guidance().check(text))
        self.checked.emit()
        return self._alert

    def _check_after_pause(self) -> None:
        self.refresh()

    def hold(self) -> None:
        """Keep the banner after its text was saved and cleared, until the person writes again."""
        if self._alert is not None:
            self._set_held(True)

    def dismiss(self) -> None:
        """Hide the note (its Close button; Qt moves the focus on to the next control)."""
        self._set_held(False)
        self._show(None)

    def _set_held(self, held: bool) -> None:
        self._held = held
        self.held_note.setVisible(held)
        self.close_button.setVisible(held)

    def _show(self, alert: SafetyAlert | None) -> None:
        before = self._alert
        self._alert = alert
        if alert is None:
            self.hide()
            return
        country = lines_for_country(self._session.settings.country)
        self.message.setText(alert.message)
        self.emergency.setText(emergency_call_text(country))
        self.emergency.setAccessibleName(emergency_call_text(country))
        line = crisis_line_text(country)
        self.crisis_line.setText(line)
        self.crisis_line.setVisible(bool(line))
        title = guidance().title(alert.card_id)
        self.card_button.setText(self.tr("Open: {title}").format(title=title))
        self.card_button.setAccessibleName(self.tr("Open the card: {title}").format(title=title))
        self.triage_button.setVisible(alert.card_id != TRIAGE_CARD_ID)
        self._restyle(self._session.settings)
        self.show()
        if before is None or (before.kind, before.negated) != (alert.kind, alert.negated):
            # Screen readers hear it once, without the focus leaving the text box.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, alert.message))

    def _on_settings_changed(self, settings: Settings) -> None:
        self._restyle(settings)
        if self._alert is not None:
            self._show(self._alert)  # the country may have changed

    def _open_card(self) -> None:
        if self._alert is not None:
            self._session.open_card_requested.emit(self._alert.card_id)

    def _open_triage(self) -> None:
        self._session.open_card_requested.emit(TRIAGE_CARD_ID)


def _label(*, selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        # Numbers can be copied, to dial from a computer. Mouse only: the banner's
        # labels stay out of the Tab order, which goes straight to its buttons.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
