"""Chat channels end to end: updates per second and reply latency through the whole stack.

Fake Telegram server → HTTP long polling → python-telegram-bot → conversation core → SQLite
(the demo database) → sendMessage back to the fake; the same for Zalo with our own client.
50 linked chats each ask 10 questions in turn, every chat waiting for its answer before asking
again (closed loop), so latency includes queueing behind the other chats: PTB and the Zalo
worker handle one update at a time. Then one chat alone asks 50 questions: the latency of an
answer when nobody else is talking. The fake's flood limits and PTB's global throttle are off:
this measures the stack, not Telegram's 30 msg/s (the reminders benchmark measures that).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.channels import Responder
from bot.demo import DEMO_TODAY, build_demo
from bot.settings import Settings
from bot.telegram.channel import TelegramChannel
from bot.wiring import App, create_app
from bot.zalo.channel import ZaloChannel
from bot.zalo.client import ZaloBotClient
from handlers.directory import DirectoryCache
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

QUESTIONS = (
    "viec den han tuan nay",
    "quá hạn",
    "xem {task}",
    "thống kê",
    "tìm cải cách hành chính",
    "việc của tôi",
    "hôm nay cần làm gì",
    "chi tiết {task}",
    "việc tháng sau",
    "/help",
)
Ask = Callable[[Any, str], Awaitable[float]]


async def run(messages: int = 500, chats: int = 50) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'demo.sqlite3'}"
        settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
        await build_demo(settings)
        app = await create_app(settings, today=DEMO_TODAY)
        try:
            return {
                "telegram": await _telegram(app, messages, chats),
                "zalo": await _zalo(app, messages, chats, Path(tmp)),
            }
        finally:
            await app.close()


async def _telegram(app: App, messages: int, chats: int) -> dict[str, Any]:
    async with FakeTelegram(overall_rate=None) as fake:
        channel = TelegramChannel(
            fake.token,
            Responder(app.conversation(), app.uow_factory, today=DEMO_TODAY),
            api_base_url=fake.url,
            poll_timeout=1,
            overall_rate=0,
        )
        ids = [10_000 + n for n in range(chats)]
        await _link(app, "telegram", [str(i) for i in ids])
        for chat_id in ids:
            fake.chat(chat_id)

        async def ask(chat_id: Any, text: str) -> float:
            fake.skip_unread(chat_id)
            sent = time.monotonic()
            await fake.user_says(chat_id, text)
            reply = await fake.next_message(chat_id, within=60)
            return reply.t - sent

        await channel.start()
        try:
            return await _both(ask, ids, messages)
        finally:
            await channel.stop()


async def _zalo(app: App, messages: int, chats: int, lock_dir: Path) -> dict[str, Any]:
    async with FakeZalo() as fake:
        client = ZaloBotClient(fake.token, base_url=fake.url)
        responder = Responder(app.conversation(), app.uow_factory, today=DEMO_TODAY)
        channel = ZaloChannel(
            client, responder, token=fake.token, poll_timeout=1, lock_dir=lock_dir
        )
        ids = [f"{n:020x}" for n in range(1, chats + 1)]
        await _link(app, "zalo", ids)

        async def ask(chat_id: Any, text: str) -> float:
            fake.skip_unread(chat_id)
            sent = time.monotonic()
            await fake.user_says(chat_id, text)
            reply = await fake.next_message(chat_id, within=60)
            return reply.t - sent

        fake.quota = messages * 10
        await channel.start()
        try:
            return await _both(ask, ids, messages)
        finally:
            await channel.stop()


async def _link(app: App, channel: str, chat_refs: list[str]) -> None:
    """Chats spread over the demo's officials, linked as an invite code would link them."""
    async with app.uow_factory() as uow:
        officials = sorted(
            (await DirectoryCache().get(uow)).officials.values(), key=lambda o: o.id
        )
        for n, ref in enumerate(chat_refs):
            await uow.accounts.link(channel, ref, officials[n % len(officials)].id)
        await uow.commit()


async def _both(ask: Ask, chat_ids: list[Any], messages: int) -> dict[str, Any]:
    """Loaded (every chat at once), then one chat alone: the latency of a single answer."""
    loaded = await _drive(ask, chat_ids, messages)
    alone = await _drive(ask, chat_ids[:1], 50)
    return loaded | {"one_chat_p50_ms": alone["p50_ms"], "one_chat_p99_ms": alone["p99_ms"]}


async def _drive(ask: Ask, chat_ids: list[Any], messages: int) -> dict[str, Any]:
    per_chat = max(1, messages // len(chat_ids))
    latencies: list[float] = []

    async def user(n: int, chat_id: Any) -> None:
        for k in range(per_chat):
            text = QUESTIONS[(n + k) % len(QUESTIONS)].format(task=1 + (n + k) % 12)
            latencies.append(await ask(chat_id, text))

    started = time.monotonic()
    await asyncio.gather(*(user(n, c) for n, c in enumerate(chat_ids)))
    elapsed = time.monotonic() - started
    ordered = sorted(latencies)
    return {
        "messages": len(ordered),
        "chats": len(chat_ids),
        "seconds": round(elapsed, 2),
        "updates_per_s": round(len(ordered) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(asyncio.run(run()), indent=2))
