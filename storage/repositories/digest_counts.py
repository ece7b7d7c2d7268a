"""The led part of a reminder batch's per-unit counts from the maintained `task_counts`
(migration 0010) instead of a pass over every task (storage/repositories/reminder_batches.py).

`task_counts` says, per lead unit, how many tasks are in each date-independent state and how
many open tasks fall due in each month. An open task's month decides its state on `today` and
whether it is due this week, except in the months from today's to the last day the digest
looks at (the "due soon" window and the week's end), whose open tasks are read from `tasks`
itself, as «thống kê» does (storage/repositories/task_stats.py). Counts "as of" an instant
take off, through `ix_tasks_created_at` (migration 0011), the few tasks created after it that
the aggregate holds: those of the window's months are read from `tasks` with the instant's
filter instead.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    case,
    literal,
    or_,
    select,
    union_all,
)

from handlers.domain import DueState, TaskStatus
from storage.models import TaskCountRow, TaskRow
from storage.repositories import task_filters
from storage.repositories.digest_sql import SCOPE_UNITS
from storage.repositories.task_stats import OPEN_DATED, month_index, month_start


def led_counted(
    today: date,
    soon_until: date,
    due_to: date,
    created_before: datetime | None,
    every: bool,
) -> CompoundSelect[Any]:
    """(scope_id = unit_id, unit_id, state, in_week, n) rows whose sums per (unit, state,
    in_week) are the tasks led by each unit of some scope of the batch (`every`: by any unit)
    in each state of `derived_state` on `today`, as `led_tasks` over every such task counts
    them; `digest_sql.pivot_counts` adds them up."""
    first = month_index(today)
    last = month_index(max(today, soon_until, due_to))
    c, t = TaskCountRow, TaskRow
    state = case(
        (c.state != OPEN_DATED, c.state),
        (c.month < first, literal(DueState.OVERDUE.value)),  # due before today's month
        else_=literal(DueState.ON_TRACK.value),  # after the window: not due soon, nor this week
    )
    stored = select(
        c.unit_id.label("scope_id"),
        c.unit_id.label("unit_id"),
        state.label("state"),
        literal(0).label("in_week"),
        c.n.label("n"),
    ).where(c.n != 0, or_(c.state != OPEN_DATED, c.month < first, c.month > last))
    window_start, window_end = month_start(first), month_start(last + 1)
    # Written out so that an undated task is outside (NOT over a NULL deadline would drop it).
    outside = or_(
        t.status != TaskStatus.OPEN.value,
        t.deadline.is_(None),
        t.deadline < window_start,
        t.deadline >= window_end,
    )
    in_week = and_(t.status == TaskStatus.OPEN.value, t.deadline >= today, t.deadline <= due_to)

    def tasks(n: int, where: list[ColumnElement[bool]]) -> Select[Any]:
        return select(
            t.lead_unit_id.label("scope_id"),
            t.lead_unit_id.label("unit_id"),
            task_filters.derived_state(today, soon_until, t).label("state"),
            case((in_week, 1), else_=0).label("in_week"),
            literal(n).label("n"),
        ).where(*where)

    window: list[ColumnElement[bool]] = [
        t.status == TaskStatus.OPEN.value,
        t.deadline >= window_start,
        t.deadline < window_end,
    ]
    if created_before is not None:
        window.append(t.created_at <= created_before)
    branches = [stored, tasks(1, window)]
    if created_before is not None:
        statuses = [s.value for s in task_filters.STATS_STATUSES]
        later = [t.created_at > created_before, t.status.in_(statuses), outside]
        branches.append(tasks(-1, later))
    if not every:
        held = select(SCOPE_UNITS.c.unit_id)
        branches = [b.where(b.selected_columns.unit_id.in_(held)) for b in branches]
    return union_all(*branches)
