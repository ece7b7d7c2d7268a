"""Each chat's remembered conversation steps, as JSON rows that expire."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.ports import JsonValue
from storage.dialect import insert_on_conflict
from storage.models import ConversationStateRow

_KEY = ("channel", "chat_ref", "slot")


class SqlConversationStateRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, channel: str, chat_ref: str, slot: str, now: datetime) -> JsonValue:
        value: JsonValue = await self._session.scalar(
            select(ConversationStateRow.value).where(
                ConversationStateRow.channel == channel,
                ConversationStateRow.chat_ref == chat_ref,
                ConversationStateRow.slot == slot,
                ConversationStateRow.expires_at > now,
            )
        )
        return value

    async def put(
        self,
        channel: str,
        chat_ref: str,
        slot: str,
        value: JsonValue,
        expires_at: datetime,
        now: datetime,
    ) -> None:
        row = {
            "channel": channel,
            "chat_ref": chat_ref,
            "slot": slot,
            "value": value,
            "expires_at": expires_at,
            "updated_at": now,
        }
        await self._session.execute(
            insert_on_conflict(
                self._session,
                ConversationStateRow,
                row,
                _KEY,
                ("value", "expires_at", "updated_at"),
            )
        )

    async def delete(self, channel: str, chat_ref: str, slot: str) -> bool:
        gone = await self._session.scalar(
            delete(ConversationStateRow)
            .where(
                ConversationStateRow.channel == channel,
                ConversationStateRow.chat_ref == chat_ref,
                ConversationStateRow.slot == slot,
            )
            .returning(ConversationStateRow.slot)
        )
        return gone is not None

    async def purge_expired(self, now: datetime, limit: int) -> int:
        # Bounded through the expires_at index: a purge never holds the table for long.
        key = tuple_(
            ConversationStateRow.channel, ConversationStateRow.chat_ref, ConversationStateRow.slot
        )
        expired = (
            select(
                ConversationStateRow.channel,
                ConversationStateRow.chat_ref,
                ConversationStateRow.slot,
            )
            .where(ConversationStateRow.expires_at <= now)
            .order_by(ConversationStateRow.expires_at)
            .limit(limit)
        )
        result = await self._session.execute(
            delete(ConversationStateRow).where(key.in_(expired)),
            execution_options={"synchronize_session": False},
        )
        return int(getattr(result, "rowcount", 0) or 0)
