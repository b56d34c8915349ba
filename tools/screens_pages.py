"""Render the Today, Settings, Help now and Coming soon pages offscreen, to look at them.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screens_pages.py [out_dir]``

Builds a throwaway encrypted diary with a small demo family in a temp folder (never
the real one), then saves PNGs at 100 % and 200 % text, light, dark and high contrast,
to /tmp/kindred-screens/pages/ by default.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import EntryDraft, EntryKind
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import Settings
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store
from ui.background import SyncRunner
from ui.pages.coming_soon import ComingSoonPage
from ui.pages.help_now import HelpNowPage
from ui.pages.settings_page import SettingsPage
from ui.pages.today import TodayPage
from ui.session import Session
from ui.theme import apply_theme

SIZE = (1100, 760)
GUIDANCE_SOON = (
    "Short, kind cards on what to say and do when someone is distressed, "
    "with help numbers one click away."
)


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
    store = create_store(
        paths, vault=vault, passphrase="demo only", cost=KdfCost(n=2**10, r=8, p=1)
    ).store
    circles = CircleService(store)
    circles.create(
        PersonProfile(name="Margaret Okafor", preferred_name="Maggie"),
        CaregiverDraft(name="Ann Okafor", relationship="daughter", role=Role.PRIMARY),
    )
    raj = circles.add_caregiver(CaregiverDraft(name="Raj Okafor", relationship="son"))
    circles.add_caregiver(CaregiverDraft(name="Dr Visitor", role=Role.VIEWER))
    ann = circles.get().caregivers[0]
    diary = DiaryService(store)
    now = datetime.now().astimezone()
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    samples = [
        (ann.id, "Slept well and ate all her porridge.", EntryKind.MEAL, 7, 1, 1),
        (
            raj.id,
            "Asked for her mother twice before lunch.\nSat with her.",
            EntryKind.OBSERVATION,
            None,
            4,
            2,
        ),
        (ann.id, "Took the morning tablets without fuss.", EntryKind.MEDICATION, None, None, 3),
    ]
    for author, text, kind, mood, distress, hours_after_midnight in samples:
        when = min(today + timedelta(hours=6 + hours_after_midnight), now)
        draft = EntryDraft(text, kind=kind, mood=mood, distress=distress, happened_at=when)
        diary.add(author, draft)
    return paths, vault, store


def _no_editor() -> None:
    """The full entry editor is not part of these screenshots."""


def _save(widget: QWidget, path: Path) -> None:
    """Save what fits in the window, and the whole scrolled page as ``*-full.png``."""
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    scroll = widget.findChild(QScrollArea)
    content = scroll.widget() if scroll is not None else None
    if content is not None:
        content.resize(SIZE[0], max(SIZE[1], content.heightForWidth(SIZE[0])))
        QApplication.processEvents()
        full = path.with_name(path.stem + "-full.png")
        content.grab().save(str(full))
    widget.close()
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kindred-screens/pages")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        paths, vault, store = _demo_store(Path(tmp) / "store")
        looks = {
            "100": Settings(country="GB", theme="light"),
            "200": Settings(country="GB", theme="light", text_scale=200),
            "dark": Settings(country="US", theme="dark"),
            "contrast": Settings(country="AU", high_contrast=True, text_scale=150),
        }
        for look, settings in looks.items():
            apply_theme(app, settings)
            session = Session(paths, vault, settings, SyncRunner(), save_settings_to_disk=False)
            session.attach(store)
            pages: dict[str, QWidget] = {
                "today": TodayPage(session, _no_editor),
                "settings": SettingsPage(session),
                "help": HelpNowPage(session),
                "soon": ComingSoonPage("Guidance", GUIDANCE_SOON),
            }
            for name, page in pages.items():
                _save(page, out / f"{name}-{look}.png")
            if look in {"100", "200"}:
                _extra_states(session, out, look)
        store.close()


def _extra_states(session: Session, out: Path, look: str) -> None:
    """The states a person meets after acting: a failed save, the add form, no country."""
    today = TodayPage(session, _no_editor)
    today._mood.slider.triggerAction(today._mood.slider.SliderAction.SliderSingleStepAdd)
    today._text.setPlainText("She was restless after tea")
    today._on_save_failed(ValueError("pretend the disk is full"))
    _save(today, out / f"today-problem-{look}.png")
    settings_page = SettingsPage(session)
    settings_page._open_add_form()
    settings_page._new_name.setText("Ann Okafor")
    settings_page._add_member()
    _save(settings_page, out / f"settings-add-{look}.png")
    session.update_settings(country="")
    _save(HelpNowPage(session), out / f"help-nocountry-{look}.png")
    session.update_settings(country="GB")


if __name__ == "__main__":
    main()
