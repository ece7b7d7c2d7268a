"""conversation_state and seen_updates: the SQL repositories on each test database and the
in-memory fake answer alike — a slot is replaced in place, read back as the JSON written, gone
once expired (and purged, at most `limit` rows at a time); an update key is new once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from handlers.ports import JsonValue, UnitOfWork
from tests.fakes.uow import FakeUnitOfWorkFactory

Factory = Callable[[], UnitOfWork]
NOW = datetime(2026, 12, 4, 8, tzinfo=UTC)
VALUE: JsonValue = {
    "query": {"units": [3, 1], "text": " so hoa ", "limit": 8},
    "title": "Việc «đến hạn»",
}


async def state_semantics(factory: Factory) -> list[object]:
    seen: list[object] = []
    async with factory() as uow:
        state = uow.conversation_state
        await state.put("telegram", "42", "last_list", VALUE, NOW + timedelta(hours=1), NOW)
        await state.put("telegram", "42", "pending_question", ["xem 1", "duyệt 1"], NOW, NOW)
        await state.put("zalo", "42", "last_list", [1], NOW + timedelta(minutes=5), NOW)
        await uow.commit()
    async with factory() as uow:
        state = uow.conversation_state
        seen.append(await state.get("telegram", "42", "last_list", NOW))
        seen.append(await state.get("telegram", "42", "pending_question", NOW))  # expired
        seen.append(await state.get("telegram", "43", "last_list", NOW))  # another chat
        # Replaced in place, with a new expiry.
        await state.put("zalo", "42", "last_list", [2], NOW + timedelta(hours=2), NOW)
        await uow.commit()
    async with factory() as uow:
        state = uow.conversation_state
        seen.append(await state.get("zalo", "42", "last_list", NOW + timedelta(hours=1)))
        await state.delete("telegram", "42", "last_list")  # rolled back: not committed
    async with factory() as uow:
        state = uow.conversation_state
        seen.append(await state.get("telegram", "42", "last_list", NOW))
        seen.append(await state.purge_expired(NOW + timedelta(hours=1, minutes=1), 1))
        seen.append(await state.purge_expired(NOW + timedelta(hours=1, minutes=1), 10))
        seen.append(await state.delete("zalo", "42", "last_list"))
        seen.append(await state.delete("zalo", "42", "last_list"))
        await uow.commit()
    async with factory() as uow:
        state = uow.conversation_state
        seen.append(await state.get("zalo", "42", "last_list", NOW))
        seen.append(await state.purge_expired(NOW + timedelta(days=1), 10))
    return seen


async def test_conversation_state_alike(uow_factory: Factory) -> None:
    fake = await state_semantics(FakeUnitOfWorkFactory())
    sql = await state_semantics(uow_factory)
    assert fake == sql == [VALUE, None, None, [2], VALUE, 1, 1, True, False, None, 0]


async def seen_semantics(factory: Factory) -> list[object]:
    seen: list[object] = []
    async with factory() as uow:
        updates = uow.seen_updates
        seen.append(await updates.add("telegram", "1001", NOW))
        seen.append(await updates.add("telegram", "1001", NOW))  # a redelivery
        seen.append(await updates.add("zalo", "1001", NOW))  # another channel's key
        seen.append(await updates.add("zalo", "message.text.received:m1", NOW + timedelta(days=8)))
        await uow.commit()
    async with factory() as uow:
        seen.append(await uow.seen_updates.add("telegram", "1001", NOW + timedelta(days=1)))
        seen.append(await uow.seen_updates.purge(NOW + timedelta(days=7), 1))
        seen.append(await uow.seen_updates.purge(NOW + timedelta(days=7), 10))
        await uow.commit()
    async with factory() as uow:
        seen.append(await uow.seen_updates.add("telegram", "1001", NOW + timedelta(days=7)))
        seen.append(await uow.seen_updates.add("zalo", "message.text.received:m1", NOW))
    return seen


async def test_seen_updates_alike(uow_factory: Factory) -> None:
    fake = await seen_semantics(FakeUnitOfWorkFactory())
    sql = await seen_semantics(uow_factory)
    assert fake == sql == [True, False, True, True, False, 1, 1, True, False]
