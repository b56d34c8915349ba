"""Fixtures shared by every test suite: real encrypted stores in temp folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Qt tests run without a display everywhere, CI included.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store, open_store
from tests.support.keyrings import MemoryKeyring

# Cheap key derivation for tests: the real cost is a setting stored with each wrap.
TEST_COST = KdfCost(n=2**10, r=8, p=1)
PASSPHRASE = "correct horse battery staple"


@dataclass
class StoreTemplate:
    folder: Path
    keyring_items: dict[tuple[str, str], str]
    recovery_code: str


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> StoreTemplate:
    """A migrated store with a circle of two writers and a viewer, made once per run."""
    folder = tmp_path_factory.mktemp("template") / "store"
    keyring = MemoryKeyring()
    created = create_store(
        StorePaths(folder), vault=KeyringVault(keyring), passphrase=PASSPHRASE, cost=TEST_COST
    )
    circles = CircleService(created.store)
    circles.create(
        PersonProfile(name="Margaret Okafor", preferred_name="Maggie"),
        CaregiverDraft(name="Ann Okafor", relationship="daughter", role=Role.PRIMARY),
    )
    circles.add_caregiver(CaregiverDraft(name="Raj Okafor", relationship="son"))
    circles.add_caregiver(CaregiverDraft(name="Dr Visitor", role=Role.VIEWER))
    created.store.close()
    return StoreTemplate(folder, dict(keyring.items), created.recovery_code)


@dataclass
class OpenStore:
    store: Store
    paths: StorePaths
    keyring: MemoryKeyring
    vault: KeyringVault
    recovery_code: str
    ann: str
    raj: str
    viewer: str

    def reopen(self) -> Store:
        self.store.close()
        self.store = open_store(self.paths, vault=self.vault)
        return self.store


@pytest.fixture
def store_copy(store_template: StoreTemplate, tmp_path: Path) -> StoreTemplate:
    folder = tmp_path / "store"
    shutil.copytree(store_template.folder, folder)
    return StoreTemplate(folder, dict(store_template.keyring_items), store_template.recovery_code)


@pytest.fixture
def opened(store_copy: StoreTemplate) -> Iterator[OpenStore]:
    keyring = MemoryKeyring()
    keyring.items.update(store_copy.keyring_items)
    vault = KeyringVault(keyring)
    paths = StorePaths(store_copy.folder)
    store = open_store(paths, vault=vault)
    circle = CircleService(store).get()
    by_name = {c.name.split()[0]: c.id for c in circle.caregivers}
    handle = OpenStore(
        store,
        paths,
        keyring,
        vault,
        store_copy.recovery_code,
        ann=by_name["Ann"],
        raj=by_name["Raj"],
        viewer=by_name["Dr"],
    )
    yield handle
    handle.store.close()
