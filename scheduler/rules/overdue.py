"""Overdue nudge for the lead unit's staff, weekly: every open overdue task of the unit, for
as long as it stays overdue."""

from __future__ import annotations

from datetime import date

from handlers.reminder_queries import open_overdue
from handlers.reminder_texts import LateDays, overdue_text
from scheduler.config import RuleSchedule
from scheduler.context import ComposeContext, Draft, unit_drafts
from scheduler.rules.base import Nominal, Occurrence, Rule, weekly_nominals

OVERDUE = "overdue"


def nominals(day: date, schedule: RuleSchedule) -> list[Nominal]:
    return weekly_nominals(day, schedule.overdue_weekday)


async def compose(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    staff = ctx.staff_by_unit()
    if not staff:
        return []
    tasks = await open_overdue(ctx.uow.tasks, frozenset(staff), ctx.today, ctx.as_of)
    late_days = LateDays(ctx.today, ctx.calendar)
    return unit_drafts(
        occurrence.day,
        ctx,
        staff,
        tasks,
        lambda unit, owed: overdue_text(unit, owed, ctx.today, ctx.calendar, late_days),
    )


RULE = Rule(OVERDUE, lambda s: s.overdue_time, nominals, compose)
