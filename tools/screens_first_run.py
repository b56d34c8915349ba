"""Screenshots of the first-run wizard, the unlock dialog and the lock screen.

Renders every step offscreen at 100 % and 200 % text into /tmp/kindred-screens/
(or the folder given as the first argument), so a person can look at them:

    .venv/bin/python -m tools.screens_first_run
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.paths import StorePaths
from caregiver_app.settings import Settings
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import KeyringVault
from ui.background import SyncRunner
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.unlock import UnlockDialog
from ui.pages.lock_screen import LockScreen
from ui.session import Session
from ui.theme import apply_theme

CHEAP = KdfCost(n=2**10, r=8, p=1)  # screenshots, not security
PASSPHRASE = "a calm cup of tea"


class _MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def _grab(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))


def _wizard_screens(out: Path, scale: int, work: Path) -> None:
    vault = KeyringVault(_MemoryKeyring())
    wizard = FirstRunWizard(
        StorePaths(work / f"wizard-{scale}"), vault, cost=CHEAP, confirm=lambda *_: True
    )
    wizard.show()
    _grab(wizard, out, f"{scale}-1-welcome")
    wizard.next()
    wizard.next()  # nothing typed: shows the kind message
    _grab(wizard, out, f"{scale}-2-person-missing")
    wizard.person_page.name.setText("Margaret Okafor")
    wizard.person_page.preferred.setText("Maggie")
    _grab(wizard, out, f"{scale}-2-person")
    wizard.next()
    wizard.you_page.name.setText("Ann Okafor")
    wizard.you_page.relationship.setText("daughter")
    _grab(wizard, out, f"{scale}-3-you")
    wizard.next()
    _grab(wizard, out, f"{scale}-4-protection")
    wizard.protection_page.also_passphrase.setChecked(True)
    wizard.protection_page.passphrase.setText("short")
    wizard.next()
    _grab(wizard, out, f"{scale}-4-protection-passphrase-short")
    wizard.protection_page.passphrase.setText(PASSPHRASE)
    wizard.protection_page.confirm.setText(PASSPHRASE)
    wizard.next()
    _grab(wizard, out, f"{scale}-5-recovery")
    wizard.recovery_page.kept.setChecked(True)
    wizard.next()
    _grab(wizard, out, f"{scale}-6-country")
    wizard.accept()
    if wizard.outcome is not None:
        wizard.outcome.store.close()

    insecure = FirstRunWizard(
        StorePaths(work / f"insecure-{scale}"),
        KeyringVault(FailKeyring()),
        cost=CHEAP,
        confirm=lambda *_: True,
    )
    insecure.show()
    insecure.person_page.name.setText("Joan")
    insecure.you_page.name.setText("Sam")
    for _ in range(3):
        insecure.next()
    insecure.next()  # no passphrase yet: blocked with a message
    _grab(insecure, out, f"{scale}-4-protection-no-keyring")
    insecure.close()


def _lock_screens(out: Path, scale: int, work: Path) -> None:
    keyring = _MemoryKeyring()
    vault = KeyringVault(keyring)
    paths = StorePaths(work / f"wizard-{scale}")  # made by the wizard, has a passphrase
    session = Session(paths, vault, Settings(), SyncRunner(), save_settings_to_disk=False)
    screen = LockScreen(session)
    screen.resize(1100, 760)
    screen.show()
    _grab(screen, out, f"{scale}-7-lock-screen")
    screen.unlock_button.click()  # the key is not in this keyring: asks for the passphrase
    screen.form.passphrase_field.setText("not the passphrase")
    screen.form.try_open()
    _grab(screen, out, f"{scale}-7-lock-screen-wrong-passphrase")
    screen.form.switch_button.click()
    _grab(screen, out, f"{scale}-7-lock-screen-recovery-code")
    screen.close()

    dialog = UnlockDialog(paths, vault, "Your diary is locked.")
    dialog.show()
    dialog.form.passphrase_field.setText("wrong again")
    dialog.form.try_open()
    _grab(dialog, out, f"{scale}-8-unlock-dialog")
    dialog.reject()


def _side_by_side(out: Path) -> None:
    """One picture per screen: 100 % on the left, 200 % on the right."""
    for small in sorted(out.glob("100-*.png")):
        big = out / ("200-" + small.name[4:])
        left, right = QImage(str(small)), QImage(str(big))
        pair = QImage(
            left.width() + right.width() + 16,
            max(left.height(), right.height()),
            QImage.Format.Format_RGB32,
        )
        pair.fill(QColor("#888888"))
        painter = QPainter(pair)
        painter.drawImage(0, 0, left)
        painter.drawImage(left.width() + 16, 0, right)
        painter.end()
        pair.save(str(out / ("pair-" + small.name[4:])))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kindred-screens")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app starts
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        for scale in (100, 200):
            apply_theme(app, Settings(text_scale=scale, theme="light"))
            _wizard_screens(out, scale, Path(tmp))
            _lock_screens(out, scale, Path(tmp))
    _side_by_side(out)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
