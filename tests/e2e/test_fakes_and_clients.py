"""The fakes behave as the two APIs are documented, and the clients map each answer so:
Zalo contract (408 idle, 404 webhook info, case-sensitive methods, typed errors) and
Telegram flood limits seen through python-telegram-bot (real 429s → RetryAfter)."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import Bot
from telegram import error as tg

from bot.telegram.sender import retry_after_seconds
from bot.zalo.client import (
    ZaloAuthError,
    ZaloBadRequest,
    ZaloBotClient,
    ZaloQuotaError,
    ZaloTransientError,
)
from tests.e2e.conftest import TELEGRAM_TOKEN, ZALO_TOKEN
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

pytestmark = pytest.mark.filterwarnings(
    # PTB warns about its own RetryAfter (an int today, a timedelta in PTB 23); we read both.
    "ignore::telegram.warnings.PTBDeprecationWarning"
)

CHAT = "6ede9afa66b88fe6d6a9"


@pytest.fixture
async def client(fake_zalo: FakeZalo) -> AsyncIterator[ZaloBotClient]:
    client = ZaloBotClient(ZALO_TOKEN, base_url=fake_zalo.url, timeout=2.0)
    yield client
    await client.aclose()


@pytest.mark.slow  # real long-polling timeouts
async def test_zalo_polling_contract(client: ZaloBotClient, fake_zalo: FakeZalo) -> None:
    assert (await client.get_me())["account_type"] == "BASIC"
    assert await client.get_update(timeout=1) is None  # idle: HTTP 408
    await fake_zalo.user_says(CHAT, "Xin chào")
    update = await client.get_update(timeout=1)
    assert update is not None
    assert (update.event_name, update.chat_id, update.text) == (
        "message.text.received",
        CHAT,
        "Xin chào",
    )
    assert len(update.message_id) == 20 and update.date_ms > 1_700_000_000_000
    assert await client.get_webhook_info() is None  # 404 when none is set
    await client.set_webhook("https://bot.example.vn/zalo/webhook", "k3y-8-to-256-chars")
    assert (await client.get_webhook_info() or {})["url"].endswith("/zalo/webhook")
    with pytest.raises(ZaloBadRequest, match="webhook"):
        await client.get_update(timeout=1)
    await client.delete_webhook()
    assert await client.get_webhook_info() is None


async def test_zalo_sending_contract(client: ZaloBotClient, fake_zalo: FakeZalo) -> None:
    await fake_zalo.user_says(CHAT, "hi")
    sent = await client.send_message(CHAT, "Việc #12 đến hạn 27/10/2023")
    assert len(sent.message_id) == 20
    await client.send_chat_action(CHAT)
    await client.send_photo(CHAT, "https://example.vn/a.jpg", caption="ảnh")
    with pytest.raises(ZaloBadRequest):
        await client.send_message(CHAT, "x" * 2001)
    with pytest.raises(ZaloBadRequest):
        await client.send_message(CHAT, "**đậm**", parse_mode="MarkdownV2")
    with pytest.raises(ZaloBadRequest):
        await client.send_message("00000000000000000000", "unknown chat")
    with pytest.raises(ZaloBadRequest) as wrong_case:
        await client.call("sendmessage", {"chat_id": CHAT, "text": "x"})
    assert wrong_case.value.error_code == 404
    fake_zalo.quota = len(fake_zalo.outbox)
    with pytest.raises(ZaloQuotaError):
        await client.send_message(CHAT, "over quota")


async def test_zalo_error_mapping(fake_zalo: FakeZalo, client: ZaloBotClient) -> None:
    fake_zalo.inject("getMe", 502, body="<html>Bad Gateway</html>")
    with pytest.raises(ZaloTransientError):
        await client.get_me()
    fake_zalo.inject("getMe", 200, body={"ok": False, "error_code": 500, "description": "x"})
    with pytest.raises(ZaloTransientError):  # `ok` is checked even on HTTP 200
        await client.get_me()
    wrong = ZaloBotClient("1:wrong-token", base_url=fake_zalo.url)
    with pytest.raises(ZaloAuthError) as refused:
        await wrong.get_me()
    await wrong.aclose()
    assert "wrong-token" not in str(refused.value)
    unreachable = ZaloBotClient(ZALO_TOKEN, base_url="http://127.0.0.1:9", timeout=0.5)
    with pytest.raises(ZaloTransientError) as down:
        await unreachable.get_me()
    await unreachable.aclose()
    assert ZALO_TOKEN not in str(down.value)


async def test_zalo_client_on_doc_samples_without_a_server() -> None:
    """httpx.MockTransport with the documented bodies, wrapped and flat."""

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == f"/bot{ZALO_TOKEN}/getUpdates"
        sample = {
            "event_name": "message.image.received",
            "message": {
                "from": {"id": CHAT, "first_name": "Ted", "is_bot": False},
                "chat": {"id": CHAT, "chat_type": "PRIVATE"},
                "photo_url": "https://f.zalo.me/abc.jpg",
                "caption": "minh chứng việc 12",
                "message_id": "8a1f0c2b9d3e4f5a6b7c",
                "date": 1750316199000,
            },
        }
        return httpx.Response(200, json={"ok": True, "result": sample})

    client = ZaloBotClient(ZALO_TOKEN, transport=httpx.MockTransport(handler))
    update = await client.get_update(timeout=1)
    await client.aclose()
    assert update is not None
    assert update.photo_url == "https://f.zalo.me/abc.jpg"
    assert (update.text, update.display_name) == ("minh chứng việc 12", "Ted")


@pytest.mark.slow  # real 429 retry-afters
async def test_telegram_flood_limits_answer_real_429s() -> None:
    async with FakeTelegram(TELEGRAM_TOKEN, per_chat_rate=(1, 1.0)) as fake:
        for chat in range(1, 32):
            fake.chat(chat)
        bot = Bot(TELEGRAM_TOKEN, base_url=f"{fake.url}/bot", base_file_url=f"{fake.url}/file/bot")
        async with bot:
            results = await asyncio.gather(
                *(bot.send_message(chat, "nhắc việc") for chat in range(1, 32)),
                return_exceptions=True,
            )
            refused = [r for r in results if isinstance(r, tg.RetryAfter)]
            assert len(refused) == 1 and fake.too_many_requests == 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                assert retry_after_seconds(refused[0]) == 1
            await asyncio.sleep(1.0)
            await bot.send_message(1, "một")
            with pytest.raises(tg.RetryAfter):
                await bot.send_message(1, "hai")  # per chat: one a second
            with pytest.raises(tg.BadRequest, match="too long"):
                await bot.send_message(2, "x" * 4097)
            fake.blocked.add(3)
            with pytest.raises(tg.Forbidden):
                await bot.send_message(3, "x")
        assert [c.method for c in fake.calls[:1]] == ["getMe"]
        assert all(c.t > 0 and isinstance(c.params, dict) for c in fake.calls)


async def test_zalo_fake_control_routes(client: ZaloBotClient, fake_zalo: FakeZalo) -> None:
    async with httpx.AsyncClient(base_url=fake_zalo.url) as control:
        sent = await control.post("/_fake/inbound", json={"chat_id": CHAT, "text": "chào"})
        assert sent.json()["event_name"] == "message.text.received"
        update = await client.get_update(timeout=1)
        assert update is not None and update.text == "chào"
        await client.send_message(CHAT, "trả lời")
        outbox = await control.get("/_fake/outbox", params={"chat_id": CHAT})
        assert [m["text"] for m in outbox.json()] == ["trả lời"]
        await control.post("/_fake/faults", json={"method": "sendMessage", "status": 500})
        with pytest.raises(ZaloTransientError):
            await client.send_message(CHAT, "lỗi")
        await control.post("/_fake/reset")
    assert fake_zalo.outbox == [] and fake_zalo.calls == []
