"""Writing a chat's slot purges expired slots at most once per PURGE_EVERY in a process (a busy
bot remembers a list with nearly every answer: one DELETE each was a statement per answer);
what expired is still purged by the next write after that, and reading never returns it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Self

from handlers.memory import PURGE_EVERY, ChatState, Slot
from tests.fakes.uow import FakeStore, FakeUnitOfWork, FakeUnitOfWorkFactory

NOW = datetime(2026, 12, 4, 8, tzinfo=UTC)
NOTE: Slot[str] = Slot("note", timedelta(minutes=5), lambda v: v, str)


class _Counting(FakeUnitOfWork):
    def __init__(self, store: FakeStore, purges: list[datetime]) -> None:
        super().__init__(store)
        self._purges = purges

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        purge = self.conversation_state.purge_expired

        async def counted(now: datetime, limit: int) -> Any:
            self._purges.append(now)
            return await purge(now, limit)

        self.conversation_state.purge_expired = counted  # type: ignore[method-assign]
        return self


class CountingFactory(FakeUnitOfWorkFactory):
    def __init__(self) -> None:
        super().__init__()
        self.purges: list[datetime] = []

    def __call__(self) -> FakeUnitOfWork:
        return _Counting(self.store, self.purges)


async def test_writes_purge_at_most_once_per_interval() -> None:
    factory = CountingFactory()
    state = ChatState(factory)
    await state.put(("telegram", "1"), NOTE, "a", NOW)
    for n in range(2, 30):  # many chats writing within the interval: no DELETE each
        await state.put(("telegram", str(n)), NOTE, "b", NOW + timedelta(seconds=n))
    assert factory.purges == [NOW]

    later = NOW + PURGE_EVERY + timedelta(minutes=5)  # every slot above has expired by now
    assert await state.get(("telegram", "1"), NOTE, later) is None
    await state.put(("zalo", "x"), NOTE, "c", later)
    assert factory.purges == [NOW, later]
    assert set(factory.store.tables["conversation_state"]) == {("zalo", "x", "note")}


async def test_a_clock_set_back_purges_again() -> None:
    factory = CountingFactory()
    state = ChatState(factory)
    await state.put(("telegram", "1"), NOTE, "a", NOW)
    await state.put(("telegram", "1"), NOTE, "a", NOW - timedelta(hours=1))
    assert len(factory.purges) == 2
