"""What every chat channel shares: services, replying with retries, splitting, typed buttons."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from handlers.conversation import Claim, Conversation
from handlers.messages import Button, Incoming, Reply, Wake
from handlers.ports import UnitOfWork, UnitOfWorkFactory
from handlers.sending import ChatBlocked, RetryAfter, Sender, SendError, TransientError

log = logging.getLogger(__name__)


class Service(Protocol):
    """Something `nhacviec run` starts and stops: a channel, the web server, the scheduler."""

    name: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


class WebhookReceiver(Protocol):
    """A channel's webhook endpoint, framework-neutral: bot/webapp.py mounts it at `path`."""

    path: str

    async def receive(self, headers: Mapping[str, str], body: bytes) -> tuple[int, Any]: ...


class Channel(Service, Protocol):
    @property
    def sender(self) -> Sender: ...

    @property
    def webhook(self) -> WebhookReceiver | None: ...

    def status(self) -> str: ...


class ChannelStartError(RuntimeError):
    """A channel cannot run as configured (e.g. its token is rejected); the message is safe."""


# --- replying ------------------------------------------------------------------------------

Sleep = Callable[[float], Awaitable[None]]
# A channel's per-chat turn (ChatLocks.hold): a wake-up waits for it like a message does.
Hold = Callable[[str], AbstractAsyncContextManager[None]]


@dataclass(slots=True)
class Responder:
    """Feeds one Incoming to the conversation and delivers the replies through a Sender.

    Interactive replies are retried a few times (429 waited out, 5xx/timeouts backed off); what
    must never be lost goes through the outbox instead. A blocked chat is marked inactive.
    """

    conversation: Conversation
    uow_factory: UnitOfWorkFactory
    today: date | None = None  # demos and tests pin the day the conversation sees
    attempts: int = 4
    max_wait: float = 60.0
    sleep: Sleep = asyncio.sleep
    # Waits out a reply's `wake` (a batch of page photos read when no page follows); tests
    # give one that returns when they say so.
    wake_sleep: Sleep = asyncio.sleep
    _wakes: set[asyncio.Task[None]] = field(default_factory=set)

    async def respond(
        self,
        incoming: Incoming,
        sender: Sender,
        *,
        claim: Claim | None = None,
        hold: Hold | None = None,
    ) -> None:
        """`claim` records the channel's update as taken (SeenUpdates.claim) in the message's
        first transaction; a redelivered update gets no reply. A reply asking to be woken
        (`Reply.wake`) is answered later in the chat's turn (`hold`)."""
        if self.today is not None and incoming.today is None:
            incoming = replace(incoming, today=self.today)

        async def say_now(reply: Reply) -> bool:
            return await self.deliver(sender, incoming.chat_ref, reply)

        replies = await self.conversation.handle(incoming, say_now=say_now, claim=claim)
        for reply in replies:
            if reply.wake is not None:
                self._schedule(incoming, reply.wake, sender, hold)
            if not await self.deliver(sender, incoming.chat_ref, reply):
                return

    def _schedule(self, incoming: Incoming, wake: Wake, sender: Sender, hold: Hold | None) -> None:
        woken = Incoming(
            incoming.channel,
            incoming.chat_ref,
            wake.payload,
            official_id=incoming.official_id,
            payload=wake.payload,
            today=incoming.today,
        )

        async def later() -> None:
            await self.wake_sleep(wake.seconds)
            try:
                if hold is None:
                    await self.respond(woken, sender)
                else:
                    async with hold(incoming.chat_ref):
                        await self.respond(woken, sender, hold=hold)
            except Exception:
                log.exception("wake-up of %s chat %s failed", incoming.channel, incoming.chat_ref)

        task = asyncio.get_running_loop().create_task(later())
        self._wakes.add(task)
        task.add_done_callback(self._wakes.discard)

    async def stop_wakes(self) -> None:
        """Cancel the wake-ups not yet due (on shutdown); their batches stay in the database."""
        for task in list(self._wakes):
            task.cancel()
        await asyncio.gather(*self._wakes, return_exceptions=True)

    async def deliver(self, sender: Sender, chat_ref: str, reply: Reply) -> bool:
        """True when the reply went out; never raises for a SendError."""
        delay = 0.5
        for attempt in range(1, self.attempts + 1):
            try:
                await sender.send(chat_ref, reply)
                return True
            except ChatBlocked:
                log.info("%s chat %s blocked the bot: now inactive", sender.channel, chat_ref)
                await self.mark_inactive(sender.channel, chat_ref)
                return False
            except RetryAfter as exc:
                wait = exc.seconds
                log.info(
                    "%s asks to wait %g s before replying to %s", sender.channel, wait, chat_ref
                )
            except TransientError as exc:
                wait, delay = delay, delay * 2
                log.warning("%s send to %s failed (%s)", sender.channel, chat_ref, exc)
            except SendError as exc:
                log.warning("%s reply to %s dropped: %s", sender.channel, chat_ref, exc)
                return False
            if attempt == self.attempts or wait > self.max_wait:
                break
            await self.sleep(wait)
        log.error("%s reply to %s given up after retries", sender.channel, chat_ref)
        return False

    async def mark_inactive(self, channel: str, chat_ref: str) -> None:
        await set_account_active(self.uow_factory, channel, chat_ref, active=False)


