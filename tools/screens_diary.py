"""Screenshots of the diary page and the editor at 100 % and 200 % text, for looking at."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from caregiver_app.paths import StorePaths
from caregiver_app.settings import Settings
from caregiver_app.storage.secrets import KeyringVault
from tools.sample_diary import build
from ui.background import SyncRunner
from ui.dialogs.entry_editor import EntryEditor
from ui.pages.diary import DiaryPage
from ui.session import Session
from ui.theme import apply_theme


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store, ann, _ = build()
    for scale, theme in ((100, "light"), (200, "light"), (100, "dark")):
        settings = Settings(text_scale=scale, current_writer_id=ann, theme=theme)
        apply_theme(app, settings)  # type: ignore[arg-type]
        session = Session(
            StorePaths(store.paths.folder),
            KeyringVault(),
            settings,
            SyncRunner(),
            save_settings_to_disk=False,
        )
        session.attach(store)
        page = DiaryPage(session)
        page.resize(1100, 760)
        page.show()
        app.processEvents()
        page.grab().save(str(out / f"diary-{theme}-{scale}.png"))
        page.timeline.setCurrentIndex(page.model.index(1))
        page.search.setText("home")
        page.apply_filters()
        app.processEvents()
        page.grab().save(str(out / f"diary-search-{theme}-{scale}.png"))
        editor = EntryEditor(session, page.model.entry(0))
        editor.resize(editor.minimumWidth(), 900)
        editor.show()
        app.processEvents()
        editor.grab().save(str(out / f"editor-{theme}-{scale}.png"))
        editor.close()
        page.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kindred-screens"))
