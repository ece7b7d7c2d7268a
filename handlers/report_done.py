"""Staff report a task done, with an optional note and evidence: it waits for confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.context import Asker, owns_lead, record, visible_task
from handlers.domain import Evidence, EvidenceKind
from handlers.errors import NotAllowed
from handlers.memory import Slot
from handlers.messages import Attachment, Reply
from handlers.notify import notify_reviewers
from handlers.ports import JsonValue, UnitOfWorkFactory
from handlers.render import fmt_date, summary
from handlers.turn import Turn


@dataclass(frozen=True, slots=True)
class ReportDone:
    task_id: int
    note: str | None
    attachments: tuple[Attachment, ...] = ()


def _report_to_json(value: tuple[int, datetime]) -> JsonValue:
    return [value[0], value[1].isoformat()]


def _report_from_json(raw: JsonValue) -> tuple[int, datetime]:
    if not isinstance(raw, list) or len(raw) != 2:
        raise TypeError("a last report is [task id, time]")
    task_id, at = raw
    if not isinstance(task_id, int) or not isinstance(at, str):
        raise TypeError("a last report is [task id, time]")
    return task_id, datetime.fromisoformat(at)


# The task a chat last reported done, and when: a photo sent soon after is its evidence
# (add_evidence.EVIDENCE_WINDOW, 30 minutes: the slot lasts just as long).
LAST_REPORT: Slot[tuple[int, datetime]] = Slot(
    "last_report", timedelta(minutes=30), _report_to_json, _report_from_json
)


async def on_done(turn: Turn) -> Reply:
    cmd = ReportDone(turn.task_id, turn.meaning.note, turn.incoming.attachments)
    reply = await report_done(cmd, asker=turn.asker, uow_factory=turn.uow_factory)
    await turn.remember(LAST_REPORT, (cmd.task_id, turn.asker.now))
    return reply


async def report_done(cmd: ReportDone, *, asker: Asker, uow_factory: UnitOfWorkFactory) -> Reply:
    async with uow_factory() as uow:
        task = await visible_task(uow, cmd.task_id, asker)
        if not owns_lead(asker, task):
            raise NotAllowed(
                f"Việc #{task.id} do {asker.directory.unit_name(task.lead_unit_id)} chủ trì; "
                "chỉ đơn vị chủ trì mới báo hoàn thành."
            )
        note = (cmd.note or "").strip()
        (event,) = await record(uow, task.report(asker.act, note, len(cmd.attachments)))
        if note:
            await uow.evidence.add(Evidence(task.id, EvidenceKind.NOTE, note, event_id=event.id))
        for item in cmd.attachments:
            kind = EvidenceKind.IMAGE if item.kind == "image" else EvidenceKind.FILE
            await uow.evidence.add(Evidence(task.id, kind, item.ref, item.name, event_id=event.id))
        unit = asker.directory.unit_name(task.lead_unit_id)
        await notify_reviewers(
            uow,
            directory=asker.directory,
            task=task,
            rule="reported",
            period=f"task-{task.id}-event-{event.id}",
            text=(
                f"{asker.official.name} ({unit}) báo hoàn thành việc #{task.id}: "
                f"{summary(task.text, 100)}"
                + (f"\nGhi chú: {summary(note, 200)}" if note else "")
                + f"\nGõ «duyệt {task.id}» hoặc «trả lại {task.id} lý do»."
            ),
            now=asker.now,
            exclude=asker.official.id,
        )
        await uow.commit()
    evidence = len(cmd.attachments) + (1 if note else 0)
    extra = f" Đã lưu {evidence} minh chứng." if evidence else ""
    return Reply(
        f"Đã ghi nhận báo cáo hoàn thành việc #{task.id} ngày {fmt_date(asker.today)}."
        f"{extra} Việc đang chờ lãnh đạo xác nhận."
    )
