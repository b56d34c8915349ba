"""Medicines: every change is kept with its reason, and the list is the result of them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from caregiver_app.domain.errors import InvalidInput, NotAllowed, NotFound
from caregiver_app.domain.medicines import (
    DoseOutcome,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
    MedicineStatus,
)
from caregiver_app.i18n import set_language
from caregiver_app.services.changes import Changes
from caregiver_app.services.medicine_service import MedicineService
from tests.conftest import OpenStore

TODAY = date.today()


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


@pytest.fixture
def meds(opened: OpenStore) -> MedicineService:
    return MedicineService(opened.store)


def donepezil(started: int = 100) -> MedicineDraft:
    return MedicineDraft(
        name="  Donepezil ",
        strength="5 mg",
        form="tablet",
        how_taken="One in the morning",
        purpose="For memory",
        prescriber="Dr Patel",
        started_on=days_ago(started),
        reason="Memory clinic diagnosis",
    )


def test_a_new_medicine_starts_its_history(meds: MedicineService, opened: OpenStore) -> None:
    medicine = meds.add(opened.ann, donepezil())
    assert medicine.name == "Donepezil" and medicine.title == "Donepezil 5 mg tablet"
    assert medicine.status is MedicineStatus.TAKING and medicine.started_on == days_ago(100)
    (started,) = medicine.events
    assert started.kind is MedicineEventKind.STARTED
    assert started.decided_by == "Dr Patel"  # the prescriber, when nobody else is named
    assert started.recorded_by_name == "Ann Okafor"


def test_a_dose_change_keeps_the_reason_who_decided_and_the_dose_before(
    meds: MedicineService, opened: OpenStore
) -> None:
    medicine = meds.add(opened.ann, donepezil())
    changed = meds.change(
        medicine.id,
        opened.raj,
        MedicineChange(
            kind=MedicineEventKind.DOSE_CHANGED,
            on=days_ago(30),
            strength="10 mg",
            reason="Memory worse over the summer",
            decided_by="Dr Patel",
            side_effects="Vivid dreams",
        ),
    )
    assert changed.strength == "10 mg" and changed.how_taken == "One in the morning"
    event = changed.events[-1]
    assert (event.previous_strength, event.strength) == ("5 mg", "10 mg")
    assert event.reason == "Memory worse over the summer" and event.side_effects == "Vivid dreams"
    assert event.recorded_by_name == "Raj Okafor"
    # The list as it stood before the change still shows the old dose.
    (before,) = meds.as_of(opened.ann, days_ago(31))
    assert before.strength == "5 mg"


def test_pause_stop_and_restart_follow_each_other(meds: MedicineService, opened: OpenStore) -> None:
    medicine = meds.add(opened.ann, donepezil())
    paused = meds.change(medicine.id, opened.ann, MedicineChange(MedicineEventKind.PAUSED))
    assert paused.status is MedicineStatus.PAUSED and paused.is_current
    stopped = meds.change(medicine.id, opened.ann, MedicineChange(MedicineEventKind.STOPPED))
    assert stopped.status is MedicineStatus.STOPPED and not stopped.is_current
    assert meds.list(opened.ann) == ()
    assert [m.id for m in meds.list(opened.ann, include_stopped=True)] == [medicine.id]
    restarted = meds.change(
        medicine.id, opened.ann, MedicineChange(MedicineEventKind.RESTARTED, strength="2.5 mg")
    )
    assert restarted.status is MedicineStatus.TAKING and restarted.strength == "2.5 mg"
    assert [e.kind for e in restarted.events] == [
        MedicineEventKind.STARTED,
        MedicineEventKind.PAUSED,
        MedicineEventKind.STOPPED,
        MedicineEventKind.RESTARTED,
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (MedicineChange(MedicineEventKind.RESTARTED), "kind"),  # it is being taken
        (MedicineChange(MedicineEventKind.STARTED), "kind"),
        (MedicineChange(MedicineEventKind.DOSE_CHANGED), "strength"),  # no new dose
        (MedicineChange(MedicineEventKind.PAUSED, on=date.today() + timedelta(days=3)), "on"),
        (MedicineChange(MedicineEventKind.PAUSED, on=date.today() - timedelta(days=400)), "on"),
    ],
)
def test_changes_that_make_no_sense_are_refused_plainly(
    meds: MedicineService, opened: OpenStore, change: MedicineChange, field: str
) -> None:
    medicine = meds.add(opened.ann, donepezil())
    with pytest.raises(InvalidInput) as caught:
        meds.change(medicine.id, opened.ann, change)
    assert caught.value.field == field
    assert len(meds.get(medicine.id, opened.ann).events) == 1  # nothing was written


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (MedicineDraft(name="  "), "name"),
        (
            MedicineDraft(name="Sertraline", started_on=date.today() + timedelta(days=1)),
            "started_on",
        ),
        (MedicineDraft(name="Sertraline", strength="x" * 300), "strength"),
    ],
)
def test_a_medicine_needs_a_name_and_a_start_that_has_happened(
    meds: MedicineService, opened: OpenStore, draft: MedicineDraft, field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        meds.add(opened.ann, draft)
    assert caught.value.field == field


def test_someone_who_can_only_read_cannot_change_medicines(
    meds: MedicineService, opened: OpenStore
) -> None:
    with pytest.raises(NotAllowed) as refused:
        meds.add(opened.viewer, donepezil())
    assert refused.value.message.endswith("can read the medicines but not change them.")
    set_language("es")
    try:
        with pytest.raises(NotAllowed) as refused:
            meds.add(opened.viewer, donepezil())
        assert refused.value.message.endswith("puede ver los medicamentos, pero no cambiarlos.")
    finally:
        set_language("en")
    medicine = meds.add(opened.ann, donepezil())
    with pytest.raises(NotAllowed):
        meds.change(medicine.id, opened.viewer, MedicineChange(MedicineEventKind.PAUSED))
    with pytest.raises(NotAllowed):
        meds.log_dose(opened.viewer, medicine.id, DoseOutcome.GIVEN)
    assert meds.list(opened.viewer)[0].name == "Donepezil"  # but can read them


def test_doses_given_missed_and_refused_are_counted_per_medicine(
    meds: MedicineService, opened: OpenStore
) -> None:
    medicine = meds.add(opened.ann, donepezil())
    other = meds.add(opened.ann, MedicineDraft(name="Memantine", started_on=days_ago(50)))
    base = datetime.now(UTC) - timedelta(days=10)
    outcomes = [DoseOutcome.GIVEN] * 5 + [DoseOutcome.MISSED] * 2 + [DoseOutcome.REFUSED]
    for n, outcome in enumerate(outcomes):
        meds.log_dose(opened.raj, medicine.id, outcome, base + timedelta(days=n), "note")
    quick = meds.log_dose(opened.ann, other.id, DoseOutcome.REFUSED)  # a Today button: now
    assert quick.by_name == "Ann Okafor" and quick.outcome is DoseOutcome.REFUSED
    counts = meds.dose_counts(opened.ann, base - timedelta(days=1), datetime.now(UTC))
    by_name = {c.medicine_name: c for c in counts}
    assert (by_name["Donepezil"].given, by_name["Donepezil"].missed) == (5, 2)
    assert by_name["Donepezil"].refused == 1 and by_name["Donepezil"].not_taken == 3
    assert by_name["Memantine"].refused == 1
    doses = meds.doses(opened.ann, base, base + timedelta(days=3), medicine.id)
    assert len(doses) == 3 and doses[0].by_name == "Raj Okafor"


def test_a_dose_of_a_stopped_medicine_or_in_the_future_is_refused(
    meds: MedicineService, opened: OpenStore
) -> None:
    medicine = meds.add(opened.ann, donepezil())
    with pytest.raises(InvalidInput):
        meds.log_dose(
            opened.ann, medicine.id, DoseOutcome.GIVEN, datetime.now(UTC) + timedelta(hours=3)
        )
    meds.change(medicine.id, opened.ann, MedicineChange(MedicineEventKind.STOPPED))
    with pytest.raises(InvalidInput, match="was stopped"):
        meds.log_dose(opened.ann, medicine.id, DoseOutcome.GIVEN)


def test_every_change_is_announced(meds: MedicineService, opened: OpenStore) -> None:
    seen: list[Changes] = []
    opened.store.changes.subscribe(seen.append)
    medicine = meds.add(opened.ann, donepezil())
    meds.change(medicine.id, opened.ann, MedicineChange(MedicineEventKind.PAUSED))
    meds.log_dose(opened.ann, medicine.id, DoseOutcome.MISSED)
    assert len(seen) == 3 and all(c.medicines and c.any for c in seen)


def test_medicines_are_found_by_name_for_scripts(meds: MedicineService, opened: OpenStore) -> None:
    medicine = meds.add(opened.ann, donepezil())
    assert meds.find("donepezil", opened.ann).id == medicine.id
    assert meds.find("done", opened.ann).id == medicine.id
    with pytest.raises(NotFound):
        meds.find("aspirin", opened.ann)
    with pytest.raises(NotFound):
        meds.get("no-such-id", opened.ann)


def test_changes_between_dates_are_listed_oldest_first(
    meds: MedicineService, opened: OpenStore
) -> None:
    medicine = meds.add(opened.ann, donepezil(started=200))
    meds.change(medicine.id, opened.ann, MedicineChange(MedicineEventKind.PAUSED, on=days_ago(40)))
    meds.change(
        medicine.id, opened.ann, MedicineChange(MedicineEventKind.RESTARTED, on=days_ago(10))
    )
    found = meds.changes_between(opened.ann, days_ago(60), TODAY)
    assert [event.kind for _, event in found] == [
        MedicineEventKind.PAUSED,
        MedicineEventKind.RESTARTED,
    ]
