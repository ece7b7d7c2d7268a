"""Every log line at DEBUG, through successes and failures of both channels: no token in any,
and no user message text at INFO or above."""

from __future__ import annotations

import logging

import pytest

from bot.channels import ChannelStartError
from bot.wiring import App
from tests.e2e.conftest import (
    TELEGRAM_TOKEN,
    ZALO_TOKEN,
    invite,
    telegram_channel,
    zalo_channel,
)
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZalo

pytestmark = pytest.mark.filterwarnings(
    # PTB warns about its own RetryAfter (an int today, a timedelta in PTB 23); we read both.
    "ignore::telegram.warnings.PTBDeprecationWarning"
)

SECRETS = (TELEGRAM_TOKEN, ZALO_TOKEN, TELEGRAM_TOKEN.split(":")[1], ZALO_TOKEN.split(":")[1])
PRIVATE = "nội dung riêng tư 8472"


@pytest.mark.slow  # real 429, 5xx and polling delays on both channels
async def test_no_token_in_any_log_line(
    caplog: pytest.LogCaptureFixture, app: App, fake_telegram: FakeTelegram, fake_zalo: FakeZalo
) -> None:
    for name in (None, "httpx", "httpcore", "telegram", "bot", "uvicorn", "handlers"):
        caplog.set_level(logging.DEBUG, logger=name)
    telegram, zalo = telegram_channel(app, fake_telegram), zalo_channel(app, fake_zalo)
    await telegram.start()
    await zalo.start()
    try:
        code = await invite(app, "noivu")
        await fake_telegram.ask(1, f"/start {code}")
        fake_telegram.inject("sendMessage", 429, retry_after=1, times=2)
        fake_telegram.inject("sendMessage", 502, body="<html>502</html>")
        await fake_telegram.ask(1, f"quá hạn {PRIVATE}", within=10)
        await fake_telegram.push({"message": "garbage"})
        fake_telegram.blocked.add(1)
        await fake_telegram.user_says(1, PRIVATE)
        code = await invite(app, "chutich")
        await fake_zalo.ask("0123456789abcdef0123", f"/start {code}")
        fake_zalo.inject("sendMessage", 502, body="<html>502</html>")
        fake_zalo.inject("getUpdates", 500)
        await fake_zalo.ask("0123456789abcdef0123", f"quá hạn {PRIVATE}", within=10)
        fake_zalo.quota = 0
        await fake_zalo.user_says("0123456789abcdef0123", PRIVATE)
        await fake_telegram.ask(2, "xin chào")  # the blocked chat's turn is over by now
    finally:
        await telegram.stop()
        await zalo.stop()
    for fake in (fake_telegram, fake_zalo):
        fake.token = "111:rejected-token"
    for channel in (telegram_channel(app, fake_telegram), zalo_channel(app, fake_zalo)):
        with pytest.raises(ChannelStartError) as refused:
            await channel.start()
        await channel.stop()
        assert not any(secret in str(refused.value) for secret in SECRETS)

    lines = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    assert lines.count("\n") > 100
    assert "/bot***/" in lines  # httpx did log URLs, redacted
    for secret in SECRETS:
        assert secret not in lines
    loud = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert not [line for line in loud if PRIVATE in line]
