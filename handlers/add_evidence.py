"""Attach photos or files sent after a report to that report, as evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from handlers.collect_pages import is_page
from handlers.context import Asker, owns_lead, visible_task
from handlers.domain import EventKind, Evidence, EvidenceKind, Role, TaskEvent, TaskStatus
from handlers.errors import DomainError
from handlers.import_dialog import ImportDialog, admin_only
from handlers.messages import Attachment, Reply
from handlers.nlu import Intent
from handlers.notify import notify_reviewers
from handlers.ports import UnitOfWorkFactory
from handlers.report_done import LAST_REPORT
from handlers.turn import Turn

EVIDENCE_WINDOW = timedelta(minutes=30)  # a photo this soon after «xong N» belongs to N
_UNATTACHED = "Tệp/ảnh này chưa gắn được với việc nào. Gõ «xong N» kèm tệp để báo hoàn thành."


@dataclass(frozen=True, slots=True)
class AddEvidence:
    task_id: int
    attachments: tuple[Attachment, ...]
    caption: str = ""


async def add_evidence(cmd: AddEvidence, *, asker: Asker, uow_factory: UnitOfWorkFactory) -> Reply:
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        if not owns_lead(asker, task):
            raise DomainError(_UNATTACHED)
        if task.status is not TaskStatus.REPORTED:
            raise DomainError(
                f"Việc #{task.id} {task.status.label}: minh chứng bổ sung được khi việc đã báo "
                f"hoàn thành và đang chờ xác nhận. Gõ «xong {task.id}» kèm tệp để báo hoàn thành."
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
        await notify_reviewers(
            uow,
            directory=asker.directory,
            task=task,
            rule="evidence",
            period=f"task-{task.id}-event-{event.id}",
            text=(
                f"{asker.official.name} bổ sung {len(cmd.attachments)} minh chứng cho việc "
                f"#{task.id} đang chờ xác nhận. Gõ «xem {task.id}» để xem."
            ),
            now=asker.now,
            exclude=asker.official.id,
        )
        await uow.commit()
    return Reply(f"Đã thêm {len(cmd.attachments)} minh chứng cho việc #{task.id}.")


async def on_attachments(turn: Turn) -> Reply:
    """Where a file or photo goes. Evidence when the message names a task («minh chứng việc
    12»); an import when the admin said so («nhập thông báo» as the caption, or «/nhap» just
    before); evidence again when it comes within 30 minutes of «xong N»; otherwise an admin's
    notice file starts an import preview, and anyone else is told how to attach it. An admin's
    photos of pages are kept as the pages of one notice while they come in a row (the same
    album, or within the page window, with no report in between) and read together."""
    asker, incoming = turn.asker, turn.incoming
    if turn.meaning.task_id is not None:  # "minh chứng việc 12" with the photo
        cmd = AddEvidence(turn.meaning.task_id, incoming.attachments, incoming.text)
        return await add_evidence(cmd, asker=asker, uow_factory=turn.uow_factory)
    imports = turn.services.imports
    document = next((a for a in incoming.attachments if ImportDialog.is_notice_file(a)), None)
    pages = tuple(a for a in incoming.attachments if is_page(a))
    admin = asker.official.has(Role.ADMIN)
    last = await turn.recall(LAST_REPORT)
    batch = await imports.pages.open_batch(turn.key, asker.now) if admin else None
    if (
        pages
        and batch is not None
        and imports.pages.continues(batch, incoming.group, asker.now)
        and (last is None or last[1] <= batch.last)  # no report since the last page
    ):
        return await imports.pages.add(turn.key, asker, pages, incoming.group)
    asked = turn.meaning.intent is Intent.IMPORT or await imports.awaits_document(
        turn.key, asker.now
    )
    if document is not None and asked:
        return await _import(turn, document, pages)
    if last is not None and asker.now - last[1] <= EVIDENCE_WINDOW:
        cmd = AddEvidence(last[0], incoming.attachments, incoming.text)
        return await add_evidence(cmd, asker=asker, uow_factory=turn.uow_factory)
    if document is not None and admin:
        return await _import(turn, document, pages)
    return Reply(_UNATTACHED)


async def _import(turn: Turn, document: Attachment, pages: tuple[Attachment, ...]) -> Reply:
    """A notice file is read at once; photos of pages wait for the pages that follow them."""
    imports = turn.services.imports
    if pages:
        admin_only(turn.asker)
        await imports.forget_paste_request(turn.key)
        return await imports.pages.add(turn.key, turn.asker, pages, turn.incoming.group)
    return await imports.from_file(turn.key, turn.asker, document, turn.say_now)
