"""The Telegram channel: lifecycle, command menu, update handling, webhook endpoint."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Mapping
from typing import Any

from telegram import BotCommand, CallbackQuery, Update
from telegram import error as tg
from telegram.constants import ChatMemberStatus
from telegram.ext import ContextTypes, TypeHandler
from telegram.helpers import create_deep_linked_url

from bot.channels import (
    ChannelStartError,
    RecentKeys,
    Responder,
    SeenUpdates,
    WebhookReceiver,
    set_account_active,
)
from bot.chat_locks import MAX_CONCURRENT_CHATS, ChatLocks
from bot.health import HealthProbe, Trouble
from bot.telegram.application import ALLOWED_UPDATES, TolerantBot, build_application
from bot.telegram.sender import TelegramSender
from bot.telegram.updates import CHANNEL, BotIdentity, to_incoming

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "x-telegram-bot-api-secret-token"  # noqa: S105 (a header name)
MAX_DOWNLOAD = 20 * 1024 * 1024  # what the Bot API lets a bot download
COMMANDS = (
    ("tuannay", "Việc đến hạn tuần này"),
    ("quahan", "Việc quá hạn"),
    ("xem", "Chi tiết một việc: /xem 12"),
    ("xong", "Báo hoàn thành: /xong 12 ghi chú (kèm ảnh/tệp)"),
    ("duyet", "Xác nhận hoàn thành hoặc gia hạn: /duyet 12"),
    ("tralai", "Trả lại báo cáo: /tralai 12 lý do"),
    ("giahan", "Xin gia hạn: /giahan 12 đến 15/12 vì …"),
    ("thongke", "Thống kê tiến độ, tỷ lệ hoàn thành"),
    ("tim", "Tìm việc: /tim số hóa hồ sơ"),
    ("cuatoi", "Việc của tôi"),
    ("help", "Hướng dẫn sử dụng"),
)


def invite_link(bot_username: str, code: str) -> str:
    """https://t.me/<bot>?start=CODE: tapping START sends "/start CODE" to the bot."""
    return create_deep_linked_url(bot_username, code)


