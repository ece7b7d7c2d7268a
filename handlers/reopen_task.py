"""Undo a report (the reporter) or reopen a confirmed task (a reviewer)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from handlers.context import Asker, visible_task
from handlers.domain import EventKind, TaskEvent, TaskStatus
from handlers.errors import DomainError, NotAllowed
from handlers.messages import Reply
from handlers.ports import UnitOfWorkFactory


@dataclass(frozen=True, slots=True)
class ReopenTask:
    task_id: int
    reason: str | None = None


async def reopen_task(cmd: ReopenTask, *, asker: Asker, uow_factory: UnitOfWorkFactory) -> Reply:
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        if task.status is TaskStatus.REPORTED:
            events = await uow.events.for_task(task.id)
            reporter = next(
                (e.actor_id for e in reversed(events) if e.kind is EventKind.REPORTED), None
            )
            if reporter != asker.official.id and not asker.can_review:
                raise NotAllowed("Chỉ người đã báo cáo hoặc lãnh đạo mới mở lại việc này.")
        elif task.status is TaskStatus.DONE:
            if not asker.can_review:
                raise NotAllowed("Chỉ lãnh đạo hoặc Văn phòng mới mở lại việc đã hoàn thành.")
        else:
            raise DomainError(f"Việc #{task.id} đang thực hiện, không cần mở lại.")
        await uow.tasks.save(dataclasses.replace(task, status=TaskStatus.OPEN, completed_on=None))
        await uow.events.add(
            TaskEvent(
                task.id,
                EventKind.STATUS_CHANGED,
                asker.now,
                asker.official.id,
                asker.channel,
                (cmd.reason or "").strip(),
                {"from": task.status.value, "to": TaskStatus.OPEN.value},
            )
        )
        await uow.commit()
    return Reply(f"Đã mở lại việc #{task.id}; việc đang thực hiện.")
