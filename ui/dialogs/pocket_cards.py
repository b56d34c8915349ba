"""Print pocket cards: tick the cards, choose two or four a page, save a PDF.

The PDF is made by the Qt-free ``caregiver_app.reports.pocket_cards`` on a
worker thread. Where to save is asked through an injectable function, so tests
(and a future "print directly") can answer without a file dialog.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.guidance import Card, lines_for_country
from caregiver_app.reports.pocket_cards import render_pocket_cards
from ui.models.card_list_model import CardChoiceModel
from ui.plural import counted
from ui.session import Session
from ui.theme import colours_for

# (parent, suggested path) -> the chosen path, or None if the person cancelled.
PathChooser = Callable[[QWidget, Path], Path | None]

log = logging.getLogger(__name__)

NOTHING_TICKED = QT_TRANSLATE_NOOP("PocketCardsDialog", "Please tick at least one card to print.")
DEFAULT_NAME = QT_TRANSLATE_NOOP("PocketCardsDialog", "Kindred pocket cards.pdf")


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("pocket_cards", "Save pocket cards"),
        str(suggested),
        QCoreApplication.translate("pocket_cards", "PDF document (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class PocketCardsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        cards: Sequence[Card],
        ticked: Iterable[str],
        choose_path: PathChooser = ask_pdf_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._choose_path = choose_path
        self.saved_path: Path | None = None
        self.model = CardChoiceModel(cards, ticked)
        self.setWindowTitle(self.tr("Print pocket cards"))
        self._build()
        self._connect_signals()
        self._show_count()
        self._show_first_ticked()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Tick the cards you want. Each card is printed in a box to cut out, "
                "for a bag, a wallet or the fridge door."
            )
        )
        intro.setWordWrap(True)
        self.cards_view = QListView()
        self.cards_view.setModel(self.model)
        self.cards_view.setAccessibleName(self.tr("Cards to print"))
        self.cards_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        lines = self.fontMetrics().lineSpacing()
        self.cards_view.setMinimumHeight(lines * 7)
        self._style_ticks()
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.untick_all = QPushButton(self.tr("Untick all"))
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)
        ticks.addStretch(1)
        self.two_a_page = QRadioButton(self.tr("2 cards a page (largest print)"))
        self.four_a_page = QRadioButton(self.tr("4 cards a page (pocket size)"))
        self.four_a_page.setChecked(True)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("font-weight: 700;")
        self.problem.hide()
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.cards_view, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.two_a_page)
        layout.addWidget(self.four_a_page)
        layout.addWidget(self.count_label)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        # Room for titles and a good part of the list, whatever the text size.
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 64, metrics.lineSpacing() * 26)

    def _style_ticks(self) -> None:
        """Tick boxes as large as the text, in the theme's colours (lists don't get them)."""
        settings = self._session.settings
        c = colours_for(settings)
        box = round(18 * settings.text_scale / 100)
        tick = resources.files("resources") / "icons" / f"check-{c.check_glyphs}.svg"
        self.cards_view.setStyleSheet(
            f"QListView::item {{ padding: 4px; }}"
            f"QListView::indicator {{ width: {box}px; height: {box}px;"
            f" border: 2px solid {c.muted}; border-radius: 4px; background: {c.surface}; }}"
            f"QListView::indicator:checked {{ background: {c.accent}; border-color: {c.accent};"
            f" image: url({str(tick).replace(chr(92), '/')}); }}"
        )

    def _connect_signals(self) -> None:
        self.model.dataChanged.connect(lambda *_: self._show_count())
        self.two_a_page.toggled.connect(lambda _: self._show_count())
        self.tick_all.clicked.connect(lambda: self.model.set_all(True))
        self.untick_all.clicked.connect(lambda: self.model.set_all(False))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _show_first_ticked(self) -> None:
        """Open with the first ticked card in view, so the person sees what will print."""
        ticked = self.model.ticked()
        if not ticked:
            return
        row = next(n for n in range(self.model.rowCount()) if self.model.card(n) == ticked[0])
        index = self.model.index(row)
        self.cards_view.setCurrentIndex(index)
        self.cards_view.scrollTo(index, QListView.ScrollHint.PositionAtCenter)

    @property
    def per_page(self) -> int:
        return 2 if self.two_a_page.isChecked() else 4

    def _show_count(self) -> None:
        count = len(self.model.ticked())
        pages = math.ceil(count / self.per_page)
        if count:
            # Two counts in one sentence: each is its own plural, then they are put together.
            cards = counted(self.tr("%n cards", "", count), "%n cards", count, "1 card")
            sheets = counted(self.tr("%n pages", "", pages), "%n pages", pages, "1 page")
            text = self.tr("{cards} ticked: {pages}.").format(cards=cards, pages=sheets)
        else:
            text = self.tr("No cards ticked yet.")
        self.count_label.setText(text)
        self.save_button.setEnabled(count > 0)

    def save(self) -> None:
        cards = self.model.ticked()
        if not cards:
            self._show_problem(self.tr(NOTHING_TICKED))
            return
        path = self._choose_path(self, _documents_folder() / self.tr(DEFAULT_NAME))
        if path is None:
            return
        settings = self._session.settings
        per_page = 2 if self.per_page == 2 else 4
        paper = "letter" if settings.paper_size == "letter" else "a4"
        country = lines_for_country(settings.country)
        self.save_button.setEnabled(False)
        self.problem.hide()
        self._session.runner.run(
            lambda: render_pocket_cards(
                cards, path, per_page=per_page, paper=paper, country_lines=country
            ),
            lambda _: self._saved(path),
            self._failed,
        )

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, OSError):
            self._show_problem(
                self.tr(
                    "The PDF could not be saved there. Please choose another folder, "
                    "or check that the disk is not full."
                )
            )
        else:
            log.error("pocket cards failed: %s", type(error).__name__)
            self._show_problem(self.tr("The pocket cards could not be made. Please try again."))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @classmethod
    def ask(
        cls,
        session: Session,
        cards: Sequence[Card],
        ticked: Iterable[str],
        choose_path: PathChooser = ask_pdf_path,
        parent: QWidget | None = None,
    ) -> Path | None:
        """Show the dialog; the saved PDF's path, or None if nothing was saved."""
        dialog = cls(session, cards, ticked, choose_path, parent)
        dialog.exec()
        return dialog.saved_path
