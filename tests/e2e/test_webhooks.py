"""Webhook mode: both channels behind one Starlette app on uvicorn, run by `bot.run.serve`."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

from bot.channels import Channel
from bot.run import serve
from bot.telegram.channel import TelegramChannel
from bot.webapp import WebServer, create_webapp
from bot.wiring import App
from bot.zalo.channel import ZaloChannel
from handlers.help_text import ONBOARDING
from tests.e2e.conftest import TELEGRAM_TOKEN, invite, telegram_channel, wait_until, zalo_channel
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

TG_SECRET, ZALO_SECRET = "tg-secret_123", "zalo-secret_456"
TG_CHAT, ZALO_CHAT = 4004, "5e5e5e5e5e5e5e5e5e5e"


@dataclass
class Served:
    url: str
    telegram: TelegramChannel
    zalo: ZaloChannel


@pytest.fixture
async def served(
    app: App, fake_telegram: FakeTelegram, fake_zalo: FakeZalo
) -> AsyncIterator[Served]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    telegram = telegram_channel(
        app, fake_telegram, webhook_url=f"{url}/telegram/webhook", webhook_secret=TG_SECRET
    )
    zalo = zalo_channel(
        app, fake_zalo, webhook_url=f"{url}/zalo/webhook", webhook_secret=ZALO_SECRET
    )
    channels: list[Channel] = [telegram, zalo]
    webapp = create_webapp(
        [c.webhook for c in channels if c.webhook], lambda: {c.name: c.status() for c in channels}
    )
    web = WebServer(webapp, host="127.0.0.1", port=0, sock=sock)
    stop = asyncio.Event()
    running = asyncio.create_task(serve(channels, [], web, stop, handle_signals=False))
    assert await wait_until(lambda: _registered(fake_telegram, fake_zalo), True)
    yield Served(url, telegram, zalo)
    stop.set()
    assert await running == 0


async def _registered(telegram: FakeTelegram, zalo: FakeZalo) -> bool:
    return bool(telegram.webhook_url and zalo.webhook_url)


async def test_both_channels_answer_through_their_webhooks(
    served: Served, fake_telegram: FakeTelegram, fake_zalo: FakeZalo, app: App
) -> None:
    assert fake_telegram.webhook_secret == TG_SECRET
    assert fake_zalo.webhook_secret == ZALO_SECRET
    code = await invite(app, "chutich")
    assert "liên kết" in (await fake_telegram.ask(TG_CHAT, f"/start {code}")).text
    reply = await fake_telegram.ask(TG_CHAT, "quá hạn")
    assert "quá hạn" in reply.text.lower()
    code = await invite(app, "noivu")
    assert "liên kết" in (await fake_zalo.ask(ZALO_CHAT, f"/start {code}")).text
    assert "27/10/2023" in (await fake_zalo.ask(ZALO_CHAT, "viec den han tuan nay")).text
    assert set(fake_telegram.webhook_responses) == {200}
    assert set(fake_zalo.webhook_responses) == {200}
    assert fake_telegram.calls_to("getUpdates") == []


async def test_zalo_accepts_wrapped_bodies_and_drops_redeliveries(
    served: Served, fake_zalo: FakeZalo
) -> None:
    fake_zalo.skip_unread(ZALO_CHAT)
    await fake_zalo.user_says(ZALO_CHAT, "xin chào", wrapped=True, duplicate=3)
    assert (await fake_zalo.next_message(ZALO_CHAT)).text == ONBOARDING
    await fake_zalo.user_says(ZALO_CHAT, "chào", duplicate=2)
    assert (await fake_zalo.next_message(ZALO_CHAT)).text == ONBOARDING
    await asyncio.sleep(0.3)
    assert len(fake_zalo.sent_to(ZALO_CHAT)) == 2


@pytest.mark.parametrize(
    ("path", "header", "body"),
    [
        (
            "/telegram/webhook",
            "X-Telegram-Bot-Api-Secret-Token",
            {
                "update_id": 77,
                "message": {
                    "message_id": 1,
                    "date": 1,
                    "chat": {"id": TG_CHAT, "type": "private"},
                    "text": "quá hạn",
                },
            },
        ),
        (
            "/zalo/webhook",
            "X-Bot-Api-Secret-Token",
            {
                "event_name": "message.text.received",
                "message": {
                    "from": {"id": ZALO_CHAT},
                    "chat": {"id": ZALO_CHAT, "chat_type": "PRIVATE"},
                    "text": "quá hạn",
                    "message_id": "0123456789abcdef0123",
                    "date": 1,
                },
            },
        ),
    ],
)
@pytest.mark.parametrize("secret", ["wrong-secret", "", None])
async def test_a_wrong_secret_is_refused_and_nothing_is_processed(
    served: Served,
    fake_telegram: FakeTelegram,
    fake_zalo: FakeZalo,
    path: str,
    header: str,
    body: dict[str, object],
    secret: str | None,
) -> None:
    headers = {} if secret is None else {header: secret}
    async with httpx.AsyncClient(base_url=served.url) as client:
        response = await client.post(path, json=body, headers=headers)
    assert response.status_code == 403
    await asyncio.sleep(0.3)
    assert fake_telegram.calls_to("sendMessage") == []
    assert [c for c in fake_zalo.calls if c.method == "sendMessage"] == []


async def test_bad_bodies_do_not_stop_the_webhooks(
    served: Served, fake_telegram: FakeTelegram, fake_zalo: FakeZalo
) -> None:
    async with httpx.AsyncClient(base_url=served.url) as client:
        tg = {"X-Telegram-Bot-Api-Secret-Token": TG_SECRET}
        zl = {"X-Bot-Api-Secret-Token": ZALO_SECRET, "Content-Type": "application/json"}
        assert (
            await client.post("/telegram/webhook", content=b"{", headers=tg)
        ).status_code == 400
        assert (await client.post("/zalo/webhook", content=b"{", headers=zl)).status_code == 400
        malformed = {"update_id": 5, "message": "garbage"}
        assert (await client.post("/telegram/webhook", json=malformed, headers=tg)).is_success
        assert (await client.post("/zalo/webhook", json={"x": 1}, headers=zl)).is_success
        nested = b"[" * 100_000 + b"]" * 100_000  # right secret, JSON nested 100,000 deep
        for path, headers in (("/telegram/webhook", tg), ("/zalo/webhook", zl)):
            assert (await client.post(path, content=nested, headers=headers)).status_code == 400
        huge = b"x" * (2 * 1024 * 1024)
        assert (await client.post("/zalo/webhook", content=huge, headers=zl)).status_code == 413
        health = await client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"ok": True, "channels": {"telegram": "running", "zalo": "running"}}
    assert (await fake_telegram.ask(TG_CHAT, "xin chào")).text == ONBOARDING
    assert (await fake_zalo.ask(ZALO_CHAT, "xin chào")).text == ONBOARDING


async def test_no_secret_is_logged_even_at_debug(
    app: App, fake_telegram: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    """PTB logs every Bot API call with its parameters at DEBUG; setWebhook's include the
    webhook secret, and every URL the token."""
    caplog.set_level(logging.DEBUG)
    channel = telegram_channel(
        app, fake_telegram, webhook_url="http://127.0.0.1:9/telegram/webhook",
        webhook_secret="s3cret-webhook_value",
    )  # fmt: skip
    await channel.start()
    await channel.stop()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "setWebhook" in logged  # the call was logged at DEBUG…
    assert "s3cret-webhook_value" not in logged  # …without its secret
    assert TELEGRAM_TOKEN not in logged
