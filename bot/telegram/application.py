"""Builds the python-telegram-bot Application: our base URLs, timeouts, no JobQueue."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ExtBot
from telegram.request import HTTPXRequest

from bot.channels import install_log_redaction

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"]
# PTB's own bound on updates being handled at once. Far above the channel's (ChatLocks): an
# update waiting for its own chat's turn must not take a place another chat is answered in, or
# one chat with many messages queued behind a slow one would hold every other chat.
PTB_CONCURRENT_UPDATES = 100_000


class TolerantBot(ExtBot[Any]):
    """PTB parses a getUpdates batch as a whole: one malformed update fails the batch, the
    offset never moves past it and polling is stuck on it forever. Each malformed update is
    replaced by a bare {"update_id": n}, so the offset advances and the bot ignores it."""

    # Told of every getUpdates (None when it answered, else its error): PTB's polling loop
    # reports some errors only (a timeout is retried silently), and no success at all.
    _on_poll: Callable[[BaseException | None], None] | None = None

    def observe_polls(self, callback: Callable[[BaseException | None], None]) -> None:
        self._on_poll = callback

    async def _post(self, endpoint: str, data: Any = None, **kwargs: Any) -> Any:
        try:
            result = await super()._post(endpoint, data, **kwargs)
        except Exception as exc:
            if endpoint == "getUpdates" and self._on_poll is not None:
                self._on_poll(exc)
            raise
        if endpoint == "getUpdates" and self._on_poll is not None:
            self._on_poll(None)
        if endpoint == "getUpdates" and isinstance(result, list):
            return [item for raw in result if (item := self._sanitize(raw)) is not None]
        return result

    def _sanitize(self, raw: Any) -> Any:
        try:
            Update.de_json(raw, self)
            return raw
        except Exception as exc:
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            log.warning("skipped malformed Telegram update %s (%s)", update_id, type(exc).__name__)
            return {"update_id": update_id} if isinstance(update_id, int) else None


class _RetryAfterIsAWarning(logging.Filter):
    """PTB logs a 429 left after its own retry at ERROR with a traceback, but the caller
    handles it (the responder waits and resends, the dispatcher reschedules): one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and record.exc_info:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info = record.exc_text = None
        return True


def _quiet_rate_limiter() -> None:
    logger = logging.getLogger("telegram.ext.AIORateLimiter")
    if not any(isinstance(f, _RetryAfterIsAWarning) for f in logger.filters):
        logger.addFilter(_RetryAfterIsAWarning())


def build_application(
    token: str,
    *,
    api_base_url: str,
    request_timeout: float,
    overall_rate: float,
    polling: bool,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """`overall_rate` messages/s is PTB's global throttle (0 disables it); a 429 reaches the
    caller as RetryAfter at once, so it holds only its own chat."""
    install_log_redaction(quiet=False)  # the token is in every request URL
    _quiet_rate_limiter()
    base = api_base_url.rstrip("/")
    bot = TolerantBot(
        token,
        base_url=f"{base}/bot",
        base_file_url=f"{base}/file/bot",
        request=_request(request_timeout),
        get_updates_request=_request(request_timeout, pool=1),
        # No retry inside PTB: its limiter waits out a 429 by holding *every* request, but
        # Telegram's flood wait is per chat. The caller waits for that chat alone (the
        # responder per reply, the dispatcher by rescheduling the chat's rows).
        rate_limiter=AIORateLimiter(overall_max_rate=overall_rate, max_retries=0),
    )
    builder = ApplicationBuilder().bot(bot).job_queue(None)  # reminders are ours, not PTB's
    if not polling:
        builder = builder.updater(None)
    # Updates run concurrently so one chat's slow import (OCR) holds no other chat; the channel
    # keeps each chat's own updates in order and bounds how many chats are answered at once
    # (bot.chat_locks), so two quick "xong" never race.
    return builder.concurrent_updates(PTB_CONCURRENT_UPDATES).build()


def _request(timeout: float, pool: int = 64) -> HTTPXRequest:
    return HTTPXRequest(
        connection_pool_size=pool,
        connect_timeout=timeout,
        read_timeout=timeout,
        write_timeout=timeout,
        pool_timeout=timeout,
    )
