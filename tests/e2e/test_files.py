"""Files through the channels: Telegram uploads them; Zalo, which cannot, gets signed links
served by the real web server in webhook mode, or a sentence saying how to get the file."""

from __future__ import annotations

import argparse
import re
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date

import httpx
import pytest
from pydantic import SecretStr

from bot.files import FileLinks, FileStore, LinkSigner
from bot.reminders_cmd import run_reminders
from bot.settings import ReminderSettings, Settings, TelegramSettings
from bot.telegram.channel import TelegramChannel
from bot.webapp import WebServer, create_webapp
from bot.wiring import App
from bot.zalo.client import ZaloBotClient
from bot.zalo.sender import ZaloSender
from handlers.messages import OutgoingFile, Reply
from tests.e2e.conftest import TELEGRAM_TOKEN, ZALO_TOKEN
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCX = OutgoingFile("bao-cao-quy-4-2023.docx", b"PK\x03\x04word" * 300, DOCX_MIME, "Báo cáo quý 4")
PNG = OutgoingFile("bieu-do.png", b"\x89PNG\r\n\x1a\nchart", "image/png", "Tỷ lệ hoàn thành")
TG_CHAT, ZALO_CHAT = 5005, "6f6f6f6f6f6f6f6f6f6f"
LEADER_CHAT, CHAIR_CHAT = 8008, 9009
SECRET = b"test-download-secret-0123456789"


