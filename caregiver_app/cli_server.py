"""``kindred-cli server ...``: setting up a shared diary, and moving a diary onto it.

For the administrator (the login that owns the database):
    server init --dsn DSN --circle-name NAME [--person NAME]
    server add-member --dsn DSN --login L --caregiver-name NAME --role ROLE [--circle NAME]
    server remove-member --dsn DSN --login L
    server members --dsn DSN [--circle NAME]
    server upgrade --dsn DSN
For a family member (their own login in the DSN):
    server move --dsn DSN [--as NAME]           this computer's diary → the shared server
    server offline-copy --dsn DSN --to FOLDER   the shared diary → a new local diary
    server connect --dsn DSN [--remember-password]   kindred-cli then uses the shared diary
    server disconnect                           ... and this computer's own diary again

Passwords are never taken on the command line: the administrator's comes from libpq
(PGPASSWORD, ~/.pgpass) or is asked for; a new member's from $KINDRED_MEMBER_PASSWORD
(or one is made up and shown once); a member's own from $KINDRED_SERVER_PASSWORD, the
keyring, or asked for. See docs/shared-server.md.
"""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import sys
from pathlib import Path
from typing import Any

from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import Engine

from caregiver_app import cli
from caregiver_app.domain.circle import Role
from caregiver_app.domain.errors import InvalidInput, ServerRefused
from caregiver_app.paths import StorePaths
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.transfer import copy_to_new_local, move_to_server
from caregiver_app.storage import server_admin
from caregiver_app.storage.server import (
    ServerPasswords,
    ServerSettings,
    ServerStore,
    load_server_settings,
    open_server_store,
    save_server_settings,
)

MEMBER_PASSWORD_ENV = "KINDRED_MEMBER_PASSWORD"
SERVER_PASSWORD_ENV = "KINDRED_SERVER_PASSWORD"
_DSN_HELP = (
    "libpq connection string, e.g. 'postgresql://admin@db.example.org/kindred' or "
    "'host=db.example.org dbname=kindred user=admin sslrootcert=ca.pem' (certificate "
    "checking, sslmode=verify-full, is on unless the string says otherwise)"
)


def add_parsers(sub: Any) -> None:
    server = sub.add_parser("server", help="the shared diary on a PostgreSQL server")
    commands = server.add_subparsers(dest="server_command", required=True, parser_class=cli._Parser)

    init = commands.add_parser("init", help="(administrator) prepare a database and a circle")
    init.add_argument("--dsn", required=True, help=_DSN_HELP)
    init.add_argument("--circle-name", required=True, help="e.g. 'Okafor family'")
    init.add_argument("--person", help="name of the person cared for (else set when moving)")
    init.set_defaults(handler=cmd_init)

    upgrade = commands.add_parser("upgrade", help="(administrator) update to this version")
    upgrade.add_argument("--dsn", required=True, help=_DSN_HELP)
    upgrade.set_defaults(handler=cmd_upgrade)

    add = commands.add_parser("add-member", help="(administrator) give someone a login")
    add.add_argument("--dsn", required=True, help=_DSN_HELP)
    add.add_argument("--circle", help="circle name (needed when the server has several)")
    add.add_argument("--login", required=True, help="their sign-in name, e.g. ann_okafor")
    add.add_argument("--caregiver-name", required=True, help="their name in the diary")
    add.add_argument("--relationship", default="", help="e.g. daughter, paid carer")
    add.add_argument(
        "--role", required=True, choices=[role.value for role in Role], help="viewer: read only"
    )
    add.add_argument(
        "--new-password",
        action="store_true",
        help=f"set a new password (from ${MEMBER_PASSWORD_ENV}, or made up and shown once)",
    )
    add.set_defaults(handler=cmd_add_member)

    remove = commands.add_parser("remove-member", help="(administrator) stop a login")
    remove.add_argument("--dsn", required=True, help=_DSN_HELP)
    remove.add_argument("--login", required=True)
    remove.set_defaults(handler=cmd_remove_member)

    members = commands.add_parser("members", help="(administrator) list the members")
    members.add_argument("--dsn", required=True, help=_DSN_HELP)
    members.add_argument("--circle")
    members.set_defaults(handler=cmd_members)

    move = commands.add_parser("move", help="move this computer's diary to the shared server")
    move.add_argument("--dsn", required=True, help="your own sign-in: " + _DSN_HELP)
    move.add_argument("--as", dest="writer", help="who you are in this diary (default: by name)")
    move.set_defaults(handler=cmd_move)

    copy = commands.add_parser("offline-copy", help="copy the shared diary to a new local one")
    copy.add_argument("--dsn", required=True, help="your own sign-in: " + _DSN_HELP)
    copy.add_argument("--to", type=Path, required=True, help="an empty folder for the copy")
    copy.add_argument(
        "--passphrase",
        action="store_true",
        help=f"protect the copy with a passphrase (from ${cli.PASSPHRASE_ENV} or asked for)",
    )
    copy.set_defaults(handler=cmd_offline_copy)

    connect = commands.add_parser("connect", help="use the shared diary from this computer")
    connect.add_argument("--dsn", required=True, help="your own sign-in: " + _DSN_HELP)
    connect.add_argument(
        "--remember-password", action="store_true", help="keep it in this computer's keyring"
    )
    connect.set_defaults(handler=cmd_connect)

    disconnect = commands.add_parser("disconnect", help="use this computer's own diary again")
    disconnect.set_defaults(handler=cmd_disconnect)


