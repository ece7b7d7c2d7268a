"""The task queries reminders run: a scope's counts and the week's lists for those who
oversee, a unit's open tasks coming due or overdue for its staff.

Every query takes `as_of`, the instant the reminder describes: a task created after it did
not exist then and is left out (a preview of past days, a catch-up, a replayed day), so no
reminder names or counts a task before it existed."""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from operator import attrgetter

from handlers.domain import OfficialId, Task, TaskStatus, UnitId
from handlers.nlu.model import DateRange
from handlers.nlu.periods import week_range
from handlers.ports import (
    ReminderBatchRepository,
    TaskPage,
    TaskQuery,
    TaskRepository,
    TaskScope,
    UnitsSummary,
    UnitStats,
)

OPEN = frozenset({TaskStatus.OPEN})
REPORTED = frozenset({TaskStatus.REPORTED})
DIGEST_LISTED = 3  # tasks named in each list of the digest; the rest are counted
DIGEST_UNITS = 8  # units named in the digest's ranking; the rest are counted
SCAN_LIMIT = 10_000  # tasks per page when staff reminders read every task of their units
BATCH = 5_000  # recipients composed together (each batch reads every task once)


_STATES = tuple(f.name for f in fields(UnitStats) if f.name != "unit_id")
_COUNTED = attrgetter(*_STATES)


def summarize(per_unit: Sequence[UnitStats], ranked: int) -> UnitsSummary:
    """The summary a pushed reminder shows of per-unit counts (see UnitsSummary)."""
    if per_unit:
        total = UnitStats(UnitId(0), *map(sum, zip(*map(_COUNTED, per_unit), strict=True)))
    else:
        total = UnitStats(UnitId(0))
    rated = [s for s in per_unit if s.overdue or s.done_on_time or s.done_late]
    worst = heapq.nsmallest(
        ranked,
        rated,
        key=lambda s: (-s.overdue, -(s.overdue + s.done_on_time + s.done_late), s.unit_id),
    )
    return UnitsSummary(total, len(per_unit), len(rated), tuple(worst))


@dataclass(frozen=True, slots=True)
class WeekReview:
    """What the weekly digest shows: per-unit counts summed and ranked, and the first tasks
    of each list."""

    week: DateRange
    units: UnitsSummary
    overdue: TaskPage
    due: TaskPage  # due from today to the end of the week
    reported: TaskPage  # awaiting confirmation

    @property
    def empty(self) -> bool:
        """Nothing overdue, nothing due this week, nothing awaiting confirmation."""
        return not (self.overdue.total or self.due.total or self.reported.total)


async def week_review(
    tasks: TaskRepository,
    scope: TaskScope,
    today: date,
    soon_until: date,
    listed: int = DIGEST_LISTED,
    as_of: datetime | None = None,
    ranked: int = DIGEST_UNITS,
) -> WeekReview | None:
    """None when the scope holds no task at all: such an official gets no digest."""
    per_unit = await tasks.stats(scope, today, soon_until, None, created_before=as_of)
    if not per_unit:
        return None
    week = week_range(today)
    base = TaskQuery(scope, OPEN, limit=listed, created_before=as_of)
    overdue = await tasks.find(replace(base, overdue_on=today))
    due = await tasks.find(replace(base, due_from=today, due_to=week.end))
    reported = await tasks.find(replace(base, statuses=REPORTED))
    return WeekReview(week, summarize(per_unit, ranked), overdue, due, reported)


async def week_reviews(
    batches: ReminderBatchRepository,
    scopes: Mapping[OfficialId, TaskScope],
    today: date,
    soon_until: date,
    listed: int = DIGEST_LISTED,
    as_of: datetime | None = None,
    ranked: int = DIGEST_UNITS,
) -> dict[OfficialId, WeekReview | None]:
    """`week_review` for many officials at once (a handful of statements for them all)."""
    week = week_range(today)
    found = await batches.digests(scopes, today, soon_until, week.end, listed, as_of, ranked)
    return {
        official_id: (
            WeekReview(week, d.units, d.overdue, d.due, d.reported) if d.units.units else None
        )
        for official_id, d in found.items()
    }


async def scopes_totals(
    batches: ReminderBatchRepository,
    scopes: Mapping[OfficialId, TaskScope],
    today: date,
    soon_until: date,
    as_of: datetime | None = None,
) -> dict[OfficialId, UnitStats]:
    """Each official's counts over every unit of their scope (the quarterly review)."""
    week = week_range(today)
    found = await batches.digests(scopes, today, soon_until, week.end, 0, as_of)
    return {official_id: d.units.total for official_id, d in found.items()}


async def open_due_between(
    tasks: TaskRepository,
    lead_unit_ids: frozenset[UnitId],
    first: date,
    last: date,
    as_of: datetime | None = None,
    page_size: int = SCAN_LIMIT,
) -> list[Task]:
    """Open tasks led by these units with a deadline from `first` to `last`."""
    query = TaskQuery(
        TaskScope(None),
        OPEN,
        due_from=first,
        due_to=last,
        lead_unit_ids=lead_unit_ids,
        limit=page_size,
        created_before=as_of,
    )
    return await every_page(tasks, query)


async def open_overdue(
    tasks: TaskRepository,
    lead_unit_ids: frozenset[UnitId],
    today: date,
    as_of: datetime | None = None,
    page_size: int = SCAN_LIMIT,
) -> list[Task]:
    """Open tasks led by these units that are overdue on `today`."""
    query = TaskQuery(
        TaskScope(None),
        OPEN,
        overdue_on=today,
        lead_unit_ids=lead_unit_ids,
        limit=page_size,
        created_before=as_of,
    )
    return await every_page(tasks, query)


async def every_page(tasks: TaskRepository, query: TaskQuery) -> list[Task]:
    """Every task the query finds, a page of `query.limit` at a time (keyset): a reminder owed
    to every unit of a country must not stop at the first page."""
    found: list[Task] = []
    while True:
        page = await tasks.find(query)
        found += page.items
        if len(page.items) < query.limit or page.cursor is None:
            return found
        if page.cursor == query.after:  # a store that ignores the cursor would loop forever
            raise RuntimeError("a task listing did not advance past its cursor")
        query = replace(query, after=page.cursor)
