"""What a chat remembers between messages: per-chat slots (a pending import preview, the
numbered choices of a question, the last list for «tiếp», the last report for a photo that
follows it) kept in the database until they expire, and the process's bounded caches."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Generic, TypeVar

from handlers.domain import UnitId
from handlers.ports import JsonValue, TaskScope, UnitOfWorkFactory, UnitStats

log = logging.getLogger(__name__)

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

ChatKey = tuple[str, str]  # (channel, chat id on that channel)
# Expired rows deleted with a write of a slot (by any chat), at most this many at a time and
# at most once per PURGE_EVERY in a process (not a DELETE with every list a busy bot shows);
# the reminders' hourly catch-up purges the rest (purge_expired_state). A chat keeps one row
# per slot, so what expires unpurged is bounded by the chats that stopped writing.
PURGE_ON_WRITE = 500
PURGE_EVERY = timedelta(minutes=1)


class BoundedMemory(OrderedDict[K, V]):
    """Kept in the process only, oldest out first: a restart forgets it."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, key: K, value: V) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


@dataclass(frozen=True, slots=True)
class Slot(Generic[T]):
    """A named, typed place in a chat's memory; the use case that fills it declares it, with
    how long it lasts and how its value is written to and read from JSON."""

    name: str
    ttl: timedelta
    encode: Callable[[T], JsonValue]
    decode: Callable[[JsonValue], T]


class ChatState:
    """Each chat's slots in the database (ConversationStateRepository): the database is the
    truth, so a restart or a second process continues the conversation. Nothing is cached:
    one primary-key read per use."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow_factory = uow_factory
        self._purged_at: datetime | None = None

    async def get(self, key: ChatKey, slot: Slot[T], now: datetime) -> T | None:
        async with self._uow_factory() as uow:
            raw = await uow.conversation_state.get(key[0], key[1], slot.name, now)
        if raw is None:
            return None
        try:
            return slot.decode(raw)
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            # Forgotten, as if expired: one retyped command rather than an apology.
            log.warning("unreadable %s state of a %s chat dropped (%s)", slot.name, key[0], exc)
            return None

    async def put(self, key: ChatKey, slot: Slot[T], value: T, now: datetime) -> None:
        encoded = slot.encode(value)
        async with self._uow_factory() as uow:
            state = uow.conversation_state
            await state.put(key[0], key[1], slot.name, encoded, now + slot.ttl, now)
            if self._purged_at is None or not now - PURGE_EVERY < self._purged_at <= now:
                self._purged_at = now
                await state.purge_expired(now, PURGE_ON_WRITE)
            await uow.commit()

    async def drop(self, key: ChatKey, slot: Slot[T]) -> bool:
        """True when this call removed the slot (expired or not): of two processes taking the
        same step at once, only one gets True."""
        async with self._uow_factory() as uow:
            gone = await uow.conversation_state.delete(key[0], key[1], slot.name)
            await uow.commit()
        return gone

    async def pop(self, key: ChatKey, slot: Slot[T], now: datetime) -> T | None:
        """The value, deleted in the same step (a one-shot flag, a preview being confirmed)."""
        value = await self.get(key, slot, now)
        if value is not None and not await self.drop(key, slot):
            return None  # another process took it between the two steps
        return value


async def purge_expired_state(
    uow_factory: UnitOfWorkFactory, now: datetime, *, batch: int = 500, batches: int = 20
) -> int:
    """Delete expired slots (a lapsed import preview holds a notice's text), a batch per
    transaction so no purge holds the table for long; the reminders' hourly catch-up calls
    it. How many rows went."""
    total = 0
    for _ in range(batches):
        async with uow_factory() as uow:
            gone = await uow.conversation_state.purge_expired(now, batch)
            await uow.commit()
        total += gone
        if gone < batch:
            break
    return total


StatsKey = tuple[TaskScope, frozenset[UnitId] | None, date, date, int]


class StatsCache(BoundedMemory[StatsKey, list[UnitStats]]):
    """Per-unit counts by (scope, filter, day, task revision): a province-wide count walks every
    task, and leaders ask the same question many times between two changes. Any committed task
    write moves the revision, so a hit is never stale."""

    def __init__(self, limit: int = 256) -> None:
        super().__init__(limit)
