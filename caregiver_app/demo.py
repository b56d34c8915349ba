"""The demo family: six months of a fictional family's diary, the same every time.

For support-group facilitators and anyone trying Kindred: it is built in a
throwaway folder, locked with a key that exists only in memory, and never reads
or writes the family's real diary, keyring or backups. The story is in
resources/demo/family.json; this module turns it into entries, medicines and
appointments with a seeded random order, so every demo looks the same.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend

from caregiver_app.domain.appointments import AppointmentDraft, VisitMedicineChange, VisitNotes
from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import (
    CardOutcome,
    CardUse,
    EntryDraft,
    EntryKind,
    Visibility,
)
from caregiver_app.domain.medicines import (
    DoseOutcome,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
)
from caregiver_app.i18n import current_language
from caregiver_app.paths import StorePaths
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store, open_store

DEMO_DAYS = 182
DEMO_SEED = 20261126


class _InMemoryKeyring(KeyringBackend):
    """Holds the demo's key in this process only: the computer's keyring is never used,
    yet "Lock" and "Unlock" work in a demonstration as they do at home."""

    priority = 1
    # keyring offers every backend class it has seen as the computer's keyring. The app
    # imports this module at start, so without this, on a computer with no real keyring
    # this one would be chosen: a new diary's key would be kept in memory only.
    viable = False

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._items.pop((service, username), None)


@dataclass
class DemoDiary:
    """An open demo store in its own temporary folder; ``close`` removes it all.

    A pristine copy is kept beside it, so "Reset demo" is a quick file copy.
    """

    store: Store
    folder: Path
    writer_id: str
    vault: KeyringVault

    @property
    def paths(self) -> StorePaths:
        return StorePaths(self.folder / "store")

    def reset(self) -> Store:
        """Throw away every change made in the demo and open it as it was built."""
        self.store.close()
        live, pristine = self.paths.folder, self.folder / "pristine"
        shutil.rmtree(live, ignore_errors=True)
        shutil.copytree(pristine, live)
        self.store = open_store(self.paths, vault=self.vault, take_lock=False)
        return self.store

    def close(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def load_story(language: str | None = None) -> dict[str, Any]:
    """The demo family's story in ``language`` (the app's language by default), from
    ``family.<language>.json`` when it exists, else the English ``family.json``."""
    language = current_language() if language is None else language
    folder = resources.files("resources.demo")
    translated = folder.joinpath(f"family.{language}.json")
    entry = translated if language != "en" and translated.is_file() else folder / "family.json"
    data: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
    return data


def build_demo(today: date | None = None, seed: int = DEMO_SEED) -> DemoDiary:
    """Create the demo family's diary in a new temporary folder and return it open."""
    today = today or date.today()
    folder = Path(tempfile.mkdtemp(prefix="kindred-demo-"))
    paths = StorePaths(folder / "store")
    vault = KeyringVault(_InMemoryKeyring())
    created = create_store(
        paths, vault=vault, cost=KdfCost(n=2**10), take_lock=False, durable=False
    )
    try:
        writer = _fill(created.store, load_story(), today, random.Random(seed))
        created.store.close()
        shutil.copytree(paths.folder, folder / "pristine")
        store = open_store(paths, vault=vault, take_lock=False)
    except BaseException:
        created.store.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return DemoDiary(store, folder, writer, vault)


def _at(today: date, days_ago: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(hour, minute)).astimezone()


