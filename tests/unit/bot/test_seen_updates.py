"""SeenUpdates: an update key is new once per channel; keys older than the retention are
purged (at most every PURGE_EVERY), so a key seen again after that is new; a database that
cannot be reached lets the update through rather than losing it."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.channels import SeenUpdates
from tests.fakes.uow import FakeUnitOfWork, FakeUnitOfWorkFactory


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 8, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def test_a_key_is_new_once_per_channel_until_purged() -> None:
    store, clock = FakeUnitOfWorkFactory(), Clock()
    telegram = SeenUpdates("telegram", store, clock)
    restarted = SeenUpdates("telegram", store, clock)
    zalo = SeenUpdates("zalo", store, clock)
    assert await telegram.first_time("1001")
    assert not await telegram.first_time("1001")
    assert not await restarted.first_time("1001")  # another process, the same database
    assert await zalo.first_time("1001")
    long_key = "message.text.received:" + "x" * 300
    assert await zalo.first_time(long_key)
    assert not await zalo.first_time(long_key)
    assert all(len(key) <= SeenUpdates.MAX_KEY for _, key in store.store.tables["seen_updates"])

    clock.now += SeenUpdates.RETENTION + SeenUpdates.PURGE_EVERY
    assert await restarted.first_time("2002")  # purges what is older than the retention
    assert set(store.store.tables["seen_updates"]) == {("telegram", "2002")}
    assert await telegram.first_time("1001")


class BrokenFactory:
    def __call__(self) -> FakeUnitOfWork:
        raise ConnectionError("database down")


async def test_a_database_outage_lets_the_update_through() -> None:
    seen = SeenUpdates("zalo", BrokenFactory(), Clock())
    assert await seen.first_time("event:m1")
    assert await seen.first_time("event:m1")  # no record, no refusal: never a lost message
