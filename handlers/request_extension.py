"""Ask for a later deadline; a reviewer's own request takes effect at once, history kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handlers.context import Asker, owns_lead, visible_task
from handlers.decisions import decide
from handlers.domain import EventKind
from handlers.errors import NotAllowed
from handlers.messages import Reply
from handlers.notify import notify_reviewers
from handlers.ports import UnitOfWorkFactory
from handlers.render import fmt_date, summary
from handlers.turn import Turn


@dataclass(frozen=True, slots=True)
class RequestExtension:
    task_id: int
    new_deadline: date
    reason: str | None = None


async def on_extend(turn: Turn) -> Reply:
    new_deadline = turn.meaning.new_deadline
    if new_deadline is None:
        return Reply(f"Gia hạn đến ngày nào? Ví dụ: «gia hạn {turn.task_id} đến 15/12 vì …».")
    cmd = RequestExtension(turn.task_id, new_deadline, turn.meaning.note)
    return await request_extension(cmd, asker=turn.asker, uow_factory=turn.uow_factory)


async def request_extension(
    cmd: RequestExtension, *, asker: Asker, uow_factory: UnitOfWorkFactory
) -> Reply:
    reason = (cmd.reason or "").strip()
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        if not owns_lead(asker, task):
            raise NotAllowed("Chỉ đơn vị chủ trì hoặc lãnh đạo mới đề nghị gia hạn việc này.")
        # A reviewer above the lead unit decides extensions, so their own request is a decision.
        direct = asker.can_review and task.lead_unit_id != asker.official.unit_id
        change = task.request_extension(asker.act, cmd.new_deadline, reason, direct=direct)
        (event,) = await decide(uow, asker, change)
        if event.kind is EventKind.EXTENSION_APPROVED:
            text = f"Đã gia hạn việc #{task.id} đến {fmt_date(cmd.new_deadline)}."
        else:
            text = (
                f"Đã gửi đề nghị gia hạn việc #{task.id} đến {fmt_date(cmd.new_deadline)}. "
                "Lãnh đạo sẽ xem xét."
            )
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