async def test_telegram_gets_the_document_after_the_text(
    telegram: TelegramChannel, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.chat(TG_CHAT)
    await telegram.sender.send(str(TG_CHAT), Reply("Báo cáo quý 4 đã xong.", files=(DOCX, PNG)))
    text, document, photo = fake_telegram.sent_to(TG_CHAT)
    assert text.text == "Báo cáo quý 4 đã xong."
    assert document.raw["document"]["file_name"] == DOCX.name
    assert document.raw["caption"] == "Báo cáo quý 4"
    assert fake_telegram.files[document.raw["document"]["file_id"]][1] == DOCX.data
    assert "photo" in photo.raw and photo.raw["caption"] == "Tỷ lệ hoàn thành"
    assert fake_telegram.files[photo.raw["photo"][0]["file_id"]][1] == PNG.data


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Served:
    links: FileLinks
    clock: Clock
    sender: ZaloSender


@pytest.fixture
async def served(fake_zalo: FakeZalo) -> AsyncIterator[Served]:
    """The real web app on uvicorn with a file route, and a Zalo sender making links to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    clock = Clock()
    links = FileLinks(FileStore(clock=clock), LinkSigner(SECRET, clock=clock), public_url=url)
    web = WebServer(create_webapp([], dict, links), host="127.0.0.1", port=0, sock=sock)
    client = ZaloBotClient(ZALO_TOKEN, base_url=fake_zalo.url, timeout=2.0)
    fake_zalo.known_chat(ZALO_CHAT)
    await web.start()
    yield Served(links, clock, ZaloSender(client, links=links))
    await web.stop()
    await client.aclose()


def link_in(text: str) -> str:
    found = re.search(r"https?://\S+", text)
    assert found is not None, text
    return found.group(0)


async def test_zalo_link_serves_the_file_until_it_expires(
    served: Served, fake_zalo: FakeZalo
) -> None:
    await served.sender.send(ZALO_CHAT, Reply("Báo cáo quý 4 đã xong.", files=(DOCX,)))
    (message,) = fake_zalo.sent_to(ZALO_CHAT)  # the link rides on the text: one message
    assert message.text.startswith("Báo cáo quý 4 đã xong.")
    assert "24 giờ" in message.text
    url = link_in(message.text)
    async with httpx.AsyncClient(timeout=5) as http:
        response = await http.get(url)
        assert response.status_code == 200
        assert response.content == DOCX.data
        assert response.headers["content-type"] == DOCX_MIME
        assert DOCX.name in response.headers["content-disposition"]
        tampered = re.sub(r"sig=([0-9a-f])", lambda m: "sig=" + "0f"[m[1] == "0"], url)
        assert (await http.get(tampered)).status_code == 403
        assert (await http.get(url.replace("exp=", "exp=9"))).status_code == 403
        served.clock.now += 24 * 3600
        assert (await http.get(url)).status_code == 403


async def test_zalo_gets_a_chart_as_a_photo_by_link(served: Served, fake_zalo: FakeZalo) -> None:
    await served.sender.send(ZALO_CHAT, Reply("Tổng hợp tuần", files=(PNG,)))
    text, photo = fake_zalo.sent_to(ZALO_CHAT)
    assert (text.method, photo.method) == ("sendMessage", "sendPhoto")
    assert photo.text == "Tỷ lệ hoàn thành"
    async with httpx.AsyncClient(timeout=5) as http:
        response = await http.get(photo.photo)
    assert response.status_code == 200 and response.content == PNG.data


async def test_zalo_without_a_public_address_says_how_to_get_the_file(
    fake_zalo: FakeZalo,
) -> None:
    fake_zalo.known_chat(ZALO_CHAT)
    client = ZaloBotClient(ZALO_TOKEN, base_url=fake_zalo.url, timeout=2.0)
    try:
        await ZaloSender(client).send(
            ZALO_CHAT, Reply("Báo cáo quý 4 đã xong.", files=(DOCX, PNG))
        )
    finally:
        await client.aclose()
    (message,) = fake_zalo.sent_to(ZALO_CHAT)  # no photo without an address to serve it
    assert "không gửi được qua Zalo" in message.text
    assert "nhacviec report" in message.text and "--format docx" in message.text
    assert "http" not in message.text


async def link_digest_readers(app: App, fake: FakeTelegram) -> Settings:
    """The leader and the commune chair linked on the fake Telegram; settings to push there."""
    async with app.uow_factory() as uow:
        for handle, chat in (("chutich", LEADER_CHAT), ("chutichxa", CHAIR_CHAT)):
            official = await uow.officials.by_handle(handle)
            assert official is not None
            await uow.accounts.link("telegram", str(chat), official.id)
            fake.chat(chat)
        await uow.commit()
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=app.settings.database_url,
        telegram=TelegramSettings(token=SecretStr(TELEGRAM_TOKEN), api_base_url=fake.url),
        # The demo commune's tasks have no deadline yet: its chair gets the one-line digest.
        reminders=ReminderSettings(empty_digest="line"),
    )


MONDAY = argparse.Namespace(reminders_command="run-once", today=date(2023, 10, 30))


async def test_the_monday_digest_carries_a_chart_for_a_leader_not_a_chair(
    app: App, fake_telegram: FakeTelegram
) -> None:
    settings = await link_digest_readers(app, fake_telegram)
    assert await run_reminders(settings, MONDAY) == 0
    leader = fake_telegram.sent_to(LEADER_CHAT)
    chair = fake_telegram.sent_to(CHAIR_CHAT)
    assert any("hoàn thành" in m.text for m in leader)
    assert chair and all("photo" not in m.raw for m in chair)  # one unit: nothing to compare
    photos = [m for m in leader if "photo" in m.raw]
    # Completion per unit, then the overdue trend (five tasks late since 27/10), after the text.
    assert len(photos) == 2 and photos == leader[-2:]
    assert [p.raw["caption"][:22] for p in photos] == [
        "Tỷ lệ hoàn thành theo ",
        "Số việc quá hạn chưa x",
    ]
    for photo in photos:
        png = fake_telegram.files[photo.raw["photo"][0]["file_id"]][1]
        assert png.startswith(b"\x89PNG")


async def test_a_chart_that_cannot_be_drawn_does_not_hold_back_the_digest(
    app: App, fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> bytes:
        raise RuntimeError("no fonts")

    monkeypatch.setattr("bot.reports.charts.completion_by_unit", broken)
    monkeypatch.setattr("bot.reports.charts.overdue_trend", broken)
    settings = await link_digest_readers(app, fake_telegram)
    assert await run_reminders(settings, MONDAY) == 0
    leader = fake_telegram.sent_to(LEADER_CHAT)
    assert any("hoàn thành" in m.text for m in leader)
    assert all("photo" not in m.raw for m in leader)
