"""``kindred-cli``: the care diary from a terminal, for scripting and support staff.

Bad input gets one plain line on stderr and exit code 2; nothing is half-written,
because every command validates everything before it opens a write transaction.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NoReturn

from caregiver_app import __version__
from caregiver_app.domain.circle import CaregiverDraft, Circle, PersonProfile, Role
from caregiver_app.domain.entries import Entry, EntryDraft, EntryFilter, EntryKind, Visibility
from caregiver_app.domain.errors import InvalidInput, KeyUnavailable, KindredError
from caregiver_app.i18n import set_language
from caregiver_app.logging_setup import configure_logging
from caregiver_app.paths import StorePaths, default_home
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.settings import load_settings
from caregiver_app.storage.secrets import KeyringVault
from caregiver_app.storage.store import Store, create_store, open_store

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
PASSPHRASE_ENV = "KINDRED_PASSPHRASE"
RECOVERY_ENV = "KINDRED_RECOVERY_CODE"


class CliError(Exception):
    """A one-line message for the person at the terminal."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, like every other error here, instead of argparse's usage block.
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kindred-cli", description="Kindred care diary, from the terminal.")
    parser.add_argument("--version", action="version", version=f"Kindred {__version__}")
    parser.add_argument(
        "--home", type=Path, help="folder of the diary (default: Kindred's data folder)"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    init = sub.add_parser("init", help="start a new diary")
    init.add_argument("--person", required=True, help="name of the person you care for")
    init.add_argument("--preferred-name", default="", help="what they like to be called")
    init.add_argument("--me", required=True, help="your name")
    init.add_argument("--relationship", default="", help="e.g. daughter, husband, friend")
    init.add_argument(
        "--passphrase",
        action="store_true",
        help=f"protect with a passphrase (read from ${PASSPHRASE_ENV} or asked for)",
    )

    add = sub.add_parser("add", help="write an entry")
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="what happened")
    source.add_argument("--text-file", type=Path, help="read the text from a UTF-8 file")
    add.add_argument(
        "--kind", default="note", help="one of: " + ", ".join(k.value for k in EntryKind)
    )
    add.add_argument(
        "--when", help="when it happened: 2026-11-20 or '2026-11-20 14:30' (default now)"
    )
    add.add_argument("--mood", help="0 (very low) to 10 (very good)")
    add.add_argument("--distress", help="0 (calm) to 10 (extreme)")
    add.add_argument("--sleep", help="hours of sleep, e.g. 6.5")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.add_argument("--flag", action="store_true", help="flag for the next appointment")
    add.add_argument("--private", action="store_true", help="only you can see it")
    for name in ("before", "behaviour", "tried", "helped"):
        add.add_argument(
            f"--{name}", default="", help=f"distress episode: {name.replace('_', ' ')}"
        )
    add.add_argument("--as", dest="writer", help="who is writing (default: the main carer)")

    listing = sub.add_parser("list", help="show entries, newest first")
    _add_filter_arguments(listing)

    search = sub.add_parser("search", help="find entries by words")
    search.add_argument("words", nargs="+")
    _add_filter_arguments(search)

    show = sub.add_parser("show", help="show one entry in full")
    show.add_argument("id", help="the entry id (the first 8 characters are enough)")
    show.add_argument("--history", action="store_true", help="also show every change")
    show.add_argument("--as", dest="writer")

    export = sub.add_parser("export", help="export the care record")
    formats = export.add_mutually_exclusive_group(required=True)
    formats.add_argument("--json", action="store_true", help="the whole record, as JSON")
    formats.add_argument("--csv", action="store_true", help="the diary, for a spreadsheet")
    export.add_argument("--lock", action="store_true", help="lock the JSON with a passphrase")
    export.add_argument("--out", type=Path, help="file to write (default: standard output)")
    export.add_argument("--as", dest="writer")

    # report, profile, medicine, appointment (imported here: that module imports this one)
    from caregiver_app import cli_keys, cli_records, cli_reports, cli_server

    cli_reports.add_parsers(sub)
    cli_records.add_parsers(sub)
    cli_keys.add_parsers(sub)
    cli_server.add_parsers(sub)
    return parser


