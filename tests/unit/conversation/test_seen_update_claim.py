"""A channel's seen update (SeenUpdates.claim) is written in the transaction every message opens
anyway — where the asker is identified and the org revision read — and committed there, before
any handler acts: a message answered through a channel costs no transaction more than one
without it. A redelivered update gets no answer and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Self

from bot.channels import SeenUpdates
from handlers.messages import Incoming
from tests.conversation_support import TODAY, open_demo
from tests.fakes.uow import FakeStore, FakeUnitOfWork, FakeUnitOfWorkFactory


class _Recording(FakeUnitOfWork):
    """Notes what it served: the org revision, a seen key, a commit."""

    def __init__(self, store: FakeStore, notes: list[str]) -> None:
        super().__init__(store)
        self._notes = notes

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        revision, add = self.units.revision, self.seen_updates.add

        async def rev() -> Any:
            self._notes.append("revision")
            return await revision()

        async def seen(*args: Any) -> Any:
            self._notes.append("seen")
            return await add(*args)

        self.units.revision = rev  # type: ignore[method-assign]
        self.seen_updates.add = seen  # type: ignore[method-assign]
        return self

    async def commit(self) -> None:
        self._notes.append("commit")
        await super().commit()


class RecordingFactory(FakeUnitOfWorkFactory):
    def __init__(self, store: FakeStore) -> None:
        super().__init__(store)
        self.units_of_work: list[list[str]] = []

    def __call__(self) -> FakeUnitOfWork:
        notes: list[str] = []
        self.units_of_work.append(notes)
        return _Recording(self.store, notes)


def _clock() -> datetime:
    return datetime(2023, 10, 25, 2, 30, tzinfo=UTC)


async def test_the_seen_update_rides_on_the_first_transaction(_demo_store: FakeStore) -> None:
    factory = RecordingFactory(_demo_store.copy())
    demo = await open_demo(factory)
    seen = SeenUpdates("console", factory, _clock)
    official = demo.directory.by_handle("chutich")
    assert official is not None
    for n, text in enumerate(("xem 1", "quá hạn", "thống kê", "việc của tôi", "tiếp")):
        incoming = Incoming("console", "chutich", text, official.id, today=TODAY)
        factory.units_of_work.clear()
        plain = await demo.conversation.handle(incoming)
        without_claim = len(factory.units_of_work)
        factory.units_of_work.clear()
        claimed = await demo.conversation.handle(incoming, claim=seen.claim(f"u{n}"))
        assert [r.text for r in claimed] == [r.text for r in plain], text
        # No transaction of its own: as many as the same message without a seen update ...
        assert len(factory.units_of_work) == without_claim, (text, factory.units_of_work)
        # ... the key written where the revision is read, and committed there.
        first = factory.units_of_work[0]
        assert first[0] == "revision" and "seen" in first, (text, first)
        assert first.index("seen") < first.index("commit"), (text, first)
        assert ("console", f"u{n}") in factory.store.tables["seen_updates"]


async def test_a_redelivered_update_gets_no_answer(_demo_store: FakeStore) -> None:
    factory = FakeUnitOfWorkFactory(_demo_store.copy())
    demo = await open_demo(factory)
    seen = SeenUpdates("console", factory, _clock)
    official = demo.directory.by_handle("chutich")
    assert official is not None
    incoming = Incoming("console", "chutich", "quá hạn", official.id, today=TODAY)
    assert await demo.conversation.handle(incoming, claim=seen.claim("42"))
    assert await demo.conversation.handle(incoming, claim=seen.claim("42")) == []
    # another process given the same update after a restart: the database remembers
    again = SeenUpdates("console", factory, _clock)
    assert await demo.conversation.handle(incoming, claim=again.claim("42")) == []
    assert await demo.conversation.handle(incoming, claim=again.claim("43"))
