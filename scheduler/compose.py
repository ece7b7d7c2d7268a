"""What an occurrence owes: one text per recipient, read from the state inside a transaction."""

from __future__ import annotations

from scheduler import compose_review, compose_staff
from scheduler.config import DUE_SOON, OVERDUE, QUARTERLY_REVIEW, WEEKLY_DIGEST
from scheduler.context import ComposeContext, Draft
from scheduler.occurrences import Occurrence


async def compose(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    if occurrence.rule == QUARTERLY_REVIEW:
        return await compose_review.quarterly(occurrence, ctx)
    if occurrence.rule == WEEKLY_DIGEST:
        return await compose_review.digest(occurrence, ctx)
    if occurrence.rule == DUE_SOON:
        return await compose_staff.due_soon(occurrence, ctx)
    if occurrence.rule == OVERDUE:
        return await compose_staff.overdue(occurrence, ctx)
    raise ValueError(f"unknown rule {occurrence.rule!r}")
