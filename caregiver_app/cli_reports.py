"""``kindred-cli`` commands for reports, medicines and appointments.

Kept apart from ``cli.py`` (which wires them in) so neither grows into a hub.
Same rules: everything typed is checked before the store is opened; bad input
gets one plain line and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from caregiver_app import cli
from caregiver_app.domain.appointments import AppointmentDraft
from caregiver_app.domain.errors import InvalidInput
from caregiver_app.domain.handover import DEFAULT_SECTIONS, ReportOptions, Section
from caregiver_app.domain.medicines import (
    DoseOutcome,
    MedicineChange,
    MedicineDraft,
    MedicineEventKind,
)
from caregiver_app.services.appointment_service import AppointmentService
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.services.report_data import (
    gather_for_appointment,
    gather_for_dates,
    gather_profile,
)
from caregiver_app.settings import load_settings


def add_parsers(sub: Any) -> None:
    """Add ``report``, ``profile``, ``medicine`` and ``appointment`` to the CLI."""
    report = sub.add_parser("report", help="make the handover report (PDF) for an appointment")
    span = report.add_mutually_exclusive_group(required=True)
    span.add_argument("--appointment", help="appointment id (covers the time since the last one)")
    span.add_argument("--from", dest="since", help="first day, e.g. 2026-10-01 (needs --to)")
    report.add_argument("--to", dest="until", help="last day, e.g. 2026-11-26")
    report.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    _print_options(report)
    names = report.add_mutually_exclusive_group()
    names.add_argument("--initials", dest="initials", action="store_true", default=True)
    names.add_argument("--full-names", dest="initials", action="store_false")
    report.add_argument(
        "--sections",
        help="comma-separated, from: " + ", ".join(s.value for s in Section) + " (identify is "
        "always in; profile attaches the About me page)",
    )
    report.add_argument("--include-private", action="store_true", help="your own private entries")
    report.add_argument("--concerns", default="", help="the family's main concerns, in words")
    report.add_argument("--needs", default="", help="what the family needs")
    report.set_defaults(handler=cmd_report)

    profile = sub.add_parser("profile", help="print the one-page About me profile (PDF)")
    profile.add_argument("--out", type=Path, required=True)
    _print_options(profile)
    profile.add_argument("--full-names", action="store_true", help="names in full (not initials)")
    profile.set_defaults(handler=cmd_profile)

    medicine = sub.add_parser("medicine", help="the medicines list and its changes")
    actions = medicine.add_subparsers(dest="action", required=True, parser_class=cli._Parser)
    add = actions.add_parser("add", help="add a medicine (it starts its history)")
    add.add_argument("name")
    for flag, help_text in (
        ("--strength", "e.g. '5 mg'"),
        ("--form", "tablet, liquid, patch..."),
        ("--how", "how it is taken, in plain words"),
        ("--for", "what it is for"),
        ("--prescriber", "who prescribed it"),
        ("--reason", "why it was started"),
        ("--decided-by", "who decided"),
    ):
        add.add_argument(flag, default="", help=help_text)
    add.add_argument("--started", help="the day it was started (default today)")
    add.add_argument("--as", dest="writer")
    change = actions.add_parser("change", help="record a change: dose, pause, stop, restart")
    change.add_argument("name", help="the medicine's name (or the start of its id)")
    change.add_argument("--kind", required=True, help="dose_changed, paused, stopped, restarted")
    change.add_argument("--on", help="the day of the change (default today)")
    for flag in ("--reason", "--decided-by", "--side-effects", "--strength", "--how"):
        change.add_argument(flag, default="")
    change.add_argument("--as", dest="writer")
    dose = actions.add_parser("dose", help="log a dose as given, missed or refused")
    dose.add_argument("name")
    dose.add_argument("outcome", help="given, missed or refused")
    dose.add_argument("--when", help="when (default now)")
    dose.add_argument("--note", default="")
    dose.add_argument("--as", dest="writer")
    listing = actions.add_parser("list", help="the medicines now (with --all, stopped ones too)")
    listing.add_argument("--all", action="store_true")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--as", dest="writer")
    medicine.set_defaults(handler=cmd_medicine)

    appointment = sub.add_parser("appointment", help="appointments and their questions")
    actions = appointment.add_subparsers(dest="action", required=True, parser_class=cli._Parser)
    add = actions.add_parser("add", help="add an appointment")
    add.add_argument("--when", required=True, help="'2026-11-27 10:30'")
    add.add_argument("--with", dest="clinician", default="", help="e.g. 'Dr Patel'")
    add.add_argument("--role", default="", help="e.g. psychiatrist, GP, memory nurse")
    add.add_argument("--where", default="")
    add.add_argument("--purpose", default="")
    add.add_argument("--concerns", default="")
    add.add_argument("--needs", default="")
    add.add_argument("--question", action="append", default=[], help="repeat for more")
    add.add_argument("--as", dest="writer")
    listing = actions.add_parser("list", help="every appointment, soonest first")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--as", dest="writer")
    appointment.set_defaults(handler=cmd_appointment)


def _print_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--large-print", action="store_true")
    parser.add_argument("--paper", choices=("a4", "letter"), help="default: by your country")
    parser.add_argument("--as", dest="writer", help="who is making it (default: the main carer)")


def parse_sections(value: str | None) -> frozenset[Section]:
    if value is None:
        return DEFAULT_SECTIONS
    chosen = set()
    for word in value.replace(" ", ",").split(","):
        if not word:
            continue
        try:
            chosen.add(Section(word.strip().lower()))
        except ValueError:
            known = ", ".join(s.value for s in Section)
            raise InvalidInput("sections", f"Unknown section '{word}'. Use: {known}.") from None
    return frozenset(chosen)


def _paper(ctx: cli.Context, args: argparse.Namespace) -> str:
    return str(args.paper or load_settings(ctx.paths.settings).paper_size)


def _write_pdf(out: Path, data: bytes) -> None:
    tmp = out.with_name(out.name + ".partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError:
        raise InvalidInput("out", f"Kindred couldn't write {out}.") from None


def cmd_report(ctx: cli.Context, args: argparse.Namespace) -> int:
    from caregiver_app.reports.handover import build_handover

    options = ReportOptions(
        sections=parse_sections(args.sections),
        initials=args.initials,
        include_private=args.include_private,
        large_print=args.large_print,
        paper="letter" if _paper(ctx, args) == "letter" else "a4",
        concerns=args.concerns,
        needs=args.needs,
    )
    first = last = None
    if args.since is not None:
        if args.until is None:
            raise InvalidInput("to", "Please give the last day too, with --to.")
        first, last = cli.parse_day(args.since), cli.parse_day(args.until)
        if last < first:
            raise InvalidInput("to", "The last day is before the first day.")
    store = cli._open(ctx)
    try:
        viewer = cli._writer(CircleService(store).get(), args.writer)
        if first is not None and last is not None:
            data = gather_for_dates(store, viewer, first, last, options)
        else:
            appointments = AppointmentService(store)
            appointment_id = appointments.resolve_id(args.appointment, viewer)
            data = gather_for_appointment(store, viewer, appointment_id, options)
    finally:
        store.close()
    _write_pdf(args.out, build_handover(data))
    print(f"Report for {data.period.first} to {data.period.last} written to {args.out}.")
    return cli.EXIT_OK


def cmd_profile(ctx: cli.Context, args: argparse.Namespace) -> int:
    from caregiver_app.reports.profile_sheet import build_profile_sheet

    store = cli._open(ctx)
    try:
        viewer = cli._writer(CircleService(store).get(), args.writer)
        data = gather_profile(store, viewer, initials=not args.full_names)
    finally:
        store.close()
    pdf = build_profile_sheet(data, paper=_paper(ctx, args), large_print=args.large_print)
    _write_pdf(args.out, pdf)
    print(f"About me page written to {args.out}.")
    return cli.EXIT_OK


def _kind(value: str) -> MedicineEventKind:
    cleaned = value.strip().lower().replace(" ", "_").replace("-", "_")
    cleaned = {"dose": "dose_changed", "changed": "dose_changed", "pause": "paused"}.get(
        cleaned, cleaned
    )
    cleaned = {"stop": "stopped", "restart": "restarted"}.get(cleaned, cleaned)
    try:
        return MedicineEventKind(cleaned)
    except ValueError:
        raise InvalidInput(
            "kind", f"Unknown change '{value}'. Use dose_changed, paused, stopped or restarted."
        ) from None


def cmd_medicine(ctx: cli.Context, args: argparse.Namespace) -> int:
    today = datetime.now().astimezone().date()
    if args.action == "add":
        draft = MedicineDraft(
            name=args.name,
            strength=args.strength,
            form=args.form,
            how_taken=args.how,
            purpose=getattr(args, "for"),
            prescriber=args.prescriber,
            started_on=cli.parse_day(args.started) if args.started else None,
            reason=args.reason,
            decided_by=args.decided_by,
        ).validated(today)
    elif args.action == "change":
        change = MedicineChange(
            kind=_kind(args.kind),
            on=cli.parse_day(args.on) if args.on else None,
            reason=args.reason,
            decided_by=args.decided_by,
            side_effects=args.side_effects,
            strength=args.strength,
            how_taken=args.how,
        ).validated(today)
    elif args.action == "dose":
        try:
            outcome = DoseOutcome(args.outcome.strip().lower())
        except ValueError:
            raise InvalidInput("outcome", "A dose is given, missed or refused.") from None
        when = cli.parse_when(args.when) if args.when else None
    store = cli._open(ctx)
    try:
        writer = cli._writer(CircleService(store).get(), args.writer)
        medicines = MedicineService(store)
        if args.action == "add":
            saved = medicines.add(writer, draft)
            print(f"Added {saved.title} ({saved.id[:8]}).")
        elif args.action == "change":
            found = medicines.find(args.name, writer)
            saved = medicines.change(found.id, writer, change)
            print(f"{saved.name}: {change.kind.label.lower()}; now {saved.status.label.lower()}.")
        elif args.action == "dose":
            found = medicines.find(args.name, writer)
            medicines.log_dose(writer, found.id, outcome, when, args.note)
            print(f"{found.name}: {outcome.label.lower()}.")
        else:
            for m in medicines.list(writer, include_stopped=args.all):
                print(json.dumps(_medicine_json(m), ensure_ascii=False) if args.json else
                      f"{m.id[:8]}  {m.title}  {m.status.label}  {m.how_taken}")  # fmt: skip
    finally:
        store.close()
    return cli.EXIT_OK


def _medicine_json(m: Any) -> dict[str, object]:
    return {
        "id": m.id,
        "name": m.name,
        "strength": m.strength,
        "form": m.form,
        "how_taken": m.how_taken,
        "purpose": m.purpose,
        "status": m.status.value,
        "started_on": m.started_on.isoformat(),
        "changes": [
            {"on": e.on.isoformat(), "kind": e.kind.value, "reason": e.reason} for e in m.events
        ],
    }


def cmd_appointment(ctx: cli.Context, args: argparse.Namespace) -> int:
    if args.action == "add":
        draft = AppointmentDraft(
            starts_at=cli.parse_when(args.when),
            clinician=args.clinician,
            role=args.role,
            place=args.where,
            purpose=args.purpose,
            concerns=args.concerns,
            needs=args.needs,
        ).validated()
    store = cli._open(ctx)
    try:
        writer = cli._writer(CircleService(store).get(), args.writer)
        appointments = AppointmentService(store)
        if args.action == "add":
            saved = appointments.add(writer, draft, args.question)
            print(f"Appointment saved ({saved.id[:8]}).")
        else:
            for a in appointments.list(writer):
                when = cli._local(a.starts_at)
                if args.json:
                    item = {**_appointment_json(a), "starts_at": a.starts_at.isoformat()}
                    print(json.dumps(item, ensure_ascii=False))
                else:
                    print(f"{a.id[:8]}  {when}  {a.with_whom}  {a.purpose}")
    finally:
        store.close()
    return cli.EXIT_OK


def _appointment_json(a: Any) -> dict[str, object]:
    return {
        "id": a.id,
        "with": a.with_whom,
        "place": a.place,
        "purpose": a.purpose,
        "questions": [q.text for q in a.questions],
        "visit_entry_id": a.visit_entry_id,
    }
