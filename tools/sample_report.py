"""A realistic family's diary and its handover report and "About me" page, to look at.

A son living with schizophrenia, cared for at home by his mother, father and
sister: three months of entries (mood, sleep, voices and paranoia in the evening,
what helped), a dose increase with its reason and the side effects noticed, a
medicine added for them, a sleeping tablet paused, doses refused, questions for
the psychiatrist, one of the mother's entries in Hindi, and a private entry that
must never reach the report.

Run from the repository root::

    .venv/bin/python -m tools.sample_report [--out-dir /tmp/kindred-screens/report]
        [--large-print] [--letter] [--full-names]

then ``pdftoppm -png -r 70 OUT/report.pdf OUT/page`` and look at every page.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from caregiver_app.domain.appointments import AppointmentDraft
from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.domain.entries import CardOutcome, CardUse, EntryDraft, EntryKind, Visibility
from caregiver_app.domain.handover import ReportOptions, Section
from caregiver_app.domain.medicines import DoseOutcome, MedicineChange, MedicineDraft
from caregiver_app.domain.medicines import MedicineEventKind as Kind
from caregiver_app.paths import StorePaths
from caregiver_app.reports.handover import build_handover
from caregiver_app.reports.profile_sheet import build_profile_sheet
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.services.report_data import gather_for_appointment, gather_profile
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store
from tests.support.keyrings import MemoryKeyring

PERSON = PersonProfile(
    name="Arjun Sharma",
    preferred_name="Arju",
    date_of_birth=date(1996, 4, 12),
    diagnoses="Paranoid schizophrenia (diagnosed 2017). Mild asthma.",
    allergies="Penicillin (rash).",
    what_matters=(
        "His cricket team and his old friend Kofi. Playing guitar. Being treated as an adult, "
        "not talked about as if he isn't there."
    ),
    routines=(
        "Sleeps late and is slow in the morning. Tea with two sugars. A walk to the corner "
        "shop in the afternoon. Guitar after dinner."
    ),
    what_upsets=(
        "Loud rooms and the television news. Being rushed. People whispering near him: "
        "he may think they are talking about him."
    ),
    what_calms=(
        "Sitting outside. A calm voice and time to answer. His guitar. Being told plainly "
        "what will happen next."
    ),
    communication=(
        "Speak slowly and one thing at a time. He may not look at you; he is still listening. "
        "Ask before touching him."
    ),
)

BEFORE = (
    "The neighbours were arguing through the wall.",
    "He had been watching the news about a stabbing.",
    "He was tired after a bad night.",
    "His cousin visited and the house was noisy.",
    "The neighbours were arguing through the wall.",
    "A delivery man knocked and he thought he was being watched.",
)
BEHAVIOUR = (
    "Paced the hallway and said the voices were telling him he was useless.",
    "Closed all the curtains and asked us not to use our phones.",
    "Shouted at the wall, then cried in his room.",
    "Would not eat, said the food tasted strange.",
)
TRIED = (
    "Turned the television off and sat with him quietly.",
    "Asked what the voices were saying, without arguing with them.",
    "Offered a walk to the park.",
    "Reminded him of his plan from the care team.",
)
HELPED = (
    "Sitting with him in the garden.",
    "Playing his guitar together.",
    "Sitting with him in the garden.",
    "A walk with Kofi.",
    "Nothing much; he settled after an hour.",
)
CARDS = ("hearing-voices-or-seeing-things", "paranoid-beliefs")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def build(folder: Path) -> tuple[Store, dict[str, str], str]:
    """Create the sample diary; returns the store, the carers' ids and the appointment id."""
    created = create_store(
        StorePaths(folder / "store"),
        vault=KeyringVault(MemoryKeyring()),
        passphrase="sample report passphrase",
        cost=KdfCost(n=2**12),
        take_lock=False,
    )
    store = created.store
    circles = CircleService(store)
    circle = circles.create(
        PERSON, CaregiverDraft(name="Sunita Sharma", relationship="mother", role=Role.PRIMARY)
    )
    ids = {"Sunita": circle.caregivers[0].id}
    for name, relationship in (("Vikram Sharma", "father"), ("Priya Sharma", "sister")):
        ids[name.split()[0]] = circles.add_caregiver(CaregiverDraft(name, relationship)).id
    _medicines(store, ids)
    appointment = _appointments(store, ids)
    _entries(store, ids)
    return store, ids, appointment


