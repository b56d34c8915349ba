"""An honest placeholder for parts of Kindred that are not built yet.

Better to say plainly what will be here than to show an empty screen or a button
that does nothing: tired people should not wonder whether they broke something.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

REASSURANCE = QT_TRANSLATE_NOOP(
    "ComingSoonPage",
    "This part of Kindred is still being built. "
    "Everything you write in the diary is kept safe in the meantime.",
)


class ComingSoonPage(QWidget):
    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        # ``title`` is the page's English key from the main window's list.
        title = QCoreApplication.translate("MainWindow", title)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        soon = QLabel(self.tr("Coming soon"))
        soon.setProperty("role", "heading")
        what = QLabel(text)
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        reassurance = self.tr(REASSURANCE)
        note = QLabel(reassurance)
        note.setProperty("role", "muted")
        note.setWordWrap(True)

        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.setSpacing(12)
        card_layout.addWidget(soon)
        card_layout.addWidget(what)
        card_layout.addWidget(note)
        card.setAccessibleName(self.tr("{page}: coming soon").format(page=title))
        card.setAccessibleDescription(f"{text} {reassurance}")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(card)
        layout.addStretch(1)
