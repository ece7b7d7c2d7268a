"""What durable conversation state costs per message: the slot read every message makes (the
open question), a slot write (a list remembered for «tiếp», with its bounded purge of expired
rows), and recording a channel update as seen — on SQLite and, when TEST_DATABASE_URL is set,
on a PostgreSQL database of its own. The tables hold 20,000 chats' slots (a quarter expired)
and 300,000 seen updates (three days of a busy province), so the figures are not those of an
empty table.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from bot.channels import SeenUpdates
from handlers.list_tasks import LAST_LIST, ListTasks
from handlers.memory import ChatState
from handlers.ports import TaskQuery, TaskScope
from storage.engine import create_engine, create_uow_factory
from storage.migrate import upgrade
from storage.models import ConversationStateRow, SeenUpdateRow

NOW = datetime(2026, 12, 4, 8, tzinfo=UTC)
CHATS = 20_000
SEEN = 300_000
LISTING = ListTasks(
    TaskQuery(scope=TaskScope(None), limit=8), "Việc đến hạn tuần này", "Không có."
)


async def _measure(fn: Callable[[int], Awaitable[object]], runs: int) -> dict[str, float]:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        await fn(i)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p99_ms": round(times[int(len(times) * 0.99) - 1], 2),
        "per_s": round(runs / (sum(times) / 1000), 1),
    }


async def bench_database(url: str, runs: int) -> dict[str, Any]:
    engine = create_engine(url)
    try:
        await upgrade(engine)
        async with engine.begin() as conn:
            value = LAST_LIST.encode(LISTING)  # a real remembered list, decoded when read
            rows = [
                {
                    "channel": "zalo",
                    "chat_ref": f"chat{n}",
                    "slot": "last_list",
                    "value": value,
                    "expires_at": NOW + timedelta(minutes=(n % 4 - 1) * 30),
                    "updated_at": NOW,
                }
                for n in range(CHATS)
            ]
            for i in range(0, len(rows), 5000):
                await conn.execute(insert(ConversationStateRow), rows[i : i + 5000])
            seen = [
                {
                    "channel": "telegram",
                    "update_key": str(10**9 + n),
                    "seen_at": NOW - timedelta(seconds=n),
                }
                for n in range(SEEN)
            ]
            for i in range(0, len(seen), 10000):
                await conn.execute(insert(SeenUpdateRow), seen[i : i + 10000])
        uow_factory = create_uow_factory(engine)
        state = ChatState(uow_factory)
        fresh = SeenUpdates("telegram", uow_factory, clock=lambda: NOW)
        await fresh.first_time("warm-up")  # its once-per-10-minutes purge, not timed

        async def read(i: int) -> None:
            await state.get(("zalo", f"chat{i * 7 % CHATS}"), LAST_LIST, NOW)

        async def write(i: int) -> None:
            await state.put(("telegram", f"new{i}"), LAST_LIST, LISTING, NOW)

        async def record(i: int) -> None:
            await fresh.first_time(str(2 * 10**9 + i))

        return {
            "slot read (every message)": await _measure(read, runs),
            "slot write (list, question, preview)": await _measure(write, runs),
            "update recorded as seen": await _measure(record, runs),
        }
    finally:
        await engine.dispose()


async def run(runs: int = 1000) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'state.sqlite3'}"
        results["sqlite"] = await bench_database(url, runs)
    pg = os.environ.get("TEST_DATABASE_URL")
    if pg:
        results["postgresql"] = await _bench_postgres(pg, runs)
    return results


async def _bench_postgres(admin_url: str, runs: int) -> Any:
    from sqlalchemy.engine import make_url
    from sqlalchemy.ext.asyncio import create_async_engine

    name = f"nhacviec_state_bench_{os.getpid()}"
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        return await bench_database(url, runs)
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()
