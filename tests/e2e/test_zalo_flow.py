"""Zalo end to end: our httpx client over real HTTP against the fake Zalo Bot Platform."""

from __future__ import annotations

import pytest

from bot.channels import ChannelStartError
from bot.wiring import App
from bot.zalo.channel import ZaloChannel
from handlers.domain import TaskId, TaskStatus
from handlers.help_text import ONBOARDING
from handlers.messages import Button, Reply
from tests.e2e.conftest import first, invite, task_ids, wait_until, zalo_channel
from tests.fakes.zalo import FakeZalo

NOIVU, CHUTICH, STRANGER = "6ede9afa66b88fe6d6a9", "2d758cb5e222177a4e35", "8a1f0c2b9d3e4f5a6b7c"


async def link(fake: FakeZalo, app: App, chat_id: str, handle: str) -> None:
    code = await invite(app, handle)
    reply = await fake.ask(chat_id, f"/start {code}")
    assert "Tài khoản đã được liên kết" in reply.text


async def account_active(app: App, chat_id: str) -> bool | None:
    async with app.uow_factory() as uow:
        account = await uow.accounts.find("zalo", chat_id)
    return None if account is None else account.active


async def test_link_report_with_image_confirm_by_typing_and_see_done(
    zalo: ZaloChannel, fake_zalo: FakeZalo, app: App
) -> None:
    fake = fake_zalo
    await link(fake, app, NOIVU, "noivu")
    due = await fake.ask(NOIVU, "viec den han tuan nay")
    assert "27/10/2023" in due.text
    task = first(task_ids(due.text))

    fake.skip_unread(NOIVU)
    image = await fake.user_sends_image(NOIVU, caption=f"xong {task} đã gửi sáng kiến")
    reported = await fake.next_message(NOIVU)
    assert f"báo cáo hoàn thành việc #{task}" in reported.text

    await link(fake, app, CHUTICH, "chutich")
    detail = await fake.ask(CHUTICH, f"xem {task}")
    assert f"1) duyệt {task} — Duyệt" in detail.text  # no buttons on Zalo: typed commands
    assert f"2) trả lại {task} — Trả lại" in detail.text
    confirmed = await fake.ask(CHUTICH, f"duyệt {task}")
    assert f"Đã xác nhận hoàn thành việc #{task}" in confirmed.text

    seen = await fake.ask(NOIVU, f"xem {task}")
    assert "đã hoàn thành đúng hạn" in seen.text
    async with app.uow_factory() as uow:
        stored = await uow.tasks.get(TaskId(task))
        evidence = await uow.evidence.for_task(TaskId(task))
    assert stored is not None and stored.status is TaskStatus.DONE
    assert image["message"]["photo"] in [e.ref for e in evidence]


async def test_stranger_gets_only_the_onboarding_text(
    zalo: ZaloChannel, fake_zalo: FakeZalo
) -> None:
    assert (await fake_zalo.ask(STRANGER, "qua han")).text == ONBOARDING
    assert (await fake_zalo.ask(STRANGER, "xem 1")).text == ONBOARDING


async def test_stickers_are_ignored_and_the_poller_goes_on(
    zalo: ZaloChannel, fake_zalo: FakeZalo
) -> None:
    await fake_zalo.user_sends_sticker(STRANGER)
    await fake_zalo.deliver({"event_name": "message.text.received"})  # no message at all
    await fake_zalo.deliver(["not", "an", "update"])
    assert (await fake_zalo.ask(STRANGER, "xin chào")).text == ONBOARDING
    assert len(fake_zalo.sent_to(STRANGER)) == 1


@pytest.mark.slow  # real timeouts and retry delays
async def test_5xx_and_timeouts_are_retried(app: App, fake_zalo: FakeZalo) -> None:
    channel = zalo_channel(app, fake_zalo, client_timeout=0.5)
    await channel.start()
    try:
        fake_zalo.inject("sendMessage", 502, body="<html>502 Bad Gateway</html>")
        fake_zalo.inject("sendMessage", 0, delay=1.0)
        fake_zalo.inject("getUpdates", 500)
        reply = await fake_zalo.ask(STRANGER, "xin chào", within=10)
        assert reply.text == ONBOARDING
    finally:
        await channel.stop()


async def test_a_403_marks_the_chat_inactive_until_it_writes_again(
    zalo: ZaloChannel, fake_zalo: FakeZalo, app: App
) -> None:
    fake = fake_zalo
    await link(fake, app, NOIVU, "noivu")
    fake.blocked.add(NOIVU)
    calls = len(fake.calls)
    await fake.user_says(NOIVU, "quá hạn")
    await fake.wait_for(lambda c: c.method == "sendMessage", after=calls)
    assert await wait_until(lambda: account_active(app, NOIVU), False)
    fake.blocked.discard(NOIVU)
    assert "quá hạn" in (await fake.ask(NOIVU, "quá hạn")).text.lower()
    assert await account_active(app, NOIVU) is True


async def test_quota_exhaustion_is_not_retried_in_a_loop(
    zalo: ZaloChannel, fake_zalo: FakeZalo
) -> None:
    fake_zalo.quota = 0
    calls = len(fake_zalo.calls)
    await fake_zalo.user_says(STRANGER, "xin chào")
    await fake_zalo.wait_for(lambda c: c.method == "sendMessage", after=calls)
    fake_zalo.quota = 3000
    assert (await fake_zalo.ask(STRANGER, "xin chào")).text == ONBOARDING
    sends = [c for c in fake_zalo.calls[calls:] if c.method == "sendMessage"]
    assert len(sends) == 2  # the quota reply was given up at once (a 429 lasts for hours)


async def test_huge_messages_and_long_replies(
    zalo: ZaloChannel, fake_zalo: FakeZalo, app: App
) -> None:
    fake = fake_zalo
    await link(fake, app, NOIVU, "noivu")
    assert (await fake.ask(NOIVU, "quá hạn " * 1250, within=10)).text  # 10,000 characters
    before = len(fake.sent_to(NOIVU))
    line = "#12 Tham mưu xây dựng sáng kiến cải cách hành chính năm 2023 của huyện.\n"
    await zalo.sender.send(NOIVU, Reply(line * 80, (Button("Xem thêm", "tiếp"),)))
    parts = fake.sent_to(NOIVU)[before:]
    assert len(parts) == 3  # 80 lines of 74 characters
    assert all(len(p.text) <= 2000 for p in parts)
    assert all(p.text.startswith("#12") for p in parts)  # cut at line breaks
    assert parts[-1].text.endswith("Gõ: tiếp — Xem thêm")
    assert all(p.parse_mode is None for p in parts)


async def test_one_poller_per_token(zalo: ZaloChannel, fake_zalo: FakeZalo, app: App) -> None:
    second = zalo_channel(app, fake_zalo)
    with pytest.raises(ChannelStartError, match="one poller per token"):
        await second.start()
    await second.stop()
    assert (await fake_zalo.ask(STRANGER, "xin chào")).text == ONBOARDING


async def test_a_rejected_token_stops_the_start(app: App, fake_zalo: FakeZalo) -> None:
    fake_zalo.token = "111:another-token"
    channel = zalo_channel(app, fake_zalo)
    with pytest.raises(ChannelStartError, match="ZALO__TOKEN"):
        await channel.start()
    await channel.stop()
