"""Asking back, through both channels: a leader's bare «việc N» on a report that waits for
them gets one numbered question; a typed number (Zalo, Telegram) or a button (Telegram)
answers it, and the answer is acted on."""

from __future__ import annotations

from bot.telegram.channel import TelegramChannel
from bot.wiring import App
from bot.zalo.channel import ZaloChannel
from handlers.domain import TaskId, TaskStatus
from tests.e2e.conftest import first, link_chats, task_ids
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

Z_NOIVU, Z_CHUTICH = "6ede9afa66b88fe6d6a9", "2d758cb5e222177a4e35"
T_NOIVU, T_CHUTICH = 1001, 2002


async def status(app: App, task: int) -> TaskStatus:
    async with app.uow_factory() as uow:
        stored = await uow.tasks.get(TaskId(task))
    assert stored is not None
    return stored.status


async def test_zalo_a_typed_number_answers_the_question(
    zalo: ZaloChannel, fake_zalo: FakeZalo, app: App
) -> None:
    fake = fake_zalo
    await link_chats(fake, app, {Z_NOIVU: "noivu", Z_CHUTICH: "chutich"})
    task = first(task_ids((await fake.ask(Z_NOIVU, "viec den han tuan nay")).text))
    await fake.ask(Z_NOIVU, f"xong {task}")

    question = await fake.ask(Z_CHUTICH, f"việc {task}")
    assert f"1. Xem việc {task}" in question.text
    assert f"2. Duyệt việc {task}" in question.text
    assert "Gõ một trong các lệnh" not in question.text  # the numbers are the commands
    assert await status(app, task) is TaskStatus.REPORTED

    confirmed = await fake.ask(Z_CHUTICH, "2")
    assert f"Đã xác nhận hoàn thành việc #{task}" in confirmed.text
    assert await status(app, task) is TaskStatus.DONE
    # The question is answered: the same number now means task 2, not "duyệt" again.
    again = await fake.ask(Z_CHUTICH, "2")
    assert "Đã xác nhận" not in again.text


async def test_telegram_a_button_or_a_typed_number_answers_the_question(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    fake = fake_telegram
    await link_chats(fake, app, {T_NOIVU: "noivu", T_CHUTICH: "chutich"})
    tasks = task_ids((await fake.ask(T_NOIVU, "viec cua toi")).text)
    one, two = tasks[0], tasks[1]
    await fake.ask(T_NOIVU, f"xong {one}")
    await fake.ask(T_NOIVU, f"xong {two}")

    question = await fake.ask(T_CHUTICH, f"viec {one}")
    labels = [label for label, _ in question.buttons]
    assert labels == [f"1. Xem việc {one}", f"2. Duyệt việc {one}", f"3. Trả lại việc {one}"]
    await fake.user_presses_button(T_CHUTICH, f"2. Duyệt việc {one}")
    assert f"Đã xác nhận hoàn thành việc #{one}" in (await fake.next_message(T_CHUTICH)).text

    await fake.ask(T_CHUTICH, f"#{two}")
    returned = await fake.ask(T_CHUTICH, "3")
    assert f"Đã trả lại việc #{two}" in returned.text
    assert (await status(app, one), await status(app, two)) == (TaskStatus.DONE, TaskStatus.OPEN)
