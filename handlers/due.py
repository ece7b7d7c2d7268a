"""Due state derived from a task's status and deadline on a given day (never stored)."""

from __future__ import annotations

from datetime import date, timedelta

from handlers.calendar import WorkingCalendar
from handlers.domain import DeadlineKind, DueState, Task, TaskStatus


def last_on_time_day(deadline: date, kind: DeadlineKind) -> date:
    """The last day a task can be completed on time.

    "trước ngày 30/7/2020" (before_date) is late from the 30th on; "chậm nhất ngày 27/10/2023"
    (on_date) and period ends are still on time on the named day.
    """
    if kind is DeadlineKind.BEFORE_DATE:
        return deadline - timedelta(days=1)
    return deadline


def is_overdue_on(deadline: date | None, kind: DeadlineKind, today: date) -> bool:
    return deadline is not None and today > last_on_time_day(deadline, kind)


def days_overdue(task: Task, today: date) -> int:
    if task.deadline is None:
        return 0
    return max(0, (today - last_on_time_day(task.deadline, task.deadline_kind)).days)


def working_days_overdue(task: Task, today: date, calendar: WorkingCalendar) -> int:
    """Working days after the last on-time day up to today, today included: a task due Friday
    is 1 working day overdue on Monday, and a holiday between does not count."""
    if task.deadline is None:
        return 0
    day = last_on_time_day(task.deadline, task.deadline_kind)
    count = 0
    while day < today:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            count += 1
    return count


def due_state(task: Task, today: date, soon_until: date) -> DueState:
    """The derived state the reports count; `soon_until` is today + N working days."""
    if task.status is TaskStatus.DONE:
        if task.deadline is None or task.completed_on is None:
            return DueState.DONE_ON_TIME
        on_time = task.completed_on <= last_on_time_day(task.deadline, task.deadline_kind)
        return DueState.DONE_ON_TIME if on_time else DueState.DONE_LATE
    if task.deadline is None:
        return DueState.NO_DEADLINE
    if is_overdue_on(task.deadline, task.deadline_kind, today):
        return DueState.OVERDUE
    if task.deadline <= soon_until:
        return DueState.DUE_SOON
    return DueState.ON_TRACK
