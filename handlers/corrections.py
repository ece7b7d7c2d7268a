"""Handing a task to one official, correcting it, cancelling it: who may, and what is said.

Delegation is for a commune chair, a unit head (by title) or the office; corrections and
cancellation for an admin or the leader who directs the task. Every change is an event, told
to the task's people; nothing is deleted."""

from __future__ import annotations

import re

from handlers.context import Asker, named_unit, visible_task
from handlers.decisions import decide
from handlers.domain import Change, OfficialId, Role, Task, UnitId, fmt_date
from handlers.errors import DomainError, NotAllowed
from handlers.messages import Reply
from handlers.turn import Turn
from notices.text import fold

# Titles of who heads a unit ("Trưởng phòng", "Chánh Văn phòng", "Giám đốc", "Chủ tịch").
_HEADS = ("truong ", "chanh van phong", "giam doc", "chu tich", "pho truong", "pho chanh")
_NEW_TEXT_LEAD = re.compile(r"^\s*(?:thành|thanh|là|la|bằng|bang)?\s*[:：-]?\s*", re.IGNORECASE)


def in_scope(asker: Asker, unit_id: UnitId) -> bool:
    units = asker.scope.unit_ids
    return units is None or unit_id in units


def may_delegate(asker: Asker, task: Task) -> bool:
    me = asker.official
    if me.has(Role.ADMIN, Role.CHAIR, Role.LEADER) and in_scope(asker, task.lead_unit_id):
        return True
    return me.unit_id == task.lead_unit_id and fold(me.title).startswith(_HEADS)


def may_correct(asker: Asker, task: Task) -> bool:
    me = asker.official
    if task.directing_official_id == me.id:
        return True
    if me.has(Role.ADMIN) and in_scope(asker, task.lead_unit_id):
        return True
    # A task nobody directs by name is its administration's leaders' to correct.
    return (
        task.directing_official_id is None
        and me.has(Role.LEADER)
        and in_scope(asker, task.lead_unit_id)
    )


async def on_delegate(turn: Turn) -> Reply:
    """«giao việc 12 cho chị Lan», «giao 12 cho @lan»."""
    asker, person = turn.asker, turn.meaning.person
    if person is None:
        return Reply(
            f"Giao việc #{turn.task_id} cho ai? Ví dụ: «giao việc {turn.task_id} cho chị Lan»."
        )
    assignee = asker.directory.official(OfficialId(person.id) if person.id is not None else None)
    if assignee is None:
        raise DomainError(f"Không tìm thấy cán bộ «{person.typed}».")
    async with turn.uow_factory() as uow:
        task = await visible_task(uow, turn.task_id, asker)
        if not may_delegate(asker, task):
            raise NotAllowed(
                "Chỉ Chủ tịch xã, trưởng đơn vị chủ trì hoặc Văn phòng mới giao việc cho cán bộ."
            )
        await decide(uow, asker, task.delegate(asker.act, assignee))
        await uow.commit()
    return Reply(
        f"Đã giao việc #{task.id} cho {assignee.name}. {assignee.name} sẽ được báo qua tin nhắn."
    )


async def on_cancel(turn: Turn) -> Reply:
    """«hủy việc 12 vì trùng với việc 8»: out of every list, kept in history."""
    async with turn.uow_factory() as uow:
        task = await visible_task(uow, turn.task_id, turn.asker)
        _may_correct_or_refuse(turn.asker, task)
        await decide(uow, turn.asker, task.cancel(turn.asker.act, turn.meaning.note or ""))
        await uow.commit()
    return Reply(f"Đã hủy việc #{task.id}. Việc vẫn còn trong lịch sử và báo cáo.")


async def on_edit(turn: Turn) -> Reply:
    """«sửa hạn 12 thành 30/12», «đổi chủ trì việc 12 sang Phòng Tư pháp», «thêm Phòng Tư pháp
    phối hợp việc 12», «bỏ … khỏi phối hợp việc 12», «sửa nội dung việc 12 thành: …»."""
    meaning, asker, n = turn.meaning, turn.asker, turn.task_id
    if meaning.edit is None:
        return Reply(_WHAT_TO_EDIT.format(n=n))
    async with turn.uow_factory() as uow:
        task = await visible_task(uow, n, asker)
        _may_correct_or_refuse(asker, task)
        change, text, units = _correction(turn, task)
        await decide(uow, asker, change, units=units)
        await uow.commit()
    return Reply(text)


def _correction(turn: Turn, task: Task) -> tuple[Change, str, tuple[UnitId, ...]]:
    meaning, asker, act = turn.meaning, turn.asker, turn.asker.act
    reason = meaning.note or ""
    if meaning.edit == "deadline":
        if meaning.new_deadline is None:
            raise DomainError(f"Sửa hạn thành ngày nào? Ví dụ: «sửa hạn {task.id} thành 30/12».")
        change = task.correct_deadline(act, meaning.new_deadline, reason)
        return change, f"Đã sửa hạn việc #{task.id} thành {fmt_date(meaning.new_deadline)}.", ()
    if meaning.edit == "text":
        new = _NEW_TEXT_LEAD.sub("", meaning.note or "", count=1)
        return task.rewrite(act, new), f"Đã sửa nội dung việc #{task.id}.", ()
    if meaning.unit is None:
        raise DomainError(_WHAT_TO_EDIT.format(n=task.id))
    unit_id, name = named_unit(meaning.unit, asker)
    if meaning.edit == "lead":
        change = task.reassign(act, unit_id, _after_unit(reason))
        return change, f"Đã chuyển việc #{task.id} sang {name} chủ trì.", (task.lead_unit_id,)
    if meaning.edit == "support_remove":
        change = task.change_support(act, remove=(unit_id,))
        return change, f"Đã bỏ {name} khỏi đơn vị phối hợp việc #{task.id}.", (unit_id,)
    change = task.change_support(act, add=(unit_id,))
    return change, f"Đã thêm {name} phối hợp việc #{task.id}.", (unit_id,)


def _after_unit(note: str) -> str:
    """ "sang Phòng Tư pháp vì …" → "…": a reason follows the unit, if any."""
    _, sep, reason = note.partition(" vì ")
    return reason.strip() if sep else ""


def _may_correct_or_refuse(asker: Asker, task: Task) -> None:
    if not may_correct(asker, task):
        raise NotAllowed(
            "Chỉ Văn phòng (quản trị) hoặc lãnh đạo chỉ đạo việc này mới sửa, chuyển hay hủy việc."
        )


_WHAT_TO_EDIT = (
    "Bạn muốn sửa gì của việc #{n}? Ví dụ: «sửa hạn {n} thành 30/12», «đổi chủ trì việc {n} "
    "sang Phòng Tư pháp», «thêm Phòng Tư pháp phối hợp việc {n}», «sửa nội dung việc {n} "
    "thành: …», «hủy việc {n} vì …»."
)
