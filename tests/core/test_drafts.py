"""Unsaved text survives a crash, encrypted, and is gone once saved or discarded."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from caregiver_app.storage.drafts import DraftBox
from tests.conftest import OpenStore


def test_a_draft_written_before_a_crash_is_there_at_the_next_start(opened: OpenStore) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        sys.path.insert(0, {str(Path.cwd())!r})
        from tests.support.keyrings import MemoryKeyring
        from caregiver_app.paths import StorePaths
        from caregiver_app.storage.secrets import KeyringVault
        from caregiver_app.storage.store import open_store
        keyring = MemoryKeyring()
        keyring.items.update({dict(opened.keyring.items)!r})
        store = open_store(StorePaths(Path({str(opened.paths.folder)!r})),
                           vault=KeyringVault(keyring), take_lock=False)
        store.drafts.save("new-entry", {{"text": "Half a sentence about tonight, wr"}})
        os.kill(os.getpid(), 9)  # the computer crashes mid-sentence
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == -9
    assert opened.store.drafts.all() == {"new-entry": {"text": "Half a sentence about tonight, wr"}}


def test_drafts_are_encrypted_and_removed_once_saved(opened: OpenStore) -> None:
    box = opened.store.drafts
    box.save("new-entry", {"text": "CANARYdraft words"})
    box.save("edit-1", {"text": "another"})
    assert b"CANARY" not in opened.paths.drafts.read_bytes()
    box.discard("new-entry")
    assert list(box.all()) == ["edit-1"]
    box.discard("edit-1")
    assert not opened.paths.drafts.exists()


def test_a_damaged_drafts_file_is_set_aside_not_fatal(opened: OpenStore) -> None:
    opened.paths.drafts.write_bytes(b"KDRAFT1\n" + b"\x00" * 40)
    box: DraftBox = opened.store.drafts
    assert box.all() == {}
    assert opened.paths.drafts.with_name("kindred.drafts.unreadable").exists()
    box.save("x", {"text": "fresh start"})
    assert box.all() == {"x": {"text": "fresh start"}}
