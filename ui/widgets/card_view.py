"""One guidance card, as a carer reads it on the Guidance page.

The card's own text comes first, then "get urgent help when…" with the local
numbers, related cards, what has helped before in this family (from diary
entries the reader may see), the sources and when the card was last checked.

Card text and diary text are escaped wherever they become rich text; the
family's entries are shown in plain-text labels.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.domain.entries import CardOutcome, Entry
from caregiver_app.guidance import Card, CardLibrary, Category, CountryLines, lines_for_country
from caregiver_app.i18n import format_date, weekday_name
from caregiver_app.settings import Settings
from ui.session import Session
from ui.theme import point_size
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.scrolling import scroll_into

# Translated where shown, in the "CardView" context (tests compare the English).
FAMILY_HEADING = QT_TRANSLATE_NOOP("CardView", "What has helped before in your family")
FAMILY_EMPTY = QT_TRANSLATE_NOOP(
    "CardView",
    "When you note in the diary that you tried these ideas, it will show here. "
    "It helps everyone see what works for them.",
)
FAMILY_LOADING = QT_TRANSLATE_NOOP("CardView", "Looking in the diary…")
FAMILY_FAILED = QT_TRANSLATE_NOOP(
    "CardView", "The diary could not be read just now. The card itself is all here."
)
NO_COUNTRY = QT_TRANSLATE_NOOP(
    "CardView", "Choose your country in Settings to see your local numbers here."
)
ADD_FAVOURITE = QT_TRANSLATE_NOOP("CardView", "☆ Add to favourites")
IS_FAVOURITE = QT_TRANSLATE_NOOP("CardView", "★ In your favourites")


UrlOpener = Callable[[QUrl], object]


def bullets_html(items: Sequence[str], *, quoted: bool = False) -> str:
    """A bulleted list of escaped card text (quoted for "things you can say")."""
    shown = [_quoted(item) if quoted else item for item in items]
    rows = "".join(f"<li style='margin-bottom:6px;'>{html.escape(item)}</li>" for item in shown)
    return f"<ul style='margin-left:0px; -qt-list-indent:1;'>{rows}</ul>"


def _quoted(text: str) -> str:
    text = text.strip()
    if text[:1] in "\"“'‘":
        return text
    return f"“{text}”"


def feels_heading(card: Card) -> str:
    if card.category is Category.CAREGIVER:
        return QCoreApplication.translate("CardView", "How it may feel for you")
    return QCoreApplication.translate("CardView", "What it may feel like for them")


def outcome_of(entry: Entry, card_id: str) -> CardOutcome | None:
    return next((use.outcome for use in entry.draft.cards if use.card_id == card_id), None)


def entry_day(entry: Entry) -> str:
    day = entry.happened_at.astimezone().date()
    return f"{weekday_name(day)} {format_date(day)}"  # in the app's language


class CardView(QWidget):
    """Shows one card; tells the page when the reader wants another card, or to go back."""

    open_card = Signal(str)  # a related card was chosen
    back_requested = Signal()
    present_requested = Signal()
    print_requested = Signal()

    def __init__(
        self,
        session: Session,
        library: CardLibrary,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__()
        self._session = session
        self._library = library
        self._open_url = open_url
        self._card: Card | None = None
        self._shown_with: tuple[str, int, bool] | None = None
        self._build()
        self._connect_signals()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back (Backspace or Alt+Left)"))
        self.favourite_button = QPushButton(self.tr(ADD_FAVOURITE))
        self.favourite_button.setCheckable(True)
        self.favourite_button.setAccessibleName(self.tr("Favourite"))
        self.present_button = QPushButton(self.tr("Present full screen"))
        self.present_button.setToolTip(self.tr("Show this card full screen, for a group (F5)"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print this card, or several, as pocket cards"))
        toolbar = QWidget()
        row = FlowLayout(toolbar)
        row.setContentsMargins(32, 16, 32, 4)
        for button in (
            self.back_button,
            self.favourite_button,
            self.present_button,
            self.print_button,
        ):
            row.addWidget(button)

        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(32, 12, 32, 28)
        self._layout.setSpacing(10)
        body = QWidget()
        self.scroll = scroll_into(body, self._content)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(toolbar)
        outer.addWidget(body, 1)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.present_button.clicked.connect(self.present_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.favourite_button.toggled.connect(self._on_favourite_toggled)
        self._session.settings_changed.connect(self._on_settings_changed)
        # Bound methods, not lambdas: Qt drops them when this view is deleted (on lock).
        self._session.data_changed.connect(self._on_data_changed)

    # --- showing a card ---------------------------------------------------------------

    @property
    def card(self) -> Card | None:
        return self._card

    def show_card(self, card: Card) -> None:
        self._card = card
        self._rebuild()
        self.scroll.verticalScrollBar().setValue(0)

    def _rebuild(self) -> None:
        card = self._card
        if card is None:
            return
        settings = self._session.settings
        self._shown_with = (settings.country, settings.text_scale, settings.high_contrast)
        _clear(self._layout)
        # Lines of about 80 characters at most: long lines are hard to follow.
        self._content.setMaximumWidth(self._content.fontMetrics().averageCharWidth() * 95 + 64)
        self._show_favourite(card.id in settings.favourite_cards)
        country = lines_for_country(settings.country)
        for widget in self._card_widgets(card, settings, country):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        self._load_family()

    def _card_widgets(self, card: Card, settings: Settings, country: CountryLines) -> list[QWidget]:
        category = _label(card.category.label, muted=True)
        title = _label(card.title, role="title")
        title.setObjectName("CardTitle")
        title.setAccessibleName(card.title)
        situation = _label(card.situation)
        situation.setObjectName("CardSituation")
        situation.setStyleSheet(f"font-size: {point_size(settings, 1.2)}pt; font-weight: 600;")
        widgets: list[QWidget] = [category, title, situation]
        widgets += [_heading(feels_heading(card)), _label(card.feels_like)]
        widgets += [_heading(self.tr("What helps")), _rich(bullets_html(card.helps))]
        widgets += [_heading(self.tr("What to avoid")), _rich(bullets_html(card.avoid))]
        widgets += [
            _heading(self.tr("Things you can say")),
            _rich(bullets_html(card.say, quoted=True)),
        ]
        widgets.append(self._urgent_box(card, settings, country))
        related = self._library.related_to(card)
        if related:
            widgets += [_heading(self.tr("Related cards")), self._related(related)]
        widgets.append(_heading(self.tr(FAMILY_HEADING)))
        self._family = QWidget()
        self._family.setObjectName("FamilyUses")
        self._family_layout = QVBoxLayout(self._family)
        self._family_layout.setContentsMargins(0, 0, 0, 0)
        self._family_layout.setSpacing(8)
        widgets.append(self._family)
        widgets += [_heading(self.tr("Sources")), *self._sources(card)]
        day = card.last_reviewed
        reviewed = _label(self.tr("Last reviewed {day}.").format(day=format_date(day)), muted=True)
        reviewed.setObjectName("LastReviewed")
        widgets.append(reviewed)
        return widgets

    def _urgent_box(self, card: Card, settings: Settings, country: CountryLines) -> QFrame:
        box = QFrame()
        box.setObjectName("UrgentHelp")
        box.setProperty("role", "banner")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 16, 24, 18)
        layout.setSpacing(6)
        layout.addWidget(_label(self.tr("Get urgent help when…"), role="heading"))
        layout.addWidget(_rich(bullets_html(card.urgent_help)))
        call = _label(country.emergency_text)
        call.setObjectName("EmergencyLine")
        call.setStyleSheet(f"font-size: {point_size(settings, 1.4)}pt; font-weight: 700;")
        layout.addWidget(call)
        for line in country.crisis_lines:
            text = f"{line.name}: {line.number}"
            if line.hours:
                text += f" ({line.hours})"
            layout.addWidget(_label(text))
        if not country.known and not settings.country:
            layout.addWidget(_label(self.tr(NO_COUNTRY), muted=True))
        return box

    def _related(self, related: Sequence[Card]) -> QWidget:
        holder = QWidget()
        holder.setObjectName("RelatedCards")
        flow = FlowLayout(holder)
        for other in related:
            button = QPushButton(f"→ {other.title}")
            button.setObjectName("RelatedCard")
            button.setProperty("cardId", other.id)
            button.setAccessibleName(self.tr("Open the card: {title}").format(title=other.title))
            button.setToolTip(other.situation)
            button.clicked.connect(lambda _=False, card_id=other.id: self.open_card.emit(card_id))
            flow.addWidget(button)
        return holder

    def _sources(self, card: Card) -> list[QLabel]:
        labels = []
        for source in card.sources:
            label = QLabel(
                f"<a href='{html.escape(source.url, quote=True)}'>{html.escape(source.title)}</a>"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setOpenExternalLinks(False)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setToolTip(source.url)
            label.setObjectName("Source")
            label.linkActivated.connect(self.open_source)
            labels.append(label)
        return labels

    def open_source(self, url: str) -> None:
        """Open a source in the browser (only the https addresses the card names)."""
        card = self._card
        if card is not None and any(source.url == url for source in card.sources):
            self._open_url(QUrl(url))

    # --- what has helped before ----------------------------------------------------------

    def _on_data_changed(self, _changes: object) -> None:
        self._load_family()

    def _load_family(self) -> None:
        card = self._card
        if card is None or not self._session.is_unlocked:
            return
        diary = self._session.services.diary
        viewer = self._session.writer.id
        card_id = card.id
        if self._family_layout.count() == 0:
            self._show_family_text(self.tr(FAMILY_LOADING))
        self._session.runner.run(
            lambda: diary.card_uses(card_id, viewer),
            lambda uses: self._show_family(card_id, uses),
            lambda _error: self._show_family_text(self.tr(FAMILY_FAILED), card_id),
        )

    def _show_family_text(self, text: str, card_id: str | None = None) -> None:
        if card_id is not None and (self._card is None or self._card.id != card_id):
            return
        _clear(self._family_layout)
        empty = _label(text, muted=True)
        empty.setObjectName("FamilyEmpty")
        self._family_layout.addWidget(empty)

    def _show_family(self, card_id: str, uses: Sequence[Entry]) -> None:
        if self._card is None or self._card.id != card_id:
            return  # the reader moved on while the diary was read
        if not uses:
            self._show_family_text(self.tr(FAMILY_EMPTY))
            return
        _clear(self._family_layout)
        for entry in uses:
            self._family_layout.addWidget(_family_entry(entry, card_id))

    # --- favourites and settings ---------------------------------------------------------

    def _show_favourite(self, favourite: bool) -> None:
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.blockSignals(False)
        self.favourite_button.setText(self.tr(IS_FAVOURITE if favourite else ADD_FAVOURITE))
        self.favourite_button.setAccessibleDescription(
            self.tr("This card is in your favourites")
            if favourite
            else self.tr("Keep this card in your favourites")
        )

    def _on_favourite_toggled(self, favourite: bool) -> None:
        card = self._card
        if card is None:
            return
        current = self._session.settings.favourite_cards
        kept = tuple(card_id for card_id in current if card_id != card.id)
        self._session.update_settings(favourite_cards=(*kept, card.id) if favourite else kept)

    def _on_settings_changed(self, settings: Settings) -> None:
        if self._card is None:
            return
        shown = (settings.country, settings.text_scale, settings.high_contrast)
        if shown != self._shown_with:
            self._rebuild()
        else:
            self._show_favourite(self._card.id in settings.favourite_cards)


def _family_entry(entry: Entry, card_id: str) -> QFrame:
    box = QFrame()
    box.setProperty("role", "card")
    box.setObjectName("FamilyUse")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(16, 10, 16, 12)
    layout.setSpacing(4)
    outcome = outcome_of(entry, card_id)
    parts = [entry_day(entry), entry.author_name]
    if outcome is not None:
        parts.append(outcome.label)
    if entry.is_private:
        parts.append(QCoreApplication.translate("CardView", "private: only you can see it"))
    header = _label(" · ".join(parts))
    header.setStyleSheet("font-weight: 700;")
    layout.addWidget(header)
    draft = entry.draft
    for name, value in (
        (QCoreApplication.translate("CardView", "What we tried"), draft.tried),
        (QCoreApplication.translate("CardView", "What helped"), draft.helped),
    ):
        if value.strip():
            layout.addWidget(
                _label(
                    QCoreApplication.translate("CardView", "{name}: {text}").format(
                        name=name, text=value.strip()
                    )
                )
            )
    return box


def _label(text: str, *, role: str | None = None, muted: bool = False) -> QLabel:
    """Plain text: card and diary words are never read as markup."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role is not None:
        label.setProperty("role", role)
    elif muted:
        label.setProperty("role", "muted")
    return label


def _heading(text: str) -> QLabel:
    label = _label(text, role="heading")
    label.setContentsMargins(0, 10, 0, 0)
    return label


def _rich(markup: str) -> QLabel:
    """Rich text built only by this module, from escaped text."""
    label = QLabel(markup)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
