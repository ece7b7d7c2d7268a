"""The `nhacviec` command line: chat, understand, demo, invite, org load, db upgrade, parse."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Coroutine, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bot.parse_cmd import run_parse
from bot.settings import (
    DEFAULT_DATABASE_URL,
    DEMO_DATABASE_URL,
    DEMO_PROVINCE_DATABASE_URL,
    Settings,
)

log = logging.getLogger("nhacviec")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nhacviec", description=__doc__)
    # `--demo` alone has always meant the district demo; the province demo has a flag of its
    # own (an optional value after `--demo` would swallow the subcommand's name).
    parser.add_argument(
        "--demo",
        dest="demo",
        action="store_const",
        const="district",
        help="use the (district) demo database",
    )
    parser.add_argument(
        "--demo-province",
        dest="demo",
        action="store_const",
        const="province",
        help="use the province demo database (built by `nhacviec demo --province`)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    chat = sub.add_parser("chat", help="talk to the bot in this terminal (or through a pipe)")
    chat.add_argument("--as", dest="handle", required=True, help="official handle, e.g. noivu")
    chat.add_argument("--today", type=_date, help="pretend today is YYYY-MM-DD")

    understand = sub.add_parser("understand", help="show how a question is understood")
    understand.add_argument("text")
    understand.add_argument("--today", type=_date, help="YYYY-MM-DD (default: today)")
    understand.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", help="create the demo database and open the chat")
    demo.add_argument("--no-chat", action="store_true", help="only build the database")
    demo.add_argument("--as", dest="handle", help="official handle (default: noivu)")
    demo.add_argument(
        "--province",
        action="store_true",
        help="the province after the 2025 reform (tỉnh Lạng Sơn, 2026 notice) in its own database",
    )

    invite = sub.add_parser("invite", help="issue a one-time invite code for an official")
    invite.add_argument("handle")

    org = sub.add_parser("org", help="organisation commands")
    org_sub = org.add_subparsers(dest="org_command", required=True)
    org_load = org_sub.add_parser(
        "load", help="load units and officials from a YAML file or an Excel workbook (.xlsx)"
    )
    org_load.add_argument("file", type=Path)
    org_export = org_sub.add_parser("export", help="write units and officials to an .xlsx file")
    org_export.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx")
    org_sub.add_parser("template", help="print the path of the blank .xlsx template")

    db = sub.add_parser("db", help="database commands")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="create or upgrade the schema (Alembic)")

    reminders = sub.add_parser("reminders", help="reminder rules, outbox and dead letters")
    rem_sub = reminders.add_subparsers(dest="reminders_command", required=True)
    rem_preview = rem_sub.add_parser("preview", help="what would be sent, without sending")
    rem_preview.add_argument("--from", dest="from_day", type=_date, required=True)
    rem_preview.add_argument("--to", dest="to_day", type=_date, required=True)
    rem_preview.add_argument("--json", action="store_true")
    rem_once = rem_sub.add_parser("run-once", help="fire one day's reminders and send them")
    rem_once.add_argument("--today", type=_date, required=True, help="YYYY-MM-DD")
    rem_failed = rem_sub.add_parser("failed", help="reminders that could not be delivered")
    rem_failed.add_argument("--json", action="store_true")

    status = sub.add_parser("status", help="schema, database size, outbox, channels")
    status.add_argument("--json", action="store_true")

    backup = sub.add_parser("backup", help="copy the database (consistent while running)")
    backup.add_argument("file", nargs="?", help="where (default: BACKUP__DIR/nhacviec-…)")
    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="do not ask")

    run = sub.add_parser("run", help="serve every configured channel (Zalo, Telegram)")
    run.add_argument("--today", type=_date, help="pretend today is YYYY-MM-DD (demos)")

    imp = sub.add_parser("import", help="import a notice's tasks (preview, then confirm)")
    imp.add_argument("file")
    imp.add_argument("--yes", action="store_true", help="save without asking")
    imp.add_argument("--issuer", help="code of the issuing unit (default: from the notice)")

    report = sub.add_parser("report", help="write the period report (Word) or tracking sheet")
    report.add_argument("--from", dest="from_day", type=_date, required=True, help="YYYY-MM-DD")
    report.add_argument("--to", dest="to_day", type=_date, required=True, help="YYYY-MM-DD")
    report.add_argument("--unit", help="only this unit's tree as lead unit (name or code)")
    report.add_argument("--notice", help="only the tasks of this notice (its number)")
    report.add_argument("--format", choices=("docx", "xlsx"), required=True)
    report.add_argument("--overdue", action="store_true", help="only the tasks overdue at the end")
    report.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    report.add_argument("--as", dest="handle", help="in this official's scope (default: all)")
    report.add_argument("--today", type=_date, help="pretend today is YYYY-MM-DD")
    report.add_argument("--template", type=Path, help="a Word template of your own")

    parse = sub.add_parser("parse", help="extract the tasks of a notice file")
    parse.add_argument("file")
    parse.add_argument("--json", action="store_true")
    parse.add_argument("--year-hint", type=int)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings()
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # Migration chatter is noise in a terminal conversation; errors still show.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command == "parse":
        return run_parse(args.file, as_json=args.json, year_hint=args.year_hint)
    # Parsing needs no database; every other command does.
    demo_url = _demo_database_url(args)
    if demo_url is None:
        fallback = _only_demo_exists(settings, quiet=_serves(args))
        if fallback and _serves(args):
            # A production start must never serve demo data by accident.
            print(
                f"nhacviec {args.command}: no database is configured (DATABASE_URL), and only "
                f"the demo database exists ({_sqlite_path(fallback)}). Refusing to send real "
                "messages from demo data: set DATABASE_URL (see .env.example), or pass --demo "
                "to serve the demo on purpose.",
                file=sys.stderr,
            )
            return 2
        demo_url = fallback
    if demo_url:
        settings = settings.model_copy(update={"database_url": demo_url})
    # Imported here, not at the top: SQLAlchemy, Alembic and the conversation core take most
    # of a second to load, and `nhacviec parse` needs none of them.
    from bot.wiring import SchemaOutdated

    try:
        return asyncio.run(command_for(args, settings))
    except SchemaOutdated as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def command_for(args: argparse.Namespace, settings: Settings) -> Coroutine[Any, Any, int]:
    """The command's coroutine. `run` goes straight to bot.run: the other commands' modules
    (the org sheet's openpyxl, the document readers, the demo, the console) would otherwise
    stay in the service's memory for its whole life."""
    if args.command == "run":
        from bot.run import run

        return run(settings, today=args.today)
    from bot.commands import dispatch

    return dispatch(args, settings)


def _sqlite_path(url: str) -> Path:
    return Path(url.split(":///", 1)[1])


def _demo_database_url(args: argparse.Namespace) -> str | None:
    """The demo database asked for: by `demo [--province]` or by `--demo`/`--demo-province`."""
    if args.command == "demo":
        return DEMO_PROVINCE_DATABASE_URL if args.province else DEMO_DATABASE_URL
    if args.demo == "province":
        return DEMO_PROVINCE_DATABASE_URL
    return DEMO_DATABASE_URL if args.demo else None


def _serves(args: argparse.Namespace) -> bool:
    """Commands that send to real chats: `run`, and `reminders run-once`."""
    return args.command == "run" or (
        args.command == "reminders" and getattr(args, "reminders_command", None) == "run-once"
    )


def _only_demo_exists(settings: Settings, *, quiet: bool = False) -> str | None:
    """After `make demo` (or `make demo-province`) on a machine with no database of its own,
    commands talk to that demo database rather than failing on a missing schema; the district
    demo first when both exist. An explicit DATABASE_URL always wins."""
    if (
        "database_url" in settings.model_fields_set
        or settings.database_url != DEFAULT_DATABASE_URL
        or _sqlite_path(DEFAULT_DATABASE_URL).exists()
    ):
        return None
    for url in (DEMO_DATABASE_URL, DEMO_PROVINCE_DATABASE_URL):
        path = _sqlite_path(url)
        if path.exists():
            if not quiet:
                print(
                    f"Using the demo database ({path}); set DATABASE_URL to use another.",
                    file=sys.stderr,
                )
            return url
    return None
