"""Zalo implementation of the Sender port: plain text, 2000-character parts, typed buttons."""

from __future__ import annotations

from bot.channels import split_text, with_typed_commands
from bot.zalo.client import (
    MAX_TEXT,
    ZaloAuthError,
    ZaloBadRequest,
    ZaloBotClient,
    ZaloError,
    ZaloForbidden,
    ZaloQuotaError,
)
from bot.zalo.updates import CHANNEL
from handlers.messages import Reply
from handlers.sending import ChatBlocked, PermanentError, RetryAfter, SendError, TransientError

# A 429 is the monthly quota, not a flood limit: there is no retry_after, so wait long.
QUOTA_BACKOFF_S = 3600.0


class ZaloSender:
    channel = CHANNEL

    def __init__(self, client: ZaloBotClient, *, quota_backoff: float = QUOTA_BACKOFF_S) -> None:
        self._client = client
        self._quota_backoff = quota_backoff

    async def send(self, chat_ref: str, reply: Reply) -> None:
        """Parts go out in order; the first failure stops the rest (plain text: Zalo renders
        markdown unreliably)."""
        for part in split_text(with_typed_commands(reply), MAX_TEXT):
            try:
                await self._client.send_message(chat_ref, part)
            except ZaloError as exc:
                raise as_send_error(exc, self._quota_backoff) from None


def as_send_error(exc: ZaloError, quota_backoff: float = QUOTA_BACKOFF_S) -> SendError:
    if isinstance(exc, ZaloForbidden):
        return ChatBlocked(str(exc))
    if isinstance(exc, ZaloQuotaError):
        return RetryAfter(quota_backoff)
    if isinstance(exc, ZaloAuthError | ZaloBadRequest):
        return PermanentError(str(exc))
    return TransientError(str(exc))
