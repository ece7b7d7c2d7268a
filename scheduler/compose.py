"""What an occurrence owes: one text per recipient, composed by its rule from the state read
inside the firing's transaction."""

from __future__ import annotations

from scheduler.context import ComposeContext, Draft
from scheduler.rules import rule_named
from scheduler.rules.base import Occurrence


async def compose(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    return await rule_named(occurrence.rule).compose(occurrence, ctx)
