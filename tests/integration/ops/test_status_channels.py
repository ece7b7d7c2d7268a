"""`nhacviec status` shows each channel's last good contact, since when it is down and its last
error (never a token), and counts a channel down past ALERTS__DOWN_MINUTES as a problem."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from bot.settings import Settings
from bot.status_cmd import collect, render, status
from bot.wiring import open_app
from storage.models import ChannelHealthRow
from tests.conversation_support import TZ

NOW = datetime(2026, 12, 4, 14, 30, tzinfo=TZ)


def settings_for(url: str) -> Settings:
    return Settings(
        database_url=url,
        telegram={"token": "123:abc"},  # type: ignore[arg-type]
        zalo={"token": "zalo-token"},  # type: ignore[arg-type]
        alerts={"down_minutes": 15},  # type: ignore[arg-type]
    )


async def record(url: str, *rows: ChannelHealthRow) -> None:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    async with open_app(settings_for(url)) as app, async_sessionmaker(app.engine)() as session:
        session.add_all(rows)
        await session.commit()


async def test_status_shows_each_channels_contact_and_trouble(database_url: str) -> None:
    await record(
        database_url,
        ChannelHealthRow(
            channel="zalo",
            last_ok_at=NOW - timedelta(minutes=25),
            last_error_at=NOW - timedelta(minutes=1),
            last_error="network: ZaloTransientError: getUpdates: ConnectError",
            down_since=NOW - timedelta(minutes=20),
        ),
        ChannelHealthRow(channel="telegram", last_ok_at=NOW - timedelta(seconds=40)),
    )
    settings = settings_for(database_url)
    async with open_app(settings) as app:
        app.clock = lambda: NOW
        report = await collect(app)
    zalo, telegram = report["channels"]["zalo"], report["channels"]["telegram"]
    assert datetime.fromisoformat(zalo["last_ok"]) == NOW - timedelta(minutes=25)
    assert datetime.fromisoformat(zalo["down_since"]) == NOW - timedelta(minutes=20)
    assert zalo["last_error"] == "network: ZaloTransientError: getUpdates: ConnectError"
    assert telegram["down_since"] is None and telegram["last_error"] is None
    assert datetime.fromisoformat(telegram["last_ok"]) == NOW - timedelta(seconds=40)
    assert report["problems"] == [
        "Kênh Zalo không kết nối được từ 04/12/2026 14:10: tin nhắc đang chờ gửi."
    ]
    shown = render(report, settings)
    assert "  liên lạc tốt gần nhất (nhận/gửi): 04/12/2026 14:05" in shown
    assert (
        "  mất kết nối từ 04/12/2026 14:10: network: ZaloTransientError: getUpdates: "
        "ConnectError" in shown
    )
    assert "  liên lạc tốt gần nhất (nhận/gửi): 04/12/2026 14:29" in shown


async def test_a_short_outage_is_shown_but_not_a_problem_a_token_is(database_url: str) -> None:
    await record(
        database_url,
        ChannelHealthRow(channel="zalo", last_error="network: x", down_since=NOW),
        ChannelHealthRow(channel="telegram", last_error="token: InvalidToken", down_since=NOW),
    )
    async with open_app(settings_for(database_url)) as app:
        app.clock = lambda: NOW + timedelta(minutes=5)
        report = await collect(app)
    assert report["channels"]["zalo"]["down_since"] is not None
    assert report["problems"] == [
        "Kênh Telegram từ chối mã bot từ 04/12/2026 14:30: cấp lại TELEGRAM__TOKEN."
    ]


async def test_status_json_has_the_channel_fields(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    await record(
        database_url,
        ChannelHealthRow(channel="telegram", last_ok_at=NOW, last_error=None, down_since=None),
    )
    code = await status(settings_for(database_url), as_json=True)
    shown = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(shown["channels"]["telegram"]) == {
        "configured",
        "last_delivery",
        "last_ok",
        "down_since",
        "last_error",
        "last_error_at",
    }
    assert shown["channels"]["telegram"]["configured"] is True
    assert datetime.fromisoformat(shown["channels"]["telegram"]["last_ok"]) == NOW
    assert shown["channels"]["zalo"]["last_ok"] is None
    assert "zalo-token" not in json.dumps(shown) and "123:abc" not in json.dumps(shown)