def _add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--kind", action="append", default=[])
    parser.add_argument("--author", action="append", default=[], help="name of a writer")
    parser.add_argument("--from", dest="since", help="first day, e.g. 2026-11-01")
    parser.add_argument("--to", dest="until", help="last day, e.g. 2026-11-30")
    parser.add_argument("--tag", default="")
    parser.add_argument("--flagged", action="store_true")
    parser.add_argument("--private", action="store_true")
    parser.add_argument("--json", action="store_true", help="print JSON lines")
    parser.add_argument("--as", dest="writer")


# --- parsing what was typed -----------------------------------------------------


def parse_kind(value: str) -> EntryKind:
    cleaned = value.strip().lower().replace(" ", "_").replace("-", "_")
    aliases = {
        "distress": "distress_episode",
        "episode": "distress_episode",
        "question_for_doctor": "question",
    }
    try:
        return EntryKind(aliases.get(cleaned, cleaned))
    except ValueError:
        kinds = ", ".join(k.value for k in EntryKind)
        raise InvalidInput("kind", f"Unknown kind '{value}'. Use one of: {kinds}.") from None


def parse_rating(value: str | None, label: str) -> int | None:
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError:
        raise InvalidInput(label, f"{label.capitalize()} is a whole number from 0 to 10.") from None
    if not 0 <= number <= 10:
        raise InvalidInput(label, f"{label.capitalize()} is a number from 0 to 10, not {number}.")
    return number


def parse_hours(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        hours = float(value)
    except ValueError:
        raise InvalidInput("sleep", "Hours of sleep is a number, like 6 or 7.5.") from None
    if not 0 <= hours <= 24:
        raise InvalidInput("sleep", "Hours of sleep should be between 0 and 24.")
    return hours


_DATE_HELP = "Dates are written like 2026-11-20, or 2026-11-20 14:30 with a time."


def parse_when(value: str) -> datetime:
    text = value.strip().replace("T", " ")
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return parsed.astimezone()  # the computer's own time zone
    raise InvalidInput("when", f"'{value}' isn't a date Kindred understands. {_DATE_HELP}")


def parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            "date", f"'{value}' isn't a date Kindred understands. {_DATE_HELP}"
        ) from None


def read_text_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError:
        raise InvalidInput("text_file", f"Kindred couldn't read the file {path.name}.") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            "text_file",
            f"The file {path.name} isn't UTF-8 text. Please save it as UTF-8 and try again.",
        ) from None


# --- commands -----------------------------------------------------------------


@dataclass
class Context:
    paths: StorePaths
    vault: KeyringVault


def _open(ctx: Context) -> Store:
    """The diary this computer uses: the shared one after ``server connect``, else its own."""
    from caregiver_app import cli_server

    shared = cli_server.connected_store(ctx)
    return shared if shared is not None else _open_local(ctx)


def _open_local(ctx: Context) -> Store:
    try:
        return open_store(ctx.paths, vault=ctx.vault, take_lock=False)
    except KeyUnavailable as exc:
        passphrase = os.environ.get(PASSPHRASE_ENV)
        recovery = os.environ.get(RECOVERY_ENV)
        if passphrase:
            return open_store(ctx.paths, vault=ctx.vault, passphrase=passphrase, take_lock=False)
        if recovery:
            return open_store(ctx.paths, vault=ctx.vault, recovery_code=recovery, take_lock=False)
        if sys.stdin.isatty():
            typed = getpass.getpass("Passphrase (or recovery code): ")
            try:
                return open_store(ctx.paths, vault=ctx.vault, passphrase=typed, take_lock=False)
            except KindredError:
                return open_store(ctx.paths, vault=ctx.vault, recovery_code=typed, take_lock=False)
        raise CliError(
            f"{exc.message} (set {PASSPHRASE_ENV} when running without a terminal)"
        ) from exc


