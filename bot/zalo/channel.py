"""The Zalo channel: long polling or a webhook; updates answered in order within each chat."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.channels import (
    ChannelStartError,
    RecentKeys,
    Responder,
    SeenUpdates,
    WebhookReceiver,
)
from bot.chat_locks import MAX_CONCURRENT_CHATS, ChatLocks
from bot.files import FileLinks
from bot.health import HealthProbe
from bot.zalo.client import ZaloAuthError, ZaloBadRequest, ZaloBotClient, ZaloError
from bot.zalo.guards import PollLock
from bot.zalo.sender import ZaloSender
from bot.zalo.updates import CHANNEL, ZaloUpdate, parse_update, to_incoming

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/zalo/webhook"
SECRET_HEADER = "x-bot-api-secret-token"  # noqa: S105 (a header name)
MAX_BACKOFF_S = 60.0
DRAIN_S = 10.0


class ZaloChannel:
    """Polling unless `webhook_url` is given. Updates go through one queue, so the poller or
    webhook never waits for the core; a chat's messages are answered in order, and other chats
    meanwhile (a photo being read by OCR holds only its own chat)."""

    name = CHANNEL

    def __init__(
        self,
        client: ZaloBotClient,
        responder: Responder,
        *,
        token: str,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        poll_timeout: int = 30,
        max_backoff: float = MAX_BACKOFF_S,
        lock_dir: Path | None = None,
        links: FileLinks | None = None,
        concurrency: int = MAX_CONCURRENT_CHATS,
    ) -> None:
        self._client = client
        self._responder = responder
        self._webhook_url = webhook_url
        self._poll_timeout = poll_timeout
        self._max_backoff = max_backoff
        self._lock = PollLock(token, lock_dir)
        self._seen = RecentKeys()  # a webhook retry within minutes, without a database trip
        self._fresh = SeenUpdates(CHANNEL, responder.uow_factory)  # across restarts
        self._queue: asyncio.Queue[ZaloUpdate] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self._answering: set[asyncio.Task[None]] = set()
        self._chats = ChatLocks(concurrency)  # chats answered at once, each in order
        self._receiver: asyncio.Task[None] | None = None
        self._state = "stopped"
        self.sender = ZaloSender(client, links=links)
        self.health = HealthProbe(CHANNEL)  # `nhacviec run` watches it (bot/health.py)
        self.webhook: WebhookReceiver | None = None
        if webhook_url:
            if not webhook_secret:
                raise ChannelStartError("a Zalo webhook needs a secret (ZALO__WEBHOOK_SECRET)")
            self.webhook = ZaloWebhook(self, webhook_secret)

    def status(self) -> str:
        return self._state

    async def start(self) -> None:
        try:
            me = await self._client.get_me()
            log.info("Zalo bot %s connected", me.get("account_name") or me.get("id") or "?")
        except ZaloAuthError:
            raise ChannelStartError("Zalo rejected the bot token (ZALO__TOKEN)") from None
        except ZaloError as exc:
            log.warning("Zalo is unreachable at start (%s); will keep trying", exc)
        if self._webhook_url is None and not self._lock.acquire():
            raise ChannelStartError(
                "another process is already polling this Zalo bot (one poller per token)"
            )
        self._worker = asyncio.create_task(self._work(), name="zalo-worker")
        receive = self._register() if self.webhook is not None else self._poll()
        self._receiver = asyncio.create_task(receive, name="zalo-receiver")
        self._state = "running"

    async def stop(self) -> None:
        """Stop receiving, answer what was already received (bounded), then close."""
        self._state = "stopping"
        await self._responder.stop_wakes()
        if self._receiver is not None:
            self._receiver.cancel()
            await asyncio.gather(self._receiver, return_exceptions=True)
        if self._worker is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._queue.join(), DRAIN_S)
            self._worker.cancel()
            for task in list(self._answering):
                task.cancel()
            await asyncio.gather(self._worker, *self._answering, return_exceptions=True)
        self._worker = self._receiver = None
        self._lock.release()
        await self._client.aclose()
        self._state = "stopped"

    def accept(self, update: ZaloUpdate) -> bool:
        """Queue an update unless it is a replay; True when queued."""
        if self._state != "running" or not self._seen.add(update.key):
            return False
        self._queue.put_nowait(update)
        return True

    async def _poll(self) -> None:
        backoff, webhook_cleared = 1.0, False
        while True:
            try:
                if not webhook_cleared:
                    # getUpdates fails while a webhook is set: polling means no webhook.
                    await self._client.delete_webhook()
                    webhook_cleared = True
                update = await self._client.get_update(self._poll_timeout)
            except ZaloError as exc:
                self.health.failed(exc, channel_wide=True)
                log.warning("Zalo polling failed (%s); retrying in %.0f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self._max_backoff)
                continue
            backoff = 1.0
            self.health.ok()
            if update is not None:
                self.accept(update)

    async def _register(self) -> None:
        assert self._webhook_url is not None and isinstance(self.webhook, ZaloWebhook)
        backoff = 1.0
        while True:
            try:
                await self._client.set_webhook(self._webhook_url, self.webhook.secret)
                log.info("Zalo webhook registered")
                self.health.ok()
                return
            except (ZaloAuthError, ZaloBadRequest) as exc:
                self.health.failed(exc, channel_wide=True)
                log.error("Zalo refused the webhook: %s", exc)
                self._state = "failed"
                return
            except ZaloError as exc:
                self.health.failed(exc, channel_wide=True)
                log.warning("Zalo setWebhook failed (%s); retrying in %.0f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self._max_backoff)

    async def _work(self) -> None:
        """Take updates in order; each is answered in its own task, in order within its chat
        (ChatLocks), so one chat's slow import does not keep the other chats waiting."""
        while True:
            update = await self._queue.get()
            task = asyncio.create_task(self._answer(update), name="zalo-update")
            self._answering.add(task)
            task.add_done_callback(self._answered)

    def _answered(self, task: asyncio.Task[None]) -> None:
        self._answering.discard(task)
        self._queue.task_done()

    async def _answer(self, update: ZaloUpdate) -> None:
        async with self._chats.hold(update.chat_id):
            try:
                incoming = to_incoming(update)
                if incoming is None:
                    log.debug("ignored Zalo event %s", update.event_name)
                else:
                    # Recorded inside the chat's turn (the chat's order holds) and in the
                    # message's first transaction; a redelivery gets no answer.
                    claim = self._fresh.claim(":".join(update.key))
                    await self._responder.respond(
                        incoming, self.sender, claim=claim, hold=self._chats.hold
                    )
            except Exception:
                log.exception(
                    "failed to handle Zalo event %s %s", update.event_name, update.message_id
                )

    async def fetch(self, ref: str, max_bytes: int) -> bytes:
        """handlers' FileFetcher port: a photo an admin sent comes as a URL; ValueError when
        it is larger than `max_bytes`, ConnectionError when it cannot be fetched."""
        try:
            return await self._client.download(ref, max_bytes)
        except ZaloError as exc:
            raise ConnectionError(str(exc)) from exc


class ZaloWebhook:
    """Checks the secret header in constant time, answers at once, processes in the background."""

    path = WEBHOOK_PATH

    def __init__(self, channel: ZaloChannel, secret: str) -> None:
        self._channel = channel
        self.secret = secret

    async def receive(self, headers: Mapping[str, str], body: bytes) -> tuple[int, Any]:
        given = headers.get(SECRET_HEADER) or ""
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            log.warning("Zalo webhook call with a wrong secret ignored")
            return 403, {"message": "Unauthorized"}
        if self._channel.status() != "running":
            return 503, {"message": "Service Unavailable"}  # starting or stopping: retry later
        if not (headers.get("content-type") or "").startswith("application/json"):
            return 415, {"message": "Unsupported Media Type"}
        try:
            payload = json.loads(body)
        except ValueError:
            return 400, {"message": "Bad Request"}
        update = parse_update(payload)
        if update is None:
            # Answer 200 anyway: a redelivery would be just as malformed.
            log.warning("ignored a malformed Zalo webhook body (%d bytes)", len(body))
        else:
            self._channel.health.ok()
            self._channel.accept(update)
        return 200, {"message": "Success"}
