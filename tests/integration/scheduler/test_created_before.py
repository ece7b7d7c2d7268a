"""No reminder names or counts a task before it was created: the preview of past days and a
replayed day read today's data, so each occurrence leaves out tasks created after it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import update

from handlers.calendar import create_calendar
from scheduler.preview import preview
from scheduler.rules.due_soon import DUE_SOON
from scheduler.rules.weekly_digest import WEEKLY_DIGEST
from storage.models import TaskRow

from .conftest import TZ, World

INITIATIVE = "Gửi sáng kiến cải cách hành chính"  # Phòng Nội vụ, due Friday 27/10/2023
# Created Monday 23/10/2023 in the afternoon: after that day's 07:30 digest, before the
# due-soon reminder of Tuesday 24/10 08:00.
CREATED = datetime(2023, 10, 23, 14, tzinfo=TZ)


async def create_initiative_late(world: World) -> None:
    async with world.engine.begin() as conn:
        await conn.execute(
            update(TaskRow).where(TaskRow.text == INITIATIVE).values(created_at=CREATED)
        )


async def test_the_preview_names_a_task_only_from_its_creation(world: World) -> None:
    await create_initiative_late(world)
    items = await preview(
        date(2023, 10, 16),
        date(2023, 10, 31),
        uow_factory=world.uow_factory,
        calendar=create_calendar(),
        config=world.config,
    )
    naming = [i for i in items if "sáng kiến" in i.text]
    assert naming, "named once it exists"
    assert all(i.at >= CREATED for i in naming)
    due_soon = sorted({i.at.astimezone(TZ).date() for i in items if i.rule == DUE_SOON})
    # 7 working days before (18/10) it did not exist yet; 3 and 1 (24/10, 26/10) it did.
    assert due_soon == [date(2023, 10, 24), date(2023, 10, 26)]
    # Monday 23/10 07:30: without it nothing was due that week, so no digest at all.
    digests = sorted({i.at.astimezone(TZ).date() for i in items if i.rule == WEEKLY_DIGEST})
    assert date(2023, 10, 23) not in digests and date(2023, 10, 30) in digests


async def test_a_replayed_day_leaves_out_tasks_created_after_it(world: World) -> None:
    await create_initiative_late(world)
    reminders = world.reminders()
    await reminders.fire_day(date(2023, 10, 18))
    assert [r for r in await world.outbox() if r.rule == DUE_SOON] == []
    await reminders.fire_day(date(2023, 10, 24))
    rows = [r for r in await world.outbox() if r.rule == DUE_SOON]
    assert {r.handle for r in rows} == {"noivu"}
    assert all("sáng kiến" in r.text for r in rows)
