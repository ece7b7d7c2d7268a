"""Plain configuration values for the reminder rules and the dispatcher (built by bot/)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import time, timedelta
from enum import StrEnum
from types import MappingProxyType
from zoneinfo import ZoneInfo


class EmptyDigest(StrEnum):
    """What a digest or quarterly review with nothing in it becomes."""

    SKIP = "skip"  # not sent
    LINE = "line"  # one line saying there is nothing


@dataclass(frozen=True, slots=True)
class RuleSchedule:
    """The settings the rules read: when each fires, as wall-clock rules in the configured
    zone (days that fall on a weekend or holiday move to the next working day)."""

    # Names of the rules that fire; None: every rule of the registry.
    enabled: frozenset[str] | None = None
    # Days of the last month of each quarter: open tasks, ask for results, data cut-off.
    quarterly_days: tuple[int, ...] = (1, 10, 14)
    quarterly_time: time = time(8, 0)
    # The national deadline for quarterly reports (Bộ Nội vụ 581/BNV-CCHC), quoted in texts.
    quarterly_report_day: int = 20
    digest_weekday: int = 0  # Monday
    digest_time: time = time(7, 30)
    due_soon_before: tuple[int, ...] = (7, 3, 1)  # working days before the deadline
    due_soon_time: time = time(8, 0)
    overdue_weekday: int = 0
    overdue_time: time = time(8, 0)
    # A weekly digest with nothing overdue, due or awaiting confirmation, and a quarterly
    # review for a commune with nothing unfinished or awaiting confirmation.
    empty_digest: EmptyDigest = EmptyDigest.SKIP


@dataclass(frozen=True, slots=True)
class ChannelPacing:
    rate: float = 29.0  # messages per second over all chats of the channel
    chat_interval: float = 1.0  # seconds between two messages to one chat
    max_chars: int = 4000  # messages merged for one chat stay under this
    # Sends in flight at once: enough for the API's latency at `rate`, few enough that sends
    # held up inside the channel library (its own 429 wait) cannot pile up into a burst.
    concurrency: int = 16


TELEGRAM_PACING = ChannelPacing(rate=30.0, chat_interval=1.0, max_chars=4000)  # as settings
ZALO_PACING = ChannelPacing(rate=3.0, chat_interval=1.0, max_chars=2000)
_DEFAULT_PACING = MappingProxyType({"telegram": TELEGRAM_PACING, "zalo": ZALO_PACING})


@dataclass(frozen=True, slots=True)
class DispatchConfig:
    pacing: Mapping[str, ChannelPacing] = field(default_factory=lambda: _DEFAULT_PACING)
    # A recipient with accounts on several channels gets each message once, on the first
    # channel of this order that has a sender (and the latest linked account there).
    channel_order: tuple[str, ...] = ("zalo", "telegram")
    lease_seconds: float = 300.0
    max_attempts: int = 6
    backoff_seconds: float = 30.0
    backoff_max_seconds: float = 3600.0
    # Rows one claim takes at most (with the rows for the same people that merge into its
    # messages), and messages claimed and not yet settled at most: caps of the window below.
    batch_size: int = 50
    max_in_flight: int = 64
    # Claim only what the channels' pacing sends in about this many seconds (their rates
    # added, at least one row): a kill -9 then leaves few rows waiting for their lease. None:
    # the caps above alone (the window before this setting, kept to measure against).
    claim_window_seconds: float | None = 1.0
    send_timeout_seconds: float = 60.0
    merge: bool = True  # several rows for one chat in one claim go out as one message
    # A claimed message waits at most this long for a 429's pause (the channel's or its
    # chat's); longer, it goes back to the outbox until the pause is over, so a quota error
    # never keeps rows `sending` for an hour nor `run-once` past its bound.
    max_pause_wait_seconds: float = 30.0

    def pacing_for(self, channel: str) -> ChannelPacing:
        return self.pacing.get(channel, ChannelPacing(rate=3.0, max_chars=2000))

    def claim_window(self, channels: Iterable[str]) -> int:
        """Rows a dispatcher sending on `channels` keeps claimed at most."""
        cap = max(1, min(self.batch_size, self.max_in_flight))
        if self.claim_window_seconds is None:
            return cap
        rate = sum(self.pacing_for(channel).rate for channel in channels)
        return max(1, min(cap, math.ceil(rate * self.claim_window_seconds)))

    def backoff(self, attempts: int) -> timedelta:
        seconds = self.backoff_seconds * 2 ** max(0, attempts - 1)
        return timedelta(seconds=min(seconds, self.backoff_max_seconds))


@dataclass(frozen=True, slots=True)
class ReminderConfig:
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Ho_Chi_Minh"))
    schedule: RuleSchedule = field(default_factory=RuleSchedule)
    dispatch: DispatchConfig = field(default_factory=DispatchConfig)
    # After downtime, the latest missed occurrence of each rule is sent if it is this recent.
    catch_up: timedelta = timedelta(days=7)
    # An occurrence sent later than this after its time is labelled as a catch-up.
    late_after: timedelta = timedelta(hours=1)
    misfire_grace_seconds: int = 3600
    poll_seconds: float = 2.0
    due_soon_days: int = 3  # the "sắp đến hạn" window of the statistics
    max_chars: int = 1900  # a composed reminder fits one Zalo message