def _fill(store: Store, story: dict[str, Any], today: date, rng: random.Random) -> str:
    person = dict(story["person"])
    person["date_of_birth"] = date.fromisoformat(person["date_of_birth"])
    circles = CircleService(store)
    first, *others = story["caregivers"]
    circle = circles.create(
        PersonProfile(**person),
        CaregiverDraft(first["name"], first["relationship"], Role(first["role"])),
    )
    ids = {first["key"]: circle.caregivers[0].id}
    for item in others:
        carer = CaregiverDraft(item["name"], item["relationship"], Role(item["role"]))
        ids[item["key"]] = circles.add_caregiver(carer).id
    priya, rahul, grace = ids["priya"], ids["rahul"], ids["grace"]

    medicines = MedicineService(store)
    medicine_ids: dict[str, str] = {}
    for item in story["medicines"]:
        started = today - timedelta(days=item["days_ago"])
        draft = MedicineDraft(
            name=item["name"],
            strength=item["strength"],
            form=item["form"],
            how_taken=item["how_taken"],
            purpose=item["purpose"],
            prescriber=item["prescriber"],
            started_on=started,
            reason=item["reason"],
            decided_by=item["decided_by"],
        )
        medicine_ids[item["key"]] = medicines.add(priya, draft).id

    diary = DiaryService(store)
    daily = story["daily"]
    for days_ago in range(DEMO_DAYS, 0, -1):
        morning_writer = grace if days_ago % 7 in (1, 3, 5) else priya
        diary.add(
            morning_writer,
            EntryDraft(
                text=rng.choice(daily["morning"]),
                kind=EntryKind.MOOD,
                happened_at=_at(today, days_ago, 9, rng.randrange(0, 50)),
                mood=rng.choice([4, 5, 6, 6, 7, 7, 8]),
                distress=rng.choice([0, 1, 1, 2, 3]),
            ),
        )
        if rng.random() < 0.45:
            diary.add(
                priya,
                EntryDraft(
                    text=rng.choice(daily["sleep"]),
                    kind=EntryKind.SLEEP,
                    happened_at=_at(today, days_ago, 7, 30),
                    sleep_hours=rng.choice([4.5, 5, 6, 6.5, 7, 7.5, 8]),
                    tags=("night",),
                ),
            )
        if rng.random() < 0.3:
            diary.add(
                rng.choice([priya, grace]),
                EntryDraft(
                    text=rng.choice(daily["meal"]),
                    kind=EntryKind.MEAL,
                    happened_at=_at(today, days_ago, 13, 15),
                ),
            )
        if rng.random() < 0.18:
            episode = rng.choice(daily["episode"])
            diary.add(
                priya,
                EntryDraft(
                    text=episode["text"],
                    kind=EntryKind.DISTRESS_EPISODE,
                    happened_at=_at(today, days_ago, 17, rng.randrange(0, 59)),
                    distress=rng.choice([6, 7, 7, 8, 9]),
                    tags=("evening",),
                    before=episode["before"],
                    behaviour=episode["behaviour"],
                    tried=episode["tried"],
                    helped=episode["helped"],
                    cards=tuple(
                        CardUse(card, CardOutcome(outcome)) for card, outcome in episode["cards"]
                    ),
                ),
            )
        if days_ago % 9 == 0:
            diary.add(
                rahul,
                EntryDraft(
                    text=rng.choice(daily["phone_call"]),
                    kind=EntryKind.OBSERVATION,
                    happened_at=_at(today, days_ago, 19, 30),
                ),
            )
        if days_ago % 23 == 0:
            diary.add(
                priya,
                EntryDraft(
                    text=rng.choice(daily["question"]),
                    kind=EntryKind.QUESTION,
                    happened_at=_at(today, days_ago, 21),
                    flagged=days_ago < 60,
                ),
            )
        if days_ago % 26 == 0:
            diary.add(
                priya,
                EntryDraft(
                    text=rng.choice(daily["carer"]),
                    kind=EntryKind.NOTE,
                    happened_at=_at(today, days_ago, 22, 10),
                    visibility=Visibility.PRIVATE,
                    tags=("me",),
                ),
            )
        _doses(medicines, medicine_ids, priya, grace, today, days_ago, rng)

    _appointments(store, story, today, priya, medicine_ids)
    return priya


def _doses(
    medicines: MedicineService,
    medicine_ids: dict[str, str],
    priya: str,
    grace: str,
    today: date,
    days_ago: int,
    rng: random.Random,
) -> None:
    # Keep the dose log to the last month: enough for the report, quick to build.
    if days_ago > 30:
        return
    for key, hour in (("amlodipine", 8), ("donepezil", 21)):
        outcome = DoseOutcome.GIVEN
        roll = rng.random()
        if roll < 0.05:
            outcome = DoseOutcome.REFUSED
        elif roll < 0.08:
            outcome = DoseOutcome.MISSED
        giver = grace if hour == 8 and days_ago % 7 in (1, 3, 5) else priya
        medicines.log_dose(giver, medicine_ids[key], outcome, at=_at(today, days_ago, hour, 5))


def _appointments(
    store: Store, story: dict[str, Any], today: date, by_id: str, medicine_ids: dict[str, str]
) -> None:
    appointments = AppointmentService(store)
    for item in story["appointments"]:
        days = -item["days_ago"] if "days_ago" in item else item["days_ahead"]
        starts = datetime.combine(today + timedelta(days=days), time(item["hour"])).astimezone()
        appointment = appointments.add(
            by_id,
            AppointmentDraft(
                starts_at=starts,
                clinician=item["clinician"],
                role=item["role"],
                place=item["place"],
                purpose=item["purpose"],
                concerns=item["concerns"],
                needs=item["needs"],
            ),
            questions=tuple(item["questions"]),
        )
        visit = item.get("visit")
        if visit:
            change = visit["change"]
            appointments.record_visit(
                appointment.id,
                by_id,
                VisitNotes(
                    said=visit["said"],
                    agreed=visit["agreed"],
                    medicine_changes=(
                        VisitMedicineChange(
                            medicine_ids[change["medicine"]],
                            MedicineChange(
                                kind=MedicineEventKind(change["kind"]),
                                on=starts.date(),
                                reason=change["reason"],
                                decided_by=change["decided_by"],
                                strength=change["strength"],
                                how_taken=change["how_taken"],
                            ),
                        ),
                    ),
                ),
            )
