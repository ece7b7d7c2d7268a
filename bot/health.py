"""Channel health: each channel's last good contact and its current trouble, and the admins'
alert when a channel is down.

A channel tells its `HealthProbe` what happens (a poll or webhook update arrived, a message
was sent; a token was rejected, the quota is used up, the network is down). The probe only
notes it in memory: no database write per update. `HealthWatcher` (a service of `nhacviec
run`) writes each channel's state to `channel_health` every `check_seconds` when it changed,
and the time of the last good contact at most once a minute; `nhacviec status` reads it.

Then it tells the admins, once per problem, through the outbox: a channel down for more than
`down_minutes`, or at once for a rejected token or a used-up quota. The alert goes on another
channel than the one in trouble (an admin linked on Zalo and Telegram hears about Zalo on
Telegram); an admin reachable only on the channel in trouble is not sent a message that cannot
arrive. When the channel works again, the admins who were alerted get one line saying so.
The outbox key (rule, admin, "<channel>-<start of the outage>") makes each alert once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.channels import redact
from handlers.directory import DirectoryCache
from handlers.domain import OutboxMessage, Role, fmt_date
from handlers.messages import Reply
from handlers.ports import UnitOfWorkFactory
from handlers.sending import RetryAfter, Sender, TransientError
from scheduler.routing import choose_chat
from storage.models import ChannelHealthRow

log = logging.getLogger(__name__)

CHANNEL_DOWN = "channel_down"  # outbox rule: "channel X cannot be reached" to the admins
CHANNEL_UP = "channel_up"  # outbox rule: "channel X works again"
OK_WRITE_INTERVAL = timedelta(seconds=60)
DETAIL_LIMIT = 200
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NAMES = {"zalo": "Zalo", "telegram": "Telegram"}


class Trouble(StrEnum):
    # 401: the bot token was rejected; nothing works until it is replaced
    TOKEN = "token"  # noqa: S105 (a kind of trouble, not a secret)
    QUOTA = "quota"  # the channel's message quota is used up (Zalo's monthly 429)
    NETWORK = "network"  # timeouts, connection errors, 5xx
    ERROR = "error"  # anything else the channel refused (a conflicting poller, a 4xx)


# Told at once; the others only after the channel has been down for `down_minutes`.
URGENT = frozenset({Trouble.TOKEN, Trouble.QUOTA})


@dataclass(slots=True)
class HealthState:
    last_ok_at: datetime | None = None
    last_error_at: datetime | None = None
    last_error: str | None = None  # "<kind>: <detail>", never a token
    down_since: datetime | None = None
    kind: Trouble | None = None


class HealthProbe:
    """What a channel calls when something happens: synchronous, cheap, never raises. A probe
    nobody watches (a channel built outside `nhacviec run`) just remembers."""

    def __init__(self, channel: str, clock: Callable[[], datetime] | None = None) -> None:
        self.channel = channel
        self.clock = clock or (lambda: datetime.now(UTC))
        self.state = HealthState()
        self.changed = False  # down or up, or a new kind of trouble, since the last write
        self.written_ok_at: datetime | None = None
        self.written_error_at: datetime | None = None

    def ok(self, *, sent: bool = False) -> None:
        """A poll, a webhook update or (`sent`) a message went through. A used-up quota ends
        only with a message sent: polls still work while sending does not."""
        state = self.state
        state.last_ok_at = self.clock()
        if state.down_since is not None and (sent or state.kind is not Trouble.QUOTA):
            state.down_since, state.kind = None, None
            self.changed = True

    def trouble(self, kind: Trouble, detail: str) -> None:
        state = self.state
        now = self.clock()
        state.last_error_at = now
        state.last_error = f"{kind.value}: {redact(detail)[:DETAIL_LIMIT]}"
        if state.down_since is None:
            state.down_since = now
            self.changed = True
        if state.kind is not kind and (state.kind is None or kind in URGENT):
            state.kind = kind  # a token or quota problem outranks a network one
            self.changed = True

    def failed(self, exc: BaseException, *, channel_wide: bool = False) -> None:
        """An exception from the channel's API: noted when it is the channel's trouble (not
        one chat's: a blocked bot, a bad request for one message). `channel_wide`: the call
        concerned no chat (a poll, registering the webhook), so any refusal is trouble."""
        try:
            kind = classify(exc)
            if kind is None and channel_wide:
                kind = Trouble.ERROR
            if kind is not None:
                self.trouble(kind, f"{type(exc).__name__}: {exc}")
        except Exception:  # the channel's own error handling must go on regardless
            log.exception("health: could not note a %s error", self.channel)

    def due_write(self, now: datetime) -> bool:
        state = self.state
        if self.changed:
            return True
        ok_moved = state.last_ok_at is not None and (
            self.written_ok_at is None
            or state.last_ok_at - self.written_ok_at >= OK_WRITE_INTERVAL
        )
        error_moved = state.last_error_at is not None and (
            self.written_error_at is None
            or state.last_error_at - self.written_error_at >= OK_WRITE_INTERVAL
        )
        return ok_moved or error_moved

    def restore(self, row: ChannelHealthRow) -> None:
        """Continue an outage recorded before a restart (its alert is not sent twice)."""
        state = self.state
        state.last_ok_at = state.last_ok_at or _aware(row.last_ok_at)
        state.last_error_at = state.last_error_at or _aware(row.last_error_at)
        state.last_error = state.last_error or row.last_error
        if state.down_since is None and row.down_since is not None:
            state.down_since, state.kind = _aware(row.down_since), trouble_of(row.last_error)
        self.written_ok_at, self.written_error_at = state.last_ok_at, state.last_error_at


def trouble_of(last_error: str | None) -> Trouble:
    head = (last_error or "").split(":", 1)[0]
    return Trouble(head) if head in Trouble._value2member_map_ else Trouble.ERROR


def classify(exc: BaseException) -> Trouble | None:
    """The channel's trouble an API error shows, looking through the SendError a sender
    raised to the library's own error (kept as its context); None for one chat's trouble."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = _library_trouble(current)
        if kind is not None:
            return kind if isinstance(kind, Trouble) else None
        current = current.__cause__ or current.__context__
    if isinstance(exc, RetryAfter):
        return None if exc.chat_only else Trouble.QUOTA
    if isinstance(exc, TransientError | OSError | TimeoutError):
        return Trouble.NETWORK
    return None


def _library_trouble(exc: BaseException) -> Trouble | bool | None:
    """A Zalo or Telegram error's kind; False when it is known to concern one chat only."""
    from bot.zalo.client import (
        ZaloAuthError,
        ZaloBadRequest,
        ZaloError,
        ZaloQuotaError,
    )

    if isinstance(exc, ZaloError):
        if isinstance(exc, ZaloAuthError):
            return Trouble.TOKEN
        if isinstance(exc, ZaloQuotaError):
            return Trouble.QUOTA
        if isinstance(exc, ZaloBadRequest):
            return False  # ZaloForbidden too: one chat blocked the bot
        return Trouble.NETWORK
    module = type(exc).__module__
    if module.startswith("telegram"):
        from telegram import error as tg

        if isinstance(exc, tg.InvalidToken):
            return Trouble.TOKEN
        if isinstance(exc, tg.Conflict):
            return Trouble.ERROR  # another process polls with the same token
        if isinstance(exc, tg.NetworkError) and not isinstance(exc, tg.BadRequest):
            return Trouble.NETWORK  # includes TimedOut
        return False  # Forbidden, BadRequest, RetryAfter, ChatMigrated: one chat's
    return None


class HealthSender:
    """A Sender that tells the probe how each send went; the dispatcher sends through it."""

    def __init__(self, sender: Sender, probe: HealthProbe) -> None:
        self.channel = sender.channel
        self._sender = sender
        self._probe = probe

    async def send(self, chat_ref: str, reply: Reply) -> None:
        try:
            await self._sender.send(chat_ref, reply)
        except Exception as exc:
            self._probe.failed(exc)
            raise
        self._probe.ok(sent=True)


class HealthBoard:
    """One probe per channel for one process."""

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        self._clock = clock
        self.probes: dict[str, HealthProbe] = {}

    def probe(self, channel: str) -> HealthProbe:
        if channel not in self.probes:
            self.probes[channel] = HealthProbe(channel, self._clock)
        return self.probes[channel]

    def adopt(self, probe: HealthProbe) -> HealthProbe:
        """Watch a channel's own probe (on this board's clock)."""
        if self._clock is not None:
            probe.clock = self._clock
        self.probes[probe.channel] = probe
        return probe


@dataclass(frozen=True, slots=True)
class AlertConfig:
    down_after: timedelta = timedelta(minutes=15)
    check_seconds: float = 30.0
    channel_order: Sequence[str] = ("zalo", "telegram")
    tz: ZoneInfo = TZ


class HealthWatcher:
    """Writes the probes' state to `channel_health` and alerts the admins (a Service)."""

    name = "health"

    def __init__(
        self,
        board: HealthBoard,
        *,
        engine: AsyncEngine,
        uow_factory: UnitOfWorkFactory,
        config: AlertConfig,
        clock: Callable[[], datetime],
    ) -> None:
        self.board = board
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._uow_factory = uow_factory
        self._config = config
        self._clock = clock
        self._directories = DirectoryCache()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        try:
            await self.restore()
        except Exception:
            log.exception("health: could not read the channels' last state")
        self._stop.clear()
        self._task = asyncio.create_task(self._loop(), name="health-watcher")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        with contextlib.suppress(Exception):
            await self.flush()

    async def _loop(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self._config.check_seconds)
            if self._stop.is_set():
                return
            try:
                await self.check()
            except Exception:
                log.exception("health: checking the channels failed")

    async def check(self) -> int:
        """Write what changed, then queue the alerts that are due; how many rows were queued."""
        await self.flush()
        return await self.alert()

    async def restore(self) -> None:
        async with self._sessions() as session:
            rows = await session.scalars(select(ChannelHealthRow))
            for row in rows:
                if row.channel in self.board.probes:
                    self.board.probes[row.channel].restore(row)

    async def flush(self) -> None:
        now = self._clock()
        due = [p for p in self.board.probes.values() if p.due_write(now)]
        if not due:
            return
        async with self._sessions() as session:
            for probe in due:
                row = await session.get(ChannelHealthRow, probe.channel)
                if row is None:
                    row = ChannelHealthRow(channel=probe.channel)
                    session.add(row)
                state = probe.state
                row.last_ok_at, row.last_error_at = state.last_ok_at, state.last_error_at
                row.last_error, row.down_since = state.last_error, state.down_since
            await session.commit()
        for probe in due:
            probe.changed = False
            probe.written_ok_at = probe.state.last_ok_at
            probe.written_error_at = probe.state.last_error_at

    async def alert(self) -> int:
        now = self._clock()
        queued = 0
        async with self._sessions() as session:
            rows = list(await session.scalars(select(ChannelHealthRow)))
            for row in rows:
                if row.channel not in self.board.probes:
                    continue  # a channel this process does not serve (no longer configured)
                down_since, alerted_at = _aware(row.down_since), _aware(row.alerted_at)
                if down_since is not None and (alerted_at is None or alerted_at < down_since):
                    kind = trouble_of(row.last_error)
                    if kind in URGENT or now - down_since >= self._config.down_after:
                        queued += await self._tell(row.channel, down_since, kind, row, now)
                        row.alerted_at = now
                elif down_since is None and alerted_at is not None:
                    queued += await self._tell_recovered(row.channel, alerted_at, now)
                    row.alerted_at = None
            await session.commit()
        return queued

    async def _tell(
        self,
        channel: str,
        since: datetime,
        kind: Trouble,
        row: ChannelHealthRow,
        now: datetime,
    ) -> int:
        text = down_text(channel, since, kind, row.last_error, self._config.tz)
        others = [c for c in self.board.probes if c != channel]
        queued = await self._queue(CHANNEL_DOWN, _period(channel, since), text, now, others)
        log.warning(
            "health: %s down since %s (%s); %d admin alert(s) queued",
            channel,
            since.isoformat(timespec="seconds"),
            kind.value,
            queued,
        )
        return queued

    async def _tell_recovered(self, channel: str, alerted_at: datetime, now: datetime) -> int:
        text = up_text(channel, now, self._config.tz)
        queued = await self._queue(
            CHANNEL_UP, _period(channel, alerted_at), text, now, list(self.board.probes)
        )
        log.info("health: %s works again; %d admin line(s) queued", channel, queued)
        return queued

    async def _queue(
        self, rule: str, period: str, text: str, now: datetime, channels: Iterable[str]
    ) -> int:
        available = list(channels)
        queued = 0
        async with self._uow_factory() as uow:
            directory = await self._directories.get(uow)
            for admin in directory.active_officials(Role.ADMIN):
                chat = choose_chat(
                    await uow.accounts.for_official(admin.id),
                    order=self._config.channel_order,
                    available=available,
                )
                if chat is None:
                    continue  # reachable only on the channel in trouble: it cannot arrive
                message = OutboxMessage(rule, admin.id, period, text, now, channel=chat.channel)
                queued += await uow.outbox.add_once(message)
            await uow.commit()
        return queued


def down_text(
    channel: str, since: datetime, kind: Trouble, last_error: str | None, tz: ZoneInfo
) -> str:
    name = NAMES.get(channel, channel)
    when = local_time(since, tz)
    detail = (last_error or "").split(": ", 1)[-1][:120]
    if kind is Trouble.TOKEN:
        return (
            f"⚠️ Kênh {name} từ chối mã bot từ {when}: cần cấp lại mã "
            f"({channel.upper()}__TOKEN) rồi khởi động lại nhacviec. "
            f"Tin nhắc trên {name} đang chờ gửi."
        )
    if kind is Trouble.QUOTA:
        return (
            f"⚠️ Kênh {name} đã hết hạn mức gửi tin từ {when}. "
            f"Tin nhắc trên {name} đang chờ gửi cho đến khi có lại hạn mức."
        )
    return (
        f"⚠️ Kênh {name} không kết nối được từ {when} ({detail}). "
        f"Tin nhắc trên {name} đang chờ gửi."
    )


def up_text(channel: str, at: datetime, tz: ZoneInfo) -> str:
    name = NAMES.get(channel, channel)
    return (
        f"✅ Kênh {name} đã hoạt động lại lúc {local_time(at, tz)}; "
        "tin nhắc đang chờ sẽ được gửi tiếp."
    )


def local_time(moment: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz)
    return f"{local:%H:%M} {fmt_date(local.date())}"


def _period(channel: str, moment: datetime) -> str:
    return f"{channel}-{moment.astimezone(UTC):%Y%m%d%H%M%S}"


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
