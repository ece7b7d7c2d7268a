"""An update redelivered after a restart is handled once: Telegram resends what a killed poller
fetched but never confirmed, and a Zalo webhook retries an event the old process had taken.
The first process records each update as seen in the database before handling it, so the
restarted one — a new channel and conversation over the same database — skips the repeat."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from bot.telegram.channel import SECRET_HEADER as TG_SECRET_HEADER
from bot.wiring import App
from bot.zalo.channel import SECRET_HEADER
from handlers.domain import EventKind, TaskId
from tests.e2e.conftest import first, invite, task_ids, telegram_channel, zalo_channel
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

T_NOIVU = 1001
Z_NOIVU = "6ede9afa66b88fe6d6a9"
Z_SECRET = "zalo-secret_456"
T_SECRET = "tg-secret_123"


async def reports(app: App, task: int) -> int:
    async with app.uow_factory() as uow:
        events = await uow.events.for_task(TaskId(task))
    return sum(1 for e in events if e.kind is EventKind.REPORTED)


def telegram_body(fake: FakeTelegram, update_id: int, chat: int, text: str) -> bytes:
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": 1,
        "chat": fake.chat(chat),  # the fake then knows the chat the bot answers
        "from": fake.user(chat),
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len("/start")}]
    return json.dumps({"update_id": update_id, "message": message}).encode()


async def test_telegram_an_update_resent_after_a_restart_is_handled_once(
    app: App, fake_telegram: FakeTelegram
) -> None:
    """Webhook mode, where a redelivery reaches a new process (polling confirms an update
    with the very next getUpdates, so only a kill in between resends one there)."""
    fake = fake_telegram
    url = "http://127.0.0.1:9/telegram/webhook"  # never called: the test posts to the receiver
    headers = {TG_SECRET_HEADER: T_SECRET}
    code = await invite(app, "noivu")

    async def webhook_process() -> Any:
        channel = telegram_channel(app, fake, webhook_url=url, webhook_secret=T_SECRET)
        await channel.start()
        assert channel.webhook is not None
        return channel

    before = await webhook_process()
    await before.webhook.receive(headers, telegram_body(fake, 1, T_NOIVU, f"/start {code}"))
    assert "liên kết" in (await fake.next_message(T_NOIVU)).text
    await before.webhook.receive(headers, telegram_body(fake, 2, T_NOIVU, "viec cua toi"))
    task = first(task_ids((await fake.next_message(T_NOIVU)).text))
    report = telegram_body(fake, 3, T_NOIVU, f"xong {task}")
    await before.webhook.receive(headers, report)
    assert f"việc #{task}" in (await fake.next_message(T_NOIVU)).text
    await before.stop()

    after = await webhook_process()
    try:
        # Telegram did not see the 200 in time and resends the report, to the new process.
        assert await after.webhook.receive(headers, report) == (200, {"ok": True})
        await after.webhook.receive(headers, telegram_body(fake, 4, T_NOIVU, "viec cua toi"))
        assert task_ids((await fake.next_message(T_NOIVU)).text)
        await asyncio.sleep(0.2)
    finally:
        await after.stop()
    said = [m.text for m in fake.sent_to(T_NOIVU)]
    assert sum(f"việc #{task}" in s and "báo cáo" in s for s in said) == 1, said
    assert await reports(app, task) == 1


def zalo_body(chat: str, text: str, message_id: str) -> bytes:
    return json.dumps(
        {
            "event_name": "message.text.received",
            "message": {
                "from": {"id": chat, "display_name": "Cán bộ"},
                "chat": {"id": chat, "chat_type": "PRIVATE"},
                "text": text,
                "message_id": message_id,
                "date": 1,
            },
        }
    ).encode()


async def test_zalo_a_webhook_event_retried_after_a_restart_is_handled_once(
    app: App, fake_zalo: FakeZalo
) -> None:
    fake = fake_zalo
    fake.known_chat(Z_NOIVU)
    url = "http://127.0.0.1:9/zalo/webhook"  # never called: the test posts to the receiver
    headers = {SECRET_HEADER: Z_SECRET, "content-type": "application/json"}
    code = await invite(app, "noivu")

    async def webhook_process() -> Any:
        channel = zalo_channel(app, fake, webhook_url=url, webhook_secret=Z_SECRET)
        await channel.start()
        assert channel.webhook is not None
        return channel

    before = await webhook_process()
    assert await before.webhook.receive(headers, zalo_body(Z_NOIVU, f"/start {code}", "m1"))
    assert "liên kết" in (await fake.next_message(Z_NOIVU)).text
    assert await before.webhook.receive(headers, zalo_body(Z_NOIVU, "viec cua toi", "m2"))
    task = first(task_ids((await fake.next_message(Z_NOIVU)).text))
    report = zalo_body(Z_NOIVU, f"xong {task}", "m3")
    await before.webhook.receive(headers, report)
    assert f"việc #{task}" in (await fake.next_message(Z_NOIVU)).text
    await before.stop()

    after = await webhook_process()
    try:
        # Zalo did not see the 200 in time and retries the report, to the new process.
        assert await after.webhook.receive(headers, report) == (200, {"message": "Success"})
        await after.webhook.receive(headers, zalo_body(Z_NOIVU, "viec cua toi", "m4"))
        assert task_ids((await fake.next_message(Z_NOIVU)).text)
        await asyncio.sleep(0.2)
    finally:
        await after.stop()
    said = [s.text for s in fake.sent_to(Z_NOIVU)]
    assert sum(f"việc #{task}" in s and "báo cáo" in s for s in said) == 1, said
    assert await reports(app, task) == 1
