"""Composition root: every object built from Settings (storage, conversation, reminders, channels
and senders) is built here; commands and `nhacviec run` only ask for them."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels import Channel, Responder, Service
from bot.digest_chart import DigestChart
from bot.files import FileLinks, create_file_links
from bot.notice_worker import ProcessReader
from bot.reminder_config import reminder_config
from bot.report_worker import ProcessRenderer
from bot.settings import Settings
from handlers.calendar import WorkingCalendar, create_calendar
from handlers.conversation import Conversation
from handlers.import_dialog import FileFetcher
from handlers.ports import UnitOfWorkFactory
from handlers.sending import Sender
from scheduler.config import ReminderConfig
from scheduler.dispatcher import Dispatcher
from scheduler.reminders import Reminders
from scheduler.service import ReminderService
from storage.engine import create_engine, create_uow_factory
from storage.migrate import is_up_to_date, upgrade


class SchemaOutdated(RuntimeError):
    pass


@dataclass(slots=True)
class App:
    """One process's shared objects; the engine is its only resource (see open_app)."""

    settings: Settings
    engine: AsyncEngine
    uow_factory: UnitOfWorkFactory
    calendar: WorkingCalendar
    clock: Callable[[], datetime]
    # Download links for files Zalo cannot upload: one store and signer per process, shared
    # by the Zalo sender (which makes links) and the web app (which serves them); None
    # without a public address.
    file_links: FileLinks | None = None

    def conversation(self, fetchers: Mapping[str, FileFetcher] | None = None) -> Conversation:
        return Conversation(
            uow_factory=self.uow_factory,
            clock=self.clock,
            calendar=self.calendar,
            due_soon_days=self.settings.due_soon_days,
            page_size=self.settings.page_size,
            fetchers=fetchers,
            page_window=timedelta(seconds=self.settings.page_window_seconds),
            # Drawing a report (a province's quarter: thousands of rows): a child process
            # under time and memory limits, off the loop.
            reports=ProcessRenderer(),
            # Reading a document (OCR of a scan takes seconds; a hostile PDF could take minutes
            # and gigabytes): a child process under time and memory limits, off the loop.
            reader=ProcessReader(),
        )

    def reminder_config(self) -> ReminderConfig:
        """Built on request, so a bad REMINDERS__* value stops only what sends reminders."""
        return reminder_config(self.settings)

    def reminder_service(self, senders: Mapping[str, Sender]) -> ReminderService:
        """The scheduler and its outbox dispatcher; `senders` maps "zalo"/"telegram" to the
        started channels' senders."""
        return ReminderService(
            uow_factory=self.uow_factory,
            calendar=self.calendar,
            config=self.reminder_config(),
            senders=senders,
            attachments=self.digest_chart(),
        )

    def reminders(self, clock: Callable[[], datetime]) -> Reminders:
        return Reminders(
            uow_factory=self.uow_factory,
            calendar=self.calendar,
            config=self.reminder_config(),
            clock=clock,
        )

    def dispatcher(
        self, senders: Mapping[str, Sender], clock: Callable[[], datetime]
    ) -> Dispatcher:
        return Dispatcher(
            uow_factory=self.uow_factory,
            senders=senders,
            clock=clock,
            config=self.reminder_config().dispatch,
            attachments=self.digest_chart(),
        )

    def digest_chart(self) -> DigestChart:
        """The chart the weekly digest carries, drawn at send time from the recipient's
        statistics."""
        return DigestChart(
            uow_factory=self.uow_factory,
            calendar=self.calendar,
            tz=self.settings.tz,
            due_soon_days=self.reminder_config().due_soon_days,
        )

    async def schema_is_current(self) -> bool:
        return await is_up_to_date(self.engine)

    async def upgrade_schema(self) -> None:
        await upgrade(self.engine)

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
    """An App the caller must close; open_app closes it by itself."""
    engine = create_engine(settings.database_url, pool_size=settings.database_pool_size)
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
        file_links=create_file_links(
            settings.webhook.public_url, secret_value(settings.webhook.download_secret)
        ),
    )


@asynccontextmanager
async def open_app(
    settings: Settings, *, today: date | None = None, check_schema: bool = True
) -> AsyncIterator[App]:
    """`async with open_app(settings) as app:` for one command; the engine is disposed after.
    Raises SchemaOutdated when `check_schema` and the database is not at the latest revision."""
    app = await create_app(settings, today=today, check_schema=check_schema)
    try:
        yield app
    finally:
        await app.close()


def create_channels(app: App, *, today: date | None = None) -> list[Channel]:
    """Every channel whose token is set, sharing one conversation; webhooks instead of polling
    when WEBHOOK__PUBLIC_URL is set. A channel's library is imported only when its token is
    set, so commands that serve no channel never load it."""
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
        zalo = ZaloChannel(
            client,
            responder,
            token=token,
            webhook_url=f"{public}{ZALO_PATH}" if public else None,
            webhook_secret=_webhook_secret(settings.zalo.webhook_secret),
            links=app.file_links,
            concurrency=settings.chat_concurrency,
        )
        fetchers["zalo"] = zalo  # photos come as URLs the channel downloads
        channels.append(zalo)
    if (token := secret_value(settings.telegram.token)) is not None:
        from bot.telegram.channel import WEBHOOK_PATH as TELEGRAM_PATH
        from bot.telegram.channel import TelegramChannel

        telegram = TelegramChannel(
            token,
            responder,
            api_base_url=settings.telegram.api_base_url,
            webhook_url=f"{public}{TELEGRAM_PATH}" if public else None,
            webhook_secret=_webhook_secret(settings.telegram.webhook_secret),
            concurrency=settings.chat_concurrency,
        )
        fetchers["telegram"] = telegram
        channels.append(telegram)
    return channels


def create_background_services(app: App, senders: Mapping[str, Sender]) -> list[Service]:
    """Services `nhacviec run` starts after the channels and stops before them: the reminders
    scheduler and its outbox dispatcher, sending through `senders` (keyed by channel name)."""
    return [app.reminder_service(senders)]


@asynccontextmanager
async def push_senders(settings: Settings) -> AsyncIterator[dict[str, Sender]]:
    """A push-only sender per channel whose token is set, for commands that send without
    serving; no updates are received, so this never competes with a running `nhacviec run`
    for a token's updates."""
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


def secret_value(secret: SecretStr | None) -> str | None:
    """The secret's text; None when unset or left blank (`TELEGRAM__TOKEN=` in .env)."""
    value = secret.get_secret_value().strip() if secret is not None else ""
    return value or None


def _webhook_secret(secret: SecretStr | None) -> str:
    """A webhook is registered at every start, so an unset secret can be a fresh random one."""
    return secret_value(secret) or secrets.token_urlsafe(32)
