"""Due-soon reminders for the lead unit's staff, on working days: the tasks whose last
on-time day is one of the configured numbers of working days away."""

from __future__ import annotations

from datetime import date, timedelta

from handlers.domain import Task
from handlers.due import last_on_time_day
from handlers.reminder_queries import open_due_between
from handlers.reminder_texts import due_soon_text
from scheduler.config import RuleSchedule
from scheduler.context import ComposeContext, Draft, unit_drafts
from scheduler.rules.base import Nominal, Occurrence, Rule

DUE_SOON = "due_soon"


def nominals(day: date, schedule: RuleSchedule) -> list[Nominal]:
    return [Nominal(day.isoformat(), day)]


async def compose(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    """A reminder day missed while the process was down is folded into the next firing:
    thresholds are owed from the last day that wrote rows (at most the catch-up window back)
    up to the occurrence's day."""
    staff = ctx.staff_by_unit()
    if not staff:
        return []
    before = ctx.config.schedule.due_soon_before
    since = await _owed_since(occurrence, ctx)
    # Deadlines up to the working day after the widest threshold: a weekend deadline counts
    # from the Friday before it.
    horizon = ctx.calendar.add_working_days(occurrence.day, max(before) + 1)
    found = await open_due_between(ctx.uow.tasks, frozenset(staff), since, horizon, ctx.as_of)
    due = [t for t in found if _owed(t, ctx, before, since, occurrence.day)]
    return unit_drafts(
        occurrence.day,
        ctx,
        staff,
        due,
        lambda unit, owed: due_soon_text(unit, owed, ctx.today, ctx.calendar),
    )


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


RULE = Rule(DUE_SOON, lambda s: s.due_soon_time, nominals, compose)
