"""Messages owed to officials: written once per (rule, recipient, period), claimed, marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import OfficialId, OutboxMessage
from storage.dialect import insert_on_conflict
from storage.models import OutboxRow
from storage.types import utcnow

_MAX_ERROR_CHARS = 500


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

    async def recipients(self, rule: str, period: str) -> set[OfficialId]:
        rows = await self._session.scalars(
            select(OutboxRow.recipient_id).where(
                OutboxRow.rule == rule, OutboxRow.period == period
            )
        )
        return {OfficialId(r) for r in rows}

    async def latest_period(self, rule: str, before: str) -> str | None:
        found = await self._session.scalar(
            select(func.max(OutboxRow.period)).where(
                OutboxRow.rule == rule, OutboxRow.period < before
            )
        )
        return str(found) if found is not None else None

    async def claim(
        self,
        now: datetime,
        limit: int,
        lease_until: datetime,
        claim_id: str,
        *,
        companions: int = 0,
    ) -> list[OutboxMessage]:
        claimable = or_(
            _pending_due(now),
            and_(OutboxRow.status == "sending", OutboxRow.lease_until < now),
        )
        # Two statements, not UPDATE … WHERE id IN (SELECT … LIMIT … FOR UPDATE SKIP LOCKED):
        # PostgreSQL may re-run such a subquery for each row it updates, each run skipping the
        # rows the statement itself just changed, until every claimable row is taken.
        # The SELECT locks what it picks and skips rows another claimer holds (PostgreSQL);
        # the UPDATE re-checks, so on SQLite a row claimed meanwhile is left alone. Reads come
        # first: SQLite's write lock is held by the one UPDATE only.
        picked = list(
            await self._session.execute(
                select(OutboxRow.id, OutboxRow.recipient_id)
                .where(claimable)
                .order_by(OutboxRow.due_at, OutboxRow.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        )
        if not picked:
            return []
        ids = [row_id for row_id, _ in picked]
        if companions > 0:
            ids += await self._session.scalars(
                select(OutboxRow.id)
                .where(
                    claimable,
                    OutboxRow.recipient_id.in_({recipient for _, recipient in picked}),
                    OutboxRow.id.not_in(ids),
                )
                .order_by(OutboxRow.due_at, OutboxRow.id)
                .limit(companions)
                .with_for_update(skip_locked=True)
            )
        rows = await self._session.scalars(
            update(OutboxRow)
            .where(OutboxRow.id.in_(ids), claimable)
            .values(
                status="sending",
                claim_id=claim_id,
                lease_until=lease_until,
                attempts=OutboxRow.attempts + 1,
            )
            .returning(OutboxRow)
            .execution_options(synchronize_session=False, populate_existing=True)
        )
        claimed = [to_message(row) for row in rows]
        return sorted(claimed, key=lambda m: (m.due_at, m.id or 0))

    async def renew(self, claim_ids: Sequence[str], lease_until: datetime) -> int:
        if not claim_ids:
            return 0
        result = await self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.status == "sending", OutboxRow.claim_id.in_(list(claim_ids)))
            .values(lease_until=lease_until)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def mark_sent(
        self, ids: Sequence[int], claim_id: str, now: datetime, channel: str, chat_ref: str
    ) -> int:
        return await self._update_claimed(
            ids,
            claim_id,
            status="sent",
            sent_at=now,
            lease_until=None,
            last_error=None,
            chat_channel=channel,
            chat_ref=chat_ref,
        )

    async def release(
        self,
        ids: Sequence[int],
        claim_id: str,
        not_before: datetime,
        error: str,
        *,
        refund_attempt: bool = False,
    ) -> int:
        values: dict[str, Any] = {
            "status": "pending",
            "not_before": not_before,
            "lease_until": None,
            "last_error": error[:_MAX_ERROR_CHARS],
        }
        if refund_attempt:
            values["attempts"] = case(
                (OutboxRow.attempts > 0, OutboxRow.attempts - 1), else_=OutboxRow.attempts
            )
        return await self._update_claimed(ids, claim_id, **values)

    async def mark_dead(self, ids: Sequence[int], claim_id: str, error: str) -> int:
        return await self._update_claimed(
            ids, claim_id, status="dead", lease_until=None, last_error=error[:_MAX_ERROR_CHARS]
        )

    async def mark_undeliverable(self, ids: Sequence[int], claim_id: str, error: str) -> int:
        return await self._update_claimed(
            ids, claim_id, status="failed", lease_until=None, last_error=error[:_MAX_ERROR_CHARS]
        )

    async def failed(self, limit: int) -> list[OutboxMessage]:
        rows = await self._session.scalars(
            select(OutboxRow)
            .where(OutboxRow.status.in_(("dead", "failed")))
            .order_by(OutboxRow.id.desc())
            .limit(limit)
        )
        return [to_message(row) for row in rows]

    async def scheduled(self, start: datetime, end: datetime, limit: int) -> list[OutboxMessage]:
        rows = await self._session.scalars(
            select(OutboxRow)
            .where(
                OutboxRow.status == "pending", OutboxRow.due_at >= start, OutboxRow.due_at < end
            )
            .order_by(OutboxRow.due_at, OutboxRow.id)
            .limit(limit)
        )
        return [to_message(row) for row in rows]

    async def next_due(self) -> datetime | None:
        ready_at = case(
            (
                and_(OutboxRow.not_before.is_not(None), OutboxRow.not_before > OutboxRow.due_at),
                OutboxRow.not_before,
            ),
            else_=OutboxRow.due_at,
        )
        pending = await self._session.scalar(
            select(func.min(ready_at)).where(OutboxRow.status == "pending")
        )
        leased = await self._session.scalar(
            select(func.min(OutboxRow.lease_until)).where(OutboxRow.status == "sending")
        )
        found = [t for t in (pending, leased) if t is not None]
        return min(found) if found else None

    async def _update_claimed(self, ids: Sequence[int], claim_id: str, **values: Any) -> int:
        if not ids:
            return 0
        result = await self._session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id.in_(list(ids)),
                OutboxRow.status == "sending",
                OutboxRow.claim_id == claim_id,
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def _pending_due(now: datetime) -> ColumnElement[bool]:
    return and_(
        OutboxRow.status == "pending",
        OutboxRow.due_at <= now,
        or_(OutboxRow.not_before.is_(None), OutboxRow.not_before <= now),
    )


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
