"""A reviewer confirms or returns a reported task, or decides a pending extension request."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from handlers.context import Asker, visible_task
from handlers.domain import DeadlineKind, EventKind, Role, Task, TaskEvent, TaskStatus
from handlers.errors import DomainError, NotAllowed
from handlers.messages import Reply
from handlers.ports import UnitOfWork, UnitOfWorkFactory
from handlers.render import fmt_date


@dataclass(frozen=True, slots=True)
class ReviewReport:
    task_id: int
    approve: bool
    reason: str | None = None


async def review_report(
    cmd: ReviewReport, *, asker: Asker, uow_factory: UnitOfWorkFactory
) -> Reply:
    if not asker.can_review:
        raise NotAllowed("Chỉ lãnh đạo hoặc Văn phòng mới xác nhận, trả lại hay duyệt gia hạn.")
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        if task.status is TaskStatus.REPORTED:
            reply = await _decide_report(uow, task, cmd, asker)
        elif task.requested_deadline is not None:
            reply = await _decide_extension(uow, task, cmd, asker)
        elif task.status is TaskStatus.DONE:
            raise DomainError(f"Việc #{task.id} đã hoàn thành rồi.")
        else:
            raise DomainError(
                f"Việc #{task.id} chưa được báo hoàn thành và không có đề nghị gia hạn nào."
            )
        await uow.commit()
    return reply


async def _decide_report(uow: UnitOfWork, task: Task, cmd: ReviewReport, asker: Asker) -> Reply:
    events = await uow.events.for_task(task.id)
    reporter = next((e.actor_id for e in reversed(events) if e.kind is EventKind.REPORTED), None)
    if cmd.approve and reporter == asker.official.id and not asker.official.has(Role.ADMIN):
        raise NotAllowed("Bạn không thể tự xác nhận báo cáo của chính mình.")
    reason = (cmd.reason or "").strip()
    if cmd.approve:
        updated = dataclasses.replace(task, status=TaskStatus.DONE)
        kind, text = EventKind.CONFIRMED, f"Đã xác nhận hoàn thành việc #{task.id}."
    else:
        updated = dataclasses.replace(task, status=TaskStatus.OPEN, completed_on=None)
        kind = EventKind.REJECTED
        text = f"Đã trả lại việc #{task.id}" + (f": {reason}" if reason else ".")
    await uow.tasks.save(updated)
    await uow.events.add(
        TaskEvent(task.id, kind, asker.now, asker.official.id, asker.channel, reason)
    )
    return Reply(text)


async def _decide_extension(uow: UnitOfWork, task: Task, cmd: ReviewReport, asker: Asker) -> Reply:
    new = task.requested_deadline
    assert new is not None
    reason = (cmd.reason or "").strip()
    if cmd.approve:
        updated = dataclasses.replace(
            task,
            deadline=new,
            deadline_kind=DeadlineKind.ON_DATE,
            deadline_phrase=f"gia hạn đến ngày {fmt_date(new)}",
            requested_deadline=None,
        )
        kind = EventKind.EXTENSION_APPROVED
        text = f"Đã gia hạn việc #{task.id} đến {fmt_date(new)}."
    else:
        updated = dataclasses.replace(task, requested_deadline=None)
        kind = EventKind.EXTENSION_REFUSED
        text = f"Không đồng ý gia hạn việc #{task.id}; hạn vẫn là {fmt_date(task.deadline)}."
    await uow.tasks.save(updated)
    data = {"old": task.deadline.isoformat() if task.deadline else None, "new": new.isoformat()}
    await uow.events.add(
        TaskEvent(task.id, kind, asker.now, asker.official.id, asker.channel, reason, data)
    )
    return Reply(text)
