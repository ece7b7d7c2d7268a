"""When the enabled rules fire: pure functions of the calendar, the registry and a day (no
clock, no I/O). Each rule says which days it names; a day that is a weekend or a holiday
moves to the next working day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.calendar import WorkingCalendar
from scheduler.config import RuleSchedule
from scheduler.rules import enabled_rules, rule_named
from scheduler.rules.base import Occurrence, instant


def occurrences_on(
    day: date, schedule: RuleSchedule, calendar: WorkingCalendar, tz: ZoneInfo
) -> list[Occurrence]:
    """Every enabled rule's occurrences whose (moved) day is `day`."""
    found: list[Occurrence] = []
    for rule in enabled_rules(schedule):
        found += rule.occurrences_on(day, schedule, calendar, tz)
    return found


def rule_occurrences_on(
    rule: str, day: date, schedule: RuleSchedule, calendar: WorkingCalendar, tz: ZoneInfo
) -> list[Occurrence]:
    return rule_named(rule).occurrences_on(day, schedule, calendar, tz)


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
