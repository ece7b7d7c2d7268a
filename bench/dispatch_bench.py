"""Outbox dispatch rate: 3,000 reminders to 3,000 chats through the real Telegram path.

The dispatcher drains an outbox of 3,000 rows (one per official, each official linked to a
chat of their own) through `TelegramSender` (python-telegram-bot over HTTP) against the
fake Bot API server of tests/fakes, which enforces 30 messages/s overall and 1 message/s
per chat with real 429s (parameters.retry_after). Reports the achieved rate as a fraction of
30 msg/s (target ≥ 0.95), the 429s received (target 0) and duplicates (must be 0).

The fake runs on its own event loop in a thread, as Telegram runs elsewhere: it timestamps
arrivals without waiting for the dispatcher's loop. BENCH_DISPATCH_URL selects a database
(an empty one: the bench migrates and fills it); default: a temporary SQLite file.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from bot.telegram.application import build_application
from bot.telegram.sender import TelegramSender
from scheduler.config import DispatchConfig
from scheduler.dispatcher import Dispatcher
from storage.engine import create_engine, create_uow_factory
from storage.migrate import upgrade
from storage.models import ChatAccountRow, OfficialRoleRow, OfficialRow, OutboxRow, UnitRow
from tests.fakes.telegram import DEFAULT_TOKEN, FakeTelegram

MESSAGES = 3000
LIMIT = 30.0  # messages per second, as Telegram and the fake enforce it
FIRST_CHAT = 100_000


async def _fill(url: str, count: int) -> None:
    engine = create_engine(url)
    now = datetime.now(UTC)
    try:
        await upgrade(engine)
        async with engine.begin() as conn:
            await conn.execute(
                insert(UnitRow),
                [dict(id=1, code="u", name="UBND xã Bench", kind="commune", aliases=[])],
            )
            ids = range(1, count + 1)
            await conn.execute(
                insert(OfficialRow),
                [dict(id=i, handle=f"o{i}", name=f"Cán bộ {i}", unit_id=1) for i in ids],
            )
            await conn.execute(
                insert(OfficialRoleRow), [dict(official_id=i, role="staff") for i in ids]
            )
            await conn.execute(
                insert(ChatAccountRow),
                [
                    dict(
                        channel="telegram",
                        external_id=str(FIRST_CHAT + i),
                        official_id=i,
                        linked_at=now,
                    )
                    for i in ids
                ],
            )
            await conn.execute(
                insert(OutboxRow),
                [
                    dict(
                        rule="reported",
                        recipient_id=i,
                        period=f"bench-{i}",
                        text=f"Việc #{i} đang chờ xác nhận. Gõ «duyệt {i}» để xác nhận.",
                        due_at=now,
                        status="pending",
                        attempts=0,
                        created_at=now,
                    )
                    for i in ids
                ],
            )
    finally:
        await engine.dispose()


async def _statuses(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
            )
            return {status: count for status, count in rows}
    finally:
        await engine.dispose()


class ServerThread:
    """The fake Telegram on an event loop of its own."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> FakeTelegram:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.fake.start(), self._loop).result(10)
        return self.fake

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()


async def run(messages: int = MESSAGES) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("BENCH_DISPATCH_URL") or f"sqlite+aiosqlite:///{Path(tmp) / 'b.db'}"
        await _fill(url, messages)
        fake = FakeTelegram(overall_rate=int(LIMIT), per_chat_rate=(1, 1.0))
        for i in range(1, messages + 1):
            fake.chat(FIRST_CHAT + i)  # each official has opened the bot
        with ServerThread(fake):
            application = build_application(
                DEFAULT_TOKEN,
                api_base_url=fake.url,
                request_timeout=10.0,
                overall_rate=LIMIT,
                polling=False,
            )
            async with application:
                sender = TelegramSender(application.bot)
                sender.ready = True
                engine = create_engine(url)
                dispatcher = Dispatcher(
                    uow_factory=create_uow_factory(engine),
                    senders={"telegram": sender},
                    clock=lambda: datetime.now(UTC),
                    config=DispatchConfig(),  # the defaults: 29 msg/s, 1 s between per chat
                )
                started = time.monotonic()
                try:
                    report = await dispatcher.drain(wait=5.0)
                finally:
                    await engine.dispose()
                elapsed = time.monotonic() - started
        statuses = await _statuses(url)
    # Every sendMessage the fake received (a refused one too: 429s are counted apart).
    stamps = sorted(c.t for c in fake.calls if c.method.lower() == "sendmessage")
    per_chat = Counter({chat: len(fake.sent_to(chat)) for chat in fake.messages})
    span = stamps[-1] - stamps[0] if len(stamps) > 1 else 0.0
    rate = (len(stamps) - 1) / span if span else 0.0
    return {
        "messages": messages,
        "database": url.split(":", 1)[0],
        "seconds": round(elapsed, 1),
        "rate_msg_per_s": round(rate, 2),
        "fraction_of_limit": round(rate / LIMIT, 3),
        "http_429": fake.too_many_requests,
        "retry_after_reaching_dispatcher": report.rate_limited,
        "sent_rows": report.rows_sent,
        "duplicates": sum(n - 1 for n in per_chat.values() if n > 1),
        "chats_reached": len(per_chat),
        "outbox": statuses,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(asyncio.run(run()), indent=2))
