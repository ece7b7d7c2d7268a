"""The reminders' catch-up (at start and hourly) deletes lapsed conversation steps: an import
preview nobody confirmed holds a notice's text and must not stay in the database when no chat
writes anything that would purge it on the way."""

from __future__ import annotations

from datetime import date, timedelta

from scheduler.service import ReminderService

from .conftest import World, local


async def test_the_catch_up_purges_expired_conversation_state(world: World) -> None:
    now = local(date(2023, 12, 12), 10)
    world.clock.set(now)
    async with world.uow_factory() as uow:
        state = uow.conversation_state
        lapsed = now - timedelta(minutes=1)
        await state.put("telegram", "1", "pending_import", {"plan": "…"}, lapsed, lapsed)
        for n in range(3):
            await state.put("zalo", str(n), "last_list", [n], lapsed, lapsed)
        await state.put(
            "telegram", "2", "pending_import", {"plan": "…"}, now + timedelta(hours=1), now
        )
        await uow.commit()
    reminders = ReminderService(
        uow_factory=world.uow_factory,
        calendar=world.reminders()._calendar,
        config=world.config,
        senders={"telegram": world.telegram},
        clock=world.clock,
    )
    await reminders.start()
    try:
        await reminders.caught_up()
    finally:
        await reminders.stop()
    async with world.uow_factory() as uow:
        state = uow.conversation_state
        # Read as of long ago: only a row still in the table answers.
        long_ago = now - timedelta(days=1)
        assert await state.get("telegram", "1", "pending_import", long_ago) is None
        assert [await state.get("zalo", str(n), "last_list", long_ago) for n in range(3)] == [
            None,
            None,
            None,
        ]
        assert await state.get("telegram", "2", "pending_import", now) == {"plan": "…"}
