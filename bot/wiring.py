"""Composition root: builds the engine, unit of work, calendar and conversation from Settings."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings
from handlers.calendar import WorkingCalendar, create_calendar
from handlers.conversation import Conversation
from handlers.import_dialog import FileFetcher
from handlers.ports import UnitOfWorkFactory
from storage.engine import create_engine, create_uow_factory
from storage.migrate import is_up_to_date

if TYPE_CHECKING:
    from bot.channels import Channel, Service
    from handlers.sending import Sender


class SchemaOutdated(RuntimeError):
    pass


@dataclass(slots=True)
class App:
    settings: Settings
    engine: AsyncEngine
    uow_factory: UnitOfWorkFactory
    calendar: WorkingCalendar
    clock: Callable[[], datetime]

    def conversation(self, fetchers: Mapping[str, FileFetcher] | None = None) -> Conversation:
        return Conversation(
            uow_factory=self.uow_factory,
            clock=self.clock,
            calendar=self.calendar,
            due_soon_days=self.settings.due_soon_days,
            page_size=self.settings.page_size,
            fetchers=fetchers,
        )

    async def close(self) -> None:
        await self.engine.dispose()


def system_clock(settings: Settings, today: date | None = None) -> Callable[[], datetime]:
    """Wall-clock time in the configured zone; with `today`, that day at the current time."""
    tz = settings.tz

    def now() -> datetime:
        current = datetime.now(tz)
        return current if today is None else datetime.combine(today, current.timetz())

    return now


async def create_app(
    settings: Settings, *, today: date | None = None, check_schema: bool = True
) -> App:
    engine = create_engine(settings.database_url)
    if check_schema and not await is_up_to_date(engine):
        await engine.dispose()
        raise SchemaOutdated(
            "The database schema is missing or outdated: run `nhacviec db upgrade` first."
        )
    return App(
        settings=settings,
        engine=engine,
        uow_factory=create_uow_factory(engine),
        calendar=create_calendar(settings.extra_days_off, settings.extra_working_days),
        clock=system_clock(settings, today),
    )


def create_channels(app: App, *, today: date | None = None) -> list[Channel]:
    """Every channel whose token is set, sharing one conversation; webhooks instead of polling
    when WEBHOOK__PUBLIC_URL is set. Channel libraries are imported only here, when needed."""
    from bot.channels import Responder

    settings = app.settings
    # Filled as channels are built: a channel that receives files lets admins import notices.
    fetchers: dict[str, FileFetcher] = {}
    responder = Responder(app.conversation(fetchers), app.uow_factory, today=today)
    public = (settings.webhook.public_url or "").rstrip("/") or None
    channels: list[Channel] = []
    if (token := secret_value(settings.zalo.token)) is not None:
        from bot.zalo.channel import WEBHOOK_PATH as ZALO_PATH
        from bot.zalo.channel import ZaloChannel
        from bot.zalo.client import ZaloBotClient

        client = ZaloBotClient(token, base_url=settings.zalo.api_base_url)
        channels.append(
            ZaloChannel(
                client,
                responder,
                token=token,
                webhook_url=f"{public}{ZALO_PATH}" if public else None,
                webhook_secret=_webhook_secret(settings.zalo.webhook_secret),
            )
        )
    if (token := secret_value(settings.telegram.token)) is not None:
        from bot.telegram.channel import WEBHOOK_PATH as TELEGRAM_PATH
        from bot.telegram.channel import TelegramChannel

        telegram = TelegramChannel(
            token,
            responder,
            api_base_url=settings.telegram.api_base_url,
            webhook_url=f"{public}{TELEGRAM_PATH}" if public else None,
            webhook_secret=_webhook_secret(settings.telegram.webhook_secret),
        )
        fetchers["telegram"] = telegram
        channels.append(telegram)
    return channels


def secret_value(secret: SecretStr | None) -> str | None:
    """The secret's text; None when unset or left blank (`TELEGRAM__TOKEN=` in .env)."""
    value = secret.get_secret_value().strip() if secret is not None else ""
    return value or None


def _webhook_secret(secret: SecretStr | None) -> str:
    """A webhook is registered at every start, so an unset secret can be a fresh random one."""
    return secret_value(secret) or secrets.token_urlsafe(32)


def create_background_services(app: App, senders: Mapping[str, Sender]) -> list[Service]:
    """Services `nhacviec run` starts after the channels and stops before them. The reminders
    scheduler and its outbox dispatcher plug in here; they send through `senders` (keyed by
    channel name: "zalo", "telegram")."""
    from bot.reminders_cmd import create_reminder_service

    return [create_reminder_service(app, senders)]
