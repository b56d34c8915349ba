"""``kindred --self-check``: does this installation of Kindred work, end to end?

Run by ``make dist-check`` on the frozen app, and useful to support staff on a
family's computer. It never touches the family's diary or settings, and only asks
which keyring the computer has (it never reads or writes one): it makes a throwaway
encrypted diary in a temporary folder (with a key kept only in
memory, as the demo does), writes an entry, closes it, opens it again and reads
the entry back, renders a one-page "About me" report, removes everything and says
in a few plain lines what worked. Exit code 0 when all went well, 1 otherwise. No
safe keyring is not a failure (Kindred then asks for a passphrase): it is a note.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from caregiver_app import __version__
from caregiver_app.demo import _InMemoryKeyring
from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import EntryDraft
from caregiver_app.i18n import _
from caregiver_app.paths import StorePaths
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import create_store, open_store

# Words that no real diary holds, so a check that reads them back proves the round trip.
CHECK_TEXT = "Kindred self-check entry: written, closed, opened and read back."

_T = TypeVar("_T")


class SelfCheckFailed(Exception):
    """One step did not work; ``step`` says which, in plain words."""

    def __init__(self, step: str) -> None:
        super().__init__(step)
        self.step = step


def _step(step: str, action: Callable[[], _T]) -> _T:
    try:
        return action()
    except SelfCheckFailed:
        raise
    except Exception as exc:
        # The kind of error helps support; its message might hold a path, so it stays out.
        raise SelfCheckFailed(f"{step} ({type(exc).__name__})") from exc


def _pdf_pages(pdf: bytes) -> int:
    # reportlab writes each page object as an uncompressed "/Type /Page" dictionary.
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def check(folder: Path) -> list[str]:
    """Run every step in ``folder`` (which must be empty); return what worked."""
    from caregiver_app.reports.profile_sheet import build_profile_sheet
    from caregiver_app.services.circle_service import CircleService
    from caregiver_app.services.diary_service import DiaryService
    from caregiver_app.services.report_data import gather_profile

    done: list[str] = []
    paths = StorePaths(folder / "store")
    vault = KeyringVault(_InMemoryKeyring())
    created = _step(
        _("make an encrypted diary"),
        lambda: create_store(paths, vault=vault, cost=KdfCost(n=2**10), take_lock=True),
    )
    store = created.store
    try:
        circle = _step(
            _("start a care circle"),
            lambda: CircleService(store).create(
                PersonProfile(name="Self Check"),
                CaregiverDraft(name="Kindred", relationship="", role=Role.PRIMARY),
            ),
        )
        writer = circle.caregivers[0].id
        entry = _step(
            _("write an entry"),
            lambda: DiaryService(store).add(writer, EntryDraft(text=CHECK_TEXT)),
        )
        done.append(_("made an encrypted diary and wrote an entry"))
    finally:
        store.close()

    store = _step(_("open the diary again"), lambda: open_store(paths, vault=vault))
    try:
        read = _step(_("read the entry back"), lambda: DiaryService(store).get(entry.id, writer))
        if read.text != CHECK_TEXT:
            raise SelfCheckFailed(_("read the entry back (the words were different)"))
        done.append(_("opened it again and read the entry back"))
        data = _step(_("gather a report"), lambda: gather_profile(store, writer))
    finally:
        store.close()

    pdf = _step(_("render a report"), lambda: build_profile_sheet(data))
    pages = _pdf_pages(pdf)
    if not pdf.startswith(b"%PDF") or pages != 1:
        raise SelfCheckFailed(
            _("render a one-page report (it had {pages} pages)").format(pages=pages)
        )
    done.append(_("rendered a one-page report ({size} KB)").format(size=len(pdf) // 1024))
    return done


def keyring_note(vault: KeyringVault) -> str:
    """Which keyring Kindred would keep the key in here (bounded: a keyring may hang)."""
    if vault.is_secure():
        return _("OK: the computer's keyring can keep the diary's key.")
    return _(
        "Note: this computer has no safe keyring, so Kindred will ask for a passphrase "
        "to protect the diary."
    )


def run(out: TextIO | None = None, vault: KeyringVault | None = None) -> int:
    """The whole self-check, with its own temporary folder; prints a short summary."""
    out = out or sys.stdout
    print(_("Kindred {version} self-check").format(version=__version__), file=out)
    folder = Path(tempfile.mkdtemp(prefix="kindred-self-check-"))
    try:
        done = check(folder)
    except SelfCheckFailed as failed:
        print(_("Problem: Kindred could not {step}.").format(step=failed.step), file=out)
        print(_("Kindred may not be installed completely. Please install it again."), file=out)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for line in done:
        print(_("OK: {what}").format(what=line), file=out)
    print(keyring_note(vault or KeyringVault()), file=out)
    if folder.exists():
        print(_("Problem: the temporary folder could not be removed."), file=out)
        return 1
    print(_("OK: removed the temporary diary. Everything works."), file=out)
    return 0
