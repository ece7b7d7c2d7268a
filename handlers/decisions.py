"""A decision about a task, saved and told: the transition's task and events are recorded and
the people it concerns get one message per event, in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from handlers.context import Asker, record
from handlers.directory import Directory
from handlers.domain import Change, EventKind, Task, TaskEvent, TaskStatus, UnitId, fmt_date
from handlers.notify import notify_decision
from handlers.ports import UnitOfWork
from handlers.render import summary


async def decide(
    uow: UnitOfWork, asker: Asker, change: Change, *, units: Iterable[UnitId] = ()
) -> list[TaskEvent]:
    """Record the change and queue what each of its events tells the task's people."""
    events = await record(uow, change)
    for event in events:
        text = told(change.task, event, asker.official.name, asker.directory)
        if text is not None:
            await notify_decision(
                uow,
                directory=asker.directory,
                task=change.task,
                event=event,
                text=text,
                units=units,
            )
    return events


def told(task: Task, event: TaskEvent, actor: str, directory: Directory) -> str | None:
    """The message a decision sends to the task's people; None for events nobody is told of."""
    n, what = task.id, summary(task.text, 80)
    why = f": {event.message}" if event.message else ""
    data, kind = event.data, event.kind
    if kind is EventKind.CONFIRMED:
        return f"{actor} đã xác nhận hoàn thành việc #{n} ({what})."
    if kind is EventKind.REJECTED:
        return (
            f"{actor} trả lại việc #{n} ({what}){why}.\n"
            f"Làm tiếp rồi gõ «xong {n} …»; gửi thêm minh chứng bằng ảnh/tệp kèm «việc {n}»."
        )
    if kind is EventKind.EXTENSION_APPROVED:
        return f"Việc #{n} ({what}) được gia hạn đến {_day(data.get('new'))}{why}."
    if kind is EventKind.EXTENSION_REFUSED:
        return (
            f"{actor} không đồng ý gia hạn việc #{n} ({what}){why}; "
            f"hạn vẫn là {_day(data.get('old'))}."
        )
    if kind is EventKind.REASSIGNED:
        unit = directory.unit_name(data.get("to"))
        return f"Việc #{n} ({what}) chuyển sang {unit} chủ trì{why}."
    if kind is EventKind.DELEGATED:
        person = directory.official(data.get("to"))
        name = person.name if person else "cán bộ"
        return f"{actor} giao việc #{n} cho {name}: {what} — hạn {fmt_date(task.deadline)}."
    if kind is EventKind.STATUS_CHANGED and data.get("to") == TaskStatus.CANCELLED.value:
        return f"Việc #{n} ({what}) đã hủy{why}."
    if kind is EventKind.STATUS_CHANGED and data.get("to") == TaskStatus.OPEN.value:
        return f"Việc #{n} ({what}) được mở lại{why}."
    if kind is EventKind.EDITED:
        field = data.get("field")
        if field == "deadline":
            return f"Hạn việc #{n} ({what}) đổi thành {_day(data.get('new'))}{why}."
        if field == "support":
            names = ", ".join(directory.unit_name(u) for u in task.support_unit_ids) or "không"
            return f"Đơn vị phối hợp việc #{n} ({what}) nay là: {names}."
        if field == "text":
            return f"Nội dung việc #{n} được sửa: {summary(task.text, 160)}"
    return None


def _day(iso: object) -> str:
    return fmt_date(date.fromisoformat(iso)) if isinstance(iso, str) else "—"
