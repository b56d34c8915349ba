"""The Guidance page: find a card in your own words, read it, keep it, present or print it.

The page has two faces in one stack: the list (a big search box, sections and
favourites) and one card (``CardView``). Search runs as the person types, over
titles, card text and the words a worried carer might use, forgiving typos.

Favourites and recently viewed cards are kept in settings as card ids only.

Keys: Ctrl+F (through the main window) comes back to the search box; Enter opens
the chosen card; Backspace or Alt+Left goes back; F5 presents the card full screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.guidance import (
    Card,
    CardIndex,
    CardLibrary,
    Category,
    lines_for_country,
)
from caregiver_app.settings import MAX_RECENT_CARDS, Settings
from ui.dialogs.pocket_cards import PathChooser, PocketCardsDialog, ask_pdf_path
from ui.dialogs.presentation import PresentationWindow
from ui.guidance_access import guidance
from ui.models.card_list_model import CardListModel, CardRow
from ui.plural import counted
from ui.session import Session
from ui.theme import colours_for, point_size
from ui.widgets.card_row import CardRowDelegate
from ui.widgets.card_view import CardView
from ui.widgets.flow_layout import FlowLayout

ALL = "all"
FAVOURITES = "favourites"
RECENT = "recent"
# Texts below are translated where shown, in the "GuidancePage" context.
FAVOURITES_HEADING = QT_TRANSLATE_NOOP("GuidancePage", "Your favourites")
RECENT_HEADING = QT_TRANSLATE_NOOP("GuidancePage", "Recently viewed")
RECENT_IN_OVERVIEW = 4
SEARCH_LIMIT = 12
SEARCH_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "GuidancePage", "What is happening? For example: he won't stop shouting"
)
NO_FAVOURITES = QT_TRANSLATE_NOOP(
    "GuidancePage",
    "No favourites yet. Open a card and choose “Add to favourites” to keep it here.",
)
NO_RECENT = QT_TRANSLATE_NOOP(
    "GuidancePage", "Cards you open will be listed here, so you can find them again."
)


def no_match_text(query: str) -> str:
    return QCoreApplication.translate(
        "GuidancePage",
        "No card matches “{query}” yet. Try other words, like “angry”, “confused” or "
        "“can't sleep”. If someone may be in danger, press “I need help now” at the top.",
    ).format(query=query)


class GuidancePage(QWidget):
    status = Signal(str)  # a short message for the window's status bar

    def __init__(
        self,
        session: Session,
        library: CardLibrary | None = None,
        index: CardIndex | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        choose_pdf_path: PathChooser = ask_pdf_path,
    ) -> None:
        super().__init__()
        self._session = session
        # The cards in the family's language (the page is built again when it changes),
        # shared with the rest of the app so they are read and indexed once.
        shared = guidance() if library is None else None
        self._library = shared.library if shared is not None else library
        assert self._library is not None
        if index is None:
            index = shared.index if shared is not None else CardIndex(self._library.cards)
        self._index = index
        self._choose_pdf_path = choose_pdf_path
        self._history: list[str] = []  # cards to go back to, oldest first
        self.presentation: PresentationWindow | None = None
        self._focus_before_presenting: QWidget | None = None
        self._build(open_url)
        self._connect_signals()
        self._refresh()

    # --- layout -----------------------------------------------------------------------

    def _build(self, open_url: Callable[[QUrl], object]) -> None:
        settings = self._session.settings
        title = QLabel(self.tr("Guidance"))
        title.setProperty("role", "title")
        self.print_button = QPushButton(self.tr("Print pocket cards…"))
        self.print_button.setToolTip(
            self.tr("Print cards large, two or four to a page, to cut out")
        )
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.print_button)
        intro = QLabel(
            self.tr(
                "Short, kind ideas for hard moments. Type what is happening, in your own words."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("CardSearch")
        self.search.setPlaceholderText(self.tr(SEARCH_PLACEHOLDER))
        self.search.setAccessibleName(self.tr("Search the guidance cards"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)

        self.sections = QButtonGroup(self)
        self.sections.setExclusive(True)
        self.chips = chips = QWidget()
        flow = FlowLayout(chips, spacing=8)
        choices = [(ALL, self.tr("All cards"))]
        choices += [(category.value, category.label) for category in Category]
        choices += [
            (FAVOURITES, self.tr("★ Favourites")),
            (RECENT, self.tr("Recently viewed")),
        ]
        self._section_buttons: dict[str, QPushButton] = {}
        for key, label in choices:
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("section", key)
            button.setAccessibleName(self.tr("Show {section}").format(section=label.lstrip("★ ")))
            self.sections.addButton(button)
            self._section_buttons[key] = button
            flow.addWidget(button)
        self._section_buttons[ALL].setChecked(True)

        self.count_label = QLabel()
        self.count_label.setObjectName("CardCount")
        self.count_label.setWordWrap(True)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = CardListModel()
        self.model.set_favourites(settings.favourite_cards)
        self.delegate = CardRowDelegate(colours_for(settings), self)
        self.results = QListView()
        self.results.setObjectName("CardResults")
        self.results.setAccessibleName(self.tr("Guidance cards"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(self.delegate)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setWordWrap(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.browse = QWidget()
        layout = QVBoxLayout(self.browse)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(chips)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)  # takes the room when there are no results to show

        self.card_view = CardView(self._session, self._library, open_url)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.browse)
        self.stack.addWidget(self.card_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._style(settings)

    def _style(self, settings: Settings) -> None:
        colours = colours_for(settings)
        self.delegate.set_colours(colours)
        self.search.setStyleSheet(f"font-size: {point_size(settings, 1.35)}pt; padding: 10px;")
        # The section shown is filled: a change of lightness, not of hue alone.
        self.chips.setStyleSheet(
            f"QPushButton:checked {{ background: {colours.accent}; color: {colours.accent_text};"
            f" border-color: {colours.accent}; }}"
        )
        self.results.setStyleSheet(
            f"QListView#CardResults {{ background: {colours.window}; border: none; }}"
        )

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _: self._refresh())
        self.search.returnPressed.connect(self._open_chosen)
        self.sections.buttonClicked.connect(lambda _: self._refresh())
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.print_button.clicked.connect(self.print_pocket_cards)
        self.card_view.open_card.connect(self.show_card)
        self.card_view.back_requested.connect(self.go_back)
        self.card_view.present_requested.connect(self.present)
        self.card_view.print_requested.connect(self.print_pocket_cards)
        self._session.settings_changed.connect(self._on_settings_changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot, parent in (
            ("Backspace", self.go_back, self.card_view),
            ("Alt+Left", self.go_back, self),
            ("F5", self.present, self),
        ):
            shortcut = QShortcut(QKeySequence(keys), parent)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # --- the list ----------------------------------------------------------------------

    def current_section(self) -> str:
        checked = self.sections.checkedButton()
        return str(checked.property("section")) if checked is not None else ALL

    def _refresh(self) -> None:
        query = self.search.text().strip()
        settings = self._session.settings
        if query:
            hits = self._index.search(query, limit=SEARCH_LIMIT)
            rows = [CardRow(hit.card) for hit in hits]
            if rows:
                source = "%n cards may help, best first (searching all cards)."
                self.count_label.setText(
                    counted(
                        self.tr(
                            "%n cards may help, best first (searching all cards).", "", len(rows)
                        ),
                        source,
                        len(rows),
                        "1 card may help, best first (searching all cards).",
                    )
                )
            else:
                self.count_label.setText(no_match_text(query))
        else:
            section = self.current_section()
            rows = self._section_rows(section, settings)
            distinct = len({row.card.id for row in rows})
            self.count_label.setText(self._section_text(section, distinct))
        self.model.set_rows(rows)
        if rows:
            self.results.setCurrentIndex(self.model.index(0))
        self.results.setVisible(bool(rows))

    def _section_rows(self, section: str, settings: Settings) -> list[CardRow]:
        favourites = self._cards(settings.favourite_cards)
        recent = self._cards(settings.recent_cards)
        if section == FAVOURITES:
            return [CardRow(card, self.tr(FAVOURITES_HEADING)) for card in favourites]
        if section == RECENT:
            return [CardRow(card, self.tr(RECENT_HEADING)) for card in recent]
        if section != ALL:
            category = Category(section)
            return [CardRow(c, category.label) for c in self._library.in_category(category)]
        # Crisis cards first: they are what someone opens the page for in a hurry.
        rows = [
            CardRow(c, Category.CRISIS.label) for c in self._library.in_category(Category.CRISIS)
        ]
        rows += [CardRow(card, self.tr(FAVOURITES_HEADING)) for card in favourites]
        rows += [CardRow(card, self.tr(RECENT_HEADING)) for card in recent[:RECENT_IN_OVERVIEW]]
        for category in Category:
            if category is not Category.CRISIS:
                rows += [CardRow(c, category.label) for c in self._library.in_category(category)]
        return rows

    def _section_text(self, section: str, count: int) -> str:
        if section == FAVOURITES and not count:
            return self.tr(NO_FAVOURITES)
        if section == RECENT and not count:
            return self.tr(NO_RECENT)
        return counted(self.tr("%n cards", "", count), "%n cards", count, "1 card")

    def _cards(self, card_ids: tuple[str, ...]) -> list[Card]:
        found = (self._library.get(card_id) for card_id in card_ids)
        return [card for card in found if card is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box moves into the results, as in a browser's address bar.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0))
                return True
        return super().eventFilter(watched, event)

    def _open_chosen(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        card = self.model.card(index.row())
        if card is not None:
            self.show_card(card.id)

    # --- one card ----------------------------------------------------------------------

    @property
    def shown_card(self) -> Card | None:
        """The card on screen, or None while the list is showing."""
        return self.card_view.card if self.stack.currentWidget() is self.card_view else None

    def show_card(self, card_id: str) -> bool:
        """Open ``card_id``; False if there is no such card."""
        card = self._library.get(card_id)
        if card is None:
            return False
        current = self.shown_card
        if current is not None and current.id == card_id:
            return True
        if current is not None:
            self._history.append(current.id)
        self._open(card)
        return True

    def _open(self, card: Card) -> None:
        self.card_view.show_card(card)
        self.stack.setCurrentWidget(self.card_view)
        self.card_view.scroll.setFocus()
        recent = self._session.settings.recent_cards
        updated = (card.id, *(other for other in recent if other != card.id))
        self._session.update_settings(recent_cards=updated[:MAX_RECENT_CARDS])

    def go_back(self) -> None:
        """Back to the card before, or to the list."""
        if self.shown_card is None:
            return
        while self._history:
            card = self._library.get(self._history.pop())
            if card is not None:
                self._open(card)
                return
        left = self.card_view.card
        self.stack.setCurrentWidget(self.browse)
        row = self.model.row_of(left.id) if left is not None else -1
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row))
        if self.model.rowCount():
            self.results.setFocus()
        else:
            self.search.setFocus()

    def focus_search(self) -> None:
        self._history.clear()
        self.stack.setCurrentWidget(self.browse)
        self.search.setFocus()
        self.search.selectAll()

    # --- presenting and printing ---------------------------------------------------------

    def _chosen_card(self) -> Card | None:
        if self.shown_card is not None:
            return self.shown_card
        return self.model.card(self.results.currentIndex().row())

    def present(self) -> None:
        """Show the chosen card full screen, for a room (Esc comes back here)."""
        card = self._chosen_card()
        if card is None or self.presentation is not None:
            return
        # One presentation mode: a card on the wall puts the whole app in it (large
        # text, high contrast, private entries hidden), and it stays on after Esc
        # until the presenter leaves it, so the room never sees a private entry.
        self._session.set_presenting(True)
        settings = self._session.settings
        country = lines_for_country(settings.country)
        self._focus_before_presenting = QApplication.focusWidget()
        # Owned by the main window, not this page: if the diary locks while a group is
        # watching, the page goes but the card stays on the wall (it shows no diary data).
        window = PresentationWindow(self._library.cards, card.id, settings, country, self.window())
        window.closed.connect(self._presentation_closed)
        self.presentation = window
        window.present()

    def _presentation_closed(self, _card_id: str) -> None:
        self.presentation = None
        self.window().activateWindow()
        focus = self._focus_before_presenting
        if focus is not None and focus.isVisible():
            focus.setFocus()

    def print_pocket_cards(self) -> None:
        shown = self.shown_card
        if shown is not None:
            ticked: tuple[str, ...] = (shown.id,)
        else:
            chosen = self._chosen_card()
            ticked = self._session.settings.favourite_cards or ((chosen.id,) if chosen else ())
        path = PocketCardsDialog.ask(
            self._session, self._library.cards, ticked, self._choose_pdf_path, self
        )
        if path is not None:
            self.status.emit(self.tr("Pocket cards saved to {path}.").format(path=path))

    # --- settings -------------------------------------------------------------------------

    def _on_settings_changed(self, settings: Settings) -> None:
        self._style(settings)
        self.model.set_favourites(settings.favourite_cards)
        if self.search.text().strip():
            return  # search results do not depend on favourites or recent cards
        chosen = self.model.card(self.results.currentIndex().row())
        self._refresh()
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row))
