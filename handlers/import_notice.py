"""Turn an extracted notice into tasks: preview the plan, then save it in one transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from handlers.assignees import resolve_assignee
from handlers.directory import Directory
from handlers.domain import (
    DeadlineKind,
    EventKind,
    NewTask,
    NoticeId,
    OfficialId,
    OutboxMessage,
    Recurrence,
    TaskEvent,
    TaskId,
    UnitId,
)
from handlers.errors import DomainError
from handlers.ports import NewNotice, UnitOfWorkFactory
from notices.text import fold_key


@dataclass(frozen=True, slots=True)
class TaskDraft:
    """One extracted assignment, as in the `parse --json` contract (names, not ids)."""

    ref: str
    text: str
    lead: tuple[str, ...]
    support: tuple[str, ...] = ()
    directing: tuple[str, ...] = ()
    deadline: date | None = None
    deadline_kind: DeadlineKind = DeadlineKind.NONE
    deadline_phrase: str | None = None
    recurrence: Recurrence | None = None
    criteria: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NoticeDraft:
    doc_number: str | None
    doc_type: str | None
    issued_date: date | None
    issuer: str | None
    title: str
    signer: str | None
    signer_title: str | None
    tasks: tuple[TaskDraft, ...]
    source_name: str | None = None

    def fingerprint(self) -> str:
        """Same content, same fingerprint: re-importing a notice changes nothing."""
        body = asdict(self)
        body.pop("source_name")
        raw = json.dumps(body, default=str, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(raw.encode()).hexdigest()


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def draft_from_contract(data: Mapping[str, Any], source_name: str | None = None) -> NoticeDraft:
    """Read the JSON shape of `nhacviec parse --json` (DESIGN §8)."""
    tasks = tuple(
        TaskDraft(
            ref=str(t.get("ref") or ""),
            text=str(t["text"]),
            lead=tuple(t.get("lead") or ()),
            support=tuple(t.get("support") or ()),
            directing=tuple(t.get("directing") or ()),
            deadline=_date(t.get("deadline")),
            deadline_kind=DeadlineKind(t.get("deadline_kind") or "none"),
            deadline_phrase=t.get("deadline_phrase"),
            recurrence=Recurrence(t["recurrence"]) if t.get("recurrence") else None,
            criteria=tuple(t.get("criteria") or ()),
        )
        for t in data.get("tasks", [])
    )
    return NoticeDraft(
        doc_number=data.get("doc_number"),
        doc_type=data.get("doc_type"),
        issued_date=_date(data.get("issued_date")),
        issuer=data.get("issuer"),
        title=str(data.get("title") or ""),
        signer=data.get("signer"),
        signer_title=data.get("signer_title"),
        tasks=tasks,
        source_name=source_name,
    )


@dataclass(frozen=True, slots=True)
class PlannedTask:
    draft: TaskDraft
    lead_unit_ids: tuple[UnitId, ...]
    support_unit_ids: tuple[UnitId, ...]
    directing_official_id: OfficialId | None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    notice: NoticeDraft
    tasks: tuple[PlannedTask, ...]
    unresolved: tuple[str, ...] = field(default=())

    @property
    def task_count(self) -> int:
        return sum(len(t.lead_unit_ids) for t in self.tasks)

    @property
    def unit_count(self) -> int:
        return len({u for t in self.tasks for u in t.lead_unit_ids})

    def preview(self, directory: Directory) -> str:
        lines = [
            f"Thông báo: {self.notice.title[:160]}",
            f"Tìm thấy {self.task_count} việc cho {self.unit_count} đơn vị.",
        ]
        if self.unresolved:
            lines.append(
                f"{len(self.unresolved)} tên chưa khớp đơn vị nào: " + "; ".join(self.unresolved)
            )
        for planned in self.tasks[:30]:
            units = ", ".join(directory.unit_name(u) for u in planned.lead_unit_ids) or "?"
            lines.append(f"- {planned.draft.ref or '·'} {units}: {planned.draft.text[:70]}")
        return "\n".join(lines)


def _directing(names: Sequence[str], directory: Directory) -> OfficialId | None:
    wanted = {fold_key(n) for n in names}
    for official in directory.officials.values():
        if fold_key(official.name) in wanted:
            return official.id
    return None


def plan_import(notice: NoticeDraft, directory: Directory, issuer: UnitId | None) -> ImportPlan:
    """Resolve every name; what does not resolve is listed, never guessed."""
    planned: list[PlannedTask] = []
    unresolved: list[str] = []
    for draft in notice.tasks:
        leads: list[UnitId] = []
        for name in draft.lead:
            found = resolve_assignee(name, directory, issuer, notice.issued_date)
            if not found:
                unresolved.append(name)
            leads += [u for u in found if u not in leads]
        support: list[UnitId] = []
        for name in draft.support:
            found = resolve_assignee(name, directory, issuer, notice.issued_date)
            support += [u for u in found if u not in support and u not in leads]
        planned.append(
            PlannedTask(
                draft, tuple(leads), tuple(support), _directing(draft.directing, directory)
            )
        )
    return ImportPlan(notice, tuple(planned), tuple(dict.fromkeys(unresolved)))


@dataclass(frozen=True, slots=True)
class ImportResult:
    notice_id: NoticeId
    created: int
    already_imported: bool


async def import_notice(
    plan: ImportPlan,
    *,
    directory: Directory,
    uow_factory: UnitOfWorkFactory,
    now: datetime,
    actor_id: OfficialId | None,
    channel: str,
) -> ImportResult:
    """Save the plan in one transaction; a group assignment becomes one task per unit, the
    later ones pointing at the first through `parent_id`. Lead units' officials are told
    through the outbox."""
    if not plan.tasks:
        raise DomainError("Không tìm thấy việc nào được giao trong thông báo này.")
    notice = plan.notice
    fingerprint = notice.fingerprint()
    async with uow_factory() as uow:
        existing = await uow.notices.by_fingerprint(fingerprint)
        if existing is not None:
            return ImportResult(existing.id, 0, already_imported=True)
        saved = await uow.notices.add(
            NewNotice(
                fingerprint,
                notice.doc_number,
                notice.doc_type,
                notice.issued_date,
                notice.issuer,
                notice.title,
                notice.signer,
                notice.signer_title,
                notice.source_name,
            )
        )
        per_unit: dict[UnitId, int] = {}
        created = 0
        for planned in plan.tasks:
            parent: TaskId | None = None
            for unit_id in planned.lead_unit_ids:
                draft = planned.draft
                task = await uow.tasks.add(
                    NewTask(
                        item_ref=draft.ref,
                        text=draft.text,
                        lead_unit_id=unit_id,
                        deadline=draft.deadline,
                        deadline_kind=draft.deadline_kind,
                        notice_id=saved.id,
                        deadline_phrase=draft.deadline_phrase,
                        recurrence=draft.recurrence,
                        criteria=draft.criteria,
                        support_unit_ids=planned.support_unit_ids,
                        directing_official_id=planned.directing_official_id,
                        directing_name=", ".join(draft.directing) or None,
                        parent_id=parent,
                    )
                )
                if parent is None:
                    parent = task.id
                await uow.events.add(
                    TaskEvent(task.id, EventKind.CREATED, now, actor_id, channel, "")
                )
                per_unit[unit_id] = per_unit.get(unit_id, 0) + 1
                created += 1
        for official in directory.officials.values():
            count = per_unit.get(official.unit_id)
            if count and official.active:
                await uow.outbox.add_once(
                    OutboxMessage(
                        rule="new_tasks",
                        recipient_id=official.id,
                        period=f"notice-{saved.id}",
                        text=(
                            f"{directory.unit_name(official.unit_id)} có {count} việc mới từ "
                            f"thông báo «{notice.title[:100]}». Gõ «việc của tôi» để xem."
                        ),
                        due_at=now,
                    )
                )
        await uow.commit()
    return ImportResult(saved.id, created, already_imported=False)
