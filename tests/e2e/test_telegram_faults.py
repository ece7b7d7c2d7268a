"""Telegram under faults: 429, 5xx, timeouts, blocked users, huge and malformed updates."""

from __future__ import annotations

import pytest

from bot.telegram.channel import TelegramChannel
from bot.wiring import App
from handlers.domain import TaskId
from handlers.messages import Button, Reply
from tests.e2e.conftest import invite, telegram_channel, wait_until
from tests.e2e.test_telegram_flow import NOIVU, STRANGER, link
from tests.fakes.telegram import FakeTelegram

pytestmark = pytest.mark.filterwarnings(
    # PTB warns about its own RetryAfter (an int today, a timedelta in PTB 23); we read both.
    "ignore::telegram.warnings.PTBDeprecationWarning"
)


async def account_active(app: App, chat_id: int) -> bool | None:
    async with app.uow_factory() as uow:
        account = await uow.accounts.find("telegram", str(chat_id))
    return None if account is None else account.active


@pytest.mark.slow  # waits out two real 1 s retry-afters
async def test_429_is_waited_out_and_the_reply_still_arrives(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    fake = fake_telegram
    await link(fake, app, NOIVU, "noivu")
    # Two in a row: the responder waits out each for this chat alone (PTB does not retry).
    fake.inject("sendMessage", 429, retry_after=1, times=2, chat_id=NOIVU)
    before = len(fake.calls_to("sendMessage"))
    reply = await fake.ask(NOIVU, "quá hạn", within=10)
    assert "quá hạn" in reply.text.lower()
    attempts = fake.calls_to("sendMessage")[before:]
    assert len(attempts) == 3
    # Lower bounds only (retry_after was honoured): a busy machine can only widen the gaps.
    assert attempts[1].t - attempts[0].t >= 1.0
    assert attempts[2].t - attempts[1].t >= 1.0


async def test_one_chats_flood_wait_holds_no_other_chats_reply(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    """Telegram's 429 is per chat: a 90 s wait for one chat must not pause the bot's other
    replies (PTB's own limiter used to hold every request for the whole wait)."""
    fake = fake_telegram
    await link(fake, app, NOIVU, "noivu")
    fake.inject("sendMessage", 429, retry_after=90, chat_id=NOIVU)
    await fake.user_says(NOIVU, "quá hạn")
    assert await wait_until(lambda: _refused_once(fake, NOIVU), True)
    # A hang detector, not a timing: the old limiter answered this after 90 s.
    reply = await fake.ask(STRANGER, "xin chào", within=10)
    assert "chưa được liên kết" in reply.text


async def _refused_once(fake: FakeTelegram, chat_id: int) -> bool:
    return any(
        c.params.get("chat_id") in (chat_id, str(chat_id)) for c in fake.calls_to("sendMessage")
    )


@pytest.mark.slow  # real retry delays
async def test_5xx_with_an_html_body_is_retried(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.inject("sendMessage", 502, body="<html><h1>502 Bad Gateway</h1></html>")
    fake_telegram.inject("sendMessage", 500, chat_id=STRANGER)
    reply = await fake_telegram.ask(STRANGER, "xin chào")
    assert "chưa được liên kết" in reply.text


@pytest.mark.slow  # a real 0.5 s timeout and 1.5 s delay
async def test_a_timed_out_send_is_retried(app: App, fake_telegram: FakeTelegram) -> None:
    channel = telegram_channel(app, fake_telegram, request_timeout=0.5)
    await channel.start()
    try:
        fake_telegram.inject("sendMessage", 0, delay=1.5)
        reply = await fake_telegram.ask(STRANGER, "xin chào", within=8)
        assert "chưa được liên kết" in reply.text
    finally:
        await channel.stop()


@pytest.mark.slow  # real polling back-off
async def test_polling_survives_getupdates_errors(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.inject("getUpdates", 502, body="<html>Bad Gateway</html>")
    fake_telegram.inject("getUpdates", 500)
    reply = await fake_telegram.ask(STRANGER, "xin chào", within=10)
    assert "chưa được liên kết" in reply.text


async def test_a_blocked_chat_is_marked_inactive_and_reactivated_when_it_writes(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    fake = fake_telegram
    await link(fake, app, NOIVU, "noivu")
    fake.blocked.add(NOIVU)  # blocked without the my_chat_member update reaching us
    calls = len(fake.calls)
    await fake.user_says(NOIVU, "quá hạn")
    await fake.wait_for(lambda c: c.method == "sendMessage", after=calls)
    assert await wait_until(lambda: account_active(app, NOIVU), False)
    # The process keeps serving other chats.
    assert "chưa được liên kết" in (await fake.ask(STRANGER, "xin chào")).text
    fake.blocked.discard(NOIVU)
    reply = await fake.ask(NOIVU, "quá hạn")
    assert "quá hạn" in reply.text.lower()
    assert await account_active(app, NOIVU) is True


async def test_block_and_unblock_updates_toggle_the_account(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    await link(fake_telegram, app, NOIVU, "noivu")
    await fake_telegram.user_blocks(NOIVU)
    assert await wait_until(lambda: account_active(app, NOIVU), False)
    await fake_telegram.user_blocks(NOIVU, blocked=False)
    assert await wait_until(lambda: account_active(app, NOIVU), True)


async def test_huge_and_malformed_updates_do_not_stop_the_bot(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    fake = fake_telegram
    await link(fake, app, NOIVU, "noivu")
    huge = await fake.ask(NOIVU, "quá hạn " * 1250, within=10)  # 10,000 characters
    assert huge.text
    await fake.push({"message": "garbage"})
    await fake.push({"message": {"message_id": 1, "text": "no chat, no date"}})
    await fake.push({"callback_query": {"id": "1", "data": "p:x"}})
    await fake.push({"message": {"message_id": 2, "date": 0, "chat": {"id": NOIVU}}})
    await fake.user_presses(NOIVU, "forged:data")
    reply = await fake.ask(NOIVU, "quá hạn")
    assert "quá hạn" in reply.text.lower()
    assert len(fake.answered_callbacks) == 1  # even a forged button press is answered


async def test_long_replies_are_split_and_keep_their_buttons(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    fake = fake_telegram
    fake.chat(STRANGER)
    paragraph = "Nội dung báo cáo kết quả thực hiện nhiệm vụ. " * 40
    reply = Reply("\n\n".join([paragraph] * 6), (Button("Duyệt", "duyệt 12"),))
    await telegram.sender.send(str(STRANGER), reply)
    parts = fake.sent_to(STRANGER)
    assert len(parts) == 3
    assert all(len(p.text) <= 4096 for p in parts)
    assert [p.buttons for p in parts[:-1]] == [[], []]
    assert [label for label, _ in parts[-1].buttons] == ["Duyệt"]


async def test_documents_become_file_evidence_and_can_be_downloaded(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    fake = fake_telegram
    await link(fake, app, NOIVU, "noivu")
    due = await fake.ask(NOIVU, "việc đến hạn tuần này")
    task = int(due.text.split("#", 1)[1].split()[0])
    await fake.ask(NOIVU, f"xong {task} đã gửi sáng kiến")
    content = b"%PDF-1.4 bao cao"
    fake.skip_unread(NOIVU)
    await fake.user_uploads(NOIVU, "bao-cao.pdf", content, mime="application/pdf")
    added = await fake.next_message(NOIVU)
    assert f"minh chứng cho việc #{task}" in added.text
    async with app.uow_factory() as uow:
        evidence = await uow.evidence.for_task(TaskId(task))
    files = [e for e in evidence if e.kind.value == "file"]
    assert [e.caption for e in files] == ["bao-cao.pdf"]
    assert await telegram.download(files[0].ref) == content


async def test_invite_code_links_only_once(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    code = await invite(app, "noivu")
    assert "liên kết" in (await fake_telegram.ask(NOIVU, f"/start {code}")).text
    assert "Mã mời không đúng" in (await fake_telegram.ask(STRANGER, f"/start {code}")).text


@pytest.mark.slow  # real reconnect delays
async def test_telegram_unreachable_at_start_connects_in_background(
    app: App, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.inject("getMe", 502, body="<html>blocked</html>")
    channel = telegram_channel(app, fake_telegram)
    await channel.start()  # does not raise: the other channels keep running
    try:
        assert channel.status() == "connecting"
        reply = await fake_telegram.ask(STRANGER, "xin chào", within=10)
        assert "chưa được liên kết" in reply.text
        assert channel.status() == "running"
    finally:
        await channel.stop()
