"""Build a large, realistic-looking Kindred diary quickly, for benchmarks.

The store is made the normal way (``create_store`` + ``CircleService``), so the
schema, triggers and key file are exactly what the app writes. The entries
themselves are then inserted in bulk with ``executemany`` on one connection of
the store's own engine, a few write transactions at a time; the FTS triggers
keep ``entry_fts`` / ``entry_fts_rows`` in step as they would for the app. Each
entry also gets its ``created`` revision (and deleted ones a ``deleted``
revision), with the same JSON the service writes.

The text is generated from care-diary sentence templates filled with words drawn
from a Zipf-like distribution, so there are very common words (``mum`` is in most
entries) and rare ones. :data:`RARE_WORD` is put in exactly
:data:`RARE_WORD_ENTRIES` entries, spread over the whole period.

The data is synthetic. The key is kept in an in-memory keyring and, so that a
cached diary can be reopened by a later run, wrapped with a fixed, cheap
benchmark passphrase: never use this for a real diary.

Usage::

    diary = load_or_build(Path("/tmp/kindred-bench"), entries=100_000)
    vault = diary.vault()  # an in-memory keyring holding the key
    store = open_store(diary.paths, vault=vault)
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from caregiver_app.domain.circle import CaregiverDraft, PersonProfile, Role
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.storage.keys import KdfCost
from caregiver_app.storage.secrets import SERVICE, KeyringVault
from caregiver_app.storage.store import create_store, unlock_key
from tests.support.keyrings import MemoryKeyring

BUILDER_VERSION = 1
META_FILE = "bench-diary.json"
# Synthetic data only: a fixed passphrase with a cheap KDF so a cached diary reopens.
BENCH_PASSPHRASE = "kindred benchmark diary (synthetic data)"
BENCH_COST = KdfCost(n=2**10, r=8, p=1)

COMMON_WORD = "mum"
RARE_WORD = "harmonium"
RARE_WORD_ENTRIES = 12

_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"

CAREGIVERS = (
    # name, relationship, role, share of the entries written
    ("Ann Okafor", "daughter", Role.PRIMARY, 0.40),
    ("Raj Okafor", "son", Role.FAMILY, 0.22),
    ("Bea Lindqvist", "home carer", Role.PROFESSIONAL, 0.18),
    ("Tom Okafor", "grandson", Role.FAMILY, 0.12),
    ("Nkechi Adeyemi", "community nurse", Role.PROFESSIONAL, 0.08),
)

KIND_WEIGHTS = {
    "observation": 30,
    "mood": 14,
    "sleep": 10,
    "meal": 11,
    "medication": 14,
    "distress_episode": 6,
    "appointment_note": 3,
    "question": 2,
    "note": 10,
}

TAGS = (
    "sleep", "appetite", "medication", "agitation", "memory", "walk", "falls", "gp",
    "sundowning", "family-visit", "bath", "good-day", "bad-day", "hospital", "continence",
    "pain", "physio", "weight", "dentist", "hearing", "eyes", "respite", "social-worker",
    "hallucination", "finance",
)  # fmt: skip

FEELINGS = (
    "calm", "cheerful", "tired", "restless", "anxious", "confused", "tearful", "settled",
    "irritable", "quiet", "chatty", "withdrawn", "content", "agitated", "sleepy", "bright",
    "frightened", "suspicious", "playful", "low", "muddled", "relaxed", "grumpy", "alert",
    "lonely", "proud", "embarrassed", "stubborn", "peaceful", "bewildered",
)  # fmt: skip
FOODS = (
    "porridge", "toast", "soup", "tea", "biscuits", "banana", "yoghurt", "sandwich", "rice",
    "chicken", "fish", "potatoes", "custard", "jelly", "eggs", "cereal", "apple", "orange",
    "stew", "pasta", "cake", "cheese", "crackers", "scones", "beans", "carrots", "peas",
    "trifle", "omelette", "pancakes", "plantain", "jollof", "lentils", "mango", "grapes",
    "kedgeree", "crumble", "shortbread", "pie", "milk", "water", "juice", "coffee", "cocoa",
)  # fmt: skip
ACTIVITIES = (
    "walked", "watched television", "listened to music", "folded laundry", "looked at photos",
    "did a jigsaw", "sang hymns", "went to the shops", "sat in the garden", "fed the birds",
    "played cards", "read the paper", "knitted", "watered the plants", "phoned her sister",
    "went to church", "baked scones", "watched the cricket", "sorted buttons", "painted",
    "went to the day centre", "did the crossword", "danced a little", "polished the silver",
)  # fmt: skip
PLACES = (
    "in the garden", "at the park", "in the kitchen", "at the day centre", "in the lounge",
    "at the surgery", "by the canal", "at church", "at the library", "in the bathroom",
    "at the hairdresser", "at the market", "in the conservatory", "at the hospital",
    "at the pharmacy", "on the bus", "at her friend's house", "in bed",
)  # fmt: skip
PEOPLE = (
    "Dad", "her sister Grace", "Auntie Ife", "the doctor", "the nurse", "her mother",
    "the neighbours", "the vicar", "the grandchildren", "Raj", "Ann", "Tom", "the carer",
    "her brother", "the postman", "the cat", "her old friend Doris", "the pharmacist",
)  # fmt: skip
MEDICATIONS = (
    "donepezil", "memantine", "sertraline", "paracetamol", "amlodipine", "ramipril",
    "omeprazole", "simvastatin", "laxido", "quetiapine", "mirtazapine", "vitamin D",
    "eye drops", "calcium", "aspirin", "metformin",
)  # fmt: skip
EVENTS = (
    "lunch", "her bath", "the visit", "the phone call", "the appointment", "tea",
    "the walk", "the news", "a nap", "breakfast", "the film", "church", "the taxi ride",
    "the shower", "dinner", "the physio", "her hair wash", "the hymns",
)  # fmt: skip
OBJECTS = (
    "handbag", "glasses", "keys", "purse", "hearing aid", "slippers", "cardigan", "photos",
    "wedding ring", "teeth", "remote", "radio", "calendar", "clock", "blanket", "cushion",
    "walking frame", "umbrella", "hat", "coat", "letters", "rosary", "shoes", "scarf",
)  # fmt: skip
VERBS = (
    "lost", "hid", "found", "asked for", "worried about", "looked for", "put away",
    "mumbled about", "talked about", "refused", "forgot", "remembered",
)  # fmt: skip
TIMES = (
    "this morning", "after lunch", "in the afternoon", "this evening", "at bedtime",
    "during the night", "before breakfast", "all day", "around teatime", "at dawn",
)  # fmt: skip
# Words that each appear in only a handful of entries.
RARE_WORDS = (
    "accordion", "zeppelin", "marmalade", "semaphore", "tortoiseshell", "quince",
    "gramophone", "lighthouse", "rhubarb", "tapestry", "chrysanthemum", "xylophone",
    "kaleidoscope", "periwinkle", "samovar", "wainscot", "ptarmigan", "ocarina",
)  # fmt: skip

SENTENCES = {
    "observation": (
        "Mum {verb} her {obj} {time}.",
        "Mum was {feeling} {time} and {feeling2} after {event}.",
        "Mum {activity} {place} {time}.",
        "She kept asking for {person} {time}.",
        "Mum thought {person} was coming to visit.",
        "Mum did not recognise {person} at first but was {feeling} later.",
    ),
    "mood": (
        "Mum seemed {feeling} {time}.",
        "Quite a {feeling} day overall; {feeling2} after {event}.",
        "Mum was {feeling} and {feeling2}, better after {event}.",
        "Mood {feeling} {time}, she {activity} {place}.",
    ),
    "sleep": (
        "Mum slept about {hours} hours and woke {n} times.",
        "Restless night, up {n} times looking for her {obj}.",
        "Slept well after {event}, {feeling} in the morning.",
        "Mum was awake {time} and {feeling}.",
    ),
    "meal": (
        "Mum ate {food} and {food2} {time}.",
        "Only a little {food} today, refused the {food2}.",
        "Enjoyed the {food} with {person}.",
        "Mum drank two cups of {food} {time}.",
    ),
    "medication": (
        "Gave Mum her {med} {time}.",
        "Mum refused the {med} {time}, took it later with {food}.",
        "{med} dose taken with {food} {time}.",
        "Pharmacist changed the {med}; Mum was {feeling} about it.",
    ),
    "distress_episode": (
        "Mum became {feeling} {time} and shouted at {person}.",
        "Mum was {feeling}, searching for her {obj} {place}.",
        "Mum tried to leave the house {time}, saying she had to find {person}.",
    ),
    "appointment_note": (
        "Saw {person} {place}; they reviewed the {med}.",
        "Memory clinic {time}: Mum was {feeling} but answered most questions.",
        "Appointment with {person} about her {obj} and the {med}.",
    ),
    "question": (
        "Ask the doctor whether the {med} makes Mum {feeling}.",
        "Should Mum still take {med} with {food}?",
        "Question for the nurse: why is Mum so {feeling} {time}?",
    ),
    "note": (
        "Remember to buy {food} and new {obj} for Mum.",
        "{person} rang {time} to ask how Mum is.",
        "Mum {activity} {place} with {person}.",
        "Booked {person} for next week.",
    ),
}

EPISODE_BEFORE = (
    "After {event} Mum was {feeling}.",
    "{person} had just left and the house was noisy.",
    "It was getting dark and the television was loud.",
)  # fmt: skip
EPISODE_BEHAVIOUR = (
    "She shouted and would not sit down.",
    "She packed her {obj} and tried the front door.",
    "She cried and asked for {person} over and over.",
    "She accused us of taking her {obj}.",
)  # fmt: skip
EPISODE_TRIED = (
    "Talked quietly, offered {food}.",
    "Put on her favourite music.",
    "Took her out {place}.",
    "Showed her the photos of {person}.",
)  # fmt: skip
EPISODE_HELPED = (
    "The music helped after a while.",
    "A cup of {food} and holding her hand.",
    "Nothing really; she settled by herself {time}.",
    "Going {place} calmed her down.",
)  # fmt: skip


@dataclass(frozen=True)
class BuiltDiary:
    """A built (or reused) benchmark diary and what a benchmark needs to know about it."""

    folder: str
    store_id: str
    circle_id: str
    caregiver_ids: tuple[str, ...]  # in the order of CAREGIVERS
    entries: int
    years: int
    seed: int
    end: str  # ISO time of the newest possible entry
    builder_version: int = BUILDER_VERSION
    build_seconds: float = 0.0
    # The data key, kept only in memory (the cache file never holds it).
    key_hex: str = field(default="", repr=False)

    @property
    def settings(self) -> tuple[int, int, int, int]:
        return (self.entries, self.years, self.seed, self.builder_version)

    @property
    def paths(self) -> StorePaths:
        return StorePaths(Path(self.folder))

    def vault(self) -> KeyringVault:
        """An in-memory keyring holding this diary's key, as the app's keyring would."""
        keyring = MemoryKeyring()
        keyring.items[(SERVICE, self.store_id)] = self.key_hex
        return KeyringVault(keyring)


class _Zipf:
    """Draw from a word list with weights 1/rank**s: a few words common, most rare."""

    def __init__(self, rng: random.Random, words: Sequence[str], s: float = 1.0) -> None:
        self._rng = rng
        self._words = list(words)
        rng.shuffle(self._words)
        weights = [1.0 / (rank + 1) ** s for rank in range(len(self._words))]
        total = 0.0
        self._cum: list[float] = []
        for weight in weights:
            total += weight
            self._cum.append(total)

    def __call__(self) -> str:
        return self._rng.choices(self._words, cum_weights=self._cum)[0]


class _TextMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.feeling = _Zipf(rng, FEELINGS)
        self.food = _Zipf(rng, FOODS)
        self.activity = _Zipf(rng, ACTIVITIES)
        self.place = _Zipf(rng, PLACES)
        self.person = _Zipf(rng, PEOPLE)
        self.med = _Zipf(rng, MEDICATIONS)
        self.event = _Zipf(rng, EVENTS)
        self.obj = _Zipf(rng, OBJECTS)
        self.verb = _Zipf(rng, VERBS)
        self.time = _Zipf(rng, TIMES, s=0.6)
        self.rare = _Zipf(rng, RARE_WORDS, s=1.4)

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            feeling=self.feeling(),
            feeling2=self.feeling(),
            food=self.food(),
            food2=self.food(),
            activity=self.activity(),
            place=self.place(),
            person=self.person(),
            med=self.med(),
            event=self.event(),
            obj=self.obj(),
            verb=self.verb(),
            time=self.time(),
            hours=rng.choice(("three", "four", "five", "six", "seven", "eight", "nine")),
            n=rng.choice(("once", "twice", "three times", "four times")),
        )

    def text(self, kind: str) -> str:
        rng = self.rng
        templates = SENTENCES[kind]
        count = rng.choices((1, 2, 3, 4, 5), weights=(25, 35, 22, 12, 6))[0]
        parts = [self.fill(rng.choice(templates)) for _ in range(count)]
        if rng.random() < 0.25:
            parts.append(self.fill(rng.choice(SENTENCES["observation"])))
        if rng.random() < 0.004:  # rare words: a few entries each in 100,000
            parts.append(f"She talked about the {self.rare()} again.")
        return " ".join(parts)

    def episode(self, options: Sequence[str]) -> str:
        return self.fill(self.rng.choice(options))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _times(rng: random.Random, count: int, start: datetime, end: datetime) -> list[datetime]:
    """Entry times over the period, mostly in waking hours, oldest first."""
    days = (end - start).days
    hours = list(range(24))
    hour_weights = [1, 1, 1, 1, 1, 2, 4, 8, 10, 10, 9, 8, 9, 8, 7, 7, 8, 9, 9, 8, 7, 5, 3, 2]
    out = []
    for _ in range(count):
        day = start + timedelta(days=rng.randrange(days))
        hour = rng.choices(hours, weights=hour_weights)[0]
        out.append(
            day.replace(
                hour=hour,
                minute=rng.randrange(60),
                second=rng.randrange(60),
                microsecond=rng.randrange(1_000_000) if rng.random() < 0.5 else 0,
            )
        )
    out.sort()
    return out


def _sql_time(value: datetime) -> str:
    """The text SQLAlchemy stores for a UTC time in SQLite (see ``UTCDateTime``)."""
    return value.astimezone(UTC).replace(tzinfo=None).strftime(_SQLITE_TIME)


def _generate(
    rng: random.Random,
    count: int,
    circle_id: str,
    caregiver_ids: Sequence[str],
    start: datetime,
    end: datetime,
) -> Iterator[tuple[tuple[Any, ...], list[tuple[str, str]], list[tuple[Any, ...]]]]:
    """Yield (entry row, tag rows, revision rows) for ``count`` entries, oldest first."""
    maker = _TextMaker(rng)
    kinds = list(KIND_WEIGHTS)
    kind_weights = list(KIND_WEIGHTS.values())
    author_weights = [share for *_, share in CAREGIVERS]
    tags = _Zipf(rng, TAGS, s=0.9)
    rare_slots = set(rng.sample(range(count), min(RARE_WORD_ENTRIES, count)))
    for index, happened in enumerate(_times(rng, count, start, end)):
        kind = rng.choices(kinds, weights=kind_weights)[0]
        author = rng.choices(caregiver_ids, weights=author_weights)[0]
        text = maker.text(kind)
        if index in rare_slots:
            text += f" Mum hummed along to the old {RARE_WORD}."
        before = behaviour = tried = helped = ""
        if kind == "distress_episode":
            before = maker.episode(EPISODE_BEFORE)
            behaviour = maker.episode(EPISODE_BEHAVIOUR)
            tried = maker.episode(EPISODE_TRIED)
            helped = maker.episode(EPISODE_HELPED)
        mood = rng.randint(0, 10) if kind == "mood" or rng.random() < 0.1 else None
        distress = rng.randint(4, 10) if kind == "distress_episode" else None
        sleep_hours = round(rng.uniform(2, 10) * 2) / 2 if kind == "sleep" else None
        flagged = rng.random() < (0.25 if kind == "distress_episode" else 0.02)
        visibility = "private" if rng.random() < 0.05 else "shared"
        entry_tags: tuple[str, ...] = ()
        if rng.random() < 0.35:
            entry_tags = tuple(dict.fromkeys(tags() for _ in range(rng.choice((1, 1, 2, 3)))))
        written = min(happened + timedelta(minutes=rng.randrange(1, 600)), end)
        entry_id = _uuid(rng)
        content = {
            "text": text,
            "kind": kind,
            "happened_at": happened.isoformat(),
            "mood": mood,
            "distress": distress,
            "sleep_hours": sleep_hours,
            "tags": list(entry_tags),
            "flagged": flagged,
            "visibility": visibility,
            "before": before,
            "behaviour": behaviour,
            "tried": tried,
            "helped": helped,
        }
        content_json = json.dumps(content, ensure_ascii=False)
        revisions: list[tuple[Any, ...]] = [
            (_uuid(rng), entry_id, 1, "created", author, _sql_time(written), content_json)
        ]
        version = 1
        deleted_at = deleted_by = None
        updated = written
        if rng.random() < 0.005:  # a few entries were deleted (hidden) later
            version = 2
            updated = min(written + timedelta(days=rng.randrange(0, 30)), end)
            deleted_at = _sql_time(updated)
            deleted_by = author
            revisions.append((_uuid(rng), entry_id, 2, "deleted", author, deleted_at, content_json))
        row = (
            entry_id,
            circle_id,
            author,
            _sql_time(happened),
            _sql_time(written),
            _sql_time(updated),
            kind,
            text,
            mood,
            distress,
            sleep_hours,
            int(flagged),
            visibility,
            before,
            behaviour,
            tried,
            helped,
            version,
            deleted_at,
            deleted_by,
        )
        yield row, [(entry_id, tag) for tag in entry_tags], revisions


_INSERT_ENTRY = (
    "INSERT INTO entries (id, circle_id, author_id, happened_at, written_at, updated_at, kind, "
    "text, mood, distress, sleep_hours, flagged, visibility, before, behaviour, tried, helped, "
    "version, deleted_at, deleted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?)"
)
_INSERT_TAG = "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)"
_INSERT_REVISION = (
    "INSERT INTO entry_revisions (id, entry_id, version, action, by_id, at, content) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def build_diary(
    folder: Path,
    *,
    entries: int = 100_000,
    years: int = 10,
    seed: int = 20261126,
    end: datetime | None = None,
    batch: int = 25_000,
    progress: bool = False,
) -> BuiltDiary:
    """Create a new diary in ``folder`` (which must not hold one) and fill it."""
    started = time.perf_counter()
    rng = random.Random(seed)
    end = (end or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    start = end - timedelta(days=365 * years + years // 4)
    keyring = MemoryKeyring()
    paths = StorePaths(folder)
    created = create_store(
        paths, vault=KeyringVault(keyring), passphrase=BENCH_PASSPHRASE, cost=BENCH_COST
    )
    store = created.store
    try:
        circles = CircleService(store)
        first, *others = CAREGIVERS
        circle = circles.create(
            PersonProfile(
                name="Margaret Okafor",
                preferred_name="Maggie",
                diagnoses="Alzheimer's disease",
                what_calms="Hymns, tea, holding hands",
            ),
            CaregiverDraft(name=first[0], relationship=first[1], role=first[2]),
        )
        for name, relationship, role, _ in others:
            circles.add_caregiver(CaregiverDraft(name=name, relationship=relationship, role=role))
        by_name = {c.name: c.id for c in circles.get().caregivers}
        caregiver_ids = tuple(by_name[name] for name, *_ in CAREGIVERS)

        rows = _generate(rng, entries, circle.id, caregiver_ids, start, end)
        raw = store.engine.raw_connection()
        try:
            conn: Any = raw.driver_connection
            conn.execute("PRAGMA cache_size = -262144")  # 256 MiB while building
            done = 0
            while done < entries:
                size = min(batch, entries - done)
                chunk = [next(rows) for _ in range(size)]
                conn.execute("BEGIN IMMEDIATE")
                try:
                    conn.executemany(_INSERT_ENTRY, [row for row, _, _ in chunk])
                    conn.executemany(_INSERT_TAG, [t for _, tags, _ in chunk for t in tags])
                    conn.executemany(_INSERT_REVISION, [r for _, _, revs in chunk for r in revs])
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
                done += size
                if progress:
                    elapsed = time.perf_counter() - started
                    print(f"  {done:>8,} entries written ({elapsed:.1f} s)", flush=True)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA cache_size = -2000")
        finally:
            raw.close()
    finally:
        store.close()
    diary = BuiltDiary(
        folder=str(folder),
        store_id=store.store_id,
        circle_id=circle.id,
        caregiver_ids=caregiver_ids,
        entries=entries,
        years=years,
        seed=seed,
        end=end.isoformat(),
        build_seconds=round(time.perf_counter() - started, 1),
        key_hex=keyring.items[(SERVICE, store.store_id)],
    )
    return diary


def _save_meta(diary: BuiltDiary) -> None:
    """Remember what was built, without the key (it is re-derived from the passphrase)."""
    data = asdict(diary)
    del data["key_hex"]
    meta = Path(diary.folder).parent / META_FILE
    meta.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _load_meta(out_dir: Path) -> BuiltDiary | None:
    meta = out_dir / META_FILE
    if not meta.exists():
        return None
    data = json.loads(meta.read_text(encoding="utf-8"))
    data["caregiver_ids"] = tuple(data["caregiver_ids"])
    diary = BuiltDiary(**data)
    # The key is unwrapped again with the benchmark passphrase, as a new computer would.
    _, key = unlock_key(
        diary.paths, vault=KeyringVault(MemoryKeyring()), passphrase=BENCH_PASSPHRASE
    )
    key_hex = key.hex()
    key.wipe()
    return replace(diary, key_hex=key_hex)


def load_or_build(
    out_dir: Path,
    *,
    entries: int = 100_000,
    years: int = 10,
    seed: int = 20261126,
    progress: bool = False,
) -> tuple[BuiltDiary, bool]:
    """Reuse the diary cached in ``out_dir`` if it was built with the same settings.

    Returns the diary and whether it was built now. A cached diary built with other
    settings is moved aside (never deleted) and a new one is built.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    cached = _load_meta(out_dir) if (out_dir / "store").exists() else None
    wanted = (entries, years, seed, BUILDER_VERSION)
    if cached is not None and cached.settings == wanted:
        return cached, False
    if (out_dir / "store").exists():
        aside = out_dir / f"store.old-{int(time.time())}"
        (out_dir / "store").rename(aside)
        (out_dir / META_FILE).unlink(missing_ok=True)
    diary = build_diary(
        out_dir / "store", entries=entries, years=years, seed=seed, progress=progress
    )
    _save_meta(diary)
    return diary, True
