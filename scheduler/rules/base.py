"""What a reminder rule is: a name (the outbox key), the days it names, its wall time, and the
texts it composes; and the occurrence, one firing of a rule.

A named day that is a weekend or a holiday moves to the next working day, where the rule
fires at its wall time in the configured zone, handed out as a UTC instant.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.calendar import WorkingCalendar
from handlers.nlu.periods import iso_week, week_range
from scheduler.config import RuleSchedule
from scheduler.context import ComposeContext, Draft


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One firing of a rule: the outbox period key, the (working) day, the UTC instant."""

    rule: str
    period: str
    day: date
    at: datetime
    nominal: date  # the day the rule names, before moving off a weekend or holiday
    stage: int = 0  # quarterly: index of the day in the configured days

    def is_late(self, now: datetime, late_after: timedelta) -> bool:
        return now - self.at > late_after


def instant(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time on a day in `tz` (never the server's zone)."""
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Nominal:
    """A day a rule names, with the outbox period it stands for."""

    period: str
    day: date
    stage: int = 0


@dataclass(frozen=True, slots=True)
class Rule:
    """`nominals(day, schedule)`: the named days not after `day` that could have moved onto
    it (a holiday can push one across a week or a month); those that do are its occurrences.
    `compose` reads the state inside the firing's transaction and returns one draft per
    recipient."""

    name: str
    time_of: Callable[[RuleSchedule], time]
    nominals: Callable[[date, RuleSchedule], list[Nominal]]
    compose: Callable[[Occurrence, ComposeContext], Awaitable[list[Draft]]]

    def occurrences_on(
        self, day: date, schedule: RuleSchedule, calendar: WorkingCalendar, tz: ZoneInfo
    ) -> list[Occurrence]:
        """The occurrences whose (moved) day is `day`; none on a day off."""
        if not calendar.is_working_day(day):
            return []
        at = instant(day, self.time_of(schedule), tz)
        return [
            Occurrence(self.name, n.period, day, at, n.day, n.stage)
            for n in self.nominals(day, schedule)
            if calendar.next_working_day(n.day) == day
        ]


def weekly_nominals(day: date, weekday: int) -> list[Nominal]:
    """This week's and last week's named weekday, when not after `day`, and only while the
    move keeps it before the following one: a weekly rule pushed past the next week's day
    (Tết) is dropped, that week's firing covers it."""
    this_week = week_range(day).start + timedelta(days=weekday)
    candidates = [this_week - timedelta(days=7), this_week]
    return [Nominal(iso_week(n), n) for n in candidates if n <= day < n + timedelta(days=7)]
