"""The in-flight window after a crash: a dispatcher keeps claimed only what its pacing sends in
about a second, and marks each message sent as soon as the channel accepted it, so a kill
leaves in `sending` only messages not yet sent (and at most the one being accepted)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from handlers.domain import ChatAccount, OfficialId, OutboxMessage
from handlers.messages import Reply
from scheduler.dispatcher import Dispatcher
from scheduler.outcomes import SEPARATOR
from storage.models import OutboxRow
from storage.uow import SqlUnitOfWork

from .conftest import FakeSender, World

ROWS = 60
# The test pacing sends 1000 msg/s: a window of 0.01 s is 10 rows.
WINDOW_SECONDS = 0.01
WINDOW_ROWS = 10


async def fill(world: World, count: int) -> None:
    handles = sorted(o.handle for o in world.directory.officials.values())
    async with world.uow_factory() as uow:
        for n in range(count):
            recipient = world.official(handles[n % len(handles)]).id
            await uow.outbox.add_once(
                OutboxMessage("reported", recipient, f"p{n}", f"m{n}", world.clock())
            )
        await uow.commit()


async def statuses(engine: AsyncEngine) -> Counter[str]:
    async with engine.connect() as conn:
        rows = await conn.execute(
            select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
        )
        return Counter({status: count for status, count in rows})


async def until(ready: Callable[[], Awaitable[bool]], within: float = 20.0) -> None:
    """Wait for a state of the database (a bound against hanging, not a timing check)."""
    async with asyncio.timeout(within):
        while not await ready():  # noqa: ASYNC110  (the database has no event to wait on)
            await asyncio.sleep(0.005)


@dataclass
class WatchingSender(FakeSender):
    """Before each send, looks at how many rows the outbox holds claimed."""

    engine: AsyncEngine | None = None
    claimed_seen: list[int] = field(default_factory=list)

    async def send(self, chat_ref: str, reply: Reply) -> None:
        assert self.engine is not None
        self.claimed_seen.append((await statuses(self.engine))["sending"])
        await super().send(chat_ref, reply)


@dataclass
class StallingSender(FakeSender):
    """Accepts the first `accept` messages, then holds every further send (a process about to
    be killed) until `go_on` is set."""

    accept: int = 3
    go_on: asyncio.Event = field(default_factory=asyncio.Event)
    stalled: int = 0

    async def send(self, chat_ref: str, reply: Reply) -> None:
        if len(self.sent) >= self.accept and not self.go_on.is_set():
            self.stalled += 1
            await self.go_on.wait()
        await super().send(chat_ref, reply)


async def test_a_claim_takes_no_more_than_the_pacing_sends_in_the_window(
    world: World,
) -> None:
    await fill(world, ROWS)
    sender = WatchingSender("telegram", world.clock, engine=world.engine)
    world.telegram = sender
    dispatcher = world.dispatcher(merge=False, claim_window_seconds=WINDOW_SECONDS)

    report = await dispatcher.drain()

    assert report.rows_sent == ROWS and len(sender.sent) == ROWS
    assert len(sender.claimed_seen) == ROWS
    assert max(sender.claimed_seen) <= WINDOW_ROWS
    assert (await statuses(world.engine)) == {"sent": ROWS}


async def test_each_message_is_marked_sent_once_accepted_not_with_its_claim(
    world: World,
) -> None:
    await fill(world, ROWS)
    sender = StallingSender("telegram", world.clock, accept=3)
    world.telegram = sender
    dispatcher = world.dispatcher(merge=False, claim_window_seconds=WINDOW_SECONDS)
    draining = asyncio.create_task(dispatcher.drain())
    try:

        async def three_marked() -> bool:
            return (await statuses(world.engine))["sent"] == 3

        # The claim's other messages are held: a kill now must find the three accepted ones
        # marked, and only unsent ones claimed.
        await until(three_marked)
        assert sender.stalled > 0
        found = await world.outbox()
        sent_texts = sorted(r.text for r in found if r.status == "sent")
        assert sent_texts == sorted(d.text for d in sender.sent)
        claimed = [r for r in found if r.status == "sending"]
        assert 0 < len(claimed) <= WINDOW_ROWS
        assert not {r.text for r in claimed} & {d.text for d in sender.sent}
        assert {r.status for r in found} == {"sent", "sending", "pending"}
    finally:
        sender.go_on.set()
        report = await draining

    assert report.rows_sent == ROWS
    assert set(Counter(d.text for d in sender.sent).values()) == {1}
    assert (await statuses(world.engine)) == {"sent": ROWS}


class AccountsDown:
    """The chat accounts' table cannot be read (the database went away mid-claim)."""

    def __init__(self, inner: object) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    async def for_official(self, official_id: OfficialId) -> list[ChatAccount]:
        raise OSError("connection to the database lost")


class RoutingDown(SqlUnitOfWork):
    async def __aenter__(self) -> RoutingDown:
        await super().__aenter__()
        self.accounts = AccountsDown(self.accounts)  # type: ignore[assignment]
        return self


async def test_a_claim_that_cannot_be_routed_goes_back_at_once_not_after_its_lease(
    world: World,
) -> None:
    await fill(world, 5)
    sessions = async_sessionmaker(world.engine, expire_on_commit=False)
    dispatcher = Dispatcher(
        uow_factory=lambda: RoutingDown(sessions),
        senders={"telegram": world.telegram},
        clock=world.clock,
        config=world.config.dispatch,
    )
    with pytest.raises(OSError):
        await dispatcher.drain()

    found = await world.outbox()
    assert {r.status for r in found} == {"pending"}
    assert {r.attempts for r in found} == {0}  # not the message's fault
    assert world.telegram.sent == []
    # The next dispatcher sends them now, without waiting for a lease.
    report = await world.dispatcher().drain()
    assert report.rows_sent == 5


async def test_a_small_window_still_merges_every_row_for_a_chat_into_one_message(
    world: World,
) -> None:
    """A slow channel's window is a few rows; a catch-up's other rows for the same people
    ride along with the claim and merge into the message it sends anyway."""
    people = ["chutich", "pct", "chutichxa"]
    rows = [(handle, f"a{n}", f"{handle} 0") for n, handle in enumerate(people)]  # oldest
    rows += [("chutich", f"b{n}", f"chutich {n}") for n in range(1, 5)]  # newer, one person
    async with world.uow_factory() as uow:
        for handle, period, text in rows:
            recipient = world.official(handle).id
            await uow.outbox.add_once(
                OutboxMessage("reported", recipient, period, text, world.clock())
            )
        await uow.commit()
    # 1000 msg/s × 0.003 s: a window of 3 rows, one per person.
    dispatcher = world.dispatcher(claim_window_seconds=0.003)

    report = await dispatcher.drain()

    assert (report.messages, report.rows_sent) == (3, 7)
    (merged,) = world.telegram.to("tg-chutich")
    assert merged.text.split(SEPARATOR) == [f"chutich {n}" for n in range(5)]
    assert (await statuses(world.engine)) == {"sent": 7}
