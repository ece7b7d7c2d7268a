"""Vietnamese wording shared by reminder texts: quarters, task lines, catch-up label, fit."""

from __future__ import annotations

from datetime import date

from handlers.calendar import WorkingCalendar
from handlers.directory import Directory
from handlers.domain import Task
from handlers.due import days_overdue, last_on_time_day
from handlers.render import fmt_date, summary

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
TASK_CHARS = 90


def quarter_label(quarter: int, year: int) -> str:
    return f"quý {ROMAN[quarter]}/{year}"


def late_label(day: date) -> str:
    return f"(Nhắc bù: hệ thống tạm ngừng, lẽ ra gửi ngày {fmt_date(day)})\n"


def working_days_left(task: Task, today: date, calendar: WorkingCalendar) -> int:
    """Working days after today up to the last on-time day (0 when that is today)."""
    assert task.deadline is not None
    last = last_on_time_day(task.deadline, task.deadline_kind)
    count = 0
    day = today
    while day < last:
        day = calendar.add_working_days(day, 1)
        if day <= last:
            count += 1
    return count


def due_soon_line(task: Task, today: date, calendar: WorkingCalendar) -> str:
    assert task.deadline is not None
    left = working_days_left(task, today, calendar)
    if left:
        when = f"còn {left} ngày làm việc"
    elif last_on_time_day(task.deadline, task.deadline_kind) <= today:
        when = "hạn chót là hôm nay"
    else:
        when = "hôm nay là ngày làm việc cuối trước hạn"
    return (
        f"- #{task.id} {summary(task.text, TASK_CHARS)} — hạn {fmt_date(task.deadline)} ({when})"
    )


def overdue_line(task: Task, today: date, directory: Directory | None = None) -> str:
    unit = f"{directory.unit_name(task.lead_unit_id)}, " if directory is not None else ""
    return (
        f"- #{task.id} {summary(task.text, TASK_CHARS)} — {unit}hạn {fmt_date(task.deadline)}, "
        f"quá hạn {days_overdue(task, today)} ngày"
    )


def plain_line(task: Task, directory: Directory, with_deadline: bool = True) -> str:
    deadline = f", hạn {fmt_date(task.deadline)}" if with_deadline and task.deadline else ""
    unit = directory.unit_name(task.lead_unit_id)
    return f"- #{task.id} {summary(task.text, TASK_CHARS)} — {unit}{deadline}"


def more_line(shown: int, total: int, hint: str) -> list[str]:
    return [f"… và {total - shown} việc khác — {hint}"] if total > shown else []


def fit(text: str, limit: int) -> str:
    """Cut at a line boundary so one reminder fits one message of the strictest channel."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 2].rsplit("\n", 1)[0]
    return cut + "\n…"
