"""While one chat's photo is being read (OCR can take seconds per page), the channels keep
answering other chats, and each chat's own messages stay in order. The reader is a fake that
waits for the test's release: nothing here depends on timing."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

from bot.channels import Responder
from bot.demo import DEMO_TODAY
from bot.telegram.channel import TelegramChannel
from bot.wiring import App
from bot.zalo.channel import ZaloChannel
from bot.zalo.client import ZaloBotClient
from handlers.conversation import Conversation
from handlers.import_dialog import FileFetcher
from notices import ParsedNotice, parse_notice
from tests.e2e.conftest import TELEGRAM_TOKEN, ZALO_TOKEN, invite
from tests.e2e.test_telegram_import import preview_with_buttons
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

NOTICE = """ỦY BAN NHÂN DÂN
HUYỆN BẮC SƠN
Số: 15/TB-UBND
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện về chuyển đổi số

Ngày 01/11/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:

1. Giao Phòng Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 15/12/2023.
"""
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@dataclass
class GatedReader:
    """Reads every document as NOTICE once released; remembers what it was given."""

    release: asyncio.Event = field(default_factory=asyncio.Event)
    started: asyncio.Event = field(default_factory=asyncio.Event)
    names: list[str] = field(default_factory=list)

    async def read(self, data: bytes, filename: str) -> ParsedNotice:
        self.names.append(filename)
        self.started.set()
        await self.release.wait()
        return parse_notice(NOTICE)


def conversation(app: App, fetchers: dict[str, FileFetcher], reader: GatedReader) -> Conversation:
    return Conversation(
        uow_factory=app.uow_factory,
        clock=app.clock,
        calendar=app.calendar,
        fetchers=fetchers,
        reader=reader,
    )


async def test_zalo_answers_another_chat_while_a_photo_is_read(
    app: App, fake_zalo: FakeZalo
) -> None:
    fake, reader = fake_zalo, GatedReader()
    fetchers: dict[str, FileFetcher] = {}
    channel = ZaloChannel(
        ZaloBotClient(ZALO_TOKEN, base_url=fake.url, timeout=5.0),
        Responder(conversation(app, fetchers, reader), app.uow_factory, today=DEMO_TODAY),
        token=ZALO_TOKEN,
        poll_timeout=1,
        max_backoff=0.2,
        lock_dir=Path(app.settings.database_url.split(":///", 1)[1]).parent,
    )
    fetchers["zalo"] = channel
    admin, staff = "a0a0a0a0a0a0a0a0a0a0", "b1b1b1b1b1b1b1b1b1b1"
    await channel.start()
    try:
        for chat, handle in ((admin, "admin"), (staff, "noivu")):
            assert "liên kết" in (await fake.ask(chat, f"/start {await invite(app, handle)}")).text
        fake.skip_unread(admin)
        await fake.user_sends_image(admin, PNG)
        assert "Đã nhận trang 1" in (await fake.next_message(admin)).text
        await fake.user_says(admin, "xong")  # the only page: read it now
        assert "Đang đọc ảnh chụp" in (await fake.next_message(admin)).text
        await reader.started.wait()
        await fake.user_says(admin, "việc của tôi")  # waits behind the photo: same chat
        answer = await fake.ask(staff, "việc của tôi")  # another chat: answered now
        assert "Phòng Nội vụ" in answer.text
        assert len(fake.sent_to(admin)) == 3  # the link reply, the page taken, the progress line
        reader.release.set()
        preview = (await fake.next_message(admin)).text
        while "đồng ý" not in preview:
            preview += (await fake.next_message(admin)).text
        assert "Tìm thấy 1 việc cho 1 đơn vị" in preview
        later = (await fake.next_message(admin)).text  # then the admin's own next message
        assert "Tìm thấy" not in later
        assert reader.names == ["ảnh chụp văn bản.jpg"]
    finally:
        await channel.stop()


async def test_telegram_answers_another_chat_while_a_photo_is_read(
    app: App, fake_telegram: FakeTelegram
) -> None:
    fake, reader = fake_telegram, GatedReader()
    fetchers: dict[str, FileFetcher] = {}
    channel = TelegramChannel(
        TELEGRAM_TOKEN,
        Responder(conversation(app, fetchers, reader), app.uow_factory, today=DEMO_TODAY),
        api_base_url=fake.url,
        poll_timeout=1,
        request_timeout=5.0,
    )
    fetchers["telegram"] = channel
    admin, staff = 7007, 8008
    await channel.start()
    try:
        for chat, handle in ((admin, "admin"), (staff, "noivu")):
            assert "liên kết" in (await fake.ask(chat, f"/start {await invite(app, handle)}")).text
        fake.skip_unread(admin)
        await fake.user_sends_photo(admin, PNG)
        assert "Đã nhận trang 1" in (await fake.next_message(admin)).text
        await fake.user_says(admin, "xong")  # the only page: read it now
        assert "Đang đọc ảnh chụp" in (await fake.next_message(admin)).text
        await reader.started.wait()
        answer = await fake.ask(staff, "việc của tôi")
        assert "Phòng Nội vụ" in answer.text
        reader.release.set()
        assert "Tìm thấy 1 việc cho 1 đơn vị" in await preview_with_buttons(fake, admin)
    finally:
        await channel.stop()
