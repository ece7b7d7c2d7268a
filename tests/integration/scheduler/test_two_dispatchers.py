"""Two dispatchers (two engines, as two processes would have) drain one outbox together:
each row is claimed by one of them and delivered once (SKIP LOCKED on PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace

from handlers.domain import OutboxMessage
from handlers.messages import Reply
from scheduler.dispatcher import Dispatcher
from storage.engine import create_engine, create_uow_factory

from .conftest import FakeSender, World

ROWS = 240


class SlowSender(FakeSender):
    async def send(self, chat_ref: str, reply: Reply) -> None:
        await asyncio.sleep(0.002)  # let the other dispatcher claim in between
        await super().send(chat_ref, reply)


async def test_two_dispatchers_share_the_work_without_doubles(
    world: World, database_url: str
) -> None:
    handles = sorted(o.handle for o in world.directory.officials.values())
    async with world.uow_factory() as uow:
        for n in range(ROWS):
            recipient = world.official(handles[n % len(handles)]).id
            await uow.outbox.add_once(
                OutboxMessage("reported", recipient, f"p{n}", f"m{n}", world.clock())
            )
        await uow.commit()
    config = replace(world.config.dispatch, merge=False, batch_size=10, max_in_flight=8)
    engines = [create_engine(database_url) for _ in range(2)]
    senders = [SlowSender("telegram", world.clock) for _ in range(2)]
    try:
        dispatchers = [
            Dispatcher(
                uow_factory=create_uow_factory(engine),
                senders={"telegram": sender},
                clock=world.clock,
                config=config,
            )
            for engine, sender in zip(engines, senders, strict=True)
        ]
        reports = await asyncio.gather(*(d.drain() for d in dispatchers))
    finally:
        for engine in engines:
            await engine.dispose()

    delivered = Counter(d.text for s in senders for d in s.sent)
    assert len(delivered) == ROWS and set(delivered.values()) == {1}
    assert sum(r.rows_sent for r in reports) == ROWS
    assert all(r.lost_claims == 0 for r in reports)
    assert {r.status for r in await world.outbox()} == {"sent"}
    if database_url.startswith("postgresql"):
        assert all(len(s.sent) > 0 for s in senders), "both dispatchers took a share"
