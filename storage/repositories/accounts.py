"""Chat accounts: which (channel, external id) speaks for which official."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import ChatAccount, OfficialId
from storage.dialect import insert_on_conflict
from storage.models import ChatAccountRow
from storage.types import utcnow


class SqlChatAccountRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find(self, channel: str, external_id: str) -> ChatAccount | None:
        row = await self._session.scalar(
            select(ChatAccountRow).where(
                ChatAccountRow.channel == channel, ChatAccountRow.external_id == external_id
            )
        )
        return to_account(row) if row is not None else None

    async def link(self, channel: str, external_id: str, official_id: OfficialId) -> ChatAccount:
        values = {
            "channel": channel,
            "external_id": external_id,
            "official_id": official_id,
            "active": True,
            "linked_at": utcnow(),
        }
        # One statement, so two links of the same chat racing each other cannot both insert.
        stmt = insert_on_conflict(
            self._session,
            ChatAccountRow,
            values,
            conflict_columns=("channel", "external_id"),
            update_columns=("official_id", "active", "linked_at"),
        )
        rows = await self._session.scalars(
            stmt.returning(ChatAccountRow).execution_options(populate_existing=True)
        )
        return to_account(rows.one())

    async def for_official(self, official_id: OfficialId) -> list[ChatAccount]:
        rows = await self._session.scalars(
            select(ChatAccountRow)
            .where(ChatAccountRow.official_id == official_id)
            .order_by(ChatAccountRow.id)
        )
        return [to_account(row) for row in rows]

    async def set_active(self, channel: str, external_id: str, active: bool) -> None:
        await self._session.execute(
            update(ChatAccountRow)
            .where(ChatAccountRow.channel == channel, ChatAccountRow.external_id == external_id)
            .values(active=active)
        )

    async def move(self, channel: str, old_id: str, new_id: str) -> bool:
        old = await self._session.scalar(
            select(ChatAccountRow).where(
                ChatAccountRow.channel == channel, ChatAccountRow.external_id == old_id
            )
        )
        if old is None:
            return False
        taken = await self._session.scalar(
            select(ChatAccountRow.id).where(
                ChatAccountRow.channel == channel, ChatAccountRow.external_id == new_id
            )
        )
        if taken is None:
            old.external_id, old.active = new_id, True
        else:
            await self._session.delete(old)
        await self._session.flush()
        return True


def to_account(row: ChatAccountRow) -> ChatAccount:
    return ChatAccount(
        channel=row.channel,
        external_id=row.external_id,
        official_id=OfficialId(row.official_id),
        active=row.active,
    )