def _medicines(store: Store, ids: dict[str, str]) -> None:
    today = date.today()
    meds = MedicineService(store)
    risperidone = meds.add(
        ids["Sunita"],
        MedicineDraft(
            name="Risperidone",
            strength="2 mg",
            form="tablet",
            how_taken="One at night, with a snack",
            purpose="For the voices and the fears",
            prescriber="Dr Anand Rao",
            started_on=today - timedelta(days=700),
            reason="After his stay in hospital",
        ),
    )
    meds.change(
        risperidone.id,
        ids["Vikram"],
        MedicineChange(
            kind=Kind.DOSE_CHANGED,
            on=today - timedelta(days=50),
            strength="3 mg",
            reason="Voices louder for three weeks and he stopped going out.",
            decided_by="Dr Anand Rao (psychiatrist)",
        ),
    )
    meds.add(
        ids["Sunita"],
        MedicineDraft(
            name="Procyclidine",
            strength="5 mg",
            form="tablet",
            how_taken="One in the morning",
            purpose="For the stiffness from risperidone",
            prescriber="Dr Helen Ward (GP)",
            started_on=today - timedelta(days=35),
            reason="Stiff, shuffling walk and restless legs since the dose went up.",
        ),
    )
    zopiclone = meds.add(
        ids["Priya"],
        MedicineDraft(
            name="Zopiclone",
            strength="3.75 mg",
            form="tablet",
            how_taken="One at bedtime when needed",
            purpose="For sleep",
            prescriber="Dr Helen Ward (GP)",
            started_on=today - timedelta(days=120),
        ),
    )
    meds.change(
        zopiclone.id,
        ids["Sunita"],
        MedicineChange(
            kind=Kind.PAUSED,
            on=today - timedelta(days=20),
            reason="Sleeping better; the GP wants to see if he manages without it.",
            decided_by="Dr Helen Ward (GP)",
            side_effects="Groggy and slow until lunchtime on the days after.",
        ),
    )
    rng = random.Random(7)
    for days_ago in range(1, 46):
        roll = rng.random()
        outcome = (
            DoseOutcome.REFUSED
            if roll < 0.1
            else DoseOutcome.MISSED
            if roll < 0.14
            else DoseOutcome.GIVEN
        )
        note = "Said the tablets are poison" if outcome is DoseOutcome.REFUSED else ""
        day = today - timedelta(days=days_ago)
        meds.log_dose(ids["Sunita"], risperidone.id, outcome, _at(day, 22), note)


def _appointments(store: Store, ids: dict[str, str]) -> str:
    today = date.today()
    appointments = AppointmentService(store)
    appointments.add(
        ids["Vikram"],
        AppointmentDraft(
            starts_at=_at(today - timedelta(days=60), 11),
            clinician="Dr Anand Rao",
            role="psychiatrist",
            place="Northgate Community Mental Health Team",
            purpose="Three-monthly review",
        ),
    )
    upcoming = appointments.add(
        ids["Sunita"],
        AppointmentDraft(
            starts_at=_at(today + timedelta(days=2), 10, 30),
            clinician="Dr Anand Rao",
            role="psychiatrist",
            place="Northgate Community Mental Health Team",
            purpose="Medication review after the dose increase",
            concerns=(
                "The voices are quieter since the higher dose, but he is stiff and slow, "
                "sleeps until noon and has put on weight. He refuses the night tablet about "
                "once a week and we don't know how to handle it without a row."
            ),
            needs=(
                "Someone we can ring on a bad evening. Information about carers' groups near us. "
                "A letter for his college explaining his absence."
            ),
        ),
        questions=(
            "Is the stiffness from the risperidone, and will it wear off?",
            "Can he have an injection instead of tablets, so there is no fight every night?",
        ),
    )
    return upcoming.id


