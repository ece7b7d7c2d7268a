"""A report's rows and totals: one row per task in scope, totals equal to `thống kê`."""

from __future__ import annotations

from dataclasses import replace as copy
from datetime import date

from handlers.calendar import create_calendar
from handlers.domain import DeadlineKind, Task, TaskId, TaskStatus, UnitId
from handlers.report_data import ReportRequest, collect, included, weekly_overdue
from handlers.show_stats import add_up
from tests.conversation_support import TODAY, Demo

WIDE = ReportRequest(date(2023, 1, 1), date(2030, 12, 31))
SOON = create_calendar().add_working_days(TODAY, 3)


async def _collect(demo: Demo, handle: str, request: ReportRequest = WIDE):  # type: ignore[no-untyped-def]
    official = demo.directory.by_handle(handle)
    assert official is not None
    scope = demo.directory.scope_for(official)
    data = await collect(
        request,
        scope=scope,
        directory=demo.directory,
        uow_factory=demo.uow_factory,
        today=TODAY,
        soon_until=SOON,
    )
    async with demo.uow_factory() as uow:
        stats = await uow.tasks.stats(scope, TODAY, SOON, None)
    return data, stats


async def test_totals_equal_thong_ke_for_the_admin(demo: Demo) -> None:
    data, stats = await _collect(demo, "admin")
    assert data.total == add_up(stats)
    assert sorted(data.per_unit, key=lambda s: s.unit_id) == sorted(stats, key=lambda s: s.unit_id)
    assert len(data.rows) == len(await demo.tasks()) == data.total.total
    assert "Tổng" not in data.rows[0].status


async def test_staff_see_only_their_unit(demo: Demo) -> None:
    data, stats = await _collect(demo, "noivu")
    assert data.total == add_up(stats)
    official = demo.directory.by_handle("noivu")
    assert official is not None
    assert data.rows
    for row in data.rows:
        task = next(t for t in await demo.tasks() if t.id == row.task_id)
        assert official.unit_id in (task.lead_unit_id, *task.support_unit_ids)


async def test_statuses_follow_confirmation(demo: Demo) -> None:
    noivu = demo.directory.by_handle("noivu")
    assert noivu is not None
    task = next(t for t in await demo.tasks() if t.lead_unit_id == noivu.unit_id and t.deadline)
    await demo.say("noivu", f"xong {task.id} đã gửi báo cáo số 45")
    data, _ = await _collect(demo, "admin")
    row = next(r for r in data.rows if r.task_id == task.id)
    assert (row.status, row.reported_on, row.result) == (
        "Chờ xác nhận",
        TODAY,
        "đã gửi báo cáo số 45",
    )
    await demo.say("chutich", f"duyệt {task.id}")
    data, stats = await _collect(demo, "admin")
    row = next(r for r in data.rows if r.task_id == task.id)
    assert row.status == "Hoàn thành đúng hạn" and row.confirmed_on == TODAY
    assert data.total == add_up(stats) and data.total.done_on_time == 1


async def test_notice_filter_and_period(demo: Demo) -> None:
    tasks = await demo.tasks()
    data, _ = await _collect(demo, "admin", ReportRequest(date(2023, 10, 1), date(2023, 10, 31)))
    assert len(data.rows) == sum(included(t, date(2023, 10, 1), date(2023, 10, 31)) for t in tasks)
    number = data.notice_numbers[0]
    same, _ = await _collect(demo, "admin", ReportRequest(WIDE.start, WIDE.end, None, number))
    assert len(same.rows) == len(tasks)
    none, _ = await _collect(demo, "admin", ReportRequest(WIDE.start, WIDE.end, None, "999/TB"))
    assert none.rows == ()


def test_weekly_overdue_counts_what_was_late_and_not_yet_done() -> None:
    base = Task(
        TaskId(1),
        None,
        "1",
        "t",
        UnitId(1),
        TaskStatus.OPEN,
        date(2023, 10, 27),
        DeadlineKind.ON_DATE,
    )
    late_then_done = copy(
        base, id=TaskId(2), status=TaskStatus.DONE, completed_on=date(2023, 11, 8)
    )
    cancelled = copy(base, id=TaskId(3), status=TaskStatus.CANCELLED)
    points = weekly_overdue(
        [base, late_then_done, cancelled], date(2023, 10, 1), date(2023, 11, 15)
    )
    assert points == (
        (date(2023, 10, 1), 0),
        (date(2023, 10, 8), 0),
        (date(2023, 10, 15), 0),
        (date(2023, 10, 22), 0),
        (date(2023, 10, 29), 2),
        (date(2023, 11, 5), 2),
        (date(2023, 11, 12), 1),  # done on 08/11: no longer overdue
        (date(2023, 11, 15), 1),
    )
