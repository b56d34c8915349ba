"""The "Help now" page: what to do, and whom to call, when someone may be in danger.

It is opened in a hurry and may be read from across the room, so the emergency
number comes first and huge, then three plain steps, then the crisis lines. Every
sentence ends in something to do (CONTENT.md: no alarm without a next step).

The numbers come from the crisis-lines data, read from a file shipped with the app
(``caregiver_app.guidance.crisis``). That is read directly rather than through the
runner: it is tiny, cached after the first read, and this page must work at once —
even while the diary is locked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.guidance.crisis import CountryLines, CrisisLine, lines_for_country
from caregiver_app.i18n import _ as core_text
from caregiver_app.i18n import current_language
from caregiver_app.settings import Settings
from ui.session import Session
from ui.theme import point_size
from ui.widgets.scrolling import scroll_into

# Translated where shown, in the "HelpNowPage" context (tests compare the English).
QUESTION = QT_TRANSLATE_NOOP("HelpNowPage", "Is someone in danger right now?")
NO_COUNTRY = QT_TRANSLATE_NOOP(
    "HelpNowPage", "Choose your country in Settings to see local numbers."
)
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "HelpNowPage", "We don't have local numbers for your country yet."
)
CALL_LOCAL = QT_TRANSLATE_NOOP("HelpNowPage", "Call your local emergency number")

# How much larger than body text, so the page reads from across a room.
QUESTION_FACTOR = 2.2
NUMBER_FACTOR = 4.0
LONG_CALL_FACTOR = 2.2  # "Call your local emergency number" is too long to show huge
LINE_NUMBER_FACTOR = 1.6

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)


class HelpNowPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._shown: tuple[str, int] | None = None
        self._build()
        self._connect_signals()
        self._show(session.settings)

    def _build(self) -> None:
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(32, 28, 32, 28)
        self._layout.setSpacing(16)
        scroll_into(self, self._content)

    def _connect_signals(self) -> None:
        self._session.settings_changed.connect(self._show)

    def _show(self, settings: Settings) -> None:
        # Rebuild only when something this page shows changed (not on every setting).
        shown = (settings.country, settings.text_scale)
        if shown == self._shown:
            return
        self._shown = shown
        _clear(self._layout)
        country = lines_for_country(settings.country)
        self._emergency_call = _call_text(country)
        for widget in self._page(settings, country):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)

    @property
    def emergency_call(self) -> str:
        """What the big line says, e.g. "Call 999" (for the main window and tests)."""
        return self._emergency_call

    def _page(self, settings: Settings, country: CountryLines) -> list[QWidget]:
        question = _label(self.tr(QUESTION), selectable=False)
        question.setStyleSheet(_size(settings, QUESTION_FACTOR, bold=True))
        question.setAccessibleName(self.tr(QUESTION))
        widgets: list[QWidget] = [question, self._emergency_box(settings, country)]
        widgets.append(_heading(self.tr("What to do")))
        widgets.extend(_steps(country))
        if country.crisis_lines:
            widgets.append(
                _heading(self.tr("Crisis lines in {place}").format(place=_place(country.name)))
            )
            widgets.extend(_line_card(settings, line) for line in country.crisis_lines)
        if country.support_lines:
            widgets.append(_heading(self.tr("Advice and support (not for emergencies)")))
            widgets.extend(_line_card(settings, line) for line in country.support_lines)
        if country.verified is not None:
            day = country.verified
            when = QDate(day.year, day.month, day.day)
            checked = QLocale().toString(when, "d MMMM yyyy")  # the app's language
            note = _label(
                self.tr("These numbers were last checked on {day}.").format(day=checked),
                selectable=False,
            )
            note.setProperty("role", "muted")
            widgets.append(note)
        return widgets

    def _emergency_box(self, settings: Settings, country: CountryLines) -> QFrame:
        box = QFrame()
        box.setProperty("role", "banner")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 20, 28, 24)
        layout.setSpacing(8)
        lead = _label(self.tr("If someone could die or be badly hurt:"), selectable=False)
        lead.setStyleSheet(_size(settings, 1.25, bold=True))
        call = _label(self._emergency_call)
        call.setObjectName("EmergencyCall")
        factor = NUMBER_FACTOR if country.known else LONG_CALL_FACTOR
        call.setStyleSheet(_size(settings, factor, bold=True))
        call.setAccessibleName(self._emergency_call)
        layout.addWidget(lead)
        layout.addWidget(call)
        if country.known:
            who = _label(
                self.tr("The emergency number in {place}: ambulance, police, fire.").format(
                    place=_place(country.name)
                ),
                selectable=False,
            )
        elif settings.country:
            who = _label(self.tr(UNKNOWN_COUNTRY), selectable=False)
        else:
            who = _label(self.tr(NO_COUNTRY), selectable=False)
        layout.addWidget(who)
        return box


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpNowPage", text)


def _either(numbers: tuple[str, ...] | list[str]) -> str:
    """ "112 or 999", with the language's own word for "or"."""
    said = ""
    for number in numbers:
        said = (
            QCoreApplication.translate("HelpNowPage", "{first} or {second}").format(
                first=said, second=number
            )
            if said
            else number
        )
    return said


def _call_text(country: CountryLines) -> str:
    if not country.emergency_numbers:
        return _tr(CALL_LOCAL)
    return QCoreApplication.translate("HelpNowPage", "Call {number}").format(
        number=_either(country.emergency_numbers)
    )


