"""Attach photos or files sent after a report to that report, as evidence."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.context import Asker, owns_lead, visible_task
from handlers.domain import EventKind, Evidence, EvidenceKind, TaskEvent, TaskStatus
from handlers.errors import DomainError
from handlers.messages import Attachment, Reply
from handlers.ports import UnitOfWorkFactory


@dataclass(frozen=True, slots=True)
class AddEvidence:
    task_id: int
    attachments: tuple[Attachment, ...]
    caption: str = ""


async def add_evidence(cmd: AddEvidence, *, asker: Asker, uow_factory: UnitOfWorkFactory) -> Reply:
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        if not owns_lead(asker, task) or task.status is not TaskStatus.REPORTED:
            raise DomainError(
                "Tệp/ảnh này chưa gắn được với việc nào. Gõ «xong N» kèm tệp để báo hoàn thành."
            )
        event = await uow.events.add(
            TaskEvent(
                task.id,
                EventKind.NOTE,
                asker.now,
                asker.official.id,
                asker.channel,
                cmd.caption.strip(),
                {"attachments": len(cmd.attachments)},
            )
        )
        for item in cmd.attachments:
            kind = EvidenceKind.IMAGE if item.kind == "image" else EvidenceKind.FILE
            await uow.evidence.add(
                Evidence(task.id, kind, item.ref, item.name or cmd.caption, event_id=event.id)
            )
        await uow.commit()
    return Reply(f"Đã thêm {len(cmd.attachments)} minh chứng cho việc #{task.id}.")
