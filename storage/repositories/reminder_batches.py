"""Reminders for a batch of recipients in a handful of statements: every recipient's per-unit
counts and top-N lists (the weekly digest, the quarterly review), and their outbox rows.

The recipients' scopes go into two temporary tables (storage/repositories/digest_sql.py):
`reminder_scope_units` (a scope's units; recipients with the same units share one scope, as
every leader of a province does) and `reminder_scope_officials` (a leader's directed tasks, a
scope of their own that points at the units scope it must stay out of). The branches of
storage/repositories/task_filters.py become: the tasks led by a unit of some scope, counted
(one row per lead unit, a column per state) and numbered (ROW_NUMBER() per list) once per lead
unit however many scopes hold it; and those a scope sees through a supporting unit or directs,
whose (scope, task) pairs are found once and then counted and numbered per scope in the same
statement. Each recipient's answer adds up its units' parts and its scopes' parts, which
never share a task (storage/repositories/digest_parts.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import OfficialId, OutboxMessage, Task, TaskStatus
from handlers.ports import ScopeDigest, TaskScope
from storage.models import OutboxRow, TaskCriterionRow, TaskRow, TaskSupportRow, UnitRow
from storage.repositories import task_filters
from storage.repositories.digest_counts import led_counted
from storage.repositories.digest_parts import ViewDigest
from storage.repositories.digest_sql import (
    SCOPE_DDL,
    SCOPE_OFFICIALS,
    SCOPE_UNITS,
    VIEWS,
    Scopes,
    first_of_lists,
    led_tasks,
    list_conditions,
    list_flags,
    number_scopes,
    pivot_counts,
    seen_tasks,
)
from storage.repositories.digest_views import view_digests
from storage.repositories.tasks import to_task
from storage.types import utcnow

_INSERTS: dict[str, Any] = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}
_IDS_PER_SELECT = 5000
_WORK_MEM = "128MB"  # PostgreSQL's memory for each sort or hash of the batch's statements
_EVERY_UNIT_CHECK = 1000  # scopes holding this many units may hold every unit: count them
_ROWS_PER_INSERT = 1000  # outbox rows per INSERT: 10 parameters each, under every bind limit


class SqlReminderBatchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def digests(
        self,
        scopes: Mapping[OfficialId, TaskScope],
        today: date,
        soon_until: date,
        due_to: date,
        listed: int,
        created_before: datetime | None = None,
        ranked: int = 0,
    ) -> dict[OfficialId, ScopeDigest]:
        if not scopes:
            return {}
        numbered = number_scopes(scopes)
        session = self._session
        if session.get_bind().dialect.name == "postgresql":
            # The batch sorts and hashes hundreds of thousands of rows at national scale: at
            # the default 4 MB they spill to disk. For this transaction only.
            await session.execute(text(f"SET LOCAL work_mem = '{_WORK_MEM}'"))
            # The statement's estimated cost is far above jit_*_above_cost: compiling it took
            # ~1.5 s of the backend's CPU for a statement that runs once a week.
            await session.execute(text("SET LOCAL jit = off"))
        await self._fill(numbered)
        t = TaskRow
        where: list[ColumnElement[bool]] = [
            t.status.in_([s.value for s in task_filters.STATS_STATUSES])
        ]
        if created_before is not None:
            where.append(t.created_at <= created_before)
        in_week = and_(
            t.status == TaskStatus.OPEN.value, t.deadline >= today, t.deadline <= due_to
        )
        every = bool(numbered.every_unit) or await self._covers_every_unit(numbered)
        lists = list_conditions(today, in_week)
        late, _, waiting = list_flags(lists)
        columns: list[ColumnElement[Any]] = [
            t.lead_unit_id.label("unit_id"),
            task_filters.derived_state(today, soon_until, t).label("state"),
            case((in_week, 1), else_=0).label("in_week"),
        ]
        counted = led_counted(today, soon_until, due_to, created_before, every)
        led = pivot_counts(counted.subquery("led")).cte("led_counts")
        seen = seen_tasks(
            [*columns, t.id.label("task_id"), t.deadline.label("deadline"), late, waiting], where
        ).cte("seen")
        led_firsts = seen_firsts = None
        if listed > 0:
            listable = led_tasks(
                [t.id.label("task_id"), t.deadline.label("deadline"), *list_flags(lists)],
                [*where, or_(*lists)],
                every,
            ).cte("listable")
            led_firsts = first_of_lists(listable, listed).cte("led_firsts")
            seen_firsts = first_of_lists(seen, listed).cte("seen_firsts")
        statement = view_digests(led, seen, led_firsts, seen_firsts, listed, ranked)
        views: dict[int, ViewDigest] = {}
        for kind, view_id, key, *row in await session.execute(statement):
            found = views.get(view_id)
            if found is None:
                found = views[view_id] = ViewDigest()
            found.add(kind, key, tuple(row))
        tasks = await self._tasks({i for v in views.values() for i in v.task_ids()})
        nothing = ViewDigest()
        return {
            official_id: views.get(numbered.view_of[official_id], nothing).result(tasks)
            for official_id in scopes
        }

    async def _fill(self, numbered: Scopes) -> None:
        session = self._session
        for ddl in SCOPE_DDL:
            await session.execute(text(ddl))
        await session.execute(delete(SCOPE_UNITS))
        await session.execute(delete(SCOPE_OFFICIALS))
        await session.execute(delete(VIEWS))
        if numbered.unit_rows:
            await session.execute(insert(SCOPE_UNITS), numbered.unit_rows)
        for scope_id in numbered.every_unit:
            await session.execute(
                insert(SCOPE_UNITS).from_select(
                    ["scope_id", "unit_id"], select(literal(scope_id), UnitRow.id)
                )
            )
        if numbered.official_rows:
            await session.execute(insert(SCOPE_OFFICIALS), numbered.official_rows)
        await session.execute(insert(VIEWS), numbered.view_rows)
        if session.get_bind().dialect.name == "postgresql":
            # Autovacuum never analyses temporary tables: without this the planner guesses.
            await session.execute(
                text("ANALYZE reminder_scope_units, reminder_scope_officials, reminder_views")
            )

    async def _covers_every_unit(self, numbered: Scopes) -> bool:
        """The batch's scopes hold every unit between them (a country's leaders and chairs):
        each unit's tasks are then read without matching them to the scopes' units."""
        held = {row["unit_id"] for row in numbered.unit_rows}
        if len(held) < _EVERY_UNIT_CHECK:
            return False
        units = await self._session.scalar(select(func.count()).select_from(UnitRow))
        return len(held) >= (units or 0)

    async def _tasks(self, ids: set[int]) -> dict[int, Task]:
        """The listed tasks, a few thousand ids per statement (under every bind limit)."""
        # Plain rows, not ORM objects (tens of thousands of tasks at national scale), read
        # by the one mapping to_task uses.
        found: dict[int, Task] = {}
        ordered = sorted(ids)
        session, table, s, c = self._session, TaskRow.__table__, TaskSupportRow, TaskCriterionRow
        for start in range(0, len(ordered), _IDS_PER_SELECT):
            chunk = ordered[start : start + _IDS_PER_SELECT]
            rows = {
                row.id: SimpleNamespace(**row._mapping, support=[], criteria=[])
                for row in await session.execute(select(table).where(table.c.id.in_(chunk)))
            }
            for task_id, unit_id in await session.execute(
                select(s.task_id, s.unit_id)
                .where(s.task_id.in_(chunk))
                .order_by(s.task_id, s.position)
            ):
                rows[task_id].support.append(SimpleNamespace(unit_id=unit_id))
            for task_id, code in await session.execute(
                select(c.task_id, c.code)
                .where(c.task_id.in_(chunk))
                .order_by(c.task_id, c.position)
            ):
                rows[task_id].criteria.append(SimpleNamespace(code=code))
            found |= {task_id: to_task(cast(TaskRow, row)) for task_id, row in rows.items()}
        return found

    async def add_once(self, messages: Sequence[OutboxMessage]) -> int:
        if not messages:
            return 0
        make = _INSERTS[self._session.get_bind().dialect.name]
        created = utcnow()
        written = 0
        for start in range(0, len(messages), _ROWS_PER_INSERT):
            rows = [
                {
                    "rule": m.rule,
                    "recipient_id": m.recipient_id,
                    "period": m.period,
                    "text": m.text,
                    "channel": m.channel,
                    "due_at": m.due_at,
                    "status": m.status,
                    "attempts": m.attempts,
                    "last_error": m.last_error,
                    "created_at": created,
                }
                for m in messages[start : start + _ROWS_PER_INSERT]
            ]
            # DO NOTHING, never a caught IntegrityError: that would abort the PostgreSQL
            # transaction the whole firing runs in.
            stmt = (
                make(OutboxRow)
                .values(rows)
                .on_conflict_do_nothing(index_elements=["rule", "recipient_id", "period"])
                .returning(OutboxRow.id)
            )
            written += len((await self._session.execute(stmt)).all())
        return written
