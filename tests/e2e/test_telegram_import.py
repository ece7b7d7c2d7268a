"""An admin imports a notice by sending the file to the bot on Telegram: preview, then confirm."""

from __future__ import annotations

import io

import docx

from bot.channels import Responder
from bot.demo import DEMO_TODAY, SAMPLES
from bot.telegram.channel import TelegramChannel
from bot.wiring import App
from handlers.import_dialog import FileFetcher
from tests.e2e.conftest import TELEGRAM_TOKEN, invite
from tests.fakes.telegram import FakeTelegram

ADMIN, STAFF = 4004, 5005


def small_notice_docx() -> bytes:
    """A real .docx, header in a table as offices write them, made with python-docx."""
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN BẮC SƠN\nSố: 12/TB-UBND"
    header.cell(
        0, 1
    ).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBắc Sơn, ngày 02 tháng 11 năm 2023"
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Kết luận của Chủ tịch UBND huyện về chuyển đổi số")
    document.add_paragraph("Ngày 01/11/2023, Chủ tịch UBND huyện chủ trì họp, kết luận như sau:")
    document.add_paragraph(
        "1. Giao Phòng Văn hóa và Thông tin chủ trì xây dựng chuyên mục chuyển đổi số trên "
        "trang thông tin điện tử huyện, hoàn thành chậm nhất ngày 30/11/2023."
    )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


async def preview_with_buttons(fake: FakeTelegram, chat: int) -> str:
    """A long preview comes in parts; the confirm buttons ride on the last one."""
    parts = [await fake.next_message(chat)]
    while not parts[-1].buttons:
        parts.append(await fake.next_message(chat))
    return "\n".join(p.text for p in parts)


async def test_admin_imports_a_notice_file_and_staff_see_the_task(
    app: App, fake_telegram: FakeTelegram
) -> None:
    fake = fake_telegram
    fetchers: dict[str, FileFetcher] = {}
    channel = TelegramChannel(
        TELEGRAM_TOKEN,
        Responder(app.conversation(fetchers), app.uow_factory, today=DEMO_TODAY),
        api_base_url=fake.url,
        poll_timeout=1,
        request_timeout=2.0,
    )
    fetchers["telegram"] = channel
    await channel.start()
    try:
        for chat, handle in ((ADMIN, "admin"), (STAFF, "vhtt")):
            assert "liên kết" in (await fake.ask(chat, f"/start {await invite(app, handle)}")).text

        # The sample the demo already holds: previewed, and confirming it changes nothing.
        fake.skip_unread(ADMIN)
        sample = (SAMPLES / "bac-son-2023-bcd-cchc-9-thang.txt").read_bytes()
        await fake.user_uploads(ADMIN, "bac-son.txt", sample, mime="text/plain")
        preview = await preview_with_buttons(fake, ADMIN)
        assert "Tìm thấy 74 việc cho 12 đơn vị" in preview
        fake.skip_unread(ADMIN)
        await fake.user_presses_button(ADMIN, "Đồng ý nhập")
        assert "đã được nhập trước đây" in (await fake.next_message(ADMIN)).text

        fake.skip_unread(ADMIN)
        await fake.user_uploads(
            ADMIN,
            "tb-12.docx",
            small_notice_docx(),
            mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        preview = await preview_with_buttons(fake, ADMIN)
        assert "Tìm thấy 1 việc cho 1 đơn vị" in preview
        fake.skip_unread(ADMIN)
        await fake.user_presses_button(ADMIN, "Đồng ý nhập")
        assert "Đã nhập 1 việc" in (await fake.next_message(ADMIN)).text

        mine = await fake.ask(STAFF, "việc của tôi")
        assert "chuyên mục chuyển đổi số" in mine.text and "30/11/2023" in mine.text
        # A staff member's file is not an import.
        fake.skip_unread(STAFF)
        await fake.user_uploads(STAFF, "tb.docx", small_notice_docx())
        assert "chưa gắn được" in (await fake.next_message(STAFF)).text
    finally:
        await channel.stop()
