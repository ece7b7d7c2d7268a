"""Show one task: text, source notice and item, lead/support, deadline, evidence and history."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.ask import ask
from handlers.context import Asker, visible_task
from handlers.domain import TaskStatus
from handlers.messages import Button, Reply
from handlers.ports import UnitOfWorkFactory
from handlers.render import task_detail
from handlers.turn import Turn


@dataclass(frozen=True, slots=True)
class ShowTask:
    task_id: int


async def show_task(cmd: ShowTask, *, asker: Asker, uow_factory: UnitOfWorkFactory) -> Reply:
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        notice = await uow.notices.get(task.notice_id) if task.notice_id else None
        events = await uow.events.for_task(task.id)
        evidence = await uow.evidence.for_task(task.id)
        # A fanned-out group: the first task, and the others pointing at it.
        root = await uow.tasks.get(task.parent_id) if task.parent_id else task
        siblings = [root, *await uow.tasks.children(root.id)] if root else []
    text = task_detail(
        task,
        directory=asker.directory,
        notice=notice,
        events=events,
        evidence=evidence,
        siblings=siblings,
        today=asker.today,
        soon_until=asker.soon_until,
        tz=asker.now.tzinfo,
    )
    buttons: list[Button] = []
    if task.status is TaskStatus.OPEN:
        buttons.append(Button("Báo xong", f"xong {task.id}"))
    if task.status is TaskStatus.REPORTED and asker.can_review:
        buttons += [Button("Duyệt", f"duyệt {task.id}"), Button("Trả lại", f"trả lại {task.id}")]
    return Reply(text, tuple(buttons))


async def on_detail(turn: Turn) -> Reply:
    """«xem N»; a bare «việc N» on a report that waits for the asker's decision asks whether
    to look at it or to decide it."""
    asker = turn.asker
    if turn.meaning.bare:
        async with turn.uow_factory() as uow:
            task = await visible_task(uow, turn.task_id, asker)
        n = task.id
        if task.status is TaskStatus.REPORTED and asker.can_review:
            return await ask(
                turn,
                f"Việc #{n} đang chờ duyệt. Bạn muốn:",
                [
                    (f"Xem việc {n}", f"xem {n}"),
                    (f"Duyệt việc {n}", f"/duyetbaocao {n}"),
                    (f"Trả lại việc {n}", f"/tralaibaocao {n}"),
                ],
            )
    return await show_task(ShowTask(turn.task_id), asker=asker, uow_factory=turn.uow_factory)
