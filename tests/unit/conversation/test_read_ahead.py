"""Every message asks whether its chat has a numbered question open; that read rides in the
transaction that identifies the asker instead of costing a transaction of its own (a busy bot
spends a few milliseconds of CPU on each). Asking back itself is tested where it was
(test_understanding_flows, test_restart, tests/e2e/test_ask_back.py)."""

from __future__ import annotations

from typing import Any, Self

from tests.conversation_support import open_demo
from tests.fakes.uow import FakeStore, FakeUnitOfWork, FakeUnitOfWorkFactory


class _Recording(FakeUnitOfWork):
    """Notes which reads it served: the chat state, the org revision."""

    def __init__(self, store: FakeStore, reads: list[str]) -> None:
        super().__init__(store)
        self._reads = reads

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        state_get, revision = self.conversation_state.get, self.units.revision

        async def get(*args: Any) -> Any:
            self._reads.append("state")
            return await state_get(*args)

        async def rev() -> Any:
            self._reads.append("revision")
            return await revision()

        self.conversation_state.get = get  # type: ignore[method-assign]
        self.units.revision = rev  # type: ignore[method-assign]
        return self


class RecordingFactory(FakeUnitOfWorkFactory):
    """Remembers, for each unit of work opened, the reads it served."""

    def __init__(self, store: FakeStore) -> None:
        super().__init__(store)
        self.units_of_work: list[list[str]] = []

    def __call__(self) -> FakeUnitOfWork:
        reads: list[str] = []
        self.units_of_work.append(reads)
        return _Recording(self.store, reads)


async def test_the_open_question_check_is_read_with_the_asker(_demo_store: FakeStore) -> None:
    factory = RecordingFactory(_demo_store.copy())
    demo = await open_demo(factory)
    for text in ("xem 1", "quá hạn", "thống kê", "việc của tôi"):
        factory.units_of_work.clear()
        assert await demo.say("chutich", text)
        state_reads = [reads for reads in factory.units_of_work if "state" in reads]
        assert state_reads, text  # the check is made ...
        # ... and only where the directory's revision is read, at the start of the message.
        assert all("revision" in reads for reads in state_reads), (text, factory.units_of_work)
