"""Push-only senders for the configured channels, for commands that send without serving."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from bot.settings import Settings
from bot.wiring import secret_value
from handlers.sending import Sender


@asynccontextmanager
async def push_senders(settings: Settings) -> AsyncIterator[dict[str, Sender]]:
    """A sender per channel whose token is set; no updates are received, so this never
    competes with a running `nhacviec run` for a token's updates."""
    senders: dict[str, Sender] = {}
    async with AsyncExitStack() as stack:
        if (token := secret_value(settings.zalo.token)) is not None:
            from bot.zalo.client import ZaloBotClient
            from bot.zalo.sender import ZaloSender

            client = ZaloBotClient(token, base_url=settings.zalo.api_base_url)
            stack.push_async_callback(client.aclose)
            senders["zalo"] = ZaloSender(client)
        if (token := secret_value(settings.telegram.token)) is not None:
            from bot.telegram.application import build_application
            from bot.telegram.sender import TelegramSender

            application = build_application(
                token,
                api_base_url=settings.telegram.api_base_url,
                request_timeout=10.0,
                overall_rate=0,
                polling=False,
            )
            await application.initialize()
            stack.push_async_callback(application.shutdown)
            telegram = TelegramSender(application.bot)
            telegram.ready = True
            senders["telegram"] = telegram
        yield senders
