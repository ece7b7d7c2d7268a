"""The registry of reminder rules, in the order they are scheduled and fired. A rule is one
module here (its name, the days it names, its wall time, its compose step) plus one line
below; its name keys its outbox rows and the REMINDERS__RULES setting."""

from __future__ import annotations

from scheduler.config import RuleSchedule
from scheduler.rules import due_soon, overdue, quarterly_review, weekly_digest
from scheduler.rules.base import Rule

RULES: tuple[Rule, ...] = (
    quarterly_review.RULE,
    weekly_digest.RULE,
    due_soon.RULE,
    overdue.RULE,
)
RULE_NAMES = tuple(rule.name for rule in RULES)
_BY_NAME = {rule.name: rule for rule in RULES}


def rule_named(name: str) -> Rule:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown rule {name!r}") from None


def enabled_rules(schedule: RuleSchedule) -> tuple[Rule, ...]:
    """The rules the schedule turns on (all of them by default), in the registry's order."""
    if schedule.enabled is None:
        return RULES
    return tuple(rule for rule in RULES if rule.name in schedule.enabled)
