"""`nhacviec run`: every configured channel, the webhook server and background services."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.backup import DailyBackups, sqlite_path
from bot.channels import Channel, ChannelStartError, Service, install_log_redaction
from bot.health import AlertConfig, HealthBoard, HealthProbe, HealthSender, HealthWatcher
from bot.name_builds import build_names, settle_after_start, settle_big_org
from bot.name_cache import NameCache
from bot.settings import Settings
from bot.wiring import (
    App,
    create_background_services,
    create_channels,
    open_app,
    secret_value,
)
from handlers.name_warmup import NameWarmup
from handlers.ports import UnitOfWorkFactory
from handlers.sending import Sender

if TYPE_CHECKING:  # uvicorn and starlette are imported only when webhooks are configured
    from bot.webapp import WebServer

log = logging.getLogger(__name__)

BackgroundFactory = Callable[[App, Mapping[str, Sender]], Sequence[Service]]
STOP_TIMEOUT_S = 20.0

HOW_TO_CONFIGURE = """\
nhacviec run: no chat channel is configured, so there is nothing to run.
Set at least one bot token in the environment or in .env (see .env.example):
  ZALO__TOKEN=...       Zalo Bot Platform token (Zalo app → "Zalo Bot Manager" → "Tạo bot")
  TELEGRAM__TOKEN=...   Telegram bot token from @BotFather
Channels poll by default. For webhooks set WEBHOOK__PUBLIC_URL (the public https:// address
of this server), WEBHOOK__HOST and WEBHOOK__PORT (where to listen), and optionally
ZALO__WEBHOOK_SECRET and TELEGRAM__WEBHOOK_SECRET."""


def channels_configured(settings: Settings) -> bool:
    return any(secret_value(s) for s in (settings.zalo.token, settings.telegram.token))


async def run(
    settings: Settings,
    *,
    today: date | None = None,
    background: BackgroundFactory = create_background_services,
    stop: asyncio.Event | None = None,
    handle_signals: bool = True,
) -> int:
    """Exit code 0 after SIGTERM/SIGINT (or `stop`), 1 when a channel cannot start, 2 when
    nothing is configured. An outdated schema raises SchemaOutdated (the CLI prints it)."""
    if not channels_configured(settings):
        print(HOW_TO_CONFIGURE, file=sys.stderr)
        return 2
    install_log_redaction(
        secrets=[
            secret_value(s)
            for s in (
                settings.telegram.token,
                settings.zalo.token,
                settings.telegram.webhook_secret,
                settings.zalo.webhook_secret,
            )
        ]
    )
    async with open_app(settings, today=today) as app:
        try:
            channels = create_channels(app, today=today)
        except ChannelStartError as exc:
            print(f"nhacviec run: {exc}", file=sys.stderr)
            return 1
        board = watch_health(channels, app.clock)
        senders = {c.name: HealthSender(c.sender, board.probe(c.name)) for c in channels}
        # The name index is built in a worker thread now, so the first message does not wait.
        services: list[Service] = [
            create_name_warmup(app.uow_factory, settings),
            *background(app, senders),
        ]
        services.append(
            HealthWatcher(
                board,
                engine=app.engine,
                uow_factory=app.uow_factory,
                config=alert_config(settings),
                clock=app.clock,
            )
        )
        database = sqlite_path(settings.database_url)
        if settings.backup.enabled and database is not None:
            services.append(DailyBackups(database, settings.backup, app.clock))
        web = None
        if settings.webhook.public_url:
            from bot.webapp import WebServer, create_webapp

            receivers = [c.webhook for c in channels if c.webhook is not None]
            webapp = create_webapp(
                receivers, lambda: {c.name: c.status() for c in channels}, app.file_links
            )
            web = WebServer(webapp, host=settings.webhook.host, port=settings.webhook.port)
        return await serve(
            channels, services, web, stop or asyncio.Event(), handle_signals=handle_signals
        )


def create_name_warmup(uow_factory: UnitOfWorkFactory, settings: Settings) -> NameWarmup:
    """Builds the org's name index at start (a national one in a child process), or loads it
    from NAME_CACHE_DIR when it was saved from the same org."""
    cache_dir = settings.name_cache_dir
    return NameWarmup(
        uow_factory,
        build=build_names,
        after_big_read=settle_big_org,
        after_warm=settle_after_start,
        store=NameCache(Path(cache_dir), settings.database_url) if cache_dir else None,
    )


def watch_health(channels: Sequence[Channel], clock: Callable[[], datetime]) -> HealthBoard:
    """Each channel's own probe (what its polls, webhooks and sends tell) on one board."""
    board = HealthBoard(clock)
    for channel in channels:
        own = getattr(channel, "health", None)
        if isinstance(own, HealthProbe):
            board.adopt(own)
        else:
            board.probe(channel.name)
    return board


def alert_config(settings: Settings) -> AlertConfig:
    return AlertConfig(
        down_after=timedelta(minutes=settings.alerts.down_minutes),
        check_seconds=settings.alerts.check_seconds,
        channel_order=tuple(settings.reminders.channel_order),
        tz=settings.tz,
    )


async def serve(
    channels: Sequence[Channel],
    background: Sequence[Service],
    web: WebServer | None,
    stop: asyncio.Event,
    *,
    handle_signals: bool = True,
) -> int:
    """Start the web server (so webhooks can arrive), then the channels (which register their
    webhooks or start polling), then the background services; wait for `stop`; stop the
    background first, then the web server, then the channels, which drain what they hold."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT) if handle_signals else ()
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    front: list[Service] = [web] if web is not None else []
    started: list[Service] = []
    code = 0
    try:
        for service in [*front, *channels, *background]:
            await service.start()
            started.append(service)
        log.info("nhacviec running: %s", ", ".join(c.name for c in channels))
        await stop.wait()
        log.info("stopping")
    except ChannelStartError as exc:
        print(f"nhacviec run: {exc}", file=sys.stderr)
        code = 1
    finally:
        order = [*reversed([s for s in started if s in background]), *front, *channels]
        for service in order:
            if service in started:
                await _stop(service)
        for sig in signals:
            loop.remove_signal_handler(sig)
    return code


async def _stop(service: Service) -> None:
    try:
        await asyncio.wait_for(service.stop(), STOP_TIMEOUT_S)
    except Exception:
        log.exception("%s did not stop cleanly", service.name)
