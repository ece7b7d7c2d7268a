"""Quarterly review for commune chairs, on the configured days of each quarter's last month:
open tasks and gather evidence, then report results, then the data cut-off snapshot.

A chair whose commune has nothing unfinished and nothing awaiting confirmation is not asked to
review or report (REMINDERS__EMPTY_DIGEST: no message, or one line); the cut-off snapshot
still goes out while it has anything to count (the tasks done are the quarterly report's
figures), and is dropped or cut to the line only when every count is zero."""

from __future__ import annotations

from datetime import date

from handlers.domain import OfficialId, Role
from handlers.ports import UnitStats
from handlers.reminder_queries import BATCH, scopes_totals
from handlers.reminder_texts import (
    ReviewStep,
    quarter_label,
    quarterly_empty_text,
    quarterly_text,
)
from scheduler.config import EmptyDigest, RuleSchedule
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


def has_nothing(step: ReviewStep, stats: UnitStats) -> bool:
    """Nothing to review or report: no unfinished task and none awaiting confirmation (the
    cut-off snapshot: no task at all)."""
    if step is ReviewStep.CUT_OFF:
        return stats.total == 0
    return stats.total == stats.done


async def compose(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    schedule = ctx.config.schedule
    named = occurrence.nominal
    year, month = named.year, named.month
    step = step_of(occurrence.stage, schedule)
    quarter = quarter_label(quarter_of(named), year)
    drafts = []
    chairs = ctx.officials_with(Role.CHAIR)
    totals: dict[OfficialId, UnitStats] = {}
    for start in range(0, len(chairs), BATCH):
        totals |= await scopes_totals(
            ctx.uow.reminder_batches,
            {c.id: ctx.directory.scope_for(c) for c in chairs[start : start + BATCH]},
            ctx.today,
            ctx.soon_until(),
            ctx.as_of,
        )
    for chair in chairs:
        stats = totals[chair.id]
        unit = ctx.directory.unit_name(chair.unit_id)
        if has_nothing(step, stats):
            if schedule.empty_digest is EmptyDigest.SKIP:
                continue
            body = quarterly_empty_text(quarter=quarter, unit=unit)
        else:
            body = quarterly_text(
                step,
                quarter=quarter,
                unit=unit,
                stats=stats,
                cut_off=date(year, month, schedule.quarterly_days[-1]),
                report=date(year, month, schedule.quarterly_report_day),
                today=ctx.today,
            )
        drafts.append(Draft(chair.id, ctx.finish(body, occurrence.day)))
    return drafts


RULE = Rule(QUARTERLY_REVIEW, lambda s: s.quarterly_time, nominals, compose)
