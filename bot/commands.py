"""Bodies of the CLI subcommands; each returns the process exit code."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.console import run_console
from bot.demo import BANNER, DEMO_TODAY, build_demo
from bot.settings import Settings
from bot.wiring import create_app
from handlers.directory import DirectoryCache
from handlers.errors import DomainError
from handlers.import_notice import find_issuer, import_notice, plan_import
from handlers.invites import IssueInvite, issue_invite
from handlers.load_org import load_org
from handlers.nlu import understand as understand_text
from notices import ClassifiedNoticeError, NoticeError, parse_notice
from notices.readers import read_document
from storage.engine import create_engine
from storage.migrate import is_up_to_date, upgrade


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


async def chat(settings: Settings, handle: str, today: date | None) -> int:
    app = await create_app(settings, today=today)
    try:
        async with app.uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
        official = directory.by_handle(handle)
        if official is None:
            return _fail(f"Không có cán bộ với mã «{handle}».")
        await run_console(
            app.conversation(),
            official,
            today=today,
            switch_user={o.handle: o for o in directory.officials.values()},
        )
    finally:
        await app.close()
    return 0


async def understand(settings: Settings, text: str, today: date, as_json: bool) -> int:
    """Resolves names against the configured org when its database exists."""
    names = None
    engine = create_engine(settings.database_url)
    try:
        if await is_up_to_date(engine):
            app = await create_app(settings, check_schema=False)
            try:
                async with app.uow_factory() as uow:
                    names = (await DirectoryCache().get(uow)).names
            finally:
                await app.close()
    finally:
        await engine.dispose()
    meaning = understand_text(text, today, names)
    if as_json:
        from bot.cli import print_json

        print_json(meaning.to_json())
    else:
        for key, value in meaning.to_json().items():
            print(f"{key}: {value}")
    return 0


async def demo(settings: Settings, handle: str, *, chat: bool) -> int:
    loaded = await build_demo(settings)
    print(
        f"Demo database ready: {loaded.units} units, {loaded.officials} officials, "
        f"{loaded.tasks} tasks ({settings.database_url})."
    )
    if not chat:
        return 0
    app = await create_app(settings, today=DEMO_TODAY)
    try:
        async with app.uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
        official = directory.by_handle(handle)
        if official is None:
            return _fail(f"Không có cán bộ với mã «{handle}».")
        print(
            BANNER.format(
                tasks=loaded.tasks,
                today=DEMO_TODAY.strftime("%d/%m/%Y"),
                name=official.name,
                handle=official.handle,
            )
        )
        await run_console(
            app.conversation(),
            official,
            today=DEMO_TODAY,
            switch_user={o.handle: o for o in directory.officials.values()},
        )
    finally:
        await app.close()
    return 0


async def invite(settings: Settings, handle: str) -> int:
    app = await create_app(settings)
    try:
        now = datetime.now(settings.tz)
        valid = timedelta(days=settings.invite_valid_days)
        try:
            official, code = await issue_invite(
                IssueInvite(handle, now, valid), uow_factory=app.uow_factory
            )
        except DomainError as refusal:
            return _fail(refusal.message)
    finally:
        await app.close()
    until = (now + valid).strftime("%d/%m/%Y")
    print(f"Mã mời cho {official.name} ({official.handle}), dùng một lần, hạn đến {until}.")
    print(f"Telegram: /start {code} — Zalo: gửi «/start {code}» cho bot.")
    print(code)
    return 0


async def org_load(settings: Settings, data: Any) -> int:
    if not isinstance(data, dict):
        return _fail("org file: expected a mapping with 'units' and 'officials'")
    app = await create_app(settings)
    try:
        loaded = await load_org(data, uow_factory=app.uow_factory)
    except DomainError as refusal:
        return _fail(f"org file: {refusal.message}")
    finally:
        await app.close()
    print(f"Loaded {loaded.units} units and {loaded.officials} officials.")
    return 0


async def db_upgrade(settings: Settings) -> int:
    engine = create_engine(settings.database_url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()
    print("Database schema is up to date.")
    return 0


async def import_file(settings: Settings, path: str, *, yes: bool, issuer_code: str | None) -> int:
    """Preview a notice's tasks; with --yes (or a "y" at the prompt) save them."""
    try:
        notice = parse_notice(read_document(path))
    except ClassifiedNoticeError as refusal:
        return _fail(f"Từ chối: {refusal.message}")
    except NoticeError as refusal:
        return _fail(f"Lỗi: {refusal.message}")
    app = await create_app(settings)
    try:
        async with app.uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
        issuer = find_issuer(notice, directory)
        if issuer_code:
            issuer = next((u.id for u in directory.units.values() if u.code == issuer_code), None)
            if issuer is None:
                return _fail(f"Không có đơn vị với mã «{issuer_code}».")
        plan = plan_import(notice, directory, issuer)
        print(plan.preview(directory))
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
    finally:
        await app.close()
    if result.already_imported:
        print("Thông báo này đã được nhập trước đây; không tạo thêm việc nào.")
    else:
        print(f"Đã nhập {result.created} việc (thông báo #{result.notice_id}).")
    return 0


def _ask(prompt: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(prompt).strip().lower() in ("y", "yes", "c", "có", "co")
