"""Searching the shared diary works in the app, which imports the diary long before a server.

The server's search expression used to be built when ``entry_reads`` was imported; built
before SQLAlchemy's PostgreSQL dialect is loaded, it can't be compiled for the server.
The tests' own imports load the dialect first, so this runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from caregiver_app.domain.entries import EntryDraft
from caregiver_app.services.diary_service import DiaryService
from tests.postgres.conftest import Family

ROOT = Path(__file__).resolve().parents[2]
_SEARCH = """
import json, os, pathlib
from caregiver_app.domain.entries import EntryFilter
from caregiver_app.services.diary_service import DiaryService  # as the app, at start-up
from caregiver_app.storage.server import ServerSettings, open_server_store

given = json.loads(os.environ["KINDRED_TEST_SEARCH"])
settings = ServerSettings.from_dict(given["settings"])
store = open_server_store(settings, given["password"], home=pathlib.Path(given["home"]))
page = DiaryService(store).page(given["viewer"], EntryFilter(text="cafe"))
print(json.dumps([entry.text for entry in page.entries]))
store.close()
"""


def test_a_search_on_the_shared_diary_works_in_a_fresh_app(family: Family) -> None:
    DiaryService(family.db.open("ann")).add(family.ann, EntryDraft(text="Café with Mum"))
    given = {
        "settings": family.db.settings("ann").to_dict(),
        "password": family.db.passwords[family.db.login("ann")],
        "home": str(family.db.home),
        "viewer": family.ann,
    }
    done = subprocess.run(
        [sys.executable, "-c", _SEARCH],
        cwd=ROOT,
        env={**os.environ, "KINDRED_TEST_SEARCH": json.dumps(given)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == ["Café with Mum"]
