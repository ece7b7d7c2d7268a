"""Ask for a later deadline; a reviewer's own request takes effect at once, history kept."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from handlers.context import Asker, owns_lead, visible_task
from handlers.domain import DeadlineKind, EventKind, TaskEvent, TaskStatus
from handlers.errors import DomainError, NotAllowed
from handlers.messages import Reply
from handlers.notify import notify_reviewers
from handlers.ports import UnitOfWorkFactory
from handlers.render import fmt_date, summary


@dataclass(frozen=True, slots=True)
class RequestExtension:
    task_id: int
    new_deadline: date
    reason: str | None = None


async def request_extension(
    cmd: RequestExtension, *, asker: Asker, uow_factory: UnitOfWorkFactory
) -> Reply:
    reason = (cmd.reason or "").strip()
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        if not owns_lead(asker, task):
            raise NotAllowed("Chỉ đơn vị chủ trì hoặc lãnh đạo mới đề nghị gia hạn việc này.")
        if task.status not in (TaskStatus.OPEN, TaskStatus.REPORTED):
            raise DomainError(f"Việc #{task.id} không còn thực hiện, không cần gia hạn.")
        if cmd.new_deadline <= asker.today or (
            task.deadline and cmd.new_deadline <= task.deadline
        ):
            raise DomainError(
                f"Hạn mới {fmt_date(cmd.new_deadline)} phải sau hôm nay và sau hạn hiện tại "
                f"({fmt_date(task.deadline)})."
            )
        data = {
            "old": task.deadline.isoformat() if task.deadline else None,
            "new": cmd.new_deadline.isoformat(),
        }
        direct = asker.can_review and task.lead_unit_id != asker.official.unit_id
        if direct:
            updated = dataclasses.replace(
                task,
                deadline=cmd.new_deadline,
                deadline_kind=DeadlineKind.ON_DATE,
                deadline_phrase=f"gia hạn đến ngày {fmt_date(cmd.new_deadline)}",
                requested_deadline=None,
            )
            kind = EventKind.EXTENSION_APPROVED
            text = f"Đã gia hạn việc #{task.id} đến {fmt_date(cmd.new_deadline)}."
        else:
            updated = dataclasses.replace(task, requested_deadline=cmd.new_deadline)
            kind = EventKind.EXTENSION_REQUESTED
            text = (
                f"Đã gửi đề nghị gia hạn việc #{task.id} đến {fmt_date(cmd.new_deadline)}. "
                "Lãnh đạo sẽ xem xét."
            )
        await uow.tasks.save(updated)
        event = await uow.events.add(
            TaskEvent(task.id, kind, asker.now, asker.official.id, asker.channel, reason, data)
        )
        if not direct:
            await notify_reviewers(
                uow,
                directory=asker.directory,
                task=task,
                rule="extension",
                period=f"task-{task.id}-event-{event.id}",
                text=(
                    f"{asker.official.name} đề nghị gia hạn việc #{task.id} "
                    f"({summary(task.text, 80)}) từ {fmt_date(task.deadline)} đến "
                    f"{fmt_date(cmd.new_deadline)}"
                    + (f": {reason}" if reason else "")
                    + f"\nGõ «duyệt {task.id}» hoặc «trả lại {task.id} lý do»."
                ),
                now=asker.now,
                exclude=asker.official.id,
            )
        await uow.commit()
    return Reply(text)
