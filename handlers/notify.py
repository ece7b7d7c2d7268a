"""Owed messages about one task, written to the outbox in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from handlers.directory import Directory
from handlers.domain import (
    EventKind,
    OfficialId,
    OutboxMessage,
    Role,
    Task,
    TaskEvent,
    TaskId,
    UnitId,
)
from handlers.ports import UnitOfWork


async def notify_reviewers(
    uow: UnitOfWork,
    *,
    directory: Directory,
    task: Task,
    rule: str,
    period: str,
    text: str,
    now: datetime,
    exclude: OfficialId | None,
) -> int:
    """Queue `text` for everyone who may review the task (and its directing leader); the
    (rule, recipient, period) key makes a repeated call harmless."""
    recipients = {o.id for o in directory.reviewers_of(task.lead_unit_id)}
    if task.directing_official_id is not None:
        recipients.add(task.directing_official_id)
    if exclude is not None:
        recipients.discard(exclude)
    queued = 0
    for recipient in sorted(recipients):
        message = OutboxMessage(
            rule=rule, recipient_id=recipient, period=period, text=text, due_at=now
        )
        queued += await uow.outbox.add_once(message)
    return queued


DECIDED = "decided"  # the outbox rule of every decision about a task told to its people


async def notify_decision(
    uow: UnitOfWork,
    *,
    directory: Directory,
    task: Task,
    event: TaskEvent,
    text: str,
    extra: Iterable[OfficialId] = (),
    units: Iterable[UnitId] = (),
) -> int:
    """Tell the people a decision concerns, in the caller's transaction: who reported the task
    or asked for more time, its assignee, the linked staff of its lead unit (and of `units`,
    e.g. the unit that led it before a reassignment), and `extra`; never the one who acted.
    The key (rule, recipient, "task-N-event-M") makes it once per event and person."""
    people = set(extra)
    events = await uow.events.for_task(task.id)
    for asked in (EventKind.REPORTED, EventKind.EXTENSION_REQUESTED):
        who = next((e.actor_id for e in reversed(events) if e.kind is asked), None)
        if who is not None:
            people.add(who)  # who reported it, who asked for more time
    if task.assignee_id is not None:
        people.add(task.assignee_id)
    for unit in {task.lead_unit_id, *units}:
        people |= {o.id for o in directory.members_of(unit)}
    if event.actor_id is not None:
        people.discard(event.actor_id)
    queued = 0
    for person in sorted(people):
        accounts = await uow.accounts.for_official(person)
        if not any(a.active for a in accounts):
            continue  # nobody to tell on a chat: the history keeps the decision
        message = OutboxMessage(
            rule=DECIDED,
            recipient_id=person,
            period=f"task-{task.id}-event-{event.id}",
            text=text,
            due_at=event.at,
        )
        queued += await uow.outbox.add_once(message)
    return queued


async def reporter_of(uow: UnitOfWork, task_id: TaskId) -> OfficialId | None:
    """Who made the task's latest report."""
    events = await uow.events.for_task(task_id)
    return next((e.actor_id for e in reversed(events) if e.kind is EventKind.REPORTED), None)


DEAD_LETTER = "dead_letter"  # the outbox rule of "a message could not be delivered" to admins
_RULE_NAMES = {
    "weekly_digest": "bản tin tuần",
    "quarterly_review": "nhắc rà soát quý",
    "due_soon": "nhắc sắp đến hạn",
    "overdue": "nhắc quá hạn",
    "reported": "báo hoàn thành",
    DECIDED: "thông báo quyết định",
}


async def notify_dead_letters(
    uow: UnitOfWork,
    rows: Iterable[OutboxMessage],
    *,
    directory: Directory,
    error: str,
    now: datetime,
) -> int:
    """Tell every active admin, once per dead row ((rule, admin, "row-N") is unique), that a
    message will not be delivered. A dead letter about a dead letter is not reported again."""
    rows = [r for r in rows if r.rule != DEAD_LETTER and r.id is not None]
    if not rows:
        return 0
    admins = directory.active_officials(Role.ADMIN)
    queued = 0
    for row in rows:
        recipient = directory.official(row.recipient_id)
        name = recipient.name if recipient else f"cán bộ #{row.recipient_id}"
        what = _RULE_NAMES.get(row.rule, row.rule)
        text = (
            f"⚠️ Không gửi được {what} tới {name}: {error[:200]}. Hệ thống đã ngừng gửi tin "
            "này; kiểm tra tài khoản chat của người nhận, danh sách tin lỗi: "
            "«nhacviec reminders failed»."
        )
        for admin in admins:
            if admin.id == row.recipient_id:
                continue
            message = OutboxMessage(DEAD_LETTER, admin.id, f"row-{row.id}", text, now)
            queued += await uow.outbox.add_once(message)
    return queued
