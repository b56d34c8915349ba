"""Render the safety banner, card suggestions and "ideas we tried" offscreen, to look at them.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screens_safety.py [out_dir]``

Uses a throwaway encrypted diary in a temp folder (never the real one) and saves PNGs
of the entry editor (a distress episode with the banner, suggestions and two cards
tried) and of the Today page (banner and suggestions while writing, and the banner
kept after saving) at 100 % and 200 % text and in high contrast, to
/tmp/kindred-screens/safety/ by default.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from caregiver_app.domain.entries import CardOutcome, EntryKind
from caregiver_app.settings import Settings
from tools.screens_pages import _demo_store
from ui.background import SyncRunner
from ui.dialogs.entry_editor import EntryEditor
from ui.pages.today import QuickText, TodayPage
from ui.session import Session
from ui.theme import apply_theme
from ui.widgets.card_suggestions import CardSuggestions
from ui.widgets.safety_banner import SafetyBanner

EDITOR_SIZE = (960, 900)
PAGE_SIZE = (1100, 900)
RISKY = "He said he wants to die and has been giving his things away."
EPISODE = "Upset every evening after tea and wants to go home."
DENIED = "I asked him gently and he said he does not want to die."


def _save(widget: QWidget, size: tuple[int, int], path: Path) -> None:
    """What fits in the window, and the whole scrolled content as ``*-full.png``."""
    widget.resize(*size)
    widget.show()
    _settle()
    widget.grab().save(str(path))
    scroll = widget.findChild(QScrollArea)
    content = scroll.widget() if scroll is not None else None
    if content is not None:
        width = content.width()
        content.resize(width, max(content.height(), content.heightForWidth(width)))
        _settle()
        content.grab().save(str(path.with_name(path.stem + "-full.png")))
    print(path)


def _settle() -> None:
    """Let every pending layout pass run (a refresh of "Today so far" queues more)."""
    for _ in range(6):
        QApplication.processEvents()


def _editor(session: Session, out: Path, look: str, size: tuple[int, int]) -> None:
    editor = EntryEditor(session, None)
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.DISTRESS_EPISODE))
    editor.text.setPlainText(f"{EPISODE} {RISKY}")
    editor.before.setPlainText("The light was going; the TV was loud.")
    editor.tried.setPlainText("Turned the TV off, sat with him, put the big lamp on.")
    # Sundowning is left for the suggestion line, to show its "+ We tried this".
    editor.cards_tried.add_card("i-want-to-go-home").set_outcome(CardOutcome.HELPED)
    editor.cards_tried.add_card("repeating-questions")
    editor.suggestions.refresh()
    editor.safety.refresh()
    _save(editor, size, out / f"editor-{look}.png")
    editor.close()

    saved = EntryEditor(session, None)
    saved.text.setPlainText(DENIED)
    saved.save()  # the banner appears on saving: the dialog stays open to show it
    _save(saved, size, out / f"editor-saved-{look}.png")
    saved.close()


def _today(session: Session, out: Path, look: str, size: tuple[int, int]) -> None:
    page = TodayPage(session, lambda: None)
    box = page.findChild(QuickText)
    assert box is not None
    box.setPlainText(f"{EPISODE} {RISKY}")
    for line in page.findChildren(CardSuggestions):
        line.refresh()  # what a pause in typing does
    for banner in page.findChildren(SafetyBanner):
        banner.refresh()
    _save(page, size, out / f"today-{look}.png")
    QTest.keyClick(box, Qt.Key.Key_Return)  # saved; the banner stays to be read
    _save(page, size, out / f"today-after-save-{look}.png")
    page.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kindred-screens/safety")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        paths, vault, store = _demo_store(Path(tmp) / "store")
        looks = {
            "100": Settings(country="GB", theme="light"),
            "200": Settings(country="GB", theme="light", text_scale=200),
            "contrast": Settings(country="US", high_contrast=True, text_scale=200),
        }
        for look, settings in looks.items():
            apply_theme(app, settings)
            session = Session(paths, vault, settings, SyncRunner(), save_settings_to_disk=False)
            session.attach(store)
            big = settings.text_scale > 100
            _editor(session, out, look, (1300, 1000) if big else EDITOR_SIZE)
            _today(session, out, look, (1300, 1000) if big else PAGE_SIZE)
        store.close()


if __name__ == "__main__":
    main()