def _writer(circle: Circle, name: str | None) -> str:
    if not name:
        primary = next((c for c in circle.caregivers if c.role is Role.PRIMARY), None)
        return (primary or circle.caregivers[0]).id
    wanted = name.strip().casefold()
    matches = [c for c in circle.caregivers if c.name.casefold() == wanted] or [
        c for c in circle.caregivers if c.name.casefold().startswith(wanted)
    ]
    if len(matches) != 1:
        names = ", ".join(c.name for c in circle.caregivers)
        raise InvalidInput("as", f"Nobody called '{name}' is unambiguous in the circle ({names}).")
    return matches[0].id


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    person = PersonProfile(name=args.person, preferred_name=args.preferred_name).validated()
    me = CaregiverDraft(name=args.me, relationship=args.relationship, role=Role.PRIMARY).validated()
    passphrase = None
    if args.passphrase:
        passphrase = os.environ.get(PASSPHRASE_ENV) or (
            getpass.getpass("Choose a passphrase: ") if sys.stdin.isatty() else None
        )
        if not passphrase:
            raise CliError(f"Please give the passphrase in ${PASSPHRASE_ENV}.")
    created = create_store(ctx.paths, vault=ctx.vault, passphrase=passphrase, take_lock=False)
    try:
        CircleService(created.store).create(person, me)
    finally:
        created.store.close()
    print(f"A new diary for {person.display_name} is ready in {ctx.paths.folder}.")
    print("Your recovery code (print it and keep it safe; it is shown only once):")
    print(f"    {created.recovery_code}")
    if not created.uses_keyring:
        print("You will be asked for your passphrase each time you open the diary.")
    return EXIT_OK


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    text = read_text_file(args.text_file) if args.text_file else args.text
    draft = EntryDraft(
        text=text,
        kind=parse_kind(args.kind),
        happened_at=parse_when(args.when) if args.when else None,
        mood=parse_rating(args.mood, "mood"),
        distress=parse_rating(args.distress, "distress"),
        sleep_hours=parse_hours(args.sleep),
        tags=tuple(args.tag),
        flagged=args.flag,
        visibility=Visibility.PRIVATE if args.private else Visibility.SHARED,
        before=args.before,
        behaviour=args.behaviour,
        tried=args.tried,
        helped=args.helped,
    ).validated()  # everything is checked before the store is even opened
    store = _open(ctx)
    try:
        writer = _writer(CircleService(store).get(), args.writer)
        entry = DiaryService(store).add(writer, draft)
    finally:
        store.close()
    print(f"Saved ({entry.id[:8]}).")
    return EXIT_OK


def _filters(store: Store, args: argparse.Namespace, text: str = "") -> tuple[str, EntryFilter]:
    circle = CircleService(store).get()
    viewer = _writer(circle, args.writer)
    until = parse_day(args.until) + timedelta(days=1) if args.until else None
    return viewer, EntryFilter(
        text=text,
        author_ids=tuple(_writer(circle, name) for name in args.author),
        kinds=tuple(parse_kind(kind) for kind in args.kind),
        since=datetime.combine(parse_day(args.since), time()).astimezone() if args.since else None,
        until=datetime.combine(until, time()).astimezone() if until else None,
        tag=args.tag.strip().lstrip("#"),
        flagged_only=args.flagged,
        private_only=args.private,
    )


def cmd_list(ctx: Context, args: argparse.Namespace, text: str = "") -> int:
    if args.limit < 1:
        raise InvalidInput("limit", "The limit is a number of entries, 1 or more.")
    store = _open(ctx)
    try:
        viewer, filters = _filters(store, args, text)
        page = DiaryService(store).page(viewer, filters, limit=args.limit)
    finally:
        store.close()
    if not page.entries:
        print("No entries match." if text or filters != EntryFilter() else "No entries yet.")
    for entry in page.entries:
        print(
            json.dumps(_entry_summary(entry), ensure_ascii=False)
            if args.json
            else _entry_line(entry)
        )
    return EXIT_OK


