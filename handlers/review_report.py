"""A reviewer confirms or returns a reported task, or decides a pending extension request."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.ask import ask
from handlers.context import Asker, visible_task
from handlers.decisions import decide
from handlers.domain import Change, Role, Task, TaskStatus
from handlers.errors import DomainError, NotAllowed
from handlers.messages import Reply
from handlers.nlu import Intent
from handlers.notify import reporter_of
from handlers.ports import UnitOfWork, UnitOfWorkFactory
from handlers.render import fmt_date
from handlers.turn import Turn


@dataclass(frozen=True, slots=True)
class ReviewReport:
    task_id: int
    approve: bool
    reason: str | None = None


async def on_review(turn: Turn) -> Reply:
    """«duyệt N» approves, «trả lại N lý do» returns (a report, else a pending extension).
    When both a report and an extension wait on the task and the words do not say which,
    the bot asks."""
    approve = turn.meaning.intent is Intent.CONFIRM
    if not turn.meaning.sure and turn.asker.can_review:
        async with turn.uow_factory() as uow:
            task = await visible_task(uow, turn.task_id, turn.asker)
        if task.status is TaskStatus.REPORTED and task.requested_deadline is not None:
            n, new = task.id, fmt_date(task.requested_deadline)
            reason = f" {turn.meaning.note}" if turn.meaning.note else ""
            if approve:
                choices = [
                    (f"Xác nhận hoàn thành việc {n}", f"/duyetbaocao {n}"),
                    (f"Đồng ý gia hạn việc {n} đến {new}", f"/duyetgiahan {n}"),
                ]
            else:
                choices = [
                    (f"Trả lại báo cáo hoàn thành việc {n}", f"/tralaibaocao {n}{reason}"),
                    (f"Không đồng ý gia hạn việc {n}", f"/tuchoigiahan {n}{reason}"),
                ]
            question = f"Việc #{n} đang chờ duyệt cả báo cáo và đề nghị gia hạn:"
            return await ask(turn, question, choices)
    cmd = ReviewReport(turn.task_id, approve, turn.meaning.note)
    return await review_report(cmd, asker=turn.asker, uow_factory=turn.uow_factory)


async def on_decide_extension(turn: Turn) -> Reply:
    """«đồng ý gia hạn N», «không đồng ý gia hạn N vì …»: the extension, never the report."""
    asker = turn.asker
    if not asker.can_review:
        raise NotAllowed("Chỉ lãnh đạo hoặc Văn phòng mới duyệt đề nghị gia hạn.")
    approve = turn.meaning.approve is not False
    async with turn.uow_factory() as uow:
        task = await visible_task(uow, turn.task_id, asker)
        change, text = _decide_extension(task, approve, (turn.meaning.note or "").strip(), asker)
        await decide(uow, asker, change)
        await uow.commit()
    return Reply(text)


async def review_report(
    cmd: ReviewReport, *, asker: Asker, uow_factory: UnitOfWorkFactory
) -> Reply:
    if not asker.can_review:
        raise NotAllowed("Chỉ lãnh đạo hoặc Văn phòng mới xác nhận, trả lại hay duyệt gia hạn.")
    reason = (cmd.reason or "").strip()
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        if task.status is TaskStatus.REPORTED:
            change, text = await _decide_report(uow, task, cmd.approve, reason, asker)
        elif task.requested_deadline is not None:
            change, text = _decide_extension(task, cmd.approve, reason, asker)
        elif task.status is TaskStatus.DONE:
            raise DomainError(f"Việc #{task.id} đã hoàn thành rồi.")
        else:
            raise DomainError(
                f"Việc #{task.id} chưa được báo hoàn thành và không có đề nghị gia hạn nào."
            )
        await decide(uow, asker, change)
        await uow.commit()
    return Reply(text)


async def _decide_report(
    uow: UnitOfWork, task: Task, approve: bool, reason: str, asker: Asker
) -> tuple[Change, str]:
    if approve:
        reporter = await reporter_of(uow, task.id)
        change = task.confirm(asker.act, reporter, by_admin=asker.official.has(Role.ADMIN))
        return change, f"Đã xác nhận hoàn thành việc #{task.id}."
    text = f"Đã trả lại việc #{task.id}" + (f": {reason}" if reason else ".")
    return task.return_(asker.act, reason), text


def _decide_extension(task: Task, approve: bool, reason: str, asker: Asker) -> tuple[Change, str]:
    change = task.decide_extension(asker.act, approve, reason)
    if approve:
        return change, f"Đã gia hạn việc #{task.id} đến {fmt_date(change.task.deadline)}."
    return change, f"Không đồng ý gia hạn việc #{task.id}; hạn vẫn là {fmt_date(task.deadline)}."
