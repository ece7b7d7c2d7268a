"""The append-only task history and the evidence attached to reports."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import (
    EventKind,
    Evidence,
    EvidenceKind,
    OfficialId,
    TaskEvent,
    TaskId,
)
from storage.models import EvidenceRow, TaskEventRow


class SqlEventRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, event: TaskEvent) -> TaskEvent:
        row = TaskEventRow(
            task_id=event.task_id,
            kind=event.kind.value,
            at=event.at,
            actor_id=event.actor_id,
            channel=event.channel,
            message=event.message,
            data=dict(event.data),
        )
        self._session.add(row)
        await self._session.flush()
        return dataclasses.replace(event, id=row.id)

    async def for_task(self, task_id: TaskId) -> list[TaskEvent]:
        rows = await self._session.scalars(
            select(TaskEventRow)
            .where(TaskEventRow.task_id == task_id)
            .order_by(TaskEventRow.at, TaskEventRow.id)
        )
        return [
            TaskEvent(
                task_id=TaskId(row.task_id),
                kind=EventKind(row.kind),
                at=row.at,
                actor_id=OfficialId(row.actor_id) if row.actor_id is not None else None,
                channel=row.channel,
                message=row.message,
                data=dict(row.data),
                id=row.id,
            )
            for row in rows
        ]


class SqlEvidenceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, evidence: Evidence) -> Evidence:
        row = EvidenceRow(
            task_id=evidence.task_id,
            event_id=evidence.event_id,
            kind=evidence.kind.value,
            ref=evidence.ref,
            caption=evidence.caption,
        )
        self._session.add(row)
        await self._session.flush()
        return dataclasses.replace(evidence, id=row.id)

    async def for_task(self, task_id: TaskId) -> list[Evidence]:
        rows = await self._session.scalars(
            select(EvidenceRow).where(EvidenceRow.task_id == task_id).order_by(EvidenceRow.id)
        )
        return [
            Evidence(
                task_id=TaskId(row.task_id),
                kind=EvidenceKind(row.kind),
                ref=row.ref,
                caption=row.caption,
                event_id=row.event_id,
                id=row.id,
            )
            for row in rows
        ]