def cmd_search(ctx: Context, args: argparse.Namespace) -> int:
    return cmd_list(ctx, args, text=" ".join(args.words))


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    store = _open(ctx)
    try:
        viewer = _writer(CircleService(store).get(), args.writer)
        diary = DiaryService(store)
        entry = diary.get(diary.resolve_id(args.id, viewer), viewer)
        history = diary.history(entry.id, viewer) if args.history else ()
    finally:
        store.close()
    draft = entry.draft
    print(f"{_local(entry.happened_at)}  {draft.kind.label}  by {entry.author_name}")
    if entry.deleted_at:
        print("(deleted — it can be brought back)")
    details = [
        ("Mood", draft.mood),
        ("Distress", draft.distress),
        ("Sleep (hours)", draft.sleep_hours),
        ("Tags", ", ".join(draft.tags) or None),
        ("Flagged for the next appointment", "yes" if draft.flagged else None),
        ("Private", "yes" if entry.is_private else None),
    ]
    for label, value in details:
        if value is not None:
            print(f"{label}: {value}")
    print()
    print(draft.text)
    for label, value in (
        ("Before", draft.before),
        ("What they did", draft.behaviour),
        ("What we tried", draft.tried),
        ("What helped", draft.helped),
    ):
        if value:
            print(f"\n{label}: {value}")
    if history:
        print("\nHistory:")
        for rev in history:
            print(f"  v{rev.version} {rev.action.value} by {rev.by_name} at {_local(rev.at)}")
    print(f"\nid {entry.id} · version {entry.version}")
    return EXIT_OK


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from caregiver_app.cli_records import export_bytes

    if args.lock and args.csv:
        raise InvalidInput("lock", "Only the JSON export can be locked; a CSV is plain text.")
    data = export_bytes(ctx, args, _open, _writer)
    if args.out:
        tmp = args.out.with_name(args.out.name + ".partial")
        tmp.write_bytes(data)
        os.replace(tmp, args.out)
        print(f"Exported to {args.out}.")
    else:
        sys.stdout.write(data.decode("utf-8"))
    return EXIT_OK


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _entry_line(entry: Entry) -> str:
    draft = entry.draft
    marks = []
    if draft.mood is not None:
        marks.append(f"mood {draft.mood}")
    if draft.distress is not None:
        marks.append(f"distress {draft.distress}")
    if draft.flagged:
        marks.append("flagged")
    if entry.is_private:
        marks.append("private")
    body = draft.text or draft.behaviour or draft.before
    first_line = body.splitlines()[0] if body else ""
    if len(first_line) > 70:
        first_line = first_line[:69] + "…"
    extra = f" ({', '.join(marks)})" if marks else ""
    when = _local(entry.happened_at)
    return f"{entry.id[:8]}  {when}  {entry.author_name}  {draft.kind.label}{extra}: {first_line}"


def _entry_summary(entry: Entry) -> dict[str, object]:
    return {
        "id": entry.id,
        "happened_at": entry.happened_at.isoformat(),
        "author": entry.author_name,
        "kind": entry.kind.value,
        "text": entry.text,
        "mood": entry.draft.mood,
        "distress": entry.draft.distress,
        "tags": list(entry.draft.tags),
        "flagged": entry.draft.flagged,
        "private": entry.is_private,
    }


COMMANDS = {
    "init": cmd_init,
    "add": cmd_add,
    "list": cmd_list,
    "search": cmd_search,
    "show": cmd_show,
    "export": cmd_export,
}


def main(argv: Sequence[str] | None = None, vault: KeyringVault | None = None) -> int:
    args = build_parser().parse_args(argv)
    home = args.home or default_home()
    ctx = Context(paths=StorePaths(home), vault=vault or KeyringVault())
    # Logging is a help for support staff, never a reason to fail.
    with contextlib.suppress(OSError):
        configure_logging(ctx.paths.logs, level=logging.WARNING)
    # Reports and messages in the family's language, as chosen in the app's Settings.
    set_language(load_settings(ctx.paths.settings).language)
    try:
        handler = COMMANDS.get(args.command) or args.handler
        return int(handler(ctx, args))
    except (KindredError, CliError) as exc:
        message = exc.message if isinstance(exc, KindredError) else str(exc)
        print(f"kindred-cli: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:
        log.exception("kindred-cli %s failed", args.command)
        print(
            "kindred-cli: something went wrong and nothing was changed. "
            f"Details for support are in {ctx.paths.logs}.",
            file=sys.stderr,
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
