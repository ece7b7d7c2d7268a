"""Bodies of the CLI subcommands that use the database; each returns the process exit code."""

from __future__ import annotations

import argparse
import sys
import zipfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from openpyxl.utils.exceptions import InvalidFileException

from bot import org_sheet
from bot.console import run_console
from bot.demo import DISTRICT, PROVINCE, DemoSpec, build_demo
from bot.output import print_json
from bot.reminders_cmd import run_reminders
from bot.run import run
from bot.settings import Settings
from bot.wiring import App, open_app
from handlers.directory import Directory, DirectoryCache
from handlers.domain import Official
from handlers.errors import DomainError
from handlers.import_notice import import_notice, plan_notice
from handlers.invites import IssueInvite, issue_invite
from handlers.load_org import load_org, load_org_sheet
from handlers.nlu import understand as understand_text
from handlers.org_sheet import OrgSheetRejected, export_org
from notices import ClassifiedNoticeError, NoticeError, parse_notice
from notices.explain import no_task_reason
from notices.readers import read_document


async def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    """Run the parsed command line's command (any but `parse`)."""
    if args.command == "chat":
        return await chat(settings, args.handle, args.today)
    if args.command == "understand":
        return await understand(settings, args.text, args.today or date.today(), args.json)
    if args.command == "demo":
        spec = PROVINCE if args.province else DISTRICT
        return await demo(settings, args.handle or spec.handle, chat=not args.no_chat, spec=spec)
    if args.command == "invite":
        return await invite(settings, args.handle)
    if args.command == "org":
        return await org(settings, args)
    if args.command == "import":
        return await import_file(settings, args.file, yes=args.yes, issuer_code=args.issuer)
    if args.command == "db":
        return await db_upgrade(settings)
    if args.command == "reminders":
        return await run_reminders(settings, args)
    if args.command == "report":
        from bot.report_cmd import run_report

        return await run_report(settings, args)
    if args.command == "status":
        from bot.status_cmd import status

        return await status(settings, as_json=args.json)
    if args.command in ("backup", "restore"):
        from bot import backup_cmd

        if args.command == "backup":
            return await backup_cmd.backup(settings, args.file)
        return await backup_cmd.restore(settings, args.file, yes=args.yes)
    if args.command == "run":  # `nhacviec run` itself comes through bot.cli, not here
        return await run(settings, today=args.today)
    raise AssertionError(args.command)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


async def _directory(app: App) -> Directory:
    async with app.uow_factory() as uow:
        return await DirectoryCache().get(uow)


async def _console(
    app: App,
    handle: str,
    today: date | None,
    greeting: Callable[[Official], str] | None = None,
) -> int:
    """The chat in this terminal as official `handle`, after `greeting` if given."""
    directory = await _directory(app)
    official = directory.by_handle(handle)
    if official is None:
        return _fail(f"Không có cán bộ với mã «{handle}».")
    if greeting is not None:
        print(greeting(official))
    await run_console(
        app.conversation(),
        official,
        today=today,
        switch_user={o.handle: o for o in directory.officials.values()},
    )
    return 0


async def chat(settings: Settings, handle: str, today: date | None) -> int:
    async with open_app(settings, today=today) as app:
        return await _console(app, handle, today)


async def understand(settings: Settings, text: str, today: date, as_json: bool) -> int:
    """Resolves names against the configured org when its database exists."""
    names = None
    async with open_app(settings, check_schema=False) as app:
        if await app.schema_is_current():
            names = (await _directory(app)).names
    meaning = understand_text(text, today, names)
    if as_json:
        print_json(meaning.to_json())
    else:
        for key, value in meaning.to_json().items():
            print(f"{key}: {value}")
    return 0


async def demo(settings: Settings, handle: str, *, chat: bool, spec: DemoSpec = DISTRICT) -> int:
    loaded = await build_demo(settings, spec)
    print(
        f"Demo database ready: {loaded.units} units, {loaded.officials} officials, "
        f"{loaded.tasks} tasks ({settings.database_url})."
    )
    if not chat:
        return 0

    def banner(official: Official) -> str:
        return spec.banner.format(
            tasks=loaded.tasks,
            today=spec.today.strftime("%d/%m/%Y"),
            name=official.name,
            handle=official.handle,
        )

    async with open_app(settings, today=spec.today) as app:
        return await _console(app, handle, spec.today, banner)


async def invite(settings: Settings, handle: str) -> int:
    async with open_app(settings) as app:
        now = datetime.now(settings.tz)
        valid = timedelta(days=settings.invite_valid_days)
        try:
            official, code = await issue_invite(
                IssueInvite(handle, now, valid), uow_factory=app.uow_factory
            )
        except DomainError as refusal:
            return _fail(refusal.message)
    until = (now + valid).strftime("%d/%m/%Y")
    print(f"Mã mời cho {official.name} ({official.handle}), dùng một lần, hạn đến {until}.")
    print(f"Telegram: /start {code} — Zalo: gửi «/start {code}» cho bot.")
    print(code)
    return 0


