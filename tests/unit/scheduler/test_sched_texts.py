"""Reminder texts: overdue counted in working days (weekends and Vietnamese holidays left
out, like the due-soon count), and the one line an empty digest or review becomes."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.calendar import create_calendar
from handlers.domain import DeadlineKind, Task, TaskId, TaskStatus, UnitId
from handlers.due import working_days_overdue
from handlers.nlu.periods import week_range
from handlers.ports import TaskPage, UnitStats
from handlers.reminder_queries import WeekReview
from handlers.reminder_texts import (
    ReviewStep,
    digest_empty_text,
    overdue_label,
    overdue_text,
    quarterly_empty_text,
    text_bar,
)
from scheduler.rules.quarterly_review import has_nothing

CALENDAR = create_calendar()


def task(deadline: date, kind: DeadlineKind = DeadlineKind.ON_DATE) -> Task:
    return Task(TaskId(7), None, "1", "Gửi báo cáo", UnitId(1), TaskStatus.OPEN, deadline, kind)


@pytest.mark.parametrize(
    ("deadline", "kind", "today", "working", "calendar_days"),
    [
        # Due Friday 27/10/2023: Monday is the first working day late.
        (date(2023, 10, 27), DeadlineKind.ON_DATE, date(2023, 10, 30), 1, 3),
        (date(2023, 10, 27), DeadlineKind.ON_DATE, date(2023, 11, 1), 3, 5),
        # Due Friday 29/12/2023: the weekend and New Year's Day (Monday 1/1/2024) do not count.
        (date(2023, 12, 29), DeadlineKind.ON_DATE, date(2024, 1, 2), 1, 4),
        # Due Thursday 31/8/2023: National Day 1–2/9, the weekend and Monday 4/9 (observed).
        (date(2023, 8, 31), DeadlineKind.ON_DATE, date(2023, 9, 5), 1, 5),
        # Due Wednesday 7/2/2024, the eve of Tết: 8–14/2 are holidays, Thursday 15/2 is day 1.
        (date(2024, 2, 7), DeadlineKind.ON_DATE, date(2024, 2, 15), 1, 8),
        # "trước ngày 30/11/2023" is late from Thursday the 30th itself.
        (date(2023, 11, 30), DeadlineKind.BEFORE_DATE, date(2023, 11, 30), 1, 1),
        # Not late yet, and late only by a day off so far.
        (date(2023, 10, 27), DeadlineKind.ON_DATE, date(2023, 10, 27), 0, 0),
        (date(2023, 10, 27), DeadlineKind.ON_DATE, date(2023, 10, 29), 0, 2),
    ],
)
def test_working_days_overdue(
    deadline: date, kind: DeadlineKind, today: date, working: int, calendar_days: int
) -> None:
    assert working_days_overdue(task(deadline, kind), today, CALENDAR) == working
    assert (today - deadline).days + (kind is DeadlineKind.BEFORE_DATE) == calendar_days


def test_overdue_texts_say_working_days() -> None:
    late = task(date(2023, 12, 29))
    assert overdue_label(late, date(2024, 1, 2), CALENDAR) == (
        "hạn 29/12/2023, quá hạn 1 ngày làm việc"
    )
    text = overdue_text("Phòng Nội vụ", [late], date(2024, 1, 2), CALENDAR)
    assert "- #7 Gửi báo cáo — hạn 29/12/2023, quá hạn 1 ngày làm việc" in text.splitlines()


def test_empty_digest_line() -> None:
    empty = TaskPage((), 0)
    review = WeekReview(week_range(date(2023, 10, 2)), [UnitStats(UnitId(1))], empty, empty, empty)
    assert review.empty
    assert digest_empty_text(review, home="UBND huyện Bắc Sơn") == (
        "Tổng hợp tuần 02/10–08/10/2023 — UBND huyện Bắc Sơn: tuần này không có việc quá hạn, "
        "đến hạn hay chờ xác nhận."
    )
    waiting = WeekReview(review.week, review.units, empty, empty, TaskPage((), 1))
    assert not waiting.empty


def test_empty_quarterly_line() -> None:
    assert quarterly_empty_text(quarter="quý IV/2023", unit="UBND xã Long Đống") == (
        "Kiểm điểm quý IV/2023 — UBND xã Long Đống: đơn vị không có việc chưa hoàn thành "
        "hay chờ xác nhận."
    )


@pytest.mark.parametrize(
    ("stats", "review_empty", "cut_off_empty"),
    [
        (UnitStats(UnitId(1)), True, True),
        (UnitStats(UnitId(1), done_on_time=2, done_late=1), True, False),
        (UnitStats(UnitId(1), done_on_time=2, reported=1), False, False),
        (UnitStats(UnitId(1), no_deadline=1), False, False),
        (UnitStats(UnitId(1), on_track=1), False, False),
    ],
)
def test_what_counts_as_nothing_for_a_chair(
    stats: UnitStats, review_empty: bool, cut_off_empty: bool
) -> None:
    """Nothing unfinished and nothing awaiting confirmation: no review to open or report on;
    the cut-off snapshot still counts what was done."""
    assert has_nothing(ReviewStep.OPEN, stats) is review_empty
    assert has_nothing(ReviewStep.RESULTS, stats) is review_empty
    assert has_nothing(ReviewStep.CUT_OFF, stats) is cut_off_empty


def test_text_bars_draw_the_rate_for_chats_without_a_chart() -> None:
    assert text_bar(0.0) == "▱" * 10
    assert text_bar(0.7) == "▰" * 7 + "▱" * 3
    assert text_bar(1.0) == "▰" * 10
    assert text_bar(1.5) == "▰" * 10  # never past full
