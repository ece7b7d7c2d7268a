"""Telegram end to end: python-telegram-bot over real HTTP against the fake Bot API server."""

from __future__ import annotations

import pytest

from bot.channels import Responder
from bot.demo import DEMO_TODAY
from bot.telegram.callback_data import decode
from bot.telegram.channel import COMMANDS, TelegramChannel
from bot.wiring import App, create_app
from handlers.domain import TaskId, TaskStatus
from handlers.help_text import ONBOARDING
from tests.e2e.conftest import (
    TELEGRAM_TOKEN,
    first,
    invite,
    load_demo,
    settings_for,
    task_ids,
)
from tests.fakes.telegram import FakeTelegram

NOIVU, CHUTICH, STRANGER = 1001, 2002, 3003


async def link(fake: FakeTelegram, app: App, chat_id: int, handle: str) -> None:
    code = await invite(app, handle)
    reply = await fake.ask(chat_id, f"/start {code}")
    assert "Tài khoản đã được liên kết" in reply.text


async def test_link_report_with_photo_confirm_by_button_and_see_done(
    database_url: str, fake_telegram: FakeTelegram
) -> None:
    """The whole loop on every test database: onboarding, due list, report with a photo, a
    leader's button press, the staff member sees the task done."""
    fake = fake_telegram
    app = await create_app(settings_for(database_url), today=DEMO_TODAY)
    await load_demo(app.uow_factory)
    channel = TelegramChannel(
        TELEGRAM_TOKEN,
        Responder(app.conversation(), app.uow_factory, today=DEMO_TODAY),
        api_base_url=fake.url,
        poll_timeout=1,
        request_timeout=2.0,
    )
    await channel.start()
    try:
        await link(fake, app, NOIVU, "noivu")
        due = await fake.ask(NOIVU, "viec den han tuan nay")
        assert "27/10/2023" in due.text
        task = first(task_ids(due.text))

        fake.skip_unread(NOIVU)
        await fake.user_sends_photo(NOIVU, b"\xff\xd8evidence", caption=f"xong {task}")
        reported = await fake.next_message(NOIVU)
        assert f"báo cáo hoàn thành việc #{task}" in reported.text
        assert "1 minh chứng" in reported.text

        await link(fake, app, CHUTICH, "chutich")
        detail = await fake.ask(CHUTICH, f"xem {task}")
        assert [label for label, _ in detail.buttons] == ["Duyệt", "Trả lại"]
        assert decode(detail.buttons[0][1]) == f"duyệt {task}"
        press = await fake.user_presses_button(CHUTICH, "Duyệt")
        confirmed = await fake.next_message(CHUTICH)
        assert f"Đã xác nhận hoàn thành việc #{task}" in confirmed.text
        answered = [a["callback_query_id"] for a in fake.answered_callbacks]
        assert press["callback_query"]["id"] in answered

        seen = await fake.ask(NOIVU, f"xem {task}")
        assert "đã hoàn thành đúng hạn" in seen.text
        async with app.uow_factory() as uow:
            stored = await uow.tasks.get(TaskId(task))
            evidence = await uow.evidence.for_task(TaskId(task))
        assert stored is not None and stored.status is TaskStatus.DONE
        largest = fake.files  # the photo's file_ids; the largest size is the evidence
        assert [e.ref for e in evidence if e.kind.value == "image"] == [list(largest)[-1]]
    finally:
        await channel.stop()
        await app.close()


async def test_stranger_gets_only_the_onboarding_text(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    reply = await fake_telegram.ask(STRANGER, "viec den han tuan nay")
    assert reply.text == ONBOARDING
    reply = await fake_telegram.ask(STRANGER, "/start WRONGCODE")
    assert "Mã mời không đúng" in reply.text
    reply = await fake_telegram.ask(STRANGER, "xem 1")
    assert reply.text == ONBOARDING


async def test_command_menu_is_vietnamese_and_valid(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    names = [c["command"] for c in fake_telegram.commands]
    assert names == [c for c, _ in COMMANDS]
    assert {
        "tuannay",
        "quahan",
        "xem",
        "xong",
        "duyet",
        "tralai",
        "giahan",
        "thongke",
        "tim",
        "cuatoi",
        "help",
    } <= set(names)
    assert all(c["description"] for c in fake_telegram.commands)


async def test_slash_commands_with_and_without_the_bot_suffix(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    await link(fake_telegram, app, NOIVU, "noivu")
    reply = await fake_telegram.ask(NOIVU, "/quahan@nhacviec_test_bot")
    assert "quá hạn" in reply.text.lower()
    reply = await fake_telegram.ask(NOIVU, "/tuannay")
    assert "27/10/2023" in reply.text


@pytest.mark.parametrize("chat_type", ["group", "supergroup"])
async def test_groups_answer_commands_mentions_and_replies_only(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App, chat_type: str
) -> None:
    fake, group = fake_telegram, -100200300
    code = await invite(app, "noivu")
    await fake.user_says(group, f"/start@nhacviec_test_bot {code}", chat_type=chat_type)
    linked = await fake.next_message(group)
    assert "Tài khoản đã được liên kết" in linked.text
    await fake.user_says(group, "hôm nay họp lúc mấy giờ?", chat_type=chat_type, user_id=5)
    await fake.user_says(group, "/quahan@some_other_bot", chat_type=chat_type, user_id=5)
    await fake.user_says(group, "@nhacviec_test_bot quá hạn", chat_type=chat_type, user_id=5)
    mention = await fake.next_message(group)
    assert "quá hạn" in mention.text.lower()
    await fake.user_says(group, "tuần này", chat_type=chat_type, user_id=5, reply_to_bot=True)
    replied = await fake.next_message(group)
    assert "Việc đến hạn" in replied.text
    assert len(fake.sent_to(group)) == 3
