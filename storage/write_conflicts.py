"""Transactions that write several tasks and PostgreSQL's row locks on `task_counts`.

Migration 0010's triggers upsert one `task_counts` row per (lead unit, state, month) a task
statement changes, and those rows stay locked until commit. A statement's own upsert takes them
in key order; a transaction of many statements (a notice import: one INSERT per task) would take
them in the order of its items, and two such transactions over the same units in opposite
orders deadlock. `lock_task_counts` takes every key the coming inserts will touch first, in one
sorted statement, so every writer follows the one global order. `is_write_conflict` recognises
the aborts that remain possible (deadlock, serialization failure): the transaction was rolled
back whole, so a use case whose work is idempotent runs it again (handlers.retry)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import NewTask, TaskStatus

# SQLSTATE deadlock_detected and serialization_failure: PostgreSQL aborted the transaction.
_CONFLICT_STATES = frozenset({"40P01", "40001"})

CountKey = tuple[int, str, int]

# Every key first, sorted; DO UPDATE (not DO NOTHING) so an existing row is locked too. A key
# that is new gets n = 0, which 0010 allows (rows that fall to zero stay).
_LOCK_COUNTS = text(
    "INSERT INTO task_counts AS c (unit_id, state, month, n)"
    " SELECT k.unit_id, k.state, k.month, 0"
    " FROM unnest(CAST(:units AS INTEGER[]), CAST(:states AS VARCHAR[]),"
    " CAST(:months AS INTEGER[])) AS k(unit_id, state, month)"
    " ORDER BY k.unit_id, k.state, k.month"
    " ON CONFLICT (unit_id, state, month) DO UPDATE SET n = c.n"
)


def is_write_conflict(error: BaseException) -> bool:
    """True for a statement PostgreSQL aborted to break a deadlock or a serialization
    conflict: nothing of the transaction was kept."""
    if not isinstance(error, DBAPIError):
        return False
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    return code in _CONFLICT_STATES


def _month(deadline: date) -> int:
    return deadline.year * 12 + deadline.month - 1


def count_key(task: NewTask) -> CountKey | None:
    """The `task_counts` key a new task is counted under, as 0010's `_state` and `_month` put
    it (a new task has no completion date: a done one counts as done on time); None for a
    status not counted (paused, cancelled)."""
    unit = int(task.lead_unit_id)
    if task.status is TaskStatus.REPORTED:
        return unit, "reported", 0
    if task.status is TaskStatus.DONE:
        return unit, "done_on_time", 0
    if task.status is not TaskStatus.OPEN:
        return None
    if task.deadline is None:
        return unit, "no_deadline", 0
    return unit, "open", _month(task.deadline)


async def lock_task_counts(session: AsyncSession, tasks: Iterable[NewTask]) -> None:
    """Lock, in key order, the count rows these tasks' inserts will change (PostgreSQL; SQLite
    has one writer at a time and no row locks)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    keys = sorted({key for task in tasks if (key := count_key(task)) is not None})
    if not keys:
        return
    units, states, months = (list(column) for column in zip(*keys, strict=True))
    await session.execute(_LOCK_COUNTS, {"units": units, "states": states, "months": months})
