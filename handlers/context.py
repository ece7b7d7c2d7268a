"""Who is asking, what they may see, and the access rules every use case shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from handlers.directory import Directory
from handlers.domain import (
    Act,
    Change,
    Official,
    Role,
    Task,
    TaskEvent,
    TaskId,
    UnitId,
)
from handlers.errors import DomainError, TaskNotFound
from handlers.nlu import NameMatch
from handlers.ports import TaskScope, UnitOfWork


@dataclass(frozen=True, slots=True)
class Asker:
    official: Official
    scope: TaskScope
    directory: Directory
    channel: str
    today: date
    soon_until: date
    now: datetime

    @property
    def can_review(self) -> bool:
        """Leaders, chairs and admins confirm or return reports and decide extensions."""
        return self.official.has(Role.LEADER, Role.CHAIR, Role.ADMIN)

    @property
    def act(self) -> Act:
        """This asker acting now, as the domain's transitions stamp it on events."""
        return Act(self.official.id, self.now, self.today, self.channel)


def is_visible(task: Task, scope: TaskScope) -> bool:
    if scope.directing_official_id is not None and (
        task.directing_official_id == scope.directing_official_id
    ):
        return True
    if scope.unit_ids is None:
        return True
    if task.lead_unit_id in scope.unit_ids:
        return True
    return any(u in scope.unit_ids for u in task.support_unit_ids)


def owns_lead(asker: Asker, task: Task) -> bool:
    """May report on the task: staff of the lead unit, or a reviewer whose tree holds it."""
    if task.lead_unit_id == asker.official.unit_id:
        return True
    units = asker.scope.unit_ids
    return asker.can_review and (units is None or task.lead_unit_id in units)


async def visible_task(uow: UnitOfWork, task_id: int, asker: Asker) -> Task:
    task = await uow.tasks.get(TaskId(task_id))
    if task is None or not is_visible(task, asker.scope):
        raise TaskNotFound(task_id)
    return task


async def record(uow: UnitOfWork, change: Change) -> list[TaskEvent]:
    """Save a transition's task and append its events (with their ids) in the caller's
    transaction."""
    await uow.tasks.save(change.task)
    return [await uow.events.add(event) for event in change.events]


def named_unit(unit: NameMatch, asker: Asker) -> tuple[UnitId, str]:
    """The unit a question names; a name several units share (every commune has a "Văn
    phòng") is read inside the asker's scope."""
    if unit.id is not None:
        return UnitId(unit.id), unit.name
    found = asker.directory.find_unit(unit.typed, asker.scope.unit_ids)
    if found is None:
        raise DomainError(f"Không tìm thấy đơn vị «{unit.typed}».")
    return found.id, found.name
