"""The due state exists twice: `handlers.due.due_state` for what one task shows, and the SQL
CASE (`task_filters.derived_state`) that statistics count. They must agree on every status,
deadline kind, deadline and completion day around "today" and the due-soon horizon."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.domain import DeadlineKind, NewTask, TaskStatus
from handlers.due import due_state
from storage.models import TaskRow
from storage.repositories.task_filters import derived_state
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

TODAY = date(2026, 12, 4)
SOON_UNTIL = date(2026, 12, 9)
# Around every boundary: long past, yesterday, today, tomorrow, the horizon and the day after.
DEADLINES = [None, *(TODAY + timedelta(days=d) for d in (-30, -1, 0, 1, 5, 6, 40))]
KINDS = [DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE, DeadlineKind.PERIOD_END]
STATUSES = [TaskStatus.OPEN, TaskStatus.REPORTED, TaskStatus.DONE]


def completions(status: TaskStatus, deadline: date | None) -> list[date | None]:
    if status is TaskStatus.OPEN:
        return [None]
    if deadline is None:
        return [None, TODAY]
    return [None, deadline - timedelta(days=1), deadline, deadline + timedelta(days=1)]


async def test_sql_and_python_due_states_agree(
    engine: AsyncEngine,
    uow_factory: Callable[[], SqlUnitOfWork],
    org: Org,
    new_task: Callable[..., NewTask],
) -> None:
    cases = [
        (status, deadline, kind, done)
        for status, deadline, kind in itertools.product(STATUSES, DEADLINES, KINDS)
        for done in completions(status, deadline)
    ]
    tasks = []
    async with uow_factory() as uow:
        for status, deadline, kind, done in cases:
            added = await uow.tasks.add(
                dataclasses.replace(
                    new_task(org.doan_bai, deadline),
                    deadline_kind=kind if deadline else DeadlineKind.NONE,
                    status=status,
                )
            )
            task = dataclasses.replace(added, completed_on=done)
            await uow.tasks.save(task)
            tasks.append(task)
        await uow.commit()
    async with engine.connect() as conn:
        rows = await conn.execute(select(TaskRow.id, derived_state(TODAY, SOON_UNTIL)))
        sql = {task_id: state for task_id, state in rows}
    disagreements = []
    for task in tasks:
        python = due_state(task, TODAY, SOON_UNTIL).value
        # Statistics keep reports awaiting confirmation apart, whatever their deadline.
        expected = "reported" if task.status is TaskStatus.REPORTED else python
        if sql[task.id] != expected:
            disagreements.append((task.status, task.deadline, task.deadline_kind, sql[task.id]))
    assert len(tasks) > 100
    assert disagreements == []
