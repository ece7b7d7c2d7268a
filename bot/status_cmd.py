"""`nhacviec status [--json]`: what the IT officer checks first — the schema, the database's
size, the outbox (depth, oldest pending, in flight, dead letters) and each channel's last
delivery, last good contact (a poll, a webhook update, a send: written by `nhacviec run` at
most once a minute) and current trouble. Read-only; safe while `nhacviec run` is serving."""

from __future__ import annotations

import asyncio
import json
import os
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text

from bot.backup import sqlite_path
from bot.health import NAMES, URGENT, Trouble, trouble_of
from bot.settings import Settings
from bot.wiring import App, open_app, secret_value
from handlers.domain import fmt_date
from storage.migrate import current_revision, head_revision
from storage.models import ChannelHealthRow, OutboxRow


async def status(settings: Settings, *, as_json: bool) -> int:
    async with open_app(settings, check_schema=False) as app:
        report = await collect(app)
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(render(report, settings))
    problems = report["problems"]
    assert isinstance(problems, list)
    return 1 if problems else 0


async def collect(app: App) -> dict[str, Any]:
    settings = app.settings
    current = await current_revision(app.engine)
    head = head_revision()
    report: dict[str, Any] = {
        "schema": {"current": current, "head": head, "up_to_date": current == head},
        "database": {"backend": app.engine.dialect.name, "bytes": await _size(app)},
        "channels": {},
        "outbox": {},
        "problems": [],
    }
    problems: list[str] = report["problems"]
    if current != head:
        problems.append("Lược đồ CSDL chưa cập nhật: chạy «nhacviec db upgrade».")
        return report
    configured = {
        "zalo": secret_value(settings.zalo.token) is not None,
        "telegram": secret_value(settings.telegram.token) is not None,
    }
    async with app.engine.connect() as conn:
        by_status = select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
        counts: dict[str, int] = {row[0]: row[1] for row in await conn.execute(by_status)}
        oldest = (
            await conn.execute(
                select(func.min(OutboxRow.due_at)).where(OutboxRow.status == "pending")
            )
        ).scalar_one()
        last_by_channel = (
            select(OutboxRow.chat_channel, func.max(OutboxRow.sent_at))
            .where(OutboxRow.status == "sent")
            .group_by(OutboxRow.chat_channel)
        )
        last_sent = {row[0]: row[1] for row in await conn.execute(last_by_channel)}
        health = {row.channel: row for row in (await conn.execute(select(ChannelHealthRow))).all()}
    now = app.clock()
    down_after = settings.alerts.down_minutes * 60
    for channel, on in configured.items():
        sent_at = last_sent.get(channel)
        seen = health.get(channel)
        down = _aware(seen.down_since) if seen is not None and seen.down_since else None
        report["channels"][channel] = {
            "configured": on,
            "last_delivery": _iso(sent_at),
            "last_ok": _iso(seen.last_ok_at) if seen is not None else None,
            "down_since": _iso(down),
            "last_error": seen.last_error if seen is not None else None,
            "last_error_at": _iso(seen.last_error_at) if seen is not None else None,
        }
        if on and down is not None and seen is not None:
            kind = trouble_of(seen.last_error)
            if kind in URGENT or (now - down).total_seconds() >= down_after:
                problems.append(_down_problem(channel, kind, down, settings))
    report["outbox"] = {
        "pending": counts.get("pending", 0),
        "sending": counts.get("sending", 0),
        "sent": counts.get("sent", 0),
        "dead": counts.get("dead", 0),
        "undeliverable": counts.get("failed", 0),
        "oldest_pending_due": _iso(oldest),
    }
    if not any(configured.values()):
        problems.append("Chưa cấu hình kênh chat nào (ZALO__TOKEN / TELEGRAM__TOKEN).")
    if counts.get("dead", 0):
        problems.append(
            f"{counts['dead']} tin không gửi được: xem bằng «nhacviec reminders failed»."
        )
    if oldest is not None and (now - _aware(oldest)).total_seconds() > 3600:
        problems.append("Có tin đã chờ gửi hơn một giờ: «nhacviec run» có đang chạy không?")
    return report


def _down_problem(channel: str, kind: Trouble, since: datetime, settings: Settings) -> str:
    name = NAMES.get(channel, channel)
    when = _local(_iso(since), settings)
    if kind is Trouble.TOKEN:
        return f"Kênh {name} từ chối mã bot từ {when}: cấp lại {channel.upper()}__TOKEN."
    if kind is Trouble.QUOTA:
        return f"Kênh {name} hết hạn mức gửi tin từ {when}: tin nhắc đang chờ gửi."
    return f"Kênh {name} không kết nối được từ {when}: tin nhắc đang chờ gửi."


def render(report: dict[str, Any], settings: Settings) -> str:
    schema, database = report["schema"], report["database"]
    lines = [
        f"Lược đồ CSDL: {schema['current'] or 'chưa tạo'}"
        + (" (mới nhất)" if schema["up_to_date"] else f" — cần nâng lên {schema['head']}"),
        f"Cơ sở dữ liệu: {database['backend']}, {_megabytes(database['bytes'])}",
    ]
    for name, channel in report["channels"].items():
        state = "đã cấu hình" if channel["configured"] else "chưa cấu hình"
        last = _local(channel["last_delivery"], settings) or "chưa gửi tin nào"
        lines.append(f"Kênh {name}: {state}; tin gửi thành công gần nhất: {last}")
        ok = _local(channel.get("last_ok"), settings)
        down = _local(channel.get("down_since"), settings)
        if ok or down:
            lines.append(f"  liên lạc tốt gần nhất (nhận/gửi): {ok or 'chưa có'}")
        if down:
            lines.append(f"  mất kết nối từ {down}: {channel.get('last_error') or 'không rõ lỗi'}")
    outbox = report["outbox"]
    if outbox:
        oldest = _local(outbox["oldest_pending_due"], settings)
        lines.append(
            f"Hàng đợi tin: {outbox['pending']} chờ gửi"
            + (f" (cũ nhất từ {oldest})" if oldest else "")
            + f", {outbox['sending']} đang gửi, {outbox['sent']} đã gửi, "
            f"{outbox['dead']} lỗi không gửi được, {outbox['undeliverable']} không có kênh chat"
        )
    if report["problems"]:
        lines.append("Cần xử lý:")
        lines.extend(f"- {p}" for p in report["problems"])
    else:
        lines.append("Không có vấn đề nào.")
    return "\n".join(lines)


async def _size(app: App) -> int | None:
    path = sqlite_path(app.settings.database_url)
    if path is not None:
        return await asyncio.to_thread(_file_size, str(path))
    if app.engine.dialect.name == "postgresql":
        async with app.engine.connect() as conn:
            size = await conn.execute(text("SELECT pg_database_size(current_database())"))
            return int(size.scalar_one())
    return None


def _file_size(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, f"{path}-wal") if os.path.exists(p))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else _aware(value).isoformat(timespec="seconds")


def _local(value: str | None, settings: Settings) -> str | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value).astimezone(settings.tz)
    return f"{fmt_date(moment.date())} {moment:%H:%M}"


def _megabytes(size: int | None) -> str:
    if size is None:
        return "không rõ dung lượng"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
