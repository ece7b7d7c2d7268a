"""ReminderConfig from Settings: rule times, channel pacing and retries, checked at start."""

from __future__ import annotations

from datetime import time, timedelta
from types import MappingProxyType

from bot.settings import ReminderSettings, Settings
from scheduler.config import (
    ChannelPacing,
    DispatchConfig,
    EmptyDigest,
    ReminderConfig,
    RuleSchedule,
)
from scheduler.rules import RULE_NAMES


def _wall(value: str) -> time:
    hour, minute = value.split(":")
    return time(int(hour), int(minute))


def reminder_config(settings: Settings) -> ReminderConfig:
    r: ReminderSettings = settings.reminders
    _check(r)
    schedule = RuleSchedule(
        enabled=frozenset(r.rules) if r.enabled else frozenset(),
        quarterly_days=tuple(sorted(set(r.quarterly_days))),
        quarterly_time=_wall(r.quarterly_time),
        quarterly_report_day=r.quarterly_report_day,
        digest_weekday=r.digest_weekday,
        digest_time=_wall(r.digest_time),
        due_soon_before=tuple(r.due_soon_before),
        due_soon_time=_wall(r.due_soon_time),
        overdue_weekday=r.overdue_weekday,
        overdue_time=_wall(r.overdue_time),
        empty_digest=EmptyDigest(r.empty_digest),
    )
    pacing = {
        "telegram": ChannelPacing(r.telegram_rate, r.telegram_chat_interval, max_chars=4000),
        "zalo": ChannelPacing(r.zalo_rate, r.zalo_chat_interval, max_chars=2000),
    }
    dispatch = DispatchConfig(
        pacing=MappingProxyType(pacing),
        channel_order=tuple(r.channel_order),
        lease_seconds=r.lease_seconds,
        max_attempts=r.max_attempts,
        backoff_seconds=r.backoff_seconds,
        backoff_max_seconds=r.backoff_max_seconds,
    )
    return ReminderConfig(
        tz=settings.tz,
        schedule=schedule,
        dispatch=dispatch,
        catch_up=timedelta(days=r.catch_up_days),
        poll_seconds=r.poll_seconds,
        due_soon_days=settings.due_soon_days,
    )


def _check(r: ReminderSettings) -> None:
    """What the field types cannot say; a bad value stops the start with its key named."""
    unknown = set(r.rules) - set(RULE_NAMES)
    if unknown:
        raise ValueError(f"REMINDERS__RULES: unknown rules {sorted(unknown)}")
    if not all(1 <= d <= 28 for d in r.quarterly_days):
        raise ValueError("REMINDERS__QUARTERLY_DAYS: days must be between 1 and 28")
    if not all(1 <= d <= 60 for d in r.due_soon_before):
        raise ValueError("REMINDERS__DUE_SOON_BEFORE: working days must be between 1 and 60")
