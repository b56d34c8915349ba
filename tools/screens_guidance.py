"""Render the Guidance page, a card, presentation mode and pocket cards, to look at them.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screens_guidance.py [out_dir]``

Builds a throwaway encrypted diary with a demo family in a temp folder (never the
real one), then saves PNGs at 100 % and 200 % text and in high contrast to
/tmp/kindred-screens/guidance/ by default. The pocket-card PDFs are turned into
PNG pages with ``pdftoppm -png -r 60`` (poppler-utils) when it is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import CardOutcome, CardUse, EntryDraft, EntryKind
from caregiver_app.guidance import Card, lines_for_country, load_cards
from caregiver_app.paths import StorePaths
from caregiver_app.reports.pocket_cards import render_pocket_cards
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store
from ui.background import SyncRunner
from ui.dialogs.pocket_cards import PocketCardsDialog
from ui.dialogs.presentation import PresentationWindow
from ui.pages.guidance import GuidancePage
from ui.session import Session
from ui.theme import apply_theme

SIZE = (1100, 760)
PROJECTOR = (1920, 1080)
SMALL_PROJECTOR = (1280, 720)


class _MemoryKeyring(KeyringBackend):
    """Keeps the demo diary's key in memory: nothing touches the real keyring."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def _demo_store(folder: Path) -> tuple[StorePaths, KeyringVault, Store]:
    paths = StorePaths(folder)
    vault = KeyringVault(_MemoryKeyring())
    cost = KdfCost(n=2**10, r=8, p=1)
    store = create_store(paths, vault=vault, passphrase="demo only", cost=cost).store
    circles = CircleService(store)
    circles.create(
        PersonProfile(name="Margaret Okafor", preferred_name="Maggie"),
        CaregiverDraft(name="Ann Okafor", relationship="daughter", role=Role.PRIMARY),
    )
    raj = circles.add_caregiver(CaregiverDraft(name="Raj Okafor", relationship="son"))
    ann = circles.get().caregivers[0]
    diary = DiaryService(store)
    now = datetime.now().astimezone()
    episodes = [
        (ann.id, 9, CardOutcome.HELPED, "Lights on early and her favourite hymns. Settled by 6."),
        (raj.id, 4, CardOutcome.NOT_HELPED, ""),
        (ann.id, 1, CardOutcome.UNSURE, "A cup of tea together, maybe."),
    ]
    for author, days_ago, outcome, helped in episodes:
        diary.add(
            author,
            EntryDraft(
                "Restless and upset from about four o'clock.",
                kind=EntryKind.DISTRESS_EPISODE,
                happened_at=now - timedelta(days=days_ago),
                tried="Closed the curtains and put music on.",
                helped=helped,
                cards=(CardUse("sundowning", outcome),),
            ),
        )
    return paths, vault, store


def _save(widget: QWidget, path: Path, size: tuple[int, int] = SIZE) -> None:
    widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def _save_card_scrolled(page: GuidancePage, path: Path) -> None:
    """The card again, scrolled to its end: urgent help, family, sources."""
    bar = page.card_view.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    page.grab().save(str(path))
    bar.setValue(0)
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kindred-screens/guidance")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    library = load_cards()
    with tempfile.TemporaryDirectory() as tmp:
        paths, vault, store = _demo_store(Path(tmp) / "store")
        looks = {
            "100": Settings(country="GB", theme="light", favourite_cards=("panic-attack",)),
            "200": Settings(country="GB", theme="light", text_scale=200),
            "contrast": Settings(country="US", high_contrast=True, text_scale=150),
        }
        for look, settings in looks.items():
            apply_theme(app, settings)
            session = Session(paths, vault, settings, SyncRunner(), save_settings_to_disk=False)
            session.attach(store)
            page = GuidancePage(session, library)
            _save(page, out / f"page-{look}.png")
            page.search.setText("evenings she gets upset")
            _save(page, out / f"search-{look}.png")
            page.search.setText("zzqx")
            _save(page, out / f"nomatch-{look}.png")
            page.search.clear()
            page.show_card("sundowning")
            _save(page, out / f"card-{look}.png")
            _save_card_scrolled(page, out / f"card-end-{look}.png")
            for size in (PROJECTOR, SMALL_PROJECTOR):
                country = lines_for_country(settings.country)
                window = PresentationWindow(library.cards, "talk-of-suicide", settings, country)
                _save(window, out / f"present-{look}-{size[1]}.png", size)
                window.next_card()
                _save(window, out / f"present-next-{look}-{size[1]}.png", size)
                window.close()
            dialog = PocketCardsDialog(
                session, library.cards, settings.favourite_cards or ("sundowning",)
            )
            _save(dialog, out / f"pocket-dialog-{look}.png", (dialog.width(), dialog.height()))
            dialog.close()
            page.close()
        store.close()
    _pocket_cards(out, library.cards)


def _pocket_cards(out: Path, cards: Sequence[Card]) -> None:
    for per_page, paper, country in ((4, "a4", "GB"), (2, "letter", "US")):
        pdf = out / f"pocket-{per_page}-{paper}.pdf"
        render_pocket_cards(
            cards, pdf, per_page=per_page, paper=paper, country_lines=lines_for_country(country)
        )
        print(pdf)
        if shutil.which("pdftoppm"):
            prefix = out / f"pocket-{per_page}-{paper}"
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True)


if __name__ == "__main__":
    main()
