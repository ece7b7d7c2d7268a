"""When rules fire: quarter-end days, Mondays, working days; weekends, holidays and Tết move
them; UTC instants from Asia/Ho_Chi_Minh wall clock, whatever the server's TZ."""

from __future__ import annotations

import os
import time as systime
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.calendar import WorkingCalendar, create_calendar
from scheduler.config import RuleSchedule
from scheduler.occurrences import latest_occurrence, occurrences_between, rule_occurrences_on
from scheduler.rules.base import instant
from scheduler.rules.due_soon import DUE_SOON
from scheduler.rules.overdue import OVERDUE
from scheduler.rules.quarterly_review import QUARTERLY_REVIEW
from scheduler.rules.weekly_digest import WEEKLY_DIGEST

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SCHEDULE = RuleSchedule()
CALENDAR = create_calendar()


@pytest.fixture(autouse=True, params=["UTC", "Asia/Ho_Chi_Minh"])
def server_tz(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every test runs with the process in UTC and in Vietnam's zone (telegram-notes §8.1)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    systime.tzset()
    try:
        yield request.param
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        systime.tzset()


def days(rule: str, start: date, end: date, calendar: WorkingCalendar = CALENDAR) -> list[date]:
    schedule = RuleSchedule(enabled=frozenset({rule}))
    return [o.day for o in occurrences_between(start, end, schedule, calendar, TZ)]


@pytest.mark.parametrize(
    ("quarter_month", "expected"),
    [
        # Q4 2023: 10/12 is a Sunday.
        ((2023, 12), [date(2023, 12, 1), date(2023, 12, 11), date(2023, 12, 14)]),
        # Q1 2024: 10/3 is a Sunday.
        ((2024, 3), [date(2024, 3, 1), date(2024, 3, 11), date(2024, 3, 14)]),
        # Q3 2024: 1/9 Sunday, 2–3/9 National Day.
        ((2024, 9), [date(2024, 9, 4), date(2024, 9, 10), date(2024, 9, 16)]),
        # Q3 2025: 1–2/9 National Day; 14/9 is a Sunday.
        ((2025, 9), [date(2025, 9, 3), date(2025, 9, 10), date(2025, 9, 15)]),
    ],
)
def test_quarterly_days_move_to_working_days(
    quarter_month: tuple[int, int], expected: list[date]
) -> None:
    year, month = quarter_month
    start = date(year, month - 2, 1)
    end = date(year, month, 28)
    assert days(QUARTERLY_REVIEW, start, end) == expected


def test_quarterly_periods_and_stages() -> None:
    found = occurrences_between(
        date(2023, 12, 1),
        date(2023, 12, 31),
        RuleSchedule(enabled=frozenset({QUARTERLY_REVIEW})),
        CALENDAR,
        TZ,
    )
    assert [(o.period, o.stage, o.nominal) for o in found] == [
        ("2023-Q4-d1", 0, date(2023, 12, 1)),
        ("2023-Q4-d10", 1, date(2023, 12, 10)),
        ("2023-Q4-d14", 2, date(2023, 12, 14)),
    ]


def test_rule_times_are_wall_clock_in_vietnam_stored_as_utc() -> None:
    (quarterly,) = rule_occurrences_on(QUARTERLY_REVIEW, date(2023, 12, 1), SCHEDULE, CALENDAR, TZ)
    assert quarterly.at == datetime(2023, 12, 1, 1, 0, tzinfo=UTC)  # 08:00 +07
    (digest,) = rule_occurrences_on(WEEKLY_DIGEST, date(2023, 12, 4), SCHEDULE, CALENDAR, TZ)
    assert digest.at == datetime(2023, 12, 4, 0, 30, tzinfo=UTC)  # 07:30 +07
    assert digest.period == "2023-W49"
    # Midnight wall clock is the previous day in UTC, never the server's idea of it.
    assert instant(date(2024, 1, 1), datetime.min.time(), TZ) == datetime(
        2023, 12, 31, 17, 0, tzinfo=UTC
    )


def test_mondays_move_off_holidays_and_tet() -> None:
    got = days(WEEKLY_DIGEST, date(2024, 1, 1), date(2024, 2, 29))
    assert got[0] == date(2024, 1, 2)  # New Year's Day is a Monday
    assert date(2024, 2, 12) not in got and date(2024, 2, 15) in got  # Tết 8–14/2
    assert all(d.weekday() == 0 for d in got if d not in (date(2024, 1, 2), date(2024, 2, 15)))
    assert len(got) == 9  # one per ISO week


def test_a_digest_pushed_into_the_next_week_merges_with_it() -> None:
    # Tết 2026: 14–22/2 off (the package lists 16–20; the 14th and 21st/22nd are weekends).
    # Monday 16/2 would move to Monday 23/2, which has its own digest: one digest, not two.
    calendar = create_calendar(extra_days_off=[date(2026, 2, 14)])
    got = days(WEEKLY_DIGEST, date(2026, 2, 9), date(2026, 3, 1), calendar)
    assert got == [date(2026, 2, 9), date(2026, 2, 23)]


def test_a_swapped_working_saturday_gets_daily_reminders() -> None:
    saturday = date(2025, 4, 26)
    calendar = create_calendar(extra_working_days=[saturday])
    assert saturday in days(DUE_SOON, date(2025, 4, 21), date(2025, 5, 4), calendar)
    assert saturday not in days(DUE_SOON, date(2025, 4, 21), date(2025, 5, 4))
    # 30/4, 1/5 and the substituted 2/5 are off.
    assert not {date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2)} & set(
        days(DUE_SOON, date(2025, 4, 21), date(2025, 5, 4), calendar)
    )