def _entries(store: Store, ids: dict[str, str]) -> None:
    rng = random.Random(2026)
    diary = DiaryService(store)
    today = date.today()
    writers = [ids["Sunita"]] * 5 + [ids["Vikram"]] * 2 + [ids["Priya"]] * 2
    for days_ago in range(90, 0, -1):
        day = today - timedelta(days=days_ago)
        # Worse in the weeks before the dose went up (days 70 to 50 ago), better after.
        dip = 2 if 50 <= days_ago <= 72 else 0
        if rng.random() < 0.85:
            hours = round(
                rng.uniform(6, 10) - (2 if dip else 0) - (1 if 20 < days_ago < 50 else 0), 1
            )
            diary.add(rng.choice(writers), EntryDraft(
                text=rng.choice(("Slept through.", "Up once in the night.", "Restless, up twice.")),
                kind=EntryKind.SLEEP, happened_at=_at(day, 9), sleep_hours=max(hours, 2.5),
            ))  # fmt: skip
        if rng.random() < 0.8:
            mood = max(1, min(9, round(rng.gauss(6 - dip, 1.2))))
            diary.add(rng.choice(writers), EntryDraft(
                text=rng.choice((
                    "Quiet day, played guitar after dinner.", "Went to the shop on his own.",
                    "Stayed in his room most of the day.", "Watched the cricket with his dad.",
                    "Talked about going back to college.", "Slow to get going, brighter later.",
                )),
                kind=EntryKind.MOOD, happened_at=_at(day, 15), mood=mood,
                distress=max(0, min(10, round(rng.gauss(2 + 2 * dip, 1.3)))),
            ))  # fmt: skip
        if rng.random() < (0.32 if dip else 0.12):
            _episode(diary, rng, writers, day, flag=rng.random() < 0.3)
    extras = [
        (58, ids["Sunita"], EntryDraft(
            text="Ask if the higher dose can cause the weight gain? His trousers no longer fit.",
            kind=EntryKind.QUESTION, flagged=True)),
        (40, ids["Priya"], EntryDraft(
            text="Is it safe for him to drink a beer with friends on the new dose?",
            kind=EntryKind.QUESTION)),
        (30, ids["Vikram"], EntryDraft(
            text="He walked stiffly and his hands shook when he held his tea. Worse in the "
                 "morning. Started the new tablet from the GP today.",
            kind=EntryKind.OBSERVATION, flagged=True, tags=("side effects",))),
        (25, ids["Sunita"], EntryDraft(
            text="आज अर्जुन ने नाश्ता किया और थोड़ी देर गिटार बजाया। वह शांत था।",
            kind=EntryKind.NOTE, mood=6, flagged=True)),
        (12, ids["Priya"], EntryDraft(
            text="He laughed at a video with me for the first time in weeks 😊",
            kind=EntryKind.MOOD, mood=7, flagged=True)),
        (6, ids["Sunita"], EntryDraft(
            text="I shouted at him tonight when he refused the tablet. I feel terrible. "
                 "Not for the doctor.",
            kind=EntryKind.NOTE, visibility=Visibility.PRIVATE)),
        (3, ids["Vikram"], EntryDraft(
            text="He says the voices are 'background noise' now. Sleeping until noon most days.",
            kind=EntryKind.OBSERVATION, flagged=True)),
    ]  # fmt: skip
    for days_ago, author, draft in extras:
        when = _at(today - timedelta(days=days_ago), 19, 15)
        diary.add(author, EntryDraft(**{**draft.__dict__, "happened_at": when}))


def _episode(
    diary: DiaryService, rng: random.Random, writers: list[str], day: date, *, flag: bool
) -> None:
    hour = rng.choice((18, 19, 20, 21, 21, 22, 14, 2))
    card = rng.choice(CARDS)
    outcome = CardOutcome.HELPED if rng.random() < 0.6 else CardOutcome.UNSURE
    diary.add(rng.choice(writers), EntryDraft(
        text="", kind=EntryKind.DISTRESS_EPISODE, happened_at=_at(day, hour, 10),
        distress=rng.randint(6, 9), before=rng.choice(BEFORE), behaviour=rng.choice(BEHAVIOUR),
        tried=rng.choice(TRIED), helped=rng.choice(HELPED), flagged=flag,
        cards=(CardUse(card, outcome),) if rng.random() < 0.5 else (),
    ))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp/kindred-screens/report"))
    parser.add_argument("--large-print", action="store_true")
    parser.add_argument("--letter", action="store_true")
    parser.add_argument("--full-names", action="store_true")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    store, ids, appointment = build(Path(tempfile.mkdtemp(prefix="kindred-report-")))
    options = ReportOptions(
        sections=frozenset(Section),
        initials=not args.full_names,
        large_print=args.large_print,
        paper="letter" if args.letter else "a4",
    )
    data = gather_for_appointment(store, ids["Sunita"], appointment, options)
    build_handover(data, args.out_dir / "report.pdf")
    profile = gather_profile(store, ids["Sunita"], initials=not args.full_names)
    build_profile_sheet(profile, args.out_dir / "profile.pdf", paper=options.paper)
    store.close()
    print(f"Wrote {args.out_dir / 'report.pdf'} and {args.out_dir / 'profile.pdf'}")


if __name__ == "__main__":
    main()
