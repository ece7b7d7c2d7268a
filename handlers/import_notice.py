"""Turn a parsed notice into tasks: plan and preview, then save it all in one transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

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
from handlers.ports import JsonValue, NewNotice, UnitOfWorkFactory
from handlers.retry import retry_conflicts
from notices import ParsedNotice, ParsedTask
from notices.explain import no_task_reason
from notices.model import DeadlineKind, Recurrence, notice_to_json
from notices.text import fold_key

PREVIEW_TASKS = 30


class IssuerSource(StrEnum):
    """Where a plan's issuer came from; the preview says it in one line."""

    DOCUMENT = "document"  # the notice names it and it is one unit of the directory
    UNKNOWN = "unknown"  # the notice names an issuer the directory does not hold
    ASSUMED = "assumed"  # the notice names none: the importing official's government
    MISSING = "missing"  # the notice names none and nobody's unit stands in (the CLI)
    CHOSEN = "chosen"  # picked by hand (`nhacviec import --issuer CODE`)


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
    issuer_source: IssuerSource = IssuerSource.DOCUMENT

    @property
    def task_count(self) -> int:
        return sum(len(t.lead_unit_ids) for t in self.tasks)

    @property
    def unit_count(self) -> int:
        return len({u for t in self.tasks for u in t.lead_unit_ids})

    def preview(self, directory: Directory, *, can_fix: bool = True) -> str:
        """What an import would do, in Vietnamese; `can_fix`: the reader can answer
        «sửa TÊN = ĐƠN VỊ» (the chat), not the command line."""
        lines = [f"Thông báo: {self.notice.title[:160] or '(không có trích yếu)'}"]
        if not self.notice.tasks:
            lines.append(
                f"Không tìm thấy việc nào được giao trong văn bản: {no_task_reason(self.notice)}."
            )
            return "\n".join(lines)
        found = f"Tìm thấy {self.task_count} việc cho {self.unit_count} đơn vị"
        unassigned = sum(1 for t in self.tasks if not t.lead_unit_ids)
        if unassigned:
            found += f"; {unassigned} mục khác trong văn bản chưa có đơn vị chủ trì trong hệ thống"
        lines.append(found + ".")
        lines.append(self._issuer_line(directory))
        lines += self._unresolved_lines(can_fix)
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

    def _issuer_line(self, directory: Directory) -> str:
        named = self.notice.issuer or ""
        match self.issuer_source:
            case IssuerSource.DOCUMENT | IssuerSource.CHOSEN:
                return f"Cơ quan ban hành: {directory.unit_name(self.issuer)}"
            case IssuerSource.ASSUMED:
                return (
                    "Văn bản không ghi cơ quan ban hành: coi là "
                    f"{directory.unit_name(self.issuer)} (đơn vị của bạn)."
                )
            case IssuerSource.UNKNOWN:
                return (
                    f"Cơ quan ban hành «{named}» không có trong hệ thống (văn bản của nơi "
                    "khác?): chỉ tên đơn vị khớp đúng mới được giao, các cụm «các xã», «các "
                    "phòng» không chia cho ai."
                )
            case IssuerSource.MISSING:
                return (
                    "Văn bản không ghi cơ quan ban hành: các cụm «các xã», «các phòng» chưa "
                    "được chia cho đơn vị nào."
                )

    def _unresolved_lines(self, can_fix: bool) -> list[str]:
        if not self.unresolved:
            return []
        if self.task_count == 0:
            head = "Không việc nào giao được cho đơn vị trong hệ thống. "
        else:
            head = ""
        then = (
            "các việc này sẽ không được giao trừ khi bạn gõ «sửa TÊN = ĐƠN VỊ»"
            if can_fix
            else "các việc này sẽ không được giao"
        )
        lines = [f"{head}Không thuộc đơn vị nào trong hệ thống ({then}):"]
        for name in self.unresolved:
            refs = [
                t.parsed.ref or "·"
                for t in self.tasks
                if name in t.parsed.lead and not t.lead_unit_ids
            ]
            where = (
                f" — {len(refs)} việc không có đơn vị chủ trì (mục {', '.join(refs)})"
                if refs
                else ""
            )
            lines.append(f"  · «{name}»{where}")
        return lines


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


def plan_notice(
    notice: ParsedNotice,
    directory: Directory,
    home_unit: UnitId | None,
    *,
    issuer: UnitId | None = None,
) -> ImportPlan:
    """The one import path (chat and `nhacviec import`): the issuer comes from the document;
    only a document naming none falls back to `home_unit`'s government (the importing
    official's; None on the command line). `issuer` is a hand-picked one, which wins."""
    if issuer is not None:
        source = IssuerSource.CHOSEN
    elif notice.issuer:
        issuer = find_issuer(notice, directory)
        source = IssuerSource.DOCUMENT if issuer is not None else IssuerSource.UNKNOWN
    elif home_unit is not None:
        issuer, source = directory.government_of(home_unit), IssuerSource.ASSUMED
    else:
        source = IssuerSource.MISSING
    return plan_import(notice, directory, issuer, issuer_source=source)


