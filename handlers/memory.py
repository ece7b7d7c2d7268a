"""What the process remembers between messages: per-chat slots (the last list for «tiếp», the
last report for a photo that follows it) and the statistics cache. Bounded, oldest out first."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar, cast

from handlers.domain import UnitId
from handlers.ports import TaskScope, UnitStats

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

ChatKey = tuple[str, str]  # (channel, chat id on that channel)


class BoundedMemory(OrderedDict[K, V]):
    """Kept in the process only: a restart forgets it, which costs a user one retyped command."""

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
    """A named, typed place in a chat's memory; the use case that fills it declares it."""

    name: str


class ChatMemory:
    """Each chat's slots, for the `limit` most recently active chats."""

    def __init__(self, limit: int = 5000) -> None:
        self._chats: BoundedMemory[ChatKey, dict[str, object]] = BoundedMemory(limit)

    def get(self, key: ChatKey, slot: Slot[T]) -> T | None:
        return cast("T | None", self._chats.get(key, {}).get(slot.name))

    def put(self, key: ChatKey, slot: Slot[T], value: T) -> None:
        chat = self._chats.get(key) or {}
        chat[slot.name] = value
        self._chats.remember(key, chat)


StatsKey = tuple[TaskScope, frozenset[UnitId] | None, date, date, int]


class StatsCache(BoundedMemory[StatsKey, list[UnitStats]]):
    """Per-unit counts by (scope, filter, day, task revision): a province-wide count walks every
    task, and leaders ask the same question many times between two changes. Any committed task
    write moves the revision, so a hit is never stale."""

    def __init__(self, limit: int = 256) -> None:
        super().__init__(limit)
