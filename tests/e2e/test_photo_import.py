"""An admin photographs a paper notice and sends it: on Telegram (a photo) and on Zalo (an
image event whose photo comes as a URL), through the real library HTTP paths against the fake
servers. The chat first hears that the photo is being read, then gets the import preview.
Needs Tesseract with the Vietnamese data (installed in CI)."""

from __future__ import annotations

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
PROGRESS = "Đang đọc ảnh chụp văn bản (nhận dạng chữ), xin chờ trong giây lát…"
NOTICE_LINES = (
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
    "2. Giao Phòng Tư pháp chủ trì kiểm tra văn bản,",
    "hoàn thành trước ngày 20/12/2023.",
)


def notice_photo() -> bytes:
    """A short notice drawn in a font with Vietnamese glyphs (DejaVu Sans ships with
    matplotlib), at a legible size, saved as the JPEG a phone would send."""
    font = ImageFont.truetype(font_manager.findfont("DejaVu Sans"), 30)
    image = Image.new("RGB", (1300, 60 + 48 * len(NOTICE_LINES)), "white")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(NOTICE_LINES):
        draw.text((40, 30 + 48 * row), line, font=font, fill="black")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def assert_preview(preview: str) -> None:
    assert "Tìm thấy 2 việc cho 2 đơn vị" in preview, preview
    assert "Cơ quan ban hành: UBND huyện Bắc Sơn" in preview
    assert "Phòng Nội vụ" in preview and "Phòng Tư pháp" in preview


async def test_a_telegram_photo_from_an_admin_is_read_then_previewed(
    app: App, fake_telegram: FakeTelegram
) -> None:
    fake = fake_telegram
    fetchers: dict[str, FileFetcher] = {}
    channel = TelegramChannel(
        TELEGRAM_TOKEN,
        Responder(app.conversation(fetchers), app.uow_factory, today=DEMO_TODAY),
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
        await fake.user_sends_photo(ADMIN_TG, notice_photo())
        assert (await fake.next_message(ADMIN_TG, within=30)).text == PROGRESS
        assert_preview(await preview_with_buttons(fake, ADMIN_TG))
    finally:
        await channel.stop()


async def test_a_zalo_image_from_an_admin_is_downloaded_read_then_previewed(
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
        await fake.user_sends_image(ADMIN_ZALO, notice_photo())
        assert (await fake.next_message(ADMIN_ZALO, within=30)).text == PROGRESS
        parts = [(await fake.next_message(ADMIN_ZALO, within=30)).text]
        while "đồng ý" not in parts[-1]:
            parts.append((await fake.next_message(ADMIN_ZALO, within=10)).text)
        assert_preview("\n".join(parts))
    finally:
        await channel.stop()
