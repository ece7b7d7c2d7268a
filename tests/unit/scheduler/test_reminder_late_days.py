"""LateDays counts the working days a task is overdue exactly as working_days_overdue does,
whatever order the tasks come in (old and new deadlines, Tết, swapped days, days off)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from handlers.calendar import create_calendar
from handlers.domain import DeadlineKind, Task, TaskId, TaskStatus, UnitId
from handlers.due import working_days_overdue
from handlers.reminder_texts import LateDays, overdue_label


def task(deadline: date | None, kind: DeadlineKind) -> Task:
    return Task(TaskId(1), None, "1", "t", UnitId(1), TaskStatus.OPEN, deadline, kind)


@pytest.mark.parametrize("today", [date(2026, 11, 30), date(2025, 2, 3), date(2024, 6, 8)])
def test_late_days_equal_working_days_overdue(today: date) -> None:
    calendar = create_calendar(
        extra_days_off=[date(2024, 9, 3), date(2025, 5, 2)],
        extra_working_days=[date(2024, 4, 27), date(2025, 4, 26)],
    )
    rng = random.Random(today.toordinal())
    late_days = LateDays(today, calendar)
    tasks = [
        task(
            None if rng.random() < 0.05 else today + timedelta(rng.randint(-900, 30)),
            rng.choice([DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE]),
        )
        for _ in range(400)
    ]
    found = [late_days.of(t) for t in tasks]
    assert found == [working_days_overdue(t, today, calendar) for t in tasks]
    assert max(found) > 300 and 0 in found  # old tasks and not-yet-late ones among them
    # The label takes the shortcut only for its own day and calendar.
    other_day = today + timedelta(days=7)
    old = tasks[0] if tasks[0].deadline else tasks[1]
    assert overdue_label(old, other_day, calendar, late_days) == overdue_label(
        old, other_day, calendar
    )