# --- administrator -------------------------------------------------------------------------


def _admin(dsn: str) -> Engine:
    engine = server_admin.admin_engine(dsn)
    try:
        server_admin.check_connection(engine)
    except ServerRefused as exc:
        if "password" not in exc.message.lower() or not sys.stdin.isatty():
            raise
        engine = server_admin.admin_engine(dsn, getpass.getpass("Database password: "))
        server_admin.check_connection(engine)
    return engine


def cmd_init(ctx: cli.Context, args: argparse.Namespace) -> int:
    engine = _admin(args.dsn)
    try:
        circle = server_admin.init_server(engine, args.circle_name, args.person)
    finally:
        engine.dispose()
    state = "is ready" if circle.created else "was already there"
    print(f"The database is ready. The care circle '{circle.name}' {state} (id {circle.id}).")
    print("Next: kindred-cli server add-member --login ... --caregiver-name ... --role ...")
    return cli.EXIT_OK


def cmd_upgrade(ctx: cli.Context, args: argparse.Namespace) -> int:
    engine = _admin(args.dsn)
    try:
        revision = server_admin.upgrade_server(engine)
    finally:
        engine.dispose()
    print(f"The database is at version {revision}.")
    return cli.EXIT_OK


def cmd_add_member(ctx: cli.Context, args: argparse.Namespace) -> int:
    role = Role(args.role)
    engine = _admin(args.dsn)
    try:
        known = {member.login for member in server_admin.list_members(engine)}
        password = None
        made_up = False
        if args.new_password or args.login not in known:
            password = os.environ.get(MEMBER_PASSWORD_ENV)
            if not password:
                password = secrets.token_urlsafe(15)
                made_up = True
        member = server_admin.add_member(
            engine,
            login=args.login,
            caregiver_name=args.caregiver_name,
            role=role,
            circle=args.circle,
            relationship=args.relationship,
            password=password,
        )
    except InvalidInput as exc:
        if exc.field == "password":
            raise InvalidInput(
                "password",
                f"'{args.login}' is already a login here. Use --new-password to give it a new one.",
            ) from None
        raise
    finally:
        engine.dispose()
    print(
        f"{member.caregiver_name} ({role.label}) can now sign in to '{member.circle_name}' "
        f"as {member.login}."
    )
    if made_up:
        print("Their password (shown only this once; give it to them privately):")
        print(f"    {password}")
    return cli.EXIT_OK


def cmd_remove_member(ctx: cli.Context, args: argparse.Namespace) -> int:
    engine = _admin(args.dsn)
    try:
        server_admin.remove_member(engine, args.login)
    finally:
        engine.dispose()
    print(f"{args.login} can no longer sign in. Everything they wrote stays in the diary.")
    return cli.EXIT_OK


def cmd_members(ctx: cli.Context, args: argparse.Namespace) -> int:
    engine = _admin(args.dsn)
    try:
        members = server_admin.list_members(engine, args.circle)
    finally:
        engine.dispose()
    if not members:
        print("No members yet.")
    for member in members:
        print(f"{member.circle_name}\t{member.login}\t{member.caregiver_name}\t{member.role.value}")
    return cli.EXIT_OK


# --- family member ---------------------------------------------------------------------------


