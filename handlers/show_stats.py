"""Counts by due state and completion rate per unit, inside the asker's scope."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from handlers.context import Asker
from handlers.domain import UnitId
from handlers.memory import BoundedMemory
from handlers.messages import Reply
from handlers.ports import TaskScope, UnitOfWorkFactory, UnitStats
from handlers.render import fmt_date, stats_text

UNITS_SHOWN = 15


@dataclass(frozen=True, slots=True)
class ShowStats:
    lead_unit_ids: frozenset[UnitId] | None = None
    label: str | None = None


def add_up(rows: list[UnitStats]) -> UnitStats:
    counts = {
        f.name: sum(getattr(r, f.name) for r in rows)
        for f in fields(UnitStats)
        if f.name != "unit_id"
    }
    return UnitStats(unit_id=UnitId(0), **counts)


StatsKey = tuple[TaskScope, frozenset[UnitId] | None, date, date, int]


class StatsCache(BoundedMemory[StatsKey, list[UnitStats]]):
    """Per-unit counts by (scope, filter, day, task revision): a province-wide count walks every
    task, and leaders ask the same question many times between two changes. Any committed task
    write moves the revision, so a hit is never stale."""

    def __init__(self, limit: int = 256) -> None:
        super().__init__(limit)


async def show_stats(
    cmd: ShowStats, *, asker: Asker, uow_factory: UnitOfWorkFactory, cache: StatsCache
) -> Reply:
    async with uow_factory() as uow:
        key: StatsKey = (
            asker.scope,
            cmd.lead_unit_ids,
            asker.today,
            asker.soon_until,
            await uow.tasks.revision(),
        )
        rows = cache.get(key)
        if rows is None:
            rows = await uow.tasks.stats(
                asker.scope, asker.today, asker.soon_until, cmd.lead_unit_ids
            )
            cache.remember(key, rows)
    if not rows:
        return Reply("Chưa có việc nào trong phạm vi này để thống kê.")
    title = f"Thống kê đến {fmt_date(asker.today)}" + (f" — {cmd.label}" if cmd.label else "")
    return Reply(stats_text(title, add_up(rows), rows, asker.directory, UNITS_SHOWN))
