"""Channel updates already taken for handling (Telegram update_id, Zalo event key)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from storage.dialect import insert_on_conflict
from storage.models import SeenUpdateRow


class SqlSeenUpdateRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, channel: str, update_key: str, now: datetime) -> bool:
        # ON CONFLICT DO NOTHING: of two processes given the same update, the second waits
        # for the first's row (PostgreSQL) or the write lock (SQLite) and inserts nothing.
        stmt = insert_on_conflict(
            self._session,
            SeenUpdateRow,
            {"channel": channel, "update_key": update_key, "seen_at": now},
            ("channel", "update_key"),
        ).returning(SeenUpdateRow.channel)
        return (await self._session.scalar(stmt)) is not None

    async def purge(self, before: datetime, limit: int) -> int:
        old = (
            select(SeenUpdateRow.channel, SeenUpdateRow.update_key)
            .where(SeenUpdateRow.seen_at < before)
            .order_by(SeenUpdateRow.seen_at)
            .limit(limit)
        )
        result = await self._session.execute(
            delete(SeenUpdateRow).where(
                tuple_(SeenUpdateRow.channel, SeenUpdateRow.update_key).in_(old)
            ),
            execution_options={"synchronize_session": False},
        )
        return int(getattr(result, "rowcount", 0) or 0)
