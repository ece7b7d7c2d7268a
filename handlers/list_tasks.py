"""List tasks in the asker's scope: due in a period, overdue, by unit/person/criterion, search."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.context import Asker
from handlers.messages import Reply
from handlers.ports import TaskQuery, UnitOfWorkFactory
from handlers.render import task_list


@dataclass(frozen=True, slots=True)
class ListTasks:
    query: TaskQuery
    title: str
    empty: str


async def list_tasks(cmd: ListTasks, *, asker: Asker, uow_factory: UnitOfWorkFactory) -> Reply:
    async with uow_factory() as uow:
        page = await uow.tasks.find(cmd.query)
    return task_list(
        cmd.title,
        page.items,
        page.total,
        cmd.query.offset,
        asker.directory,
        asker.today,
        asker.soon_until,
        cmd.empty,
    )