def plan_import(
    notice: ParsedNotice,
    directory: Directory,
    issuer: UnitId | None,
    mapping: Mapping[str, UnitId] | None = None,
    *,
    issuer_source: IssuerSource = IssuerSource.DOCUMENT,
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
        return resolve_assignee(
            name,
            directory,
            issuer,
            notice.issued_date,
            foreign=issuer_source is IssuerSource.UNKNOWN,
        )

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
        notice,
        issuer,
        tuple(planned),
        tuple(dict.fromkeys(unresolved)),
        dict(mapping or {}),
        issuer_source,
    )


def with_mapping(plan: ImportPlan, name: str, unit_id: UnitId, directory: Directory) -> ImportPlan:
    """The admin's "sửa TÊN = ĐƠN VỊ": map one notice name to a unit and plan again."""
    return plan_import(
        plan.notice,
        directory,
        plan.issuer,
        {**plan.mapping, name: unit_id},
        issuer_source=plan.issuer_source,
    )


def plan_to_json(plan: ImportPlan) -> JsonValue:
    """The plan as JSON, for a preview kept between the messages of a chat (and across a
    restart); plan_from_json gives back an equal plan, so confirming saves the same tasks."""
    notice = notice_to_json(plan.notice)
    notice["notes"] = list(plan.notice.notes)
    return {
        "notice": notice,
        "issuer": plan.issuer,
        "tasks": [
            {
                "leads": list(t.lead_unit_ids),
                "supports": list(t.support_unit_ids),
                "directing_official": t.directing_official_id,
            }
            for t in plan.tasks
        ],
        "unresolved": list(plan.unresolved),
        "mapping": dict(plan.mapping),
        "issuer_source": plan.issuer_source.value,
    }


def plan_from_json(raw: JsonValue) -> ImportPlan:
    """The inverse of plan_to_json; KeyError, TypeError or ValueError for anything else."""
    if not isinstance(raw, dict):
        raise TypeError("an import plan is an object")
    data: dict[str, Any] = raw
    notice = _notice_from_json(data["notice"])
    planned = data["tasks"]
    if len(planned) != len(notice.tasks):
        raise ValueError("an import plan has one entry per task of its notice")
    tasks = tuple(
        PlannedTask(
            parsed,
            tuple(UnitId(int(u)) for u in p["leads"]),
            tuple(UnitId(int(u)) for u in p["supports"]),
            None if p["directing_official"] is None else OfficialId(int(p["directing_official"])),
        )
        for parsed, p in zip(notice.tasks, planned, strict=True)
    )
    return ImportPlan(
        notice,
        None if data["issuer"] is None else UnitId(int(data["issuer"])),
        tasks,
        tuple(str(n) for n in data["unresolved"]),
        {str(k): UnitId(int(v)) for k, v in data["mapping"].items()},
        IssuerSource(data["issuer_source"]),
    )


def _notice_from_json(data: dict[str, Any]) -> ParsedNotice:
    def day(value: str | None) -> date | None:
        return None if value is None else date.fromisoformat(value)

    return ParsedNotice(
        doc_number=data["doc_number"],
        doc_type=data["doc_type"],
        issued_date=day(data["issued_date"]),
        issued_date_is_meeting=bool(data["issued_date_is_meeting"]),
        place=data["place"],
        issuer=data["issuer"],
        title=str(data["title"]),
        signer=data["signer"],
        signer_title=data["signer_title"],
        tasks=tuple(
            ParsedTask(
                ref=str(t["ref"]),
                text=str(t["text"]),
                lead=tuple(t["lead"]),
                support=tuple(t["support"]),
                directing=tuple(t["directing"]),
                deadline=day(t["deadline"]),
                deadline_kind=DeadlineKind(t["deadline_kind"]),
                deadline_phrase=t["deadline_phrase"],
                recurrence=None if t["recurrence"] is None else Recurrence(t["recurrence"]),
                criteria=tuple(t["criteria"]),
            )
            for t in data["tasks"]
        ),
        classified=bool(data["classified"]),
        notes=tuple(data.get("notes", ())),
    )


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

    async def save() -> ImportResult:
        return await _save_plan(
            plan,
            directory=directory,
            uow_factory=uow_factory,
            now=now,
            actor_id=actor_id,
            channel=channel,
            source_name=source_name,
        )

    # Safe to run again: an aborted attempt saved nothing, and a notice saved meanwhile by
    # another import is found by its fingerprint.
    result = await retry_conflicts(save)
    if result.already_imported:
        return result
    # Recurring obligations get their first dated occurrence at once, not at the next tick.
    await create_occurrences(now.date(), uow_factory=uow_factory, now=now)
    return result


async def _save_plan(
    plan: ImportPlan,
    *,
    directory: Directory,
    uow_factory: UnitOfWorkFactory,
    now: datetime,
    actor_id: OfficialId | None,
    channel: str,
    source_name: str | None,
) -> ImportResult:
    """One transaction: the notice, its tasks and their events, the lead units' messages."""
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
        # The tasks go in in the notice's order (their ids number the items); the locks they
        # need are taken first, in the one order every writer follows.
        await uow.reserve_task_counts(
            [
                _new_task(planned, unit_id, saved.id, None, now)
                for planned in plan.tasks
                for unit_id in planned.lead_unit_ids
            ]
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
