"""Every way a message can arrive — Telegram and Zalo, polling and webhooks — answers chats
concurrently and each chat in order: a chat whose message is held (a slow question, OCR) holds
only itself, its own next messages wait behind it, and every chat's answers come in the order
its messages were sent. The conversation is a fake that answers at once except for a message
held until the test lets it go: nothing here depends on timing."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pytest

from bot.channels import Channel, Responder
from bot.run import serve
from bot.telegram.channel import TelegramChannel
from bot.webapp import WebServer, create_webapp
from bot.wiring import App
from bot.zalo.channel import ZaloChannel
from bot.zalo.client import ZaloBotClient
from handlers.conversation import Claim, Conversation
from handlers.import_dialog import SayNow
from handlers.messages import Incoming, Reply
from handlers.ports import UnitOfWorkFactory
from tests.e2e.conftest import TELEGRAM_TOKEN, ZALO_TOKEN, wait_until
from tests.fakes._http import EVENTUALLY_S
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

HELD = "chậm"  # a message starting with this waits for the test's release


@dataclass
class GatedEcho:
    """Answers each message with its own text; one starting with HELD waits for `release`.
    Remembers the messages in the order it was given them."""

    uow_factory: UnitOfWorkFactory
    release: asyncio.Event = field(default_factory=asyncio.Event)
    holding: asyncio.Event = field(default_factory=asyncio.Event)
    seen: list[tuple[str, str]] = field(default_factory=list)

    async def handle(
        self, incoming: Incoming, *, say_now: SayNow | None = None, claim: Claim | None = None
    ) -> list[Reply]:
        if claim is not None:  # the channel's seen update, as the real conversation takes it
            async with self.uow_factory() as uow:
                if not await claim(uow):
                    return []
                await uow.commit()
        self.seen.append((incoming.chat_ref, incoming.text))
        if incoming.text.startswith(HELD):
            self.holding.set()
            await self.release.wait()
        else:
            for _ in range(len(incoming.text) % 4):  # uneven work, so tasks interleave
                await asyncio.sleep(0)
        return [Reply(f"đáp: {incoming.text}")]


@dataclass
class Chats:
    """One channel in one mode, driven through its fake server."""

    say: Callable[[str, str], Awaitable[Any]]
    answers: Callable[[str], list[str]]
    chat_ids: list[str]


def _free_url() -> tuple[socket.socket, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock, f"http://127.0.0.1:{sock.getsockname()[1]}"


async def _serving(channel: Channel, sock: socket.socket | None) -> AsyncIterator[None]:
    web = None
    if sock is not None:
        assert channel.webhook is not None
        webapp = create_webapp([channel.webhook], lambda: {channel.name: channel.status()})
        web = WebServer(webapp, host="127.0.0.1", port=0, sock=sock)
    stop = asyncio.Event()
    running = asyncio.create_task(serve([channel], [], web, stop, handle_signals=False))
    try:
        assert await wait_until(_status(channel), "running")
        yield
    finally:
        stop.set()
        assert await running == 0


def _status(channel: Channel) -> Callable[[], Awaitable[str]]:
    async def probe() -> str:
        return channel.status()

    return probe


@pytest.fixture(params=["telegram polling", "telegram webhook", "zalo polling", "zalo webhook"])
async def chats(request: pytest.FixtureRequest, app: App, echo: GatedEcho) -> AsyncIterator[Chats]:
    kind, mode = str(request.param).split()
    responder = Responder(cast(Conversation, echo), app.uow_factory)
    sock, url = _free_url() if mode == "webhook" else (None, "")
    if kind == "telegram":
        async with FakeTelegram(TELEGRAM_TOKEN, overall_rate=None) as fake_telegram:
            webhook = {"webhook_url": f"{url}/telegram/webhook", "webhook_secret": "s3cret-tg"}
            channel: Channel = TelegramChannel(
                TELEGRAM_TOKEN,
                responder,
                api_base_url=fake_telegram.url,
                poll_timeout=1,
                request_timeout=2.0,
                **(webhook if sock else {}),  # type: ignore[arg-type]
            )
            async for _ in _serving(channel, sock):
                yield Chats(
                    lambda chat, text: fake_telegram.user_says(int(chat), text),
                    lambda chat: [m.text for m in fake_telegram.sent_to(int(chat))],
                    [str(7000 + n) for n in range(6)],
                )
    else:
        async with FakeZalo(ZALO_TOKEN) as fake_zalo:
            client = ZaloBotClient(ZALO_TOKEN, base_url=fake_zalo.url, timeout=2.0)
            webhook = {"webhook_url": f"{url}/zalo/webhook", "webhook_secret": "s3cret-zalo"}
            lock_dir = app.settings.database_url.split(":///", 1)[1].rsplit("/", 1)[0]
            channel = ZaloChannel(
                client,
                responder,
                token=ZALO_TOKEN,
                poll_timeout=1,
                max_backoff=0.2,
                lock_dir=Path(lock_dir),
                **(webhook if sock else {}),  # type: ignore[arg-type]
            )
            async for _ in _serving(channel, sock):
                yield Chats(
                    fake_zalo.user_says,
                    lambda chat: [m.text for m in fake_zalo.sent_to(chat)],
                    [f"{n:x}" * 20 for n in range(10, 16)],
                )


@pytest.fixture
def echo(app: App) -> GatedEcho:
    return GatedEcho(app.uow_factory)


async def _answered(chats: Chats, chat: str, count: int) -> list[str]:
    async def got() -> bool:
        return len(chats.answers(chat)) >= count

    assert await wait_until(got, True, within=EVENTUALLY_S), chats.answers(chat)
    return chats.answers(chat)


async def test_a_held_chat_holds_only_itself_and_its_own_next_messages(
    chats: Chats, echo: GatedEcho
) -> None:
    slow, other = chats.chat_ids[0], chats.chat_ids[1]
    await chats.say(slow, f"{HELD} 1")
    await echo.holding.wait()
    # More than the number of chats answered at once (32): waiting for their own chat, they
    # must not take the places other chats are answered in.
    for n in range(2, 42):
        await chats.say(slow, f"tiếp {n}")
    await chats.say(other, "nhanh")
    # The other chat is answered while the first chat's message is still held ...
    assert await _answered(chats, other, 1) == ["đáp: nhanh"]
    # ... and the held chat's next messages were not answered past it.
    assert chats.answers(slow) == []
    assert [text for chat, text in echo.seen if chat == slow] == [f"{HELD} 1"]
    echo.release.set()
    expected = [f"đáp: {HELD} 1", *(f"đáp: tiếp {n}" for n in range(2, 42))]
    assert await _answered(chats, slow, 41) == expected


async def test_many_chats_at_once_each_answered_in_order(chats: Chats, echo: GatedEcho) -> None:
    messages = 12
    for n in range(messages):  # interleaved: every chat's n-th message, then the next round
        for chat in chats.chat_ids:
            await chats.say(chat, f"câu {n}" + "x" * (n % 4))
    for chat in chats.chat_ids:
        answers = await _answered(chats, chat, messages)
        assert answers == [f"đáp: câu {n}" + "x" * (n % 4) for n in range(messages)]
