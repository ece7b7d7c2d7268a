"""Due state and the working-day calendar, on the phrasings the notices use."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.calendar import create_calendar
from handlers.domain import DeadlineKind, DueState, Task, TaskId, TaskStatus, UnitId
from handlers.due import days_overdue, due_state, is_overdue_on

SOON = date(2023, 10, 30)


def task(
    deadline: date | None,
    kind: DeadlineKind,
    status: TaskStatus = TaskStatus.OPEN,
    completed_on: date | None = None,
) -> Task:
    return Task(
        TaskId(1), None, "1", "t", UnitId(1), status, deadline, kind, completed_on=completed_on
    )


@pytest.mark.parametrize(
    ("deadline", "kind", "today", "overdue"),
    [
        # "chậm nhất ngày 27/10/2023": the named day is still on time.
        (date(2023, 10, 27), DeadlineKind.ON_DATE, date(2023, 10, 27), False),
        (date(2023, 10, 27), DeadlineKind.ON_DATE, date(2023, 10, 28), True),
        # "trước ngày 30/7/2020": late from the 30th on.
        (date(2020, 7, 30), DeadlineKind.BEFORE_DATE, date(2020, 7, 29), False),
        (date(2020, 7, 30), DeadlineKind.BEFORE_DATE, date(2020, 7, 30), True),
        # "từ nay đến cuối năm 2023"
        (date(2023, 12, 31), DeadlineKind.PERIOD_END, date(2023, 12, 31), False),
        (None, DeadlineKind.ONGOING, date(2030, 1, 1), False),
    ],
)
def test_overdue_rule(
    deadline: date | None, kind: DeadlineKind, today: date, overdue: bool
) -> None:
    assert is_overdue_on(deadline, kind, today) is overdue


@pytest.mark.parametrize(
    ("t", "state"),
    [
        (task(None, DeadlineKind.ONGOING), DueState.NO_DEADLINE),
        (task(date(2023, 10, 24), DeadlineKind.ON_DATE), DueState.OVERDUE),
        (task(date(2023, 10, 27), DeadlineKind.ON_DATE), DueState.DUE_SOON),
        (task(date(2023, 10, 30), DeadlineKind.ON_DATE), DueState.DUE_SOON),
        (task(date(2023, 10, 31), DeadlineKind.ON_DATE), DueState.ON_TRACK),
        (
            task(date(2023, 10, 27), DeadlineKind.ON_DATE, TaskStatus.DONE, date(2023, 10, 27)),
            DueState.DONE_ON_TIME,
        ),
        (
            task(date(2023, 10, 27), DeadlineKind.ON_DATE, TaskStatus.DONE, date(2023, 10, 28)),
            DueState.DONE_LATE,
        ),
        (
            task(date(2020, 7, 30), DeadlineKind.BEFORE_DATE, TaskStatus.DONE, date(2020, 7, 30)),
            DueState.DONE_LATE,
        ),
    ],
)
def test_due_state(t: Task, state: DueState) -> None:
    assert due_state(t, date(2023, 10, 25), SOON) is state


def test_days_overdue_counts_from_the_last_on_time_day() -> None:
    assert days_overdue(task(date(2023, 10, 27), DeadlineKind.ON_DATE), date(2023, 11, 1)) == 5
    assert days_overdue(task(date(2020, 7, 30), DeadlineKind.BEFORE_DATE), date(2020, 7, 30)) == 1


def test_working_days_skip_weekends_and_tet() -> None:
    calendar = create_calendar()
    # Wed 25/10/2023 + 3 working days = Mon 30/10/2023.
    assert calendar.add_working_days(date(2023, 10, 25), 3) == date(2023, 10, 30)
    # Tết 2024: 8–14/02 are holidays; the Friday before Tết + 1 working day is 15/02.
    assert calendar.add_working_days(date(2024, 2, 7), 1) == date(2024, 2, 15)
    assert calendar.next_working_day(date(2023, 12, 10)) == date(2023, 12, 11)
    assert calendar.add_working_days(date(2023, 10, 30), -3) == date(2023, 10, 25)


def test_configured_swaps_override_the_package() -> None:
    calendar = create_calendar(
        extra_days_off=[date(2026, 2, 13)], extra_working_days=[date(2026, 2, 28)]
    )
    assert not calendar.is_working_day(date(2026, 2, 13))
    assert calendar.is_working_day(date(2026, 2, 28))
    assert calendar.is_holiday(date(2026, 2, 17))


def test_summary_drops_long_asides_and_keeps_the_task() -> None:
    from handlers.render import summary

    text = (
        "yêu cầu các cơ quan trong Ban Chỉ đạo CCHC huyện (gồm các Phòng: Nội vụ, Văn phòng HĐND"
        " và UBND huyện, Tài chính - Kế hoạch, Văn hóa và Thông tin, Tư pháp) mỗi đơn vị xây dựng"
        " ít nhất 01 sáng kiến về công tác CCHC liên quan đến lĩnh vực phụ trách"
    )
    short = summary(text)
    assert short.startswith("Yêu cầu các cơ quan") and "sáng kiến" in short
    assert "(gồm" not in short and len(short) <= 151
    assert summary("xong (ngắn)") == "Xong (ngắn)"


def test_a_summary_stays_nfc_when_upper_casing_decomposes() -> None:
    """Found by the fuzz test on PostgreSQL: a reason opening with "ΐ" was shown in a task's
    history as "Ϊ́" decomposed (upper-casing gives three code points), so the reply was not NFC."""
    import unicodedata

    from handlers.render import summary

    shown = summary("ΐ chờ số liệu")
    assert unicodedata.is_normalized("NFC", shown)
    assert shown == unicodedata.normalize("NFC", "Ϊ́ chờ số liệu")
