"""Owed messages about one task, written to the outbox in the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from handlers.directory import Directory
from handlers.domain import OfficialId, OutboxMessage, Task
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
