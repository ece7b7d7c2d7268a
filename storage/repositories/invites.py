"""One-time invite codes (stored hashed) that bind a chat to an official."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import OfficialId
from storage.models import InviteRow


class SqlInviteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def create(
        self, official_id: OfficialId, code_hash: str, created_at: datetime, expires_at: datetime
    ) -> None:
        self._session.add(
            InviteRow(
                official_id=official_id,
                code_hash=code_hash,
                created_at=created_at,
                expires_at=expires_at,
            )
        )
        await self._session.flush()

    async def redeem(self, code_hash: str, now: datetime) -> OfficialId | None:
        # A conditional UPDATE is the claim: of two concurrent redeems only one sees
        # used_at IS NULL (PostgreSQL re-checks it after the row lock, SQLite has one writer).
        official_id = await self._session.scalar(
            update(InviteRow)
            .where(
                InviteRow.code_hash == code_hash,
                InviteRow.used_at.is_(None),
                InviteRow.expires_at > now,
            )
            .values(used_at=now)
            .returning(InviteRow.official_id)
        )
        return OfficialId(official_id) if official_id is not None else None
