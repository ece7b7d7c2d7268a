"""A scheduled rule that fails is reported to the admins once per rule and day, through the
outbox; the job itself never raises into APScheduler."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.calendar import create_calendar
from handlers.domain import Role
from scheduler.alerts import RULE_FAILED
from scheduler.service import ReminderService
from storage.models import OutboxRow
from storage.uow import SqlUnitOfWork
from tests.integration.scheduler.conftest import FakeClock, fast_config, load_world, local


class Broken:
    def __init__(self) -> None:
        self.calls = 0

    async def fire_rule(self, rule: str) -> int:
        self.calls += 1
        raise ConnectionError("database unreachable")


async def alerts(engine: AsyncEngine) -> list[tuple[int, str, str]]:
    async with engine.connect() as conn:
        rows = await conn.execute(
            select(OutboxRow.recipient_id, OutboxRow.period, OutboxRow.text)
            .where(OutboxRow.rule == RULE_FAILED)
            .order_by(OutboxRow.id)
        )
        return [(r[0], r[1], r[2]) for r in rows]


async def test_a_failing_rule_is_told_once_a_day(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork]
) -> None:
    directory = await load_world(engine, uow_factory)
    admins = sorted(o.id for o in directory.officials.values() if o.has(Role.ADMIN))
    clock = FakeClock(local(date(2026, 12, 4), 7, 30))
    service = ReminderService(
        uow_factory=uow_factory,
        calendar=create_calendar(),
        config=fast_config(),
        senders={},
        clock=clock,
    )
    broken = Broken()
    service.reminders = broken  # type: ignore[assignment]
    await service._fire_rule("weekly_digest")  # the APScheduler job: logs, never raises
    clock.set(clock.now + timedelta(hours=1))
    await service._fire_rule("weekly_digest")  # the same rule later that day: not again
    assert broken.calls == 2
    told = await alerts(engine)
    assert [(who, period) for who, period, _ in told] == [
        (admin, "weekly_digest-2026-12-04") for admin in admins
    ]
    assert told[0][2] == (
        "⚠️ Việc tự động «bản tin tuần» lúc 07:30 04/12/2026 bị lỗi (ConnectionError: "
        "database unreachable). Hệ thống sẽ thử lại mỗi giờ; nếu lỗi còn lặp lại, hãy xem "
        "nhật ký của nhacviec và «nhacviec status»."
    )
    await service._fire_rule("due_soon")  # another rule: its own alert
    clock.set(clock.now + timedelta(days=1))
    await service._fire_rule("weekly_digest")  # the next day: told again
    periods = [period for _, period, _ in await alerts(engine)]
    assert periods.count("due_soon-2026-12-04") == len(admins)
    assert periods.count("weekly_digest-2026-12-05") == len(admins)
    assert len(periods) == 3 * len(admins)
