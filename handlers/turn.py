"""One message being answered: who asks, what they meant, and the services a handler uses."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from handlers.context import Asker
from handlers.import_dialog import ImportDialog, SayNow
from handlers.memory import ChatKey, ChatState, Slot, StatsCache
from handlers.messages import Incoming, Reply
from handlers.nlu import Understanding
from handlers.ports import UnitOfWorkFactory
from handlers.report_data import ReportRenderer

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Services:
    """Long-lived pieces every turn shares, built once by the conversation."""

    uow_factory: UnitOfWorkFactory
    page_size: int
    memory: ChatState
    stats_cache: StatsCache
    imports: ImportDialog
    # Draws report files (Word/Excel) at the edge; None: the bot points to `nhacviec report`.
    reports: ReportRenderer | None = None


@dataclass(frozen=True, slots=True)
class Turn:
    asker: Asker
    meaning: Understanding
    incoming: Incoming
    key: ChatKey
    services: Services
    say_now: SayNow | None = None  # None where the channel can only answer once
    # Slots already read in the message's first transaction (name → value, None when empty),
    # so a check every message makes (an open question?) costs no transaction of its own.
    # Writing or dropping a slot forgets what was read.
    read_ahead: dict[str, Any] = field(default_factory=dict)

    @property
    def uow_factory(self) -> UnitOfWorkFactory:
        return self.services.uow_factory

    @property
    def task_id(self) -> int:
        """The task the message names; routing sends only messages that name one here."""
        if self.meaning.task_id is None:
            raise LookupError(f"{self.meaning.intent} routed without a task id")
        return self.meaning.task_id

    async def recall(self, slot: Slot[T]) -> T | None:
        """The chat's value in `slot`, None when there is none or it expired."""
        if slot.name in self.read_ahead:
            return cast(T | None, self.read_ahead[slot.name])
        return await self.services.memory.get(self.key, slot, self.asker.now)

    async def remember(self, slot: Slot[T], value: T) -> None:
        self.read_ahead.pop(slot.name, None)
        await self.services.memory.put(self.key, slot, value, self.asker.now)

    async def forget(self, slot: Slot[T]) -> None:
        self.read_ahead.pop(slot.name, None)
        await self.services.memory.drop(self.key, slot)


Handler = Callable[[Turn], Awaitable[Reply]]