async def org(settings: Settings, args: argparse.Namespace) -> int:
    """`org load FILE` (YAML, or .xlsx through bot.org_sheet), `org export -o FILE.xlsx`."""
    if args.org_command == "export":
        return await org_export(settings, args.output)
    if args.org_command == "template":
        print(org_sheet.TEMPLATE)
        return 0
    if args.file.suffix.lower() in org_sheet.SHEET_SUFFIXES:
        return await org_load_sheet(settings, args.file)
    try:
        data = yaml.safe_load(args.file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return _fail(f"org file {args.file}: {exc.__class__.__name__}: {exc}".splitlines()[0])
    return await org_load(settings, data)


async def org_load_sheet(settings: Settings, path: Path) -> int:
    try:
        sheet = org_sheet.read_org_workbook(path)
    except (OSError, InvalidFileException, zipfile.BadZipFile, KeyError) as exc:
        return _fail(f"Không đọc được tệp {path}: {exc.__class__.__name__}: {exc}")
    async with open_app(settings) as app:
        try:
            loaded = await load_org_sheet(sheet, uow_factory=app.uow_factory)
        except OrgSheetRejected as refusal:
            print(f"Tệp {path} có {len(refusal.errors)} lỗi, chưa ghi gì:", file=sys.stderr)
            for error in refusal.errors:
                print(error, file=sys.stderr)
            return 1
        except DomainError as refusal:
            return _fail(f"Tệp {path}: {refusal.message}")
    print(f"Đã nạp {loaded.units} đơn vị và {loaded.officials} cán bộ từ {path}.")
    return 0


async def org_export(settings: Settings, path: Path) -> int:
    async with open_app(settings) as app:
        sheet = await export_org(uow_factory=app.uow_factory)
    try:
        org_sheet.write_org_workbook(sheet, path)
    except OSError as exc:
        return _fail(f"Không ghi được tệp {path}: {exc}")
    units = len(sheet.units or ()) - 1
    print(f"Đã xuất {units} đơn vị và {len(sheet.officials) - 1} cán bộ ra {path}.")
    return 0


async def org_load(settings: Settings, data: Any) -> int:
    if not isinstance(data, dict):
        return _fail("org file: expected a mapping with 'units' and 'officials'")
    async with open_app(settings) as app:
        try:
            loaded = await load_org(data, uow_factory=app.uow_factory)
        except DomainError as refusal:
            return _fail(f"org file: {refusal.message}")
    print(f"Loaded {loaded.units} units and {loaded.officials} officials.")
    return 0


async def db_upgrade(settings: Settings) -> int:
    async with open_app(settings, check_schema=False) as app:
        await app.upgrade_schema()
    print("Database schema is up to date.")
    return 0


async def import_file(settings: Settings, path: str, *, yes: bool, issuer_code: str | None) -> int:
    """Preview a notice's tasks; with --yes (or a "y" at the prompt) save them."""
    try:
        text = read_document(path)
        notice = parse_notice(text)
    except ClassifiedNoticeError as refusal:
        return _fail(f"Từ chối: {refusal.message}")
    except NoticeError as refusal:
        return _fail(f"Lỗi: {refusal.message}")
    async with open_app(settings) as app:
        directory = await _directory(app)
        chosen = None
        if issuer_code:
            chosen = next((u.id for u in directory.units.values() if u.code == issuer_code), None)
            if chosen is None:
                return _fail(f"Không có đơn vị với mã «{issuer_code}».")
        # The same plan as the chat import; no official imports here, so nobody's unit
        # stands in for an issuer the document does not name (--issuer does).
        plan = plan_notice(notice, directory, None, issuer=chosen)
        if not notice.tasks:  # nothing to offer; the exit code stays what it was (1 with --yes)
            print(f"Thông báo: {notice.title[:160]}")
            reason = no_task_reason(notice, text)
            print(f"Không tìm thấy việc nào được giao trong văn bản: {reason}.", file=sys.stderr)
            return 1 if yes else 0
        print(plan.preview(directory, can_fix=False))
        if not yes and not _ask("Nhập các việc này? [y/N] "):
            print("Chưa nhập gì. Chạy lại với --yes để nhập.")
            return 0
        try:
            result = await import_notice(
                plan,
                directory=directory,
                uow_factory=app.uow_factory,
                now=app.clock(),
                actor_id=None,
                channel="cli",
                source_name=Path(path).name,
            )
        except DomainError as refusal:
            return _fail(refusal.message)
    if result.already_imported:
        print("Thông báo này đã được nhập trước đây; không tạo thêm việc nào.")
    else:
        print(f"Đã nhập {result.created} việc (thông báo #{result.notice_id}).")
    return 0


def _ask(prompt: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(prompt).strip().lower() in ("y", "yes", "c", "có", "co")
