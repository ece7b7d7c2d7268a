"""Two quarters stepped through with an injected clock, the way the scheduler would fire:
chairs get exactly their three quarterly reminders on working days; Monday digests move
off Tết; nothing is sent twice though every firing also runs again from the catch-up."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from handlers.calendar import create_calendar

from .conftest import World, step_days

CALENDAR = create_calendar()


def days_of(world: World, handle: str, header: str) -> list[date]:
    tz = world.config.tz
    return [
        d.at.astimezone(tz).date()
        for d in world.telegram.to(world.chat(handle))
        if d.text.startswith(header) or f"\n\n{header}" in d.text
    ]


QUARTERLY = ("Nhắc việc kiểm điểm", "Nhắc báo cáo kết quả", "Chốt số liệu")


@pytest.mark.slow  # simulates half a year of daily runs
async def test_two_quarters_with_tet(world: World) -> None:
    await step_days(world, date(2023, 10, 1), date(2024, 3, 31))

    for chair in ("chutichxa", "chutichhungvu"):
        got = sorted(day for header in QUARTERLY for day in days_of(world, chair, header))
        # 10/12/2023 and 10/3/2024 are Sundays: the reminder moves to Monday.
        assert got == [
            date(2023, 12, 1),
            date(2023, 12, 11),
            date(2023, 12, 14),
            date(2024, 3, 1),
            date(2024, 3, 11),
            date(2024, 3, 14),
        ], chair
        assert all(CALENDAR.is_working_day(d) for d in got)

    digests = days_of(world, "chutich", "Tổng hợp tuần")
    weeks = Counter(d.isocalendar()[:2] for d in digests)
    assert set(weeks.values()) == {1}, "one digest a week"
    # Tết 2024 (8–14/2): Monday 12/2 is a holiday, the digest goes out on Thursday 15/2.
    assert date(2024, 2, 15) in digests and date(2024, 2, 12) not in digests
    # New Year's Day 1/1/2024 is a Monday: Tuesday instead.
    assert date(2024, 1, 2) in digests
    others = [d for d in digests if d not in (date(2024, 2, 15), date(2024, 1, 2))]
    assert all(d.weekday() == 0 for d in others)
    # Every ISO week from 23/10/2023 to 25/3/2024; the three before had nothing overdue, due
    # that week or awaiting confirmation (the first deadline is 27/10): no digest.
    assert len(digests) == 23 and min(digests) == date(2023, 10, 23)

    # Staff of Phòng Nội vụ: the initiative task due Friday 27/10/2023 and two tasks due
    # Sunday 31/12/2023, 7, 3 and 1 working days before (counted from Friday 29/12).
    assert days_of(world, "noivu", "Việc sắp đến hạn") == [
        date(2023, 10, 18),
        date(2023, 10, 24),
        date(2023, 10, 26),
        date(2023, 12, 20),
        date(2023, 12, 26),
        date(2023, 12, 28),
    ]
    nudges = days_of(world, "noivu", "Việc quá hạn")
    assert nudges[0] == date(2023, 10, 30)  # first Monday after 27/10
    assert Counter(d.isocalendar()[:2] for d in nudges).most_common(1)[0][1] == 1
    assert date(2024, 1, 2) in nudges and date(2024, 2, 15) in nudges

    rows = await world.outbox()
    assert {r.status for r in rows} == {"sent"}
    # Exactly once: each row's text reached its recipient's chat in exactly one message.
    for row in rows:
        delivered = [d for d in world.telegram.to(world.chat(row.handle)) if row.text in d.text]
        assert len(delivered) == 1, row
    assert all(
        CALENDAR.is_working_day(d.at.astimezone(world.config.tz).date())
        for d in world.telegram.sent
    )
