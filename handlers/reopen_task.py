"""Undo a report (the reporter) or reopen a confirmed task (a reviewer)."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.context import Asker, visible_task
from handlers.decisions import decide
from handlers.domain import TaskStatus
from handlers.messages import Reply
from handlers.notify import reporter_of
from handlers.ports import UnitOfWorkFactory
from handlers.turn import Turn


@dataclass(frozen=True, slots=True)
class ReopenTask:
    task_id: int
    reason: str | None = None


async def on_reopen(turn: Turn) -> Reply:
    cmd = ReopenTask(turn.task_id, turn.meaning.note)
    return await reopen_task(cmd, asker=turn.asker, uow_factory=turn.uow_factory)


async def reopen_task(cmd: ReopenTask, *, asker: Asker, uow_factory: UnitOfWorkFactory) -> Reply:
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        reporter = await reporter_of(uow, task.id) if task.status is TaskStatus.REPORTED else None
        change = task.reopen(
            asker.act, cmd.reason or "", reporter_id=reporter, reviewer=asker.can_review
        )
        await decide(uow, asker, change)
        await uow.commit()
    return Reply(f"Đã mở lại việc #{task.id}; việc đang thực hiện.")
