"""The whole review loop through the real channel HTTP paths: staff report with a photo, the
leader lists the queue and returns it with a reason, staff report again with new evidence, the
leader confirms — and each decision reaches the staff member's chat exactly once, sent by the
outbox dispatcher through the same client the bot answers with."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.telegram.channel import TelegramChannel
from bot.wiring import App
from bot.zalo.channel import ZaloChannel
from handlers.sending import Sender
from tests.e2e.conftest import first, link_chats, task_ids
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

T_NOIVU, T_CHUTICH = 1001, 2002
Z_NOIVU, Z_CHUTICH = "6ede9afa66b88fe6d6a9", "2d758cb5e222177a4e35"


async def deliver(app: App, channel: str, sender: Sender) -> None:
    """What `nhacviec run` does in the background: send every owed message now."""
    await app.dispatcher({channel: sender}, lambda: datetime.now(UTC)).drain()


async def test_telegram_each_decision_reaches_the_reporter_once(
    telegram: TelegramChannel, fake_telegram: FakeTelegram, app: App
) -> None:
    fake = fake_telegram
    await link_chats(fake, app, {T_NOIVU: "noivu", T_CHUTICH: "chutich"})
    task = first(task_ids((await fake.ask(T_NOIVU, "viec den han tuan nay")).text))
    fake.skip_unread(T_NOIVU)
    await fake.user_sends_photo(T_NOIVU, caption=f"xong {task} đã gửi sáng kiến")
    assert "chờ lãnh đạo xác nhận" in (await fake.next_message(T_NOIVU)).text

    queue = await fake.ask(T_CHUTICH, "chờ duyệt")
    assert f"#{task} " in queue.text and "Hoàng Văn Minh báo xong" in queue.text
    await fake.ask(T_CHUTICH, f"trả lại {task} thiếu chữ ký của trưởng phòng")
    await deliver(app, "telegram", telegram.sender)
    returned = await fake.next_message(T_NOIVU)
    assert f"trả lại việc #{task}" in returned.text and "thiếu chữ ký" in returned.text

    await fake.user_sends_photo(T_NOIVU, caption=f"xong {task} đã có chữ ký")
    assert "chờ lãnh đạo xác nhận" in (await fake.next_message(T_NOIVU)).text
    assert "Đã xác nhận hoàn thành" in (await fake.ask(T_CHUTICH, f"duyệt {task}")).text
    await deliver(app, "telegram", telegram.sender)
    await deliver(app, "telegram", telegram.sender)  # a second pass owes nothing more
    decisions = [
        m.text
        for m in fake.sent_to(T_NOIVU)
        if f"việc #{task}" in m.text and ("trả lại" in m.text or "xác nhận hoàn thành" in m.text)
    ]
    assert len(decisions) == 2
    assert "đã xác nhận hoàn thành" in decisions[1]


async def test_zalo_each_decision_reaches_the_reporter_once(
    zalo: ZaloChannel, fake_zalo: FakeZalo, app: App
) -> None:
    fake = fake_zalo
    await link_chats(fake, app, {Z_NOIVU: "noivu", Z_CHUTICH: "chutich"})
    task = first(task_ids((await fake.ask(Z_NOIVU, "viec den han tuan nay")).text))
    fake.skip_unread(Z_NOIVU)
    await fake.user_sends_image(Z_NOIVU, caption=f"xong {task} đã gửi sáng kiến")
    assert "chờ lãnh đạo xác nhận" in (await fake.next_message(Z_NOIVU)).text

    assert f"#{task} " in (await fake.ask(Z_CHUTICH, "cho duyet")).text
    await fake.ask(Z_CHUTICH, f"tra lai {task} thieu chu ky")
    await deliver(app, "zalo", zalo.sender)
    returned = await fake.next_message(Z_NOIVU)
    assert f"trả lại việc #{task}" in returned.text and "thieu chu ky" in returned.text

    await fake.user_sends_image(Z_NOIVU, caption=f"xong {task} da co chu ky")
    assert "chờ lãnh đạo xác nhận" in (await fake.next_message(Z_NOIVU)).text
    await fake.ask(Z_CHUTICH, f"duyet {task}")
    await deliver(app, "zalo", zalo.sender)
    await deliver(app, "zalo", zalo.sender)
    decisions = [
        s.text
        for s in fake.sent_to(Z_NOIVU)
        if f"việc #{task}" in s.text and ("trả lại" in s.text or "xác nhận hoàn thành" in s.text)
    ]
    assert len(decisions) == 2
    assert "đã xác nhận hoàn thành" in decisions[1]