async def set_account_active(
    uow_factory: UnitOfWorkFactory, channel: str, chat_ref: str, *, active: bool
) -> None:
    """The core reactivates a chat when its user writes again; an unknown chat is a no-op."""
    try:
        async with uow_factory() as uow:
            await uow.accounts.set_active(channel, chat_ref, active)
            await uow.commit()
    except Exception:
        log.exception("could not mark %s chat %s active=%s", channel, chat_ref, active)


class RecentKeys:
    """Remembers keys for `window` seconds in the process: a webhook may deliver an event twice
    (retries); Zalo has no update_id, so it keys on (event_name, message_id). A cheap first
    check in front of SeenUpdates, which remembers across restarts."""

    def __init__(
        self,
        window: float = 600.0,
        capacity: int = 20_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._window = window
        self._capacity = capacity
        self._clock = clock
        self._seen: OrderedDict[Hashable, float] = OrderedDict()

    def add(self, key: Hashable) -> bool:
        """True when the key is new (and now remembered), False for a replay."""
        now = self._clock()
        seen, oldest_allowed = self._seen, now - self._window
        while seen and (len(seen) >= self._capacity or next(iter(seen.values())) < oldest_allowed):
            seen.popitem(last=False)
        if key in self._seen:
            return False
        self._seen[key] = now
        return True


class SeenUpdates:
    """Updates already taken for handling, in the database (seen_updates), so one redelivered
    after a restart — Telegram resends what was fetched but not confirmed, a Zalo webhook
    retries — or given to a second process is not handled twice.

    A key is recorded when its update is taken for handling, before the conversation sees it:
    a crash while handling costs at most that one reply, never a second action (a task
    reported twice, an import confirmed twice). When the database cannot be reached the
    update is handled anyway — a possible repeat is better than a lost message, and the
    conversation will most likely fail on the same database and apologise."""

    RETENTION = timedelta(days=3)  # Telegram keeps an unconfirmed update for 24 hours
    PURGE_EVERY = timedelta(minutes=10)
    PURGE_LIMIT = 5000
    MAX_KEY = 128  # seen_updates.update_key

    def __init__(
        self,
        channel: str,
        uow_factory: UnitOfWorkFactory,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._channel = channel
        self._uow_factory = uow_factory
        self._clock = clock
        self._purged_at: datetime | None = None

    async def first_time(self, key: str) -> bool:
        """True when the update is new (and now recorded), False for a redelivery; in a
        transaction of its own (a channel answering a message claims it in the message's
        first transaction instead: `claim`)."""
        try:
            async with self._uow_factory() as uow:
                new = await self.claim(key)(uow)
                await uow.commit()
        except Exception:
            log.exception("could not record %s update %s as seen; handling it", self._channel, key)
            return True
        return new

    def claim(self, key: str) -> Claim:
        """The update's key recorded in a unit of work the caller commits: the conversation
        calls it in the transaction every message opens anyway (handlers.conversation.Claim),
        so a message costs no transaction of its own for it. False: handled before."""
        if len(key) > self.MAX_KEY:
            key = hashlib.sha256(key.encode()).hexdigest()

        async def record(uow: UnitOfWork) -> bool:
            now = self._clock()
            if self._purged_at is None or now - self._purged_at >= self.PURGE_EVERY:
                self._purged_at = now
                await uow.seen_updates.purge(now - self.RETENTION, self.PURGE_LIMIT)
            new = await uow.seen_updates.add(self._channel, key, now)
            if not new:
                log.info("%s update %s was handled before: skipped", self._channel, key)
            return new

        return record


# --- text ----------------------------------------------------------------------------------


def split_text(text: str, limit: int) -> list[str]:
    """Cut NFC text into parts of at most `limit` characters, preferring a paragraph break,
    then a line break, then a space; a part never ends with the separator it was cut at."""
    rest = unicodedata.normalize("NFC", text).strip()
    parts: list[str] = []
    while len(rest) > limit:
        cut, skip = _cut_point(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut + skip :].lstrip("\n")
    if rest.strip():
        parts.append(rest)
    return [p for p in parts if p.strip()]


def _cut_point(text: str, limit: int) -> tuple[int, int]:
    window = text[: limit + 1]  # a separator right after the limit is a clean cut too
    for separator in ("\n\n", "\n", " "):
        at = window.rfind(separator, 0, limit + 1)
        # Cutting in the first half would leave a stub; try a finer boundary instead.
        if at >= limit // 2 or (separator == " " and at > 0):
            return at, len(separator)
    return limit, 0


def typed_commands(buttons: Sequence[Button], text: str = "") -> str:
    """Buttons as numbered commands to type, for channels without buttons (Zalo, console).
    Commands the text already spells out («tiếp») are not repeated."""
    shown = [b for b in buttons if f"«{b.payload}»" not in text]
    if not shown:
        return ""
    if len(shown) == 1:
        return f"Gõ: {shown[0].payload} — {shown[0].label}"
    return "Gõ một trong các lệnh:\n" + "\n".join(
        f"{n}) {b.payload} — {b.label}" for n, b in enumerate(shown, 1)
    )


def with_typed_commands(reply: Reply) -> str:
    extra = "" if reply.numbered else typed_commands(reply.buttons, reply.text)
    return f"{reply.text.rstrip()}\n\n{extra}" if extra else reply.text


# --- logging -------------------------------------------------------------------------------

# Both APIs put the token in the URL path, /bot<token>/method, and PTB logs its base URL
# (…/bot<token>, no trailing slash) at DEBUG.
_TOKEN_IN_URL = re.compile(r"/bot[^/\s'\"]+")
QUIET_LOGGERS = ("httpx", "httpcore")
# A filter only sees records created on its own logger, so each one that can log a URL is named.
_REDACTED_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "telegram.Bot",
    "telegram.ext.ExtBot",
)


# PTB logs every call's parameters at DEBUG: setWebhook's carry the webhook secret.
_SECRET_PARAM = re.compile(r"""(['"]?secret_token['"]?\s*[:=]\s*['"]?)[^'"\s,}]+""")
_KNOWN_SECRETS: set[str] = set()


def register_secret(value: str | None) -> None:
    """A token or webhook secret that must never appear in a log line, whatever its level."""
    if value and len(value) >= 6:
        _KNOWN_SECRETS.add(value)


def redact(text: str) -> str:
    text = _SECRET_PARAM.sub(r"\1***", _TOKEN_IN_URL.sub("/bot***", text))
    for secret in _KNOWN_SECRETS:
        if secret in text:
            text = text.replace(secret, "***")
    return text


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


def install_log_redaction(*, quiet: bool = True, secrets: Iterable[str | None] = ()) -> None:
    """httpx logs every request URL (token included) at INFO: filter it, and by default keep
    the HTTP libraries at WARNING. `secrets` (tokens, webhook secrets) are replaced by *** in
    those loggers and in every handler of the root logger. Idempotent."""
    for secret in secrets:
        register_secret(secret)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactTokens) for f in handler.filters):
            handler.addFilter(RedactTokens())
    for name in _REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())
    if quiet:
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
