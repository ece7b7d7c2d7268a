"""An admin photographs a two-page paper notice sheet by sheet and sends the photos: on Telegram
as an album (two updates sharing a media_group_id), on Zalo as two image events whose photos
come as URLs, through the real library HTTP paths against the fake servers. Each photo is
acknowledged as a page; the pages are read together when no further page comes (Telegram: the
channel's wake-up, its wait ended by the test) or at «xong» (Zalo): the chat hears that the
2 pages are being read, then gets one import preview with the tasks of both pages.
Needs Tesseract with the Vietnamese data (installed in CI)."""

from __future__ import annotations

import asyncio
import io
import shutil
from pathlib import Path

import pytest
from matplotlib import font_manager
from PIL import Image, ImageDraw, ImageFont

from bot.channels import Responder
from bot.demo import DEMO_TODAY
from bot.telegram.channel import TelegramChannel
from bot.wiring import App
from bot.zalo.channel import ZaloChannel
from bot.zalo.client import ZaloBotClient
from handlers.import_dialog import FileFetcher
from tests.e2e.conftest import TELEGRAM_TOKEN, ZALO_TOKEN, invite
from tests.e2e.test_telegram_import import preview_with_buttons
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

pytestmark = [
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract OCR is not installed"),
    pytest.mark.slow,  # OCR of a photo: about a second each
]

ADMIN_TG = 4104
ADMIN_ZALO = "5a1b2c3d4e5f60718293"
PROGRESS = "Đang đọc bản chụp 2 trang (nhận dạng chữ), xin chờ…"
PAGE_ONE = (
    "ỦY BAN NHÂN DÂN",
    "HUYỆN BẮC SƠN",
    "Số: 15/TB-UBND",
    "",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND huyện về chuyển đổi số",
    "",
    "Ngày 01/11/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:",
    "1. Giao Phòng Nội vụ chủ trì rà soát thủ tục hành chính,",
    "hoàn thành trước ngày 15/12/2023.",
)
PAGE_TWO = (
    "2. Giao Phòng Tư pháp chủ trì kiểm tra văn bản,",
    "hoàn thành trước ngày 20/12/2023.",
    "",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn Bình",
)


def notice_photo(lines: tuple[str, ...]) -> bytes:
    """A page of a notice drawn in a font with Vietnamese glyphs (DejaVu Sans ships with
    matplotlib), at a legible size, saved as the JPEG a phone would send."""
    font = ImageFont.truetype(font_manager.findfont("DejaVu Sans"), 30)
    image = Image.new("RGB", (1300, 60 + 48 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((40, 30 + 48 * row), line, font=font, fill="black")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def assert_preview(preview: str) -> None:
    assert "Tìm thấy 2 việc cho 2 đơn vị" in preview, preview
    assert "Cơ quan ban hành: UBND huyện Bắc Sơn" in preview
    assert "Phòng Nội vụ" in preview and "Phòng Tư pháp" in preview


async def test_a_telegram_album_of_pages_is_read_as_one_notice_when_no_page_follows(
    app: App, fake_telegram: FakeTelegram
) -> None:
    fake = fake_telegram
    fetchers: dict[str, FileFetcher] = {}
    window_over = asyncio.Event()  # the page window, ended when the test says so

    async def wait_window(seconds: float) -> None:
        assert seconds == app.settings.page_window_seconds
        await window_over.wait()

    responder = Responder(app.conversation(fetchers), app.uow_factory, today=DEMO_TODAY)
    responder.wake_sleep = wait_window
    channel = TelegramChannel(
        TELEGRAM_TOKEN,
        responder,
        api_base_url=fake.url,
        poll_timeout=1,
        request_timeout=5.0,
    )
    fetchers["telegram"] = channel
    await channel.start()
    try:
        reply = await fake.ask(ADMIN_TG, f"/start {await invite(app, 'admin')}")
        assert "liên kết" in reply.text
        fake.skip_unread(ADMIN_TG)
        for page in (PAGE_ONE, PAGE_TWO):
            await fake.user_sends_photo(ADMIN_TG, notice_photo(page), media_group_id="13579")
        for number in (1, 2):
            ack = await fake.next_message(ADMIN_TG)
            assert f"Đã nhận trang {number}" in ack.text and ack.buttons
        window_over.set()  # both pages' wake-ups are due; only the second one reads
        assert (await fake.next_message(ADMIN_TG, within=30)).text == PROGRESS
        assert_preview(await preview_with_buttons(fake, ADMIN_TG))
    finally:
        await channel.stop()


async def test_zalo_images_in_a_row_are_downloaded_and_read_as_one_notice_at_xong(
    app: App, fake_zalo: FakeZalo
) -> None:
    fake = fake_zalo
    fetchers: dict[str, FileFetcher] = {}
    lock_dir = Path(app.settings.database_url.split(":///", 1)[1]).parent
    channel = ZaloChannel(
        ZaloBotClient(ZALO_TOKEN, base_url=fake.url, timeout=5.0),
        Responder(app.conversation(fetchers), app.uow_factory, today=DEMO_TODAY),
        token=ZALO_TOKEN,
        poll_timeout=1,
        max_backoff=0.2,
        lock_dir=lock_dir,
    )
    fetchers["zalo"] = channel
    await channel.start()
    try:
        reply = await fake.ask(ADMIN_ZALO, f"/start {await invite(app, 'admin')}")
        assert "liên kết" in reply.text
        fake.skip_unread(ADMIN_ZALO)
        for number, page in enumerate((PAGE_ONE, PAGE_TWO), start=1):
            await fake.user_sends_image(ADMIN_ZALO, notice_photo(page))
            assert f"Đã nhận trang {number}" in (await fake.next_message(ADMIN_ZALO)).text
        await fake.user_says(ADMIN_ZALO, "xong")
        assert (await fake.next_message(ADMIN_ZALO, within=30)).text == PROGRESS
        parts = [(await fake.next_message(ADMIN_ZALO, within=30)).text]
        while "đồng ý" not in parts[-1]:
            parts.append((await fake.next_message(ADMIN_ZALO, within=10)).text)
        assert_preview("\n".join(parts))
    finally:
        await channel.stop()
