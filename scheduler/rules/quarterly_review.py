"""Quarterly review for commune chairs, on the configured days of each quarter's last month:
open tasks and gather evidence, then report results, then the data cut-off snapshot."""

from __future__ import annotations

from datetime import date

from handlers.domain import Role
from handlers.reminder_queries import scope_totals
from handlers.reminder_texts import ReviewStep, quarter_label, quarterly_text
from scheduler.config import RuleSchedule
from scheduler.context import ComposeContext, Draft
from scheduler.rules.base import Nominal, Occurrence, Rule

QUARTERLY_REVIEW = "quarterly_review"
QUARTER_END_MONTHS = (3, 6, 9, 12)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def nominals(day: date, schedule: RuleSchedule) -> list[Nominal]:
    """The configured days of this quarter-end month and the previous one (a holiday can
    push a day across a month), up to `day`."""
    found = []
    for year, month in ((day.year, day.month), _previous_month(day.year, day.month)):
        if month not in QUARTER_END_MONTHS:
            continue
        for stage, number in enumerate(schedule.quarterly_days):
            named = date(year, month, number)
            if named <= day:
                found.append(Nominal(f"{year}-Q{quarter_of(named)}-d{number}", named, stage))
    return found


def _previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def step_of(stage: int, schedule: RuleSchedule) -> ReviewStep:
    """The first day opens the review, the last one is the cut-off, any between ask for
    results."""
    if stage == 0:
        return ReviewStep.OPEN
    if stage < len(schedule.quarterly_days) - 1:
        return ReviewStep.RESULTS
    return ReviewStep.CUT_OFF


async def compose(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    schedule = ctx.config.schedule
    named = occurrence.nominal
    year, month = named.year, named.month
    drafts = []
    for chair in ctx.officials_with(Role.CHAIR):
        stats = await scope_totals(
            ctx.uow.tasks, ctx.directory.scope_for(chair), ctx.today, ctx.soon_until()
        )
        body = quarterly_text(
            step_of(occurrence.stage, schedule),
            quarter=quarter_label(quarter_of(named), year),
            unit=ctx.directory.unit_name(chair.unit_id),
            stats=stats,
            cut_off=date(year, month, schedule.quarterly_days[-1]),
            report=date(year, month, schedule.quarterly_report_day),
            today=ctx.today,
        )
        drafts.append(Draft(chair.id, ctx.finish(body, occurrence.day)))
    return drafts


RULE = Rule(QUARTERLY_REVIEW, lambda s: s.quarterly_time, nominals, compose)