def _steps(country: CountryLines) -> list[QWidget]:
    emergency = _either(country.emergency_numbers) or QCoreApplication.translate(
        "HelpNowPage", "your local emergency number"
    )
    crisis = country.crisis_lines
    if crisis:
        first = crisis[0]
        urgent_action = QCoreApplication.translate(
            "HelpNowPage", "Call a crisis line now, for example {name} ({number})."
        ).format(name=first.name, number=first.number)
        if len(crisis) > 1:
            urgent_action += " " + QCoreApplication.translate(
                "HelpNowPage", "All the lines are below."
            )
    else:
        urgent_action = QCoreApplication.translate(
            "HelpNowPage", "Call a local crisis line, or your doctor's out-of-hours service."
        )
    return [
        _step(
            1,
            QCoreApplication.translate("HelpNowPage", "Danger to life"),
            QCoreApplication.translate(
                "HelpNowPage",
                "They are badly hurt, not breathing normally or not waking up, have taken "
                "an overdose, have a weapon, or talk about a plan to end their life.",
            ),
            QCoreApplication.translate(
                "HelpNowPage",
                "Call {number} now. If you feel unsafe, get yourself and others to a "
                "safe place first, then call.",
            ).format(number=emergency),
        ),
        _step(
            2,
            QCoreApplication.translate(
                "HelpNowPage", "Urgent, but no one is in danger this minute"
            ),
            QCoreApplication.translate(
                "HelpNowPage",
                "They are very distressed, not making sense, talking about not wanting to "
                "live, or suddenly much more confused than usual.",
            ),
            urgent_action
            + " "
            + QCoreApplication.translate(
                "HelpNowPage", "Sudden new confusion needs a doctor today."
            ),
        ),
        _step(
            3,
            QCoreApplication.translate("HelpNowPage", "Worrying, but it can wait a little"),
            QCoreApplication.translate(
                "HelpNowPage", "Things are hard, but everyone is safe for now."
            ),
            QCoreApplication.translate(
                "HelpNowPage",
                "Call their doctor or care team in opening hours. "
                "Write down what happened in the diary, so you can tell them.",
            ),
        ),
    ]


def _step(number: int, title: str, when: str, action: str) -> QFrame:
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(6)
    heading = _label(f"{number}. {title}", selectable=False)
    heading.setProperty("role", "heading")
    do = _label(action)
    do.setStyleSheet("font-weight: 700;")
    layout.addWidget(heading)
    layout.addWidget(_label(when, selectable=False))
    layout.addWidget(do)
    card.setAccessibleName(
        QCoreApplication.translate("HelpNowPage", "Step {number}: {title}").format(
            number=number, title=title
        )
    )
    return card


def _line_card(settings: Settings, line: CrisisLine) -> QFrame:
    line = line.in_language(current_language())
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(4)
    name = _label(line.name, selectable=False)
    name.setProperty("role", "heading")
    number = _label(line.number)
    number.setStyleSheet(_size(settings, LINE_NUMBER_FACTOR, bold=True))
    number.setAccessibleName(f"{line.name}: {line.number}")
    layout.addWidget(name)
    layout.addWidget(number)
    others = [n for n in line.other_numbers if n]
    if others:
        layout.addWidget(
            _label(
                QCoreApplication.translate("HelpNowPage", "Also: {numbers}").format(
                    numbers=", ".join(others)
                )
            )
        )
    # Lines like "Text SHOUT to 85258" already say how to text in the number itself.
    if line.text_number and line.text_number not in line.number:
        layout.addWidget(
            _label(
                QCoreApplication.translate("HelpNowPage", "You can also text {number}.").format(
                    number=line.text_number
                )
            )
        )
    elif line.text_number and line.number.startswith(line.text_number):
        layout.addWidget(
            _label(
                QCoreApplication.translate("HelpNowPage", "You can call or text {number}.").format(
                    number=line.text_number
                )
            )
        )
    if line.hours:
        layout.addWidget(_label(line.hours, selectable=False, muted=True))
    if line.description:
        layout.addWidget(_label(line.description, selectable=False, muted=True))
    if line.languages:
        # Each language named in its own words: "English, español".
        names = ", ".join(QLocale(code).nativeLanguageName() for code in line.languages)
        spoken = QCoreApplication.translate("HelpNowPage", "Languages: {names}").format(names=names)
        layout.addWidget(_label(spoken, selectable=False, muted=True))
    return card


def _place(name: str) -> str:
    """ "the United Kingdom", but "Spain" (country names are core text, translated there)."""
    return (
        QCoreApplication.translate("HelpNowPage", "the {country}").format(country=core_text(name))
        if name.startswith("United ")
        else core_text(name)
    )


def _heading(text: str) -> QLabel:
    label = _label(text, selectable=False)
    label.setProperty("role", "heading")
    return label


def _label(text: str, *, selectable: bool = True, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        # Numbers can be selected and copied (with the keyboard too) to dial from a computer.
        label.setTextInteractionFlags(SELECTABLE)
    if muted:
        label.setProperty("role", "muted")
    return label


def _size(settings: Settings, factor: float, *, bold: bool = False) -> str:
    """A size from the theme's own scale, so it follows the text-size setting."""
    weight = " font-weight: 700;" if bold else ""
    return f"font-size: {point_size(settings, factor)}pt;{weight}"


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from view now; deleted once control returns to Qt
            widget.deleteLater()