def test_weekly_overdue_nudge_uses_its_own_weekday() -> None:
    schedule = RuleSchedule(enabled=frozenset({OVERDUE}), overdue_weekday=2)  # Wednesday
    found = occurrences_between(date(2023, 12, 1), date(2023, 12, 31), schedule, CALENDAR, TZ)
    assert [o.day.weekday() for o in found] == [2, 2, 2, 2]


def test_three_consecutive_firings_come_from_the_rule_not_the_last_fire() -> None:
    got = days(WEEKLY_DIGEST, date(2023, 12, 1), date(2023, 12, 31))
    assert got == [date(2023, 12, 4), date(2023, 12, 11), date(2023, 12, 18), date(2023, 12, 25)]


@pytest.mark.parametrize(
    ("now", "rule", "period"),
    [
        # Down from Friday 8/12 to Tuesday 12/12 10:00: only the latest of each rule is owed.
        (datetime(2023, 12, 12, 10, 0, tzinfo=TZ), QUARTERLY_REVIEW, "2023-Q4-d10"),
        (datetime(2023, 12, 12, 10, 0, tzinfo=TZ), WEEKLY_DIGEST, "2023-W50"),
        (datetime(2023, 12, 12, 10, 0, tzinfo=TZ), DUE_SOON, "2023-12-12"),
        (datetime(2023, 12, 12, 7, 59, tzinfo=TZ), DUE_SOON, "2023-12-11"),
        # 16/12: d14 is the latest; d10 is folded into it.
        (datetime(2023, 12, 16, 9, 0, tzinfo=TZ), QUARTERLY_REVIEW, "2023-Q4-d14"),
        # Outside the catch-up window (7 days): nothing.
        (datetime(2023, 12, 29, 9, 0, tzinfo=TZ), QUARTERLY_REVIEW, None),
    ],
)
def test_latest_occurrence_is_what_a_restart_owes(
    now: datetime, rule: str, period: str | None
) -> None:
    found = latest_occurrence(rule, now, SCHEDULE, CALENDAR, TZ, timedelta(days=7))
    assert (found.period if found else None) == period
