"""Recurring templates and their dated occurrences, a batch of templates per statement.

An occurrence is a copy of its template made inside the database: `INSERT … SELECT` from the
template rows joined to a temporary table of (template, deadline, phrase, note), skipping a
template that already has a child with that deadline, then the copies' supporting units,
criteria and `created` events from the rows just inserted. Columns kept by triggers
(the supporting rows' lead copy, SQLite's search index) follow as for any insert.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    any_,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import EventKind, Recurrence, TaskId, TaskStatus
from handlers.ports import ACTIVE_STATUSES, NewOccurrence, RecurringTemplate
from storage.models import (
    OrgMetaRow,
    TaskCriterionRow,
    TaskEventRow,
    TaskRow,
    TaskSupportRow,
)
from storage.types import utcnow

_TEMP = MetaData()
WANTED = Table(
    "occurrences_wanted",
    _TEMP,
    Column("template_id", Integer, primary_key=True),
    Column("deadline", Date),
    Column("deadline_kind", String(16)),
    Column("deadline_phrase", Text),
    Column("note", Text),
    prefixes=["TEMPORARY"],
)
MADE = Table(
    "occurrences_made",
    _TEMP,
    Column("task_id", Integer, primary_key=True),
    Column("template_id", Integer),
    prefixes=["TEMPORARY"],
)
_DDL = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS occurrences_wanted "
    "(template_id INTEGER PRIMARY KEY, deadline DATE NOT NULL, "
    "deadline_kind VARCHAR(16) NOT NULL, deadline_phrase TEXT NOT NULL, note TEXT NOT NULL)",
    "CREATE TEMPORARY TABLE IF NOT EXISTS occurrences_made "
    "(task_id INTEGER PRIMARY KEY, template_id INTEGER NOT NULL)",
)
_ACTIVE = sorted(s.value for s in ACTIVE_STATUSES)
# pg_advisory_xact_lock's key for "copying occurrences" (any fixed bigint no other lock uses).
OCCURRENCE_COPY_LOCK = 0x6E68_6163_6F63_63  # "nhacocc"


class SqlOccurrenceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def templates(self, after: TaskId | None, limit: int) -> list[RecurringTemplate]:
        t = TaskRow
        query = (
            select(t.id, t.recurrence, t.deadline_phrase)
            # As TaskQuery(recurring_templates=True) finds them: every unit's copy of an item
            # given to a group is a template of its own; dated occurrences have a deadline.
            .where(t.recurrence.is_not(None), t.deadline.is_(None), t.status.in_(_ACTIVE))
            .order_by(t.id)
            .limit(limit)
        )
        if after is not None:
            query = query.where(t.id > after)
        rows = await self._session.execute(query)
        return [
            RecurringTemplate(TaskId(i), Recurrence(str(recurrence)), phrase)
            for i, recurrence, phrase in rows
        ]

    async def add(self, occurrences: Sequence[NewOccurrence], now: datetime) -> int:
        if not occurrences:
            return 0
        session = self._session
        if session.get_bind().dialect.name == "postgresql":
            # Held until this batch commits or rolls back; see the module's docstring.
            await session.execute(select(func.pg_advisory_xact_lock(OCCURRENCE_COPY_LOCK)))
        for ddl in _DDL:
            await session.execute(text(ddl))
        await session.execute(delete(WANTED))
        await session.execute(delete(MADE))
        await session.execute(
            insert(WANTED),
            [
                {
                    "template_id": o.template_id,
                    "deadline": o.deadline,
                    "deadline_kind": o.deadline_kind.value,
                    "deadline_phrase": o.deadline_phrase,
                    "note": o.note,
                }
                for o in occurrences
            ],
        )
        made = await self._copy_tasks(now)
        if made:
            await session.execute(
                insert(MADE), [{"task_id": i, "template_id": p} for i, p in made]
            )
            await self._copy_links()
            notes = {o.template_id: o.note for o in occurrences}
            await session.execute(
                insert(TaskEventRow),
                [
                    {
                        "task_id": task_id,
                        "kind": EventKind.CREATED.value,
                        "at": now,
                        "actor_id": None,
                        "channel": "scheduler",
                        "message": notes[TaskId(template_id)],
                        "data": {},
                    }
                    for task_id, template_id in made
                ],
            )
            # The statistics cache is keyed on the task revision: SqlUnitOfWork.commit bumps
            # it for writes through uow.tasks, these are written here.
            await session.execute(
                update(OrgMetaRow)
                .where(OrgMetaRow.id == 1)
                .values(task_revision=OrgMetaRow.task_revision + 1)
            )
        await session.execute(delete(WANTED))
        await session.execute(delete(MADE))
        return len(made)

    async def _copy_tasks(self, now: datetime) -> list[tuple[int, int]]:
        """Copy each wanted template whose child with that deadline does not exist yet;
        returns the copies as (task id, template id), by id."""
        t, w = TaskRow, WANTED
        child = TaskRow.__table__.alias("child")
        columns = {
            "notice_id": t.notice_id,
            "parent_id": t.id,
            "item_ref": t.item_ref,
            "text": t.text,
            "text_folded": t.text_folded,
            "lead_unit_id": t.lead_unit_id,
            "directing_official_id": t.directing_official_id,
            "directing_name": t.directing_name,
            "deadline": w.c.deadline,
            "deadline_kind": w.c.deadline_kind,
            "deadline_phrase": w.c.deadline_phrase,
            "status": literal(TaskStatus.OPEN.value),
            "created_at": literal(now, TaskRow.created_at.type),
            "updated_at": literal(utcnow(), TaskRow.updated_at.type),
        }
        copies = (
            select(*columns.values())
            .select_from(w.join(t, t.id == w.c.template_id))
            .where(
                ~exists().where(
                    child.c.parent_id == w.c.template_id, child.c.deadline == w.c.deadline
                )
            )
            .order_by(w.c.template_id)
        )
        rows = await self._session.execute(
            insert(TaskRow)
            .from_select(list(columns), copies)
            .returning(TaskRow.id, TaskRow.parent_id)
        )
        return sorted((task_id, parent_id) for task_id, parent_id in rows if parent_id is not None)

    def _made_from(self, template_id: Any) -> ColumnElement[bool]:
        """`template_id` is one of the templates just copied. Joined to the copies alone,
        PostgreSQL read all ~860,000 supporting rows (~690,000 criteria) of the national data
        for each batch of 5,000, a hash or merge join of ~0.2-0.5 s a statement, even with
        the copies' table analysed; as `= ANY(ARRAY(SELECT …))` it looks them up by id in
        the primary key (~20 ms)."""
        made = select(MADE.c.template_id)
        if self._session.get_bind().dialect.name == "postgresql":
            return template_id == any_(func.array(made.scalar_subquery()))  # type: ignore[no-any-return]
        return template_id.in_(made)  # type: ignore[no-any-return]

    async def _copy_links(self) -> None:
        """The templates' supporting units and criteria onto the copies just made, numbered
        from 0 in the template's order (as NewTask's tuples are)."""
        m = MADE
        links: tuple[tuple[Table, str], ...] = (
            (cast(Table, TaskSupportRow.__table__), "unit_id"),
            (cast(Table, TaskCriterionRow.__table__), "code"),
        )
        for link, key in links:
            position = func.row_number().over(
                partition_by=m.c.task_id, order_by=link.c.position
            ) - literal(1)
            copies = (
                select(m.c.task_id, link.c[key], position)
                .select_from(m.join(link, link.c.task_id == m.c.template_id))
                .where(self._made_from(link.c.task_id))
            )
            await self._session.execute(
                insert(link).from_select(["task_id", key, "position"], copies)
            )
