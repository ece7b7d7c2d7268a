"""Messages owed to officials, written once per (rule, recipient, period)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import OfficialId, OutboxMessage
from storage.dialect import insert_on_conflict
from storage.models import OutboxRow
from storage.types import utcnow


class SqlOutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_once(self, message: OutboxMessage) -> bool:
        values = {
            "rule": message.rule,
            "recipient_id": message.recipient_id,
            "period": message.period,
            "text": message.text,
            "channel": message.channel,
            "due_at": message.due_at,
            "status": message.status,
            "attempts": message.attempts,
            "last_error": message.last_error,
            "created_at": utcnow(),
        }
        # DO NOTHING rather than catching IntegrityError: a failed INSERT would abort the
        # whole PostgreSQL transaction the rule's firing runs in.
        stmt = insert_on_conflict(
            self._session, OutboxRow, values, conflict_columns=("rule", "recipient_id", "period")
        )
        inserted = await self._session.scalar(stmt.returning(OutboxRow.id))
        return inserted is not None

    async def pending(self, now: datetime, limit: int) -> Sequence[OutboxMessage]:
        # SKIP LOCKED lets several dispatchers on one PostgreSQL claim disjoint rows;
        # SQLite has a single writer and the clause is left out there.
        rows = await self._session.scalars(
            select(OutboxRow)
            .where(OutboxRow.status == "pending", OutboxRow.due_at <= now)
            .order_by(OutboxRow.due_at, OutboxRow.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [to_message(row) for row in rows]


def to_message(row: OutboxRow) -> OutboxMessage:
    return OutboxMessage(
        rule=row.rule,
        recipient_id=OfficialId(row.recipient_id),
        period=row.period,
        text=row.text,
        due_at=row.due_at,
        id=row.id,
        status=row.status,
        attempts=row.attempts,
        channel=row.channel,
        last_error=row.last_error,
    )
