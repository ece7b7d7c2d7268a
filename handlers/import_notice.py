"""Turn a parsed notice into tasks: plan and preview, then save it all in one transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

from handlers.assignees import resolve_assignee
from handlers.create_occurrences import create_occurrences
from handlers.directory import Directory
from handlers.domain import (
    EventKind,
    NewTask,
    NoticeId,
    OfficialId,
    OutboxMessage,
    TaskEvent,
    TaskId,
    UnitId,
)
from handlers.errors import DomainError
from handlers.ports import NewNotice, UnitOfWorkFactory
from notices import ParsedNotice, ParsedTask
from notices.text import fold_key

PREVIEW_TASKS = 30


def fingerprint(notice: ParsedNotice) -> str:
    """Same content, same fingerprint: re-importing a notice changes nothing."""
    body = asdict(notice)
    body.pop("notes", None)
    raw = json.dumps(body, default=str, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class PlannedTask:
    parsed: ParsedTask
    lead_unit_ids: tuple[UnitId, ...]
    support_unit_ids: tuple[UnitId, ...]
    directing_official_id: OfficialId | None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    notice: ParsedNotice
    issuer: UnitId | None
    tasks: tuple[PlannedTask, ...]
    unresolved: tuple[str, ...] = ()
    mapping: Mapping[str, UnitId] = field(default_factory=dict)

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
        if self.issuer is None:
            lines.append(
                f"Chưa xác định được cơ quan ban hành «{self.notice.issuer or '?'}» trong tổ "
                "chức: các cụm «các xã», «các phòng» chưa được chia cho đơn vị nào."
            )
        else:
            lines.append(f"Cơ quan ban hành: {directory.unit_name(self.issuer)}")
        if self.unresolved:
            lines.append(
                f"{len(self.unresolved)} tên chưa khớp đơn vị nào (sẽ bỏ qua): "
                + "; ".join(f"«{n}»" for n in self.unresolved)
            )
        lines.append("")
        for planned in self.tasks[:PREVIEW_TASKS]:
            units = ", ".join(directory.unit_name(u) for u in planned.lead_unit_ids) or "?"
            when = planned.parsed.deadline_phrase or "không thời hạn"
            lines.append(
                f"- {planned.parsed.ref or '·'} {units} ({when}): {planned.parsed.text[:60]}…"
            )
        if len(self.tasks) > PREVIEW_TASKS:
            lines.append(f"… và {len(self.tasks) - PREVIEW_TASKS} mục khác")
        return "\n".join(lines)


def _directing(names: Sequence[str], directory: Directory) -> OfficialId | None:
    wanted = {fold_key(n) for n in names}
    for official in directory.officials.values():
        if fold_key(official.name) in wanted:
            return official.id
    return None


def find_issuer(notice: ParsedNotice, directory: Directory) -> UnitId | None:
    """The unit that issued the notice, when its name resolves to exactly one unit."""
    if not notice.issuer:
        return None
    found = resolve_assignee(notice.issuer, directory, None, notice.issued_date, fuzzy=False)
    return found[0] if len(found) == 1 else None


def plan_import(
    notice: ParsedNotice,
    directory: Directory,
    issuer: UnitId | None,
    mapping: Mapping[str, UnitId] | None = None,
) -> ImportPlan:
    """Resolve every name; what does not resolve is listed, never guessed. `mapping` holds the
    admin's corrections (folded name → unit) and wins over automatic matching."""
    fixes = {fold_key(k): v for k, v in (mapping or {}).items()}
    planned: list[PlannedTask] = []
    unresolved: list[str] = []

    def resolve(name: str) -> list[UnitId]:
        fixed = fixes.get(fold_key(name))
        if fixed is not None:
            return [fixed]
        return resolve_assignee(name, directory, issuer, notice.issued_date)

    for parsed in notice.tasks:
        leads: list[UnitId] = []
        for name in parsed.lead:
            found = resolve(name)
            if not found:
                unresolved.append(name)
            leads += [u for u in found if u not in leads]
        support: list[UnitId] = []
        for name in parsed.support:
            support += [u for u in resolve(name) if u not in support and u not in leads]
        planned.append(
            PlannedTask(
                parsed, tuple(leads), tuple(support), _directing(parsed.directing, directory)
            )
        )
    return ImportPlan(
        notice, issuer, tuple(planned), tuple(dict.fromkeys(unresolved)), dict(mapping or {})
    )


def with_mapping(plan: ImportPlan, name: str, unit_id: UnitId, directory: Directory) -> ImportPlan:
    """The admin's "sửa TÊN = ĐƠN VỊ": map one notice name to a unit and plan again."""
    return plan_import(plan.notice, directory, plan.issuer, {**plan.mapping, name: unit_id})


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
    source_name: str | None = None,
) -> ImportResult:
    """Save the plan in one transaction; a group assignment becomes one task per unit, the
    later ones pointing at the first through `parent_id`. Lead units' linked officials are
    told through the outbox."""
    if plan.task_count == 0:
        raise DomainError("Không có việc nào giao được cho đơn vị trong hệ thống; chưa nhập gì.")
    notice = plan.notice
    key = fingerprint(notice)
    async with uow_factory() as uow:
        existing = await uow.notices.by_fingerprint(key)
        if existing is not None:
            return ImportResult(existing.id, 0, already_imported=True)
        saved = await uow.notices.add(
            NewNotice(
                key,
                notice.doc_number,
                notice.doc_type,
                notice.issued_date,
                notice.issuer,
                notice.title,
                notice.signer,
                notice.signer_title,
                source_name,
            )
        )
        per_unit: dict[UnitId, int] = {}
        for planned in plan.tasks:
            parent: TaskId | None = None
            for unit_id in planned.lead_unit_ids:
                task = await uow.tasks.add(_new_task(planned, unit_id, saved.id, parent, now))
                parent = parent or task.id
                await uow.events.add(
                    TaskEvent(task.id, EventKind.CREATED, now, actor_id, channel, "")
                )
                per_unit[unit_id] = per_unit.get(unit_id, 0) + 1
        for official in directory.officials.values():
            count = per_unit.get(official.unit_id)
            if not count or not official.active:
                continue
            if any(a.active for a in await uow.accounts.for_official(official.id)):
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
    # Recurring obligations get their first dated occurrence at once, not at the next tick.
    await create_occurrences(now.date(), uow_factory=uow_factory, now=now)
    return ImportResult(saved.id, sum(per_unit.values()), already_imported=False)


def _new_task(
    planned: PlannedTask,
    unit_id: UnitId,
    notice_id: NoticeId,
    parent: TaskId | None,
    created_at: datetime,
) -> NewTask:
    parsed = planned.parsed
    return NewTask(
        item_ref=parsed.ref,
        text=parsed.text,
        lead_unit_id=unit_id,
        deadline=parsed.deadline,
        deadline_kind=parsed.deadline_kind,
        notice_id=notice_id,
        deadline_phrase=parsed.deadline_phrase,
        recurrence=parsed.recurrence,
        criteria=parsed.criteria,
        support_unit_ids=planned.support_unit_ids,
        directing_official_id=planned.directing_official_id,
        directing_name=", ".join(parsed.directing) or None,
        parent_id=parent,
        created_at=created_at,
    )