class TelegramChannel:
    """Polling unless `webhook_url` is given. If Telegram is unreachable at start (it is on
    many Vietnamese networks) the channel keeps retrying in the background instead of taking
    the other channels down; a rejected token stops the start."""

    name = CHANNEL

    def __init__(
        self,
        token: str,
        responder: Responder,
        *,
        api_base_url: str = "https://api.telegram.org",
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        poll_timeout: int = 30,
        request_timeout: float = 10.0,
        overall_rate: float = 30.0,
        max_backoff: float = 60.0,
        concurrency: int = MAX_CONCURRENT_CHATS,
    ) -> None:
        self._responder = responder
        self._webhook_url = webhook_url
        self._poll_timeout = poll_timeout
        self._max_backoff = max_backoff
        self.application = build_application(
            token,
            api_base_url=api_base_url,
            request_timeout=request_timeout,
            overall_rate=overall_rate,
            polling=webhook_url is None,
        )
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.application.add_error_handler(self._on_error)
        self.sender = TelegramSender(self.application.bot)
        self.health = HealthProbe(CHANNEL)  # `nhacviec run` watches it (bot/health.py)
        if isinstance(self.application.bot, TolerantBot):
            self.application.bot.observe_polls(self._polled)
        self.webhook: WebhookReceiver | None = None
        if webhook_url:
            if not webhook_secret:
                raise ChannelStartError("a Telegram webhook needs a secret")
            self.webhook = TelegramWebhook(self, webhook_secret)
        self.me: BotIdentity | None = None
        self._connecting: asyncio.Task[None] | None = None
        self._seen = RecentKeys()  # a webhook retry within minutes, without a database trip
        self._fresh = SeenUpdates(CHANNEL, responder.uow_factory)  # across restarts
        self._chats = ChatLocks(concurrency)  # chats answered at once, each in order
        self._state = "stopped"

    def status(self) -> str:
        return self._state

    async def start(self) -> None:
        self._state = "connecting"
        try:
            await self.application.initialize()
        except tg.InvalidToken:
            raise ChannelStartError("Telegram rejected the bot token (TELEGRAM__TOKEN)") from None
        except tg.TelegramError as exc:
            log.warning("Telegram is unreachable at start (%s); retrying in background", exc)
        else:
            try:
                await self._go_live()
                return
            except tg.TelegramError as exc:
                log.warning("Telegram start failed (%s); retrying in background", exc)
                await self._halt()
        self._connecting = asyncio.create_task(self._connect(), name="telegram-connect")

    async def stop(self) -> None:
        """Stop fetching, let PTB finish the updates already queued, then close."""
        self._state = "stopping"
        await self._responder.stop_wakes()
        if self._connecting is not None:
            self._connecting.cancel()
            await asyncio.gather(self._connecting, return_exceptions=True)
        app = self.application
        try:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
        except Exception:
            log.exception("Telegram polling did not stop cleanly")
        try:
            if app.running:
                await app.stop()
            await app.shutdown()
        except Exception:
            log.exception("Telegram application did not stop cleanly")
        self.sender.ready = False
        self._state = "stopped"

    async def fetch(self, ref: str, max_bytes: int) -> bytes:
        """handlers' FileFetcher port: a notice file or photo an admin sent, for the import
        preview; ConnectionError when Telegram cannot give it."""
        try:
            return await self.download(ref, max_bytes)
        except tg.TelegramError as exc:
            raise ConnectionError(str(exc)) from exc

    async def download(self, file_id: str, max_bytes: int = MAX_DOWNLOAD) -> bytes:
        """A received document or photo's bytes (for importing notices sent in the chat)."""
        file = await self.application.bot.get_file(file_id)
        if file.file_size and file.file_size > max_bytes:
            raise ValueError(f"file too large ({file.file_size} bytes)")
        return bytes(await file.download_as_bytearray())

    async def _connect(self) -> None:
        backoff = 1.0
        while True:
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, self._max_backoff)
            try:
                await self.application.initialize()
            except tg.InvalidToken:
                self.health.trouble(Trouble.TOKEN, "Telegram rejected the bot token")
                log.error("Telegram rejected the bot token; the Telegram channel is off")
                self._state = "failed"
                return
            except tg.TelegramError as exc:
                self.health.failed(exc, channel_wide=True)
                log.warning("Telegram still unreachable (%s)", exc)
                continue
            try:
                await self._go_live()
                return
            except tg.TelegramError as exc:
                log.warning("Telegram start failed (%s); retrying", exc)
                await self._halt()

    async def _go_live(self) -> None:
        app, bot = self.application, self.application.bot
        self.me = BotIdentity(bot.id, bot.username)
        self.sender.ready = True
        await app.start()
        await self._set_commands()
        if self._webhook_url is not None:
            assert isinstance(self.webhook, TelegramWebhook)
            secret = self.webhook.secret
            await bot.set_webhook(
                self._webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
            )
            mode = "webhook"
        else:
            assert app.updater is not None
            await app.updater.start_polling(
                timeout=self._poll_timeout,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=3,
                error_callback=self._polling_error,
            )
            mode = "polling"
        self._state = "running"
        self.health.ok()
        log.info("Telegram bot @%s running (%s)", bot.username, mode)
        log.info("Telegram invite links look like %s", invite_link(bot.username, "CODE"))

    async def _halt(self) -> None:
        with contextlib.suppress(Exception):
            if self.application.running:
                await self.application.stop()

    async def _set_commands(self) -> None:
        try:
            await self.application.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
        except tg.TelegramError as exc:
            log.warning("could not set the Telegram command menu: %s", exc)

    def _polling_error(self, exc: tg.TelegramError) -> None:
        # PTB's default logs a traceback for every failed poll; one line is enough.
        log.warning("Telegram polling failed: %s", exc)

    def _polled(self, error: BaseException | None) -> None:
        """Every getUpdates, answered or not (the bot tells): the channel's health."""
        if error is None:
            self.health.ok()
        else:
            self.health.failed(error, channel_wide=True)

    async def accept(self, data: Any) -> bool:
        """Queue one webhook update; malformed or replayed ones are dropped (True when queued)."""
        try:
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:
            log.warning("ignored a malformed Telegram update (%s)", type(exc).__name__)
            return False
        if update is None or not self._seen.add(update.update_id):
            return False
        await self.application.update_queue.put(update)
        return True

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.health.ok()
        if update.my_chat_member is not None:
            await self._on_membership(update)
            return
        assert self.me is not None
        incoming = to_incoming(update, self.me)
        if incoming is not None:
            chat = incoming.chat_ref
        else:
            chat = str(update.effective_chat.id) if update.effective_chat is not None else ""
        # Updates run concurrently (one chat's OCR holds no other chat); a chat's own updates
        # are answered in the order they came.
        async with self._chats.hold(chat):
            if update.callback_query is not None:
                await _answer(update.callback_query)  # again for a redelivery: harmless
            if incoming is None:
                log.debug("ignored Telegram update %s", update.update_id)
                return  # nothing done, so nothing to remember
            log.debug("Telegram update %s from chat %s", update.update_id, incoming.chat_ref)
            # Recorded inside the chat's turn (the chat's order holds) and in the message's
            # first transaction (no transaction of its own); a redelivery gets no answer.
            claim = self._fresh.claim(str(update.update_id))
            await self._responder.respond(
                incoming, self.sender, claim=claim, hold=self._chats.hold
            )

    async def _on_membership(self, update: Update) -> None:
        """A private chat's member status changes when the user blocks or unblocks the bot."""
        change = update.my_chat_member
        assert change is not None
        status = change.new_chat_member.status
        chat_ref = str(change.chat.id)
        if status in (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT):
            await set_account_active(self._responder.uow_factory, CHANNEL, chat_ref, active=False)
        elif status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR):
            await set_account_active(self._responder.uow_factory, CHANNEL, chat_ref, active=True)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("failed to handle Telegram update %s", update_id, exc_info=context.error)


async def _answer(query: CallbackQuery) -> None:
    """Always answer a button press, or the user's client keeps spinning."""
    try:
        await query.answer()
    except tg.TelegramError as exc:
        log.debug("answerCallbackQuery failed: %s", exc)


class TelegramWebhook:
    """Checks the secret header in constant time and queues the update for PTB at once."""

    path = WEBHOOK_PATH

    def __init__(self, channel: TelegramChannel, secret: str) -> None:
        self._channel = channel
        self.secret = secret

    async def receive(self, headers: Mapping[str, str], body: bytes) -> tuple[int, Any]:
        given = headers.get(SECRET_HEADER) or ""
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            log.warning("Telegram webhook call with a wrong secret ignored")
            return 403, {"ok": False, "description": "Forbidden"}
        try:
            data = json.loads(body)
        except ValueError:
            return 400, {"ok": False, "description": "Bad Request: invalid JSON"}
        if not isinstance(data, dict):
            return 400, {"ok": False, "description": "Bad Request: not an update"}
        if self._channel.status() != "running":
            return 503, {"ok": False, "description": "Service Unavailable"}  # Telegram retries
        await self._channel.accept(data)
        return 200, {"ok": True}
