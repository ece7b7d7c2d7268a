"""Tasks: create, load, save, list within a scope, and per-unit counts by derived state."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import Select, func, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from handlers.domain import (
    NewTask,
    Task,
    TaskId,
    UnitId,
)
from handlers.ports import TaskPage, TaskQuery, TaskScope, UnitStats
from storage.models import OrgMetaRow, TaskCriterionRow, TaskRow, TaskSupportRow
from storage.repositories import task_filters, task_rows, task_stats
from storage.types import utcnow

_WITH_LINKS = (selectinload(TaskRow.support), selectinload(TaskRow.criteria))


class SqlTaskRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        # Set by every write; the unit of work bumps the task revision when it commits them.
        self.changed = False

    async def revision(self) -> int:
        value = await self._session.scalar(
            select(OrgMetaRow.task_revision).where(OrgMetaRow.id == 1)
        )
        return int(value or 0)

    async def add(self, task: NewTask) -> Task:
        self.changed = True
        row = TaskRow(
            notice_id=task.notice_id,
            parent_id=task.parent_id,
            item_ref=task.item_ref,
            text=task.text,
            text_folded=task.search_text,
            lead_unit_id=task.lead_unit_id,
            directing_official_id=task.directing_official_id,
            directing_name=task.directing_name,
            deadline=task.deadline,
            deadline_kind=task.deadline_kind.value,
            deadline_phrase=task.deadline_phrase,
            recurrence=task.recurrence.value if task.recurrence else None,
            status=task.status.value,
            created_at=task.created_at or utcnow(),
            # dict.fromkeys: drop repeats (they would break the primary key), keep the order.
            support=[
                TaskSupportRow(unit_id=unit_id, position=i)
                for i, unit_id in enumerate(dict.fromkeys(task.support_unit_ids))
            ],
            criteria=[
                TaskCriterionRow(code=code, position=i)
                for i, code in enumerate(dict.fromkeys(task.criteria))
            ],
        )
        self._session.add(row)
        await self._session.flush()
        return to_task(row)

    async def get(self, task_id: TaskId) -> Task | None:
        row = await self._session.scalar(
            select(TaskRow).where(TaskRow.id == task_id).options(*_WITH_LINKS)
        )
        return to_task(row) if row is not None else None

    async def save(self, task: Task) -> None:
        self.changed = True
        row = await self._session.get(TaskRow, task.id)
        if row is None:
            raise LookupError(f"task {task.id} does not exist")
        row.status = task.status.value
        row.deadline = task.deadline
        row.deadline_kind = task.deadline_kind.value
        row.deadline_phrase = task.deadline_phrase
        row.completed_on = task.completed_on
        row.requested_deadline = task.requested_deadline
        row.lead_unit_id = task.lead_unit_id
        row.assignee_id = task.assignee_id
        if row.text != task.text:
            row.text, row.text_folded = task.text, task.search_text
        await self._session.flush()
        await self._save_support(task)

    async def _save_support(self, task: Task) -> None:
        """Rewrite the supporting units only when they changed (a reassignment)."""
        wanted = list(dict.fromkeys(task.support_unit_ids))
        row = await self._session.scalar(
            select(TaskRow).where(TaskRow.id == task.id).options(selectinload(TaskRow.support))
        )
        assert row is not None
        if [s.unit_id for s in row.support] == wanted:
            return
        kept = {s.unit_id: s for s in row.support if s.unit_id in wanted}
        row.support = [kept.get(unit_id) or TaskSupportRow(unit_id=unit_id) for unit_id in wanted]
        for position, support in enumerate(row.support):
            support.position = position
        await self._session.flush()

    async def find(self, query: TaskQuery) -> TaskPage:
        """The page and the total in two statements: the scope's roots (with the custom-plans
        setting), then the page's rows, links and the total together (a third, the count,
        for one branch and past the end)."""
        session = self._session
        scope = await task_filters.resolve(session, query.scope, plan_custom=True)
        branches = task_filters.visible(
            session,
            scope,
            lambda t: [t.id.label("id"), t.deadline.label("deadline")],
            lambda t: task_filters.matching(session, query, t, everything=scope.units is None),
            query.lead_unit_ids,
        )
        if query.text and scope.units is not None:
            branches[:1] = task_filters.split_by_text_length(session, branches[0])
        # A search's matches come from the text index in no useful order: counting them and
        # then sorting them for the page would find them twice, so it takes the one pass.
        if len(branches) == 1 and not query.text:
            return await self._page_of_one(branches[0], query)
        return await self._page_of_many(branches, query)

    async def _page_of_one(self, branch: Select[Any], query: TaskQuery) -> TaskPage:
        """Every task, or one unit's: the count from an index, the page in index order."""
        found = branch.subquery()
        total = await self._session.scalar(select(func.count()).select_from(found)) or 0
        if total <= query.offset or query.limit <= 0:
            return TaskPage(items=(), total=total)
        t = TaskRow
        page = branch.with_only_columns(t.id)
        if query.after is not None:
            page = page.where(task_filters.after(query.after, t.deadline, t.id))
        page = page.order_by(t.deadline.asc().nulls_last(), t.id)
        listed = page.limit(query.limit).offset(query.offset).subquery()
        rows = await self._session.execute(task_rows.page_rows(self._session, listed))
        return TaskPage(items=tuple(task_rows.to_task(row) for row in rows), total=total)

    async def _page_of_many(self, branches: list[Select[Any]], query: TaskQuery) -> TaskPage:
        """A scope's branches: the page, its rows and the total in one statement over their
        union (the count is taken before the cursor and the limit cut the listing)."""
        found = union_all(*branches).subquery()
        counted = select(
            found.c.id, found.c.deadline, func.count().over().label("total")
        ).subquery()
        page = select(counted.c.id, counted.c.total)
        if query.after is not None:
            page = page.where(task_filters.after(query.after, counted.c.deadline, counted.c.id))
        listed = (
            page.order_by(counted.c.deadline.asc().nulls_last(), counted.c.id)
            .limit(max(query.limit, 0))
            .offset(query.offset)
            .subquery()
        )
        rows = (
            await self._session.execute(task_rows.page_rows(self._session, listed, listed.c.total))
        ).all()
        if not rows and query.offset == 0 and query.after is None and query.limit > 0:
            return TaskPage(items=(), total=0)  # nothing matches: no second pass to count
        if not rows:  # past the end (or no limit): the total alone
            total = await self._session.scalar(select(func.count()).select_from(found)) or 0
            return TaskPage(items=(), total=total)
        return TaskPage(items=tuple(task_rows.to_task(row) for row in rows), total=rows[0].total)

    async def stats(
        self,
        scope: TaskScope,
        today: date,
        soon_until: date,
        lead_unit_ids: frozenset[UnitId] | None,
        *,
        created_before: datetime | None = None,
    ) -> list[UnitStats]:
        return await task_stats.unit_stats(
            self._session, scope, today, soon_until, lead_unit_ids, created_before=created_before
        )

    async def children(self, parent_id: TaskId) -> list[Task]:
        rows = await self._session.scalars(
            select(TaskRow)
            .where(TaskRow.parent_id == parent_id)
            .order_by(TaskRow.id)
            .options(*_WITH_LINKS)
        )
        return [to_task(row) for row in rows]


def to_task(row: TaskRow) -> Task:
    return task_rows.task_of(
        partial(getattr, row),
        (c.code for c in row.criteria),
        (s.unit_id for s in row.support),
    )
