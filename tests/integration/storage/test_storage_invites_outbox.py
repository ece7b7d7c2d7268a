"""Invite codes are redeemed once, even concurrently; outbox rows are written once per key."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from handlers.domain import OfficialId, OutboxMessage
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]
NOW = datetime(2024, 6, 10, 1, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


async def _invite(uow_factory: UowFactory, official: OfficialId, code_hash: str) -> None:
    async with uow_factory() as uow:
        await uow.invites.create(official, code_hash, NOW, NOW + timedelta(days=3))
        await uow.commit()


async def test_redeem_once(uow_factory: UowFactory, org: Org) -> None:
    await _invite(uow_factory, org.staff, "h1")
    async with uow_factory() as uow:
        assert await uow.invites.redeem("h1", NOW + timedelta(hours=1)) == org.staff
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.invites.redeem("h1", NOW + timedelta(hours=2)) is None
        assert await uow.invites.redeem("unknown", NOW) is None


async def test_redeem_refuses_an_expired_code(uow_factory: UowFactory, org: Org) -> None:
    await _invite(uow_factory, org.staff, "h1")
    async with uow_factory() as uow:
        assert await uow.invites.redeem("h1", NOW + timedelta(days=3)) is None


async def test_uncommitted_redeem_leaves_the_code_usable(
    uow_factory: UowFactory, org: Org
) -> None:
    await _invite(uow_factory, org.staff, "h1")
    async with uow_factory() as uow:
        assert await uow.invites.redeem("h1", NOW) == org.staff
    async with uow_factory() as uow:
        assert await uow.invites.redeem("h1", NOW) == org.staff


async def test_concurrent_redeems_use_a_code_once(uow_factory: UowFactory, org: Org) -> None:
    await _invite(uow_factory, org.chair, "h1")
    both_in = asyncio.Barrier(2)

    async def attempt() -> OfficialId | None:
        async with uow_factory() as uow:
            await uow.officials.get(org.chair)  # a read first: both transactions are open
            await both_in.wait()
            got = await uow.invites.redeem("h1", NOW)
            await asyncio.sleep(0.05)  # hold the claim while the other one tries
            await uow.commit()
            return got

    results = await asyncio.gather(attempt(), attempt(), return_exceptions=True)
    assert sorted(results, key=repr) == sorted([org.chair, None], key=repr)


def _message(org: Org, period: str, due: datetime, text: str = "Nhắc việc") -> OutboxMessage:
    return OutboxMessage("weekly_digest", org.leader, period, text, due, channel="telegram")


async def test_add_once_writes_one_row_per_key(uow_factory: UowFactory, org: Org) -> None:
    async with uow_factory() as uow:
        assert await uow.outbox.add_once(_message(org, "2024-W24", NOW))
        assert not await uow.outbox.add_once(_message(org, "2024-W24", NOW, "again"))
        await uow.commit()
    async with uow_factory() as uow:
        # A later transaction (a restart catching up) still cannot add it twice.
        assert not await uow.outbox.add_once(_message(org, "2024-W24", NOW, "third"))
        pending = await uow.outbox.scheduled(NOW - timedelta(days=30), NOW + SECOND, 10)
    assert [(m.period, m.text, m.status, m.attempts) for m in pending] == [
        ("2024-W24", "Nhắc việc", "pending", 0)
    ]
    assert pending[0].id is not None and pending[0].channel == "telegram"
    assert pending[0].due_at == NOW


async def test_scheduled_returns_pending_rows_in_the_window_oldest_first(
    uow_factory: UowFactory, org: Org
) -> None:
    async with uow_factory() as uow:
        await uow.outbox.add_once(_message(org, "p3", NOW))
        await uow.outbox.add_once(_message(org, "p1", NOW - timedelta(days=2)))
        await uow.outbox.add_once(_message(org, "p2", NOW - timedelta(days=1)))
        await uow.outbox.add_once(_message(org, "later", NOW + timedelta(seconds=1)))
        sent = OutboxMessage("weekly_digest", org.leader, "sent", "x", NOW, status="sent")
        await uow.outbox.add_once(sent)
        await uow.commit()
    async with uow_factory() as uow:
        since = NOW - timedelta(days=30)
        assert [m.period for m in await uow.outbox.scheduled(since, NOW + SECOND, 10)] == [
            "p1",
            "p2",
            "p3",
        ]
        assert [m.period for m in await uow.outbox.scheduled(since, NOW + SECOND, 2)] == [
            "p1",
            "p2",
        ]
