"""The outbox repository's delivery side: claims take exactly what they ask for, disjoint
under concurrency; marks need the claim; retry times, leases and periods are honoured."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from handlers.domain import OutboxMessage

from .conftest import World

LEASE = timedelta(minutes=5)


async def fill(world: World, count: int, *, rule: str = "reported") -> None:
    chair = world.official("chutichxa").id
    async with world.uow_factory() as uow:
        for n in range(count):
            due = world.clock() - timedelta(minutes=count - n)
            await uow.outbox.add_once(OutboxMessage(rule, chair, f"p{n:03d}", f"m{n}", due))
        await uow.commit()


async def test_a_claim_takes_exactly_its_limit_oldest_first(world: World) -> None:
    await fill(world, 20)
    now = world.clock()
    async with world.uow_factory() as uow:
        first = await uow.outbox.claim(now, 5, now + LEASE, "a")
        second = await uow.outbox.claim(now, 5, now + LEASE, "b")
        await uow.commit()
    assert [m.period for m in first] == [f"p{n:03d}" for n in range(5)]
    assert [m.period for m in second] == [f"p{n:03d}" for n in range(5, 10)]
    assert {m.status for m in first + second} == {"sending"}
    assert {m.attempts for m in first} == {1}
    statuses = [r.status for r in await world.outbox()]
    assert statuses.count("sending") == 10 and statuses.count("pending") == 10


async def test_concurrent_claims_are_disjoint(world: World) -> None:
    await fill(world, 30)
    now = world.clock()
    both_in = asyncio.Barrier(3)

    async def claim(name: str) -> list[int]:
        async with world.uow_factory() as uow:
            await uow.outbox.next_due()  # a read first: all transactions are open
            await both_in.wait()
            try:
                got = await uow.outbox.claim(now, 8, now + LEASE, name)
                await asyncio.sleep(0.05)  # hold the locks while the others claim
                await uow.commit()
            except Exception:  # SQLite: a writer that lost the race fails instead
                return []
            return [m.id or 0 for m in got]

    claims = await asyncio.gather(claim("a"), claim("b"), claim("c"))
    taken = [i for ids in claims for i in ids]
    assert len(taken) == len(set(taken))
    assert all(len(ids) in (0, 8) for ids in claims)


async def test_retry_time_lease_and_marks(world: World) -> None:
    await fill(world, 1)
    now = world.clock()
    async with world.uow_factory() as uow:
        (row,) = await uow.outbox.claim(now, 10, now + LEASE, "a")
        assert await uow.outbox.mark_sent([row.id or 0], "someone-else", now, "telegram", "x") == 0
        later = now + timedelta(minutes=10)
        assert await uow.outbox.release([row.id or 0], "a", later, "502") == 1
        await uow.commit()
    async with world.uow_factory() as uow:
        assert await uow.outbox.claim(now, 10, now + LEASE, "b") == []
        assert await uow.outbox.next_due() == later
        (again,) = await uow.outbox.claim(later, 10, later + LEASE, "b")
        assert again.attempts == 2
        # Its claimer dies: the row is claimable once the lease has run out, not before.
        assert await uow.outbox.claim(later + LEASE / 2, 10, later + LEASE, "c") == []
        assert await uow.outbox.next_due() == later + LEASE
        (third,) = await uow.outbox.claim(later + LEASE * 2, 10, later + LEASE * 3, "c")
        assert third.attempts == 3
        assert await uow.outbox.mark_sent([third.id or 0], "c", later, "telegram", "tg-1") == 1
        await uow.commit()
    (record,) = await world.outbox()
    assert (record.status, record.chat_ref, record.last_error) == ("sent", "tg-1", None)


async def test_periods_failed_and_scheduled(world: World) -> None:
    await fill(world, 3, rule="due_soon")
    now = world.clock()
    async with world.uow_factory() as uow:
        assert await uow.outbox.latest_period("due_soon", "p002") == "p001"
        assert await uow.outbox.latest_period("due_soon", "p000") is None
        assert await uow.outbox.recipients("due_soon", "p001") == {world.official("chutichxa").id}
        window = await uow.outbox.scheduled(now - timedelta(minutes=2), now, 10)
        assert [m.period for m in window] == ["p001", "p002"]
        (a, b, _) = await uow.outbox.claim(now, 10, now + LEASE, "a")
        await uow.outbox.mark_dead([a.id or 0], "a", "PermanentError: chat not found")
        await uow.outbox.mark_undeliverable([b.id or 0], "a", "no linked chat")
        await uow.commit()
    async with world.uow_factory() as uow:
        failed = await uow.outbox.failed(10)
    assert [(m.period, m.status) for m in failed] == [("p001", "failed"), ("p000", "dead")]


async def test_companions_are_more_rows_for_the_people_a_claim_took(world: World) -> None:
    chair, pct = world.official("chutichxa").id, world.official("pct").id
    async with world.uow_factory() as uow:
        for n, person in enumerate([chair, pct, chair, pct, chair, pct, chair]):
            due = world.clock() - timedelta(minutes=10 - n)
            await uow.outbox.add_once(OutboxMessage("reported", person, f"p{n}", f"m{n}", due))
        await uow.outbox.add_once(  # someone else's: never a companion
            OutboxMessage("reported", world.official("chutich").id, "q", "x", world.clock())
        )
        await uow.commit()
    now = world.clock()
    async with world.uow_factory() as uow:
        first = await uow.outbox.claim(now, 1, now + LEASE, "a", companions=2)
        second = await uow.outbox.claim(now, 1, now + LEASE, "b", companions=9)
        await uow.commit()
    # The oldest row, then the chair's next two, oldest first.
    assert [m.period for m in first] == ["p0", "p2", "p4"]
    # The oldest left is the vice-chair's; all of theirs come along, nobody else's.
    assert [m.period for m in second] == ["p1", "p3", "p5"]
    statuses = {r.period: r.status for r in await world.outbox()}
    assert [p for p, s in statuses.items() if s == "pending"] == ["p6", "q"]
