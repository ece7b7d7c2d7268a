"""`nhacviec reminders run-once` sends through the configured channel's real client, once."""

from __future__ import annotations

import argparse
from datetime import date

from pydantic import SecretStr

from bot.reminders_cmd import run_reminders
from bot.settings import Settings, TelegramSettings
from bot.wiring import App
from tests.e2e.conftest import TELEGRAM_TOKEN
from tests.fakes.telegram import FakeTelegram

CHAIR_CHAT = 7007


async def test_run_once_twice_pushes_the_quarterly_reminder_once(
    app: App, demo_url: str, fake_telegram: FakeTelegram
) -> None:
    async with app.uow_factory() as uow:
        chair = await uow.officials.by_handle("chutichxa")
        assert chair is not None
        await uow.accounts.link("telegram", str(CHAIR_CHAT), chair.id)
        await uow.commit()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=demo_url,
        telegram=TelegramSettings(token=SecretStr(TELEGRAM_TOKEN), api_base_url=fake_telegram.url),
    )
    args = argparse.Namespace(reminders_command="run-once", today=date(2023, 12, 1))
    assert await run_reminders(settings, args) == 0
    assert await run_reminders(settings, args) == 0
    sent = [
        c
        for c in fake_telegram.calls_to("sendMessage")
        if str(c.params.get("chat_id")) == str(CHAIR_CHAT)
    ]
    assert len(sent) == 1
    assert "quý" in str(sent[0].params.get("text"))
