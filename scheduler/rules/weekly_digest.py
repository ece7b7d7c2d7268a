"""Weekly digest for leaders and chairs: overdue, due this week, awaiting confirmation, and
completion rates per unit."""

from __future__ import annotations

from datetime import date

from handlers.domain import Role
from handlers.reminder_queries import week_review
from handlers.reminder_texts import digest_text
from scheduler.config import RuleSchedule
from scheduler.context import ComposeContext, Draft
from scheduler.rules.base import Nominal, Occurrence, Rule, weekly_nominals

WEEKLY_DIGEST = "weekly_digest"


def nominals(day: date, schedule: RuleSchedule) -> list[Nominal]:
    return weekly_nominals(day, schedule.digest_weekday)


async def compose(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    directory = ctx.directory
    drafts = []
    for official in ctx.officials_with(Role.LEADER, Role.CHAIR):
        review = await week_review(
            ctx.uow.tasks, directory.scope_for(official), ctx.today, ctx.soon_until()
        )
        if review is None:
            continue  # nothing in this official's scope: no digest
        home = directory.unit_name(directory.government_of(official.unit_id))
        body = digest_text(review, home=home, today=ctx.today, directory=directory)
        drafts.append(Draft(official.id, ctx.finish(body, occurrence.day)))
    return drafts


RULE = Rule(WEEKLY_DIGEST, lambda s: s.digest_time, nominals, compose)
