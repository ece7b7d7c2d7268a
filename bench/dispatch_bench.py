"""Outbox dispatch rate: 3,000 reminders to 3,000 chats through the real Telegram path.

The dispatcher drains an outbox of 3,000 rows (one per official, each official linked to a
chat of their own) through `TelegramSender` (python-telegram-bot over HTTP) against the
fake Bot API server of tests/fakes, which enforces 30 messages/s overall and 1 message/s
per chat with real 429s (parameters.retry_after). Reports the achieved rate as a fraction of
30 msg/s (target ≥ 0.95), the 429s received (target 0) and duplicates (must be 0).

The rate is `nhacviec run`'s default (REMINDERS__TELEGRAM_RATE, 30: Telegram's own limit,
which the pacing never exceeds in any sliding second, whatever the jitter) unless `--rate`
says otherwise. `--processes N` runs N dispatcher processes on the same outbox instead, their
rates whole shares of it (15 and 15 for two, as the README says to deploy them: in any second
together at most 30); the figures are the combined ones. Several processes need PostgreSQL
(SQLite runs one dispatcher).

The fake runs on its own event loop in a thread, as Telegram runs elsewhere: it timestamps
arrivals without waiting for the dispatcher's loop. BENCH_DISPATCH_URL selects a database
(an empty one: the bench migrates and fills it); default: a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import func, insert, select

from bot.settings import ReminderSettings
from bot.telegram.application import build_application
from bot.telegram.sender import TelegramSender
from scheduler.config import TELEGRAM_PACING, DispatchConfig
from scheduler.dispatcher import Dispatcher
from storage.engine import create_engine, create_uow_factory
from storage.migrate import upgrade
from storage.models import ChatAccountRow, OfficialRoleRow, OfficialRow, OutboxRow, UnitRow
from tests.fakes.telegram import DEFAULT_TOKEN, FakeTelegram

MESSAGES = 3000
LIMIT = 30.0  # messages per second, as Telegram and the fake enforce it
RATE = ReminderSettings().telegram_rate  # what `nhacviec run` paces at by default
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


def shares(rate: float, processes: int) -> list[float]:
    """Whole messages per second for each of several processes, adding up to `rate` (30 over
    two: 15 and 15; 29 over two: 15 and 14). Each process sends at most its share rounded
    down in any sliding second, so whole shares use all of the limit and never exceed it."""
    whole = int(rate)
    base, extra = divmod(whole, processes)
    return (
        [float(base + (1 if n < extra else 0)) for n in range(processes)]
        if base
        else [rate / processes] * processes
    )


def _pacing(rate: float) -> DispatchConfig:
    telegram = replace(TELEGRAM_PACING, rate=rate)
    return DispatchConfig(pacing=MappingProxyType({"telegram": telegram}))


def _bot(api_url: str) -> Any:
    return build_application(
        DEFAULT_TOKEN,
        api_base_url=api_url,
        request_timeout=10.0,
        overall_rate=LIMIT,
        polling=False,
    )


async def child(
    url: str,
    api_url: str,
    *,
    rate: float,
    offset: float = 0.0,
    lease: float = 300.0,
    gate: bool = False,
) -> None:
    """One dispatcher process (`python -m bench.dispatch_bench child …`): drains the outbox
    through the real Telegram sender, its clock `offset` seconds ahead (a restart after the
    leases of a killed run), prints "ready" once connected and its report at the end. With
    `gate`, waits for a line on stdin before it starts (several processes start together)."""
    application = _bot(api_url)
    async with application:
        sender = TelegramSender(application.bot)
        sender.ready = True
        engine = create_engine(url)
        dispatcher = Dispatcher(
            uow_factory=create_uow_factory(engine),
            senders={"telegram": sender},
            clock=lambda: datetime.now(UTC) + timedelta(seconds=offset),
            config=replace(_pacing(rate), lease_seconds=lease),
        )
        print("ready", flush=True)
        if gate:
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        try:
            report = await dispatcher.drain(wait=5.0)
        finally:
            await engine.dispose()
    print(json.dumps({"rows_sent": report.rows_sent, "rate_limited": report.rate_limited}))


ROOT = Path(__file__).resolve().parents[1]


async def spawn_child(
    url: str, api_url: str, *args: str, gate: bool = False
) -> asyncio.subprocess.Process:
    root = ROOT
    env = {**os.environ, "PYTHONPATH": str(root)}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.dispatch_bench",
        "child",
        url,
        api_url,
        *args,
        *(["--gate"] if gate else []),
        cwd=root,
        env=env,
        stdin=asyncio.subprocess.PIPE if gate else None,
        stdout=asyncio.subprocess.PIPE,
    )


async def run(messages: int = MESSAGES, processes: int = 1, rate: float = RATE) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("BENCH_DISPATCH_URL") or f"sqlite+aiosqlite:///{Path(tmp) / 'b.db'}"
        if processes > 1 and not url.startswith("postgresql"):
            raise SystemExit(
                "several dispatcher processes need PostgreSQL: set BENCH_DISPATCH_URL"
            )
        await _fill(url, messages)
        fake = FakeTelegram(overall_rate=int(LIMIT), per_chat_rate=(1, 1.0))
        for i in range(1, messages + 1):
            fake.chat(FIRST_CHAT + i)  # each official has opened the bot
        rates = shares(rate, processes)
        with ServerThread(fake):
            started = time.monotonic()
            if processes == 1:
                sent_rows, rate_limited = await _in_process(url, fake.url, rates[0])
            else:
                sent_rows, rate_limited = await _in_children(url, fake.url, rates)
            elapsed = time.monotonic() - started
        statuses = await _statuses(url)
    # Every sendMessage the fake received (a refused one too: 429s are counted apart).
    stamps = sorted(c.t for c in fake.calls if c.method.lower() == "sendmessage")
    per_chat = Counter({chat: len(fake.sent_to(chat)) for chat in fake.messages})
    span = stamps[-1] - stamps[0] if len(stamps) > 1 else 0.0
    achieved = (len(stamps) - 1) / span if span else 0.0
    return {
        "messages": messages,
        "database": url.split(":", 1)[0],
        "processes": processes,
        "rate_per_process": rates,
        "seconds": round(elapsed, 1),
        "rate_msg_per_s": round(achieved, 2),
        "fraction_of_limit": round(achieved / LIMIT, 3),
        "http_429": fake.too_many_requests,
        "retry_after_reaching_dispatcher": rate_limited,
        "sent_rows": sent_rows,
        "duplicates": sum(n - 1 for n in per_chat.values() if n > 1),
        "chats_reached": len(per_chat),
        "outbox": statuses,
    }


async def _in_process(url: str, api_url: str, rate: float) -> tuple[int, int]:
    application = _bot(api_url)
    async with application:
        sender = TelegramSender(application.bot)
        sender.ready = True
        engine = create_engine(url)
        dispatcher = Dispatcher(
            uow_factory=create_uow_factory(engine),
            senders={"telegram": sender},
            clock=lambda: datetime.now(UTC),
            config=_pacing(rate),  # 1 s between two messages to a chat, as by default
        )
        try:
            report = await dispatcher.drain(wait=5.0)
        finally:
            await engine.dispose()
    return report.rows_sent, report.rate_limited


async def _in_children(url: str, api_url: str, rates: list[float]) -> tuple[int, int]:
    children = [await spawn_child(url, api_url, "--rate", str(r), gate=True) for r in rates]
    # Started together, as processes that have been running for a while would be.
    for process in children:
        assert process.stdout is not None
        if await process.stdout.readline() != b"ready\n":
            raise RuntimeError("a dispatcher process did not start")
    for process in children:
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        await process.stdin.drain()
    sent_rows = rate_limited = 0
    for process in children:
        out, _ = await process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"a dispatcher process failed ({process.returncode})")
        report = json.loads(out.decode().splitlines()[-1])
        sent_rows += report["rows_sent"]
        rate_limited += report["rate_limited"]
    return sent_rows, rate_limited


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.dispatch_bench")
    sub = parser.add_subparsers(dest="mode")
    bench = sub.add_parser("run", help="the benchmark (the default)")
    bench.add_argument("--messages", type=int, default=MESSAGES)
    bench.add_argument("--processes", type=int, default=1)
    bench.add_argument("--rate", type=float, default=RATE, help="msg/s, shared by the processes")
    one = sub.add_parser("child", help="one dispatcher process (used by the benchmarks)")
    one.add_argument("url")
    one.add_argument("api_url")
    one.add_argument("--rate", type=float, default=RATE)
    one.add_argument("--offset", type=float, default=0.0)
    one.add_argument("--lease", type=float, default=300.0)
    one.add_argument("--gate", action="store_true", help="start on a line from stdin")
    args = parser.parse_args(argv or ["run"])
    if args.mode == "child":
        asyncio.run(
            child(
                args.url,
                args.api_url,
                rate=args.rate,
                offset=args.offset,
                lease=args.lease,
                gate=args.gate,
            )
        )
        return
    figures = asyncio.run(run(args.messages, args.processes, args.rate))
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