def member_settings(dsn: str) -> tuple[ServerSettings, str | None]:
    """Connection settings (and a password, if the DSN carries one) from a DSN."""
    try:
        params = conninfo_to_dict(dsn)
    except Exception:
        raise InvalidInput("dsn", "That connection string can't be read.") from None
    missing = [key for key in ("host", "dbname", "user") if not params.get(key)]
    if missing:
        raise InvalidInput("dsn", "The connection string needs " + ", ".join(missing) + ".")
    settings = ServerSettings(
        host=str(params["host"]),
        port=int(params.get("port") or 5432),
        database=str(params["dbname"]),
        user=str(params["user"]),
        sslmode=str(params.get("sslmode") or "verify-full"),
        ca_file=str(params.get("sslrootcert") or ""),
    ).validated()
    password = params.get("password")
    return settings, str(password) if password else None


def _password(ctx: cli.Context, settings: ServerSettings, given: str | None) -> str | None:
    passwords = ServerPasswords(ctx.vault)
    password = given or os.environ.get(SERVER_PASSWORD_ENV) or passwords.fetch(settings)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {settings.user}: ")
    return password


def _open_member(ctx: cli.Context, dsn: str) -> ServerStore:
    settings, password = member_settings(dsn)
    password = _password(ctx, settings, password)
    return open_server_store(settings, password, home=ctx.paths.folder, upgrade=False)


def connected_store(ctx: cli.Context) -> ServerStore | None:
    """The shared diary, if ``server connect`` was run for this home; else None."""
    settings = load_server_settings(ctx.paths.folder)
    if settings is None:
        return None
    password = _password(ctx, settings, None)
    return open_server_store(settings, password, home=ctx.paths.folder, upgrade=False)


def cmd_connect(ctx: cli.Context, args: argparse.Namespace) -> int:
    settings, given = member_settings(args.dsn)
    password = _password(ctx, settings, given)
    store = open_server_store(settings, password, home=ctx.paths.folder, upgrade=False)
    try:
        membership = store.membership
        name = CircleService(store).get().caregiver(membership.caregiver_id) if membership else None
    finally:
        store.close()
    save_server_settings(ctx.paths.folder, settings)
    remembered = bool(
        args.remember_password and password and ServerPasswords(ctx.vault).save(settings, password)
    )
    who = f" as {name.name}" if name else ""
    print(f"Connected{who}: kindred-cli now reads and writes the shared diary on {settings.host}.")
    if name:
        print(f'Write with --as "{name.name}": on the shared diary you write as yourself.')
    if not remembered:
        print(f"The password will be asked for each time (or set ${SERVER_PASSWORD_ENV}).")
    print("kindred-cli server disconnect goes back to this computer's own diary.")
    return cli.EXIT_OK


def cmd_disconnect(ctx: cli.Context, args: argparse.Namespace) -> int:
    settings = load_server_settings(ctx.paths.folder)
    if settings is None:
        print("kindred-cli already uses this computer's own diary.")
        return cli.EXIT_OK
    ServerPasswords(ctx.vault).forget(settings)
    save_server_settings(ctx.paths.folder, None)
    print("kindred-cli uses this computer's own diary again. The shared diary is unchanged.")
    return cli.EXIT_OK


def cmd_move(ctx: cli.Context, args: argparse.Namespace) -> int:
    server = _open_member(ctx, args.dsn)
    try:
        local = cli._open_local(ctx)
        try:
            me = cli._writer(CircleService(local).get(), args.writer) if args.writer else None
            report = move_to_server(local, server, me=me)
        finally:
            local.close()
    finally:
        server.close()
    print(report.summary)
    print("The diary on this computer was left as it was.")
    return cli.EXIT_OK


def cmd_offline_copy(ctx: cli.Context, args: argparse.Namespace) -> int:
    passphrase = None
    if args.passphrase:
        passphrase = os.environ.get(cli.PASSPHRASE_ENV) or (
            getpass.getpass("Choose a passphrase: ") if sys.stdin.isatty() else None
        )
        if not passphrase:
            raise InvalidInput(
                "passphrase", f"Please give the passphrase in ${cli.PASSPHRASE_ENV}."
            )
    server = _open_member(ctx, args.dsn)
    try:
        created, report = copy_to_new_local(
            server, StorePaths(args.to), vault=ctx.vault, passphrase=passphrase
        )
        created.store.close()
    finally:
        server.close()
    print(report.summary)
    print(f"The offline copy is in {args.to}. Its recovery code (shown only once):")
    print(f"    {created.recovery_code}")
    return cli.EXIT_OK
