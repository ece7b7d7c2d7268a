"""When each rule fires: pure functions of the calendar, the rule and a day (no clock, no I/O).

Occurrences are computed from wall-clock rules in the configured zone and handed out as UTC
instants; a day that is a weekend or a holiday moves to the next working day. A weekly rule
pushed past the next week's nominal day (Tết) is dropped: that week's firing covers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.calendar import WorkingCalendar
from scheduler.config import DUE_SOON, OVERDUE, QUARTERLY_REVIEW, WEEKLY_DIGEST, RuleSchedule

QUARTER_END_MONTHS = (3, 6, 9, 12)


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


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def occurrences_on(
    day: date, schedule: RuleSchedule, calendar: WorkingCalendar, tz: ZoneInfo
) -> list[Occurrence]:
    """Every enabled rule's occurrences whose (moved) day is `day`."""
    found: list[Occurrence] = []
    for rule in schedule.rules:
        found += rule_occurrences_on(rule, day, schedule, calendar, tz)
    return found


def rule_occurrences_on(
    rule: str, day: date, schedule: RuleSchedule, calendar: WorkingCalendar, tz: ZoneInfo
) -> list[Occurrence]:
    if not calendar.is_working_day(day):
        return []
    wall = schedule.time_of(rule)
    if rule == QUARTERLY_REVIEW:
        return [
            Occurrence(rule, f"{y}-Q{quarter_of(n)}-d{n.day}", day, instant(day, wall, tz), n, i)
            for y, i, n in _quarterly_nominals(day, schedule)
            if calendar.next_working_day(n) == day
        ]
    if rule in (WEEKLY_DIGEST, OVERDUE):
        weekday = schedule.digest_weekday if rule == WEEKLY_DIGEST else schedule.overdue_weekday
        return [
            Occurrence(rule, _iso_week(n), day, instant(day, wall, tz), n)
            for n in _weekly_nominals(day, weekday)
            if calendar.next_working_day(n) == day
        ]
    if rule == DUE_SOON:
        return [Occurrence(rule, day.isoformat(), day, instant(day, wall, tz), day)]
    raise ValueError(f"unknown rule {rule!r}")


def occurrences_between(
    start: date, end: date, schedule: RuleSchedule, calendar: WorkingCalendar, tz: ZoneInfo
) -> list[Occurrence]:
    """Occurrences on the days start..end inclusive, in time order."""
    found: list[Occurrence] = []
    day = start
    while day <= end:
        found += occurrences_on(day, schedule, calendar, tz)
        day += timedelta(days=1)
    return sorted(found, key=lambda o: (o.at, o.rule))


def latest_occurrence(
    rule: str,
    now: datetime,
    schedule: RuleSchedule,
    calendar: WorkingCalendar,
    tz: ZoneInfo,
    window: timedelta,
) -> Occurrence | None:
    """The most recent occurrence at or before `now` and no older than `window`: what a
    restart owes for this rule (earlier missed ones are folded into it, not sent)."""
    oldest = now - window
    day = now.astimezone(tz).date()
    while True:
        todays = [o for o in rule_occurrences_on(rule, day, schedule, calendar, tz) if o.at <= now]
        if todays:
            latest = max(todays, key=lambda o: (o.at, o.nominal))
            return latest if latest.at >= oldest else None
        if instant(day, time(0, 0), tz) < oldest:
            return None
        day -= timedelta(days=1)


def _quarterly_nominals(day: date, schedule: RuleSchedule) -> list[tuple[int, int, date]]:
    """(year, stage, nominal day) of the quarterly days that can move onto `day`: those of
    this quarter-end month and the previous one (a holiday can push a day across a month)."""
    found = []
    for year, month in ((day.year, day.month), _previous_month(day.year, day.month)):
        if month not in QUARTER_END_MONTHS:
            continue
        for stage, number in enumerate(schedule.quarterly_days):
            nominal = date(year, month, number)
            if nominal <= day:
                found.append((year, stage, nominal))
    return found


def _previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _weekly_nominals(day: date, weekday: int) -> list[date]:
    """This week's and last week's nominal day, when not after `day`, and only while the
    move keeps it before the following nominal day."""
    this_week = day - timedelta(days=day.weekday()) + timedelta(days=weekday)
    candidates = [this_week - timedelta(days=7), this_week]
    return [n for n in candidates if n <= day < n + timedelta(days=7)]


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
