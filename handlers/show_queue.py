"""What waits for a decision in the asker's scope — reports to confirm and extension requests —
oldest first, each with who submitted what and when, its evidence, and the words to decide it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from handlers.context import Asker
from handlers.domain import EventKind, Task, TaskEvent, TaskStatus, fmt_date
from handlers.messages import Reply
from handlers.ports import TaskQuery, UnitOfWork
from handlers.render import summary
from handlers.turn import Turn

SHOWN = 10  # items in one answer; the rest are counted
FETCHED = 100  # awaiting items read to find the oldest


@dataclass(frozen=True, slots=True)
class Waiting:
    at: datetime
    task: Task
    event: TaskEvent
    evidence: int


async def on_queue(turn: Turn) -> Reply:
    asker = turn.asker
    query = TaskQuery(scope=asker.scope, awaiting_decision=True, limit=FETCHED)
    async with turn.uow_factory() as uow:
        page = await uow.tasks.find(query)
        waiting = [w for task in page.items for w in await _waiting(uow, task)]
    waiting.sort(key=lambda w: (w.at, w.task.id))
    if not waiting:
        return Reply("Không có báo cáo hay đề nghị gia hạn nào đang chờ duyệt.")
    title = "Chờ bạn duyệt" if asker.can_review else "Đang chờ lãnh đạo duyệt"
    lines = [f"{title} — {len(waiting)} mục, cũ nhất trước", ""]
    for n, item in enumerate(waiting[:SHOWN], 1):
        lines += [*_item(n, item, asker), ""]
    if len(waiting) > SHOWN:
        lines.append(f"… và {len(waiting) - SHOWN} mục khác.")
    return Reply("\n".join(lines).rstrip())


async def _waiting(uow: UnitOfWork, task: Task) -> list[Waiting]:
    events = await uow.events.for_task(task.id)
    found = []
    if task.status is TaskStatus.REPORTED:
        report = _last(events, EventKind.REPORTED)
        if report is not None and report.id is not None:
            since = {e.id for e in events if e.id is not None and e.id >= report.id}
            evidence = [e for e in await uow.evidence.for_task(task.id) if e.event_id in since]
            found.append(Waiting(report.at, task, report, len(evidence)))
    if task.requested_deadline is not None:
        request = _last(events, EventKind.EXTENSION_REQUESTED)
        if request is not None:
            found.append(Waiting(request.at, task, request, 0))
    return found


def _last(events: list[TaskEvent], kind: EventKind) -> TaskEvent | None:
    return next((e for e in reversed(events) if e.kind is kind), None)


def _item(n: int, item: Waiting, asker: Asker) -> list[str]:
    task, event, directory = item.task, item.event, asker.directory
    who = directory.official(event.actor_id)
    name = who.name if who else "—"
    when = event.at.astimezone(asker.now.tzinfo).strftime("%d/%m/%Y %H:%M")
    head = f"{n}) #{task.id} {summary(task.text, 90)} — {directory.unit_name(task.lead_unit_id)}"
    said = f": «{summary(event.message, 100)}»" if event.message else ""
    if event.kind is EventKind.REPORTED:
        proof = f" · {item.evidence} minh chứng" if item.evidence else " · chưa có minh chứng"
        return [
            head,
            f"   {name} báo xong {when}{said}{proof}",
            f"   Gõ «duyệt {task.id}» hoặc «trả lại {task.id} lý do».",
        ]
    return [
        head,
        f"   {name} xin gia hạn đến {fmt_date(task.requested_deadline)} "
        f"(hạn hiện tại {fmt_date(task.deadline)}) {when}{said}",
        f"   Gõ «đồng ý gia hạn {task.id}» hoặc «không đồng ý gia hạn {task.id} vì …».",
    ]
