"""Weekly digest for leaders and chairs: overdue, due this week, awaiting confirmation, and
completion rates per unit. A digest with all three lists empty is not sent, or is one line
(REMINDERS__EMPTY_DIGEST)."""

from __future__ import annotations

from datetime import date

from handlers.domain import Official, Role
from handlers.reminder_queries import BATCH, WeekReview, week_reviews
from handlers.reminder_texts import LateDays, digest_empty_text, digest_text
from scheduler.config import EmptyDigest, RuleSchedule
from scheduler.context import ComposeContext, Draft
from scheduler.rules.base import Nominal, Occurrence, Rule, weekly_nominals

WEEKLY_DIGEST = "weekly_digest"


def nominals(day: date, schedule: RuleSchedule) -> list[Nominal]:
    return weekly_nominals(day, schedule.digest_weekday)


async def compose(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    directory = ctx.directory
    drafts = []
    officials = ctx.officials_with(Role.LEADER, Role.CHAIR)
    late_days = LateDays(ctx.today, ctx.calendar)
    for start in range(0, len(officials), BATCH):
        batch = officials[start : start + BATCH]
        reviews = await week_reviews(
            ctx.uow.reminder_batches,
            {o.id: directory.scope_for(o) for o in batch},
            ctx.today,
            ctx.soon_until(),
            as_of=ctx.as_of,
        )
        drafts += [
            draft for o in batch if (draft := _draft(o, reviews[o.id], occurrence, ctx, late_days))
        ]
    return drafts


def _draft(
    official: Official,
    review: WeekReview | None,
    occurrence: Occurrence,
    ctx: ComposeContext,
    late_days: LateDays,
) -> Draft | None:
    if review is None:
        return None  # nothing in this official's scope: no digest
    directory = ctx.directory
    home = directory.unit_name(directory.government_of(official.unit_id))
    if review.empty:
        # Counts and rates alone, week after week, teach people to stop reading.
        if ctx.config.schedule.empty_digest is EmptyDigest.SKIP:
            return None
        body = digest_empty_text(review, home=home)
    else:
        body = digest_text(
            review,
            home=home,
            today=ctx.today,
            directory=directory,
            calendar=ctx.calendar,
            late_days=late_days,
        )
    return Draft(official.id, ctx.finish(body, occurrence.day))


RULE = Rule(WEEKLY_DIGEST, lambda s: s.digest_time, nominals, compose)
