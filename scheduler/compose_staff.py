"""Texts for the lead unit's staff: due-soon reminders and the weekly overdue nudge, one
message per person listing every task of their unit that qualifies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from handlers.domain import Official, Role, Task, TaskStatus, UnitId
from handlers.due import last_on_time_day
from handlers.ports import TaskQuery, TaskScope
from scheduler.context import ComposeContext, Draft
from scheduler.occurrences import Occurrence
from scheduler.texts import due_soon_line, fit, late_label, more_line, overdue_line

LISTED = 10
SCAN_LIMIT = 10_000
OPEN = frozenset({TaskStatus.OPEN})
EXTEND_HINT = "«gia hạn N đến dd/mm lý do»"


def _staff_by_unit(ctx: ComposeContext) -> dict[UnitId, list[Official]]:
    by_unit: dict[UnitId, list[Official]] = {}
    for official in ctx.officials_with(Role.STAFF):
        by_unit.setdefault(official.unit_id, []).append(official)
    return by_unit


async def due_soon(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    """Tasks whose last on-time day is 7, 3 or 1 working days away. A reminder day missed
    while the process was down is folded into the next firing: thresholds are owed from the
    last day that wrote rows (at most the catch-up window back) up to the occurrence's day."""
    staff = _staff_by_unit(ctx)
    if not staff:
        return []
    before = ctx.config.schedule.due_soon_before
    since = await _owed_since(occurrence, ctx)
    # Deadlines up to the working day after the widest threshold: a weekend deadline counts
    # from the Friday before it.
    horizon = ctx.calendar.add_working_days(occurrence.day, max(before) + 1)
    page = await ctx.uow.tasks.find(
        TaskQuery(
            TaskScope(None),
            OPEN,
            due_from=since,
            due_to=horizon,
            lead_unit_ids=frozenset(staff),
            limit=SCAN_LIMIT,
        )
    )
    due = [t for t in page.items if _owed(t, ctx, before, since, occurrence.day)]

    def text(unit: str, tasks: list[Task]) -> str:
        lines = [f"Việc sắp đến hạn — {unit}"]
        lines += [due_soon_line(t, ctx.today, ctx.calendar) for t in tasks[:LISTED]]
        lines += more_line(min(LISTED, len(tasks)), len(tasks), "gõ «tuần này»")
        lines.append(f"Gõ «xong N» khi đã hoàn thành, hoặc {EXTEND_HINT} nếu cần thêm thời gian.")
        return "\n".join(lines)

    return _per_staff(occurrence, ctx, staff, due, text)


async def _owed_since(occurrence: Occurrence, ctx: ComposeContext) -> date:
    oldest = occurrence.day - timedelta(days=max(1, ctx.config.catch_up.days))
    if ctx.since is not None:
        return max(ctx.since, oldest)
    last = await ctx.uow.outbox.latest_period(occurrence.rule, occurrence.period)
    return max(date.fromisoformat(last), oldest) if last else oldest


def _owed(
    task: Task, ctx: ComposeContext, before: tuple[int, ...], since: date, day: date
) -> bool:
    assert task.deadline is not None
    last = last_on_time_day(task.deadline, task.deadline_kind)
    if last < ctx.today:
        return False  # overdue by now: the overdue nudge speaks for it
    # Count back from the last working day on time: a Sunday deadline's "1 working day
    # before" is Thursday, when one working day (Friday) is left, as the text says.
    cal = ctx.calendar
    anchor = last if cal.is_working_day(last) else cal.add_working_days(last, -1)
    return any(since < cal.add_working_days(anchor, -k) <= day for k in before)


async def overdue(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    """Every open overdue task of the unit, weekly, for as long as it stays overdue."""
    staff = _staff_by_unit(ctx)
    if not staff:
        return []
    page = await ctx.uow.tasks.find(
        TaskQuery(
            TaskScope(None),
            OPEN,
            overdue_on=ctx.today,
            lead_unit_ids=frozenset(staff),
            limit=SCAN_LIMIT,
        )
    )

    def text(unit: str, tasks: list[Task]) -> str:
        lines = [f"Việc quá hạn — {unit}: {len(tasks)} việc"]
        lines += [overdue_line(t, ctx.today) for t in tasks[:LISTED]]
        lines += more_line(min(LISTED, len(tasks)), len(tasks), "gõ «quá hạn»")
        lines.append(
            "Đề nghị khẩn trương hoàn thành và báo cáo («xong N» kèm minh chứng), "
            f"hoặc đề nghị gia hạn ({EXTEND_HINT})."
        )
        return "\n".join(lines)

    return _per_staff(occurrence, ctx, staff, list(page.items), text)


def _per_staff(
    occurrence: Occurrence,
    ctx: ComposeContext,
    staff: dict[UnitId, list[Official]],
    tasks: list[Task],
    render: Callable[[str, list[Task]], str],
) -> list[Draft]:
    by_unit: dict[UnitId, list[Task]] = {}
    for task in tasks:
        by_unit.setdefault(task.lead_unit_id, []).append(task)
    prefix = late_label(occurrence.day) if ctx.late else ""
    drafts = []
    for unit_id, unit_tasks in sorted(by_unit.items()):
        text = fit(
            prefix + render(ctx.directory.unit_name(unit_id), unit_tasks), ctx.config.max_chars
        )
        drafts += [Draft(o.id, text) for o in staff.get(unit_id, [])]
    return drafts
