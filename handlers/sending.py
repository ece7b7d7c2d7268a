"""Port for pushing a message to a chat, and the typed failures channels map their errors to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from handlers.domain import OutboxMessage
from handlers.messages import OutgoingFile, Reply


class SendError(Exception):
    """A message could not be delivered; subclasses say what the dispatcher should do."""


class RetryAfter(SendError):
    """The channel asked us to slow down (HTTP 429): wait `seconds`, then send the same message.
    `chat_only`: the limit is this chat's (Telegram's per-chat flood control), so only this
    chat waits; otherwise the whole channel does (Zalo's daily quota)."""

    def __init__(self, seconds: float, *, chat_only: bool = False) -> None:
        super().__init__(f"retry after {seconds:g}s")
        self.seconds = seconds
        self.chat_only = chat_only


class ChatMoved(SendError):
    """The chat has a new id on its channel (Telegram: a group became a supergroup); the
    account must follow it and the message go to the new id."""

    def __init__(self, new_chat_ref: str) -> None:
        super().__init__(f"chat moved to {new_chat_ref}")
        self.new_chat_ref = new_chat_ref


class ChatBlocked(SendError):
    """The user blocked the bot or the chat is gone (Telegram 403): mark the chat inactive."""


class TransientError(SendError):
    """5xx, timeouts, connection errors: back off and try again later."""


class PermanentError(SendError):
    """A bad request that will never succeed as it is: dead-letter at once."""


class Sender(Protocol):
    """Delivers one reply to one chat of one channel; raises a SendError subclass on failure."""

    channel: str

    async def send(self, chat_ref: str, reply: Reply) -> None: ...


class Attachments(Protocol):
    """Files a queued message carries (the weekly digest's chart), made when it is sent:
    outbox rows hold text only. Returns () when the rows carry nothing."""

    async def files_for(self, rows: Sequence[OutboxMessage]) -> tuple[OutgoingFile, ...]: ...
