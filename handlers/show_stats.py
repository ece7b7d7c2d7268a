"""Counts by due state and completion rate per unit, inside the asker's scope."""

from __future__ import annotations

from dataclasses import dataclass, fields

from handlers.context import Asker, named_unit
from handlers.domain import UnitId, UnitKind
from handlers.memory import StatsCache, StatsKey
from handlers.messages import Reply
from handlers.ports import UnitOfWorkFactory, UnitStats
from handlers.render import fmt_date, stats_text
from handlers.turn import Turn

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


async def on_stats(turn: Turn) -> Reply:
    """«thống kê», for a named unit's tree or for every commune ("các xã")."""
    meaning, asker = turn.meaning, turn.asker
    directory = asker.directory
    cmd = ShowStats()
    if meaning.unit is not None:
        unit_id, name = named_unit(meaning.unit, asker)
        cmd = ShowStats(directory.expand([unit_id]), name)
    elif meaning.communes:
        communes = frozenset(u.id for u in directory.units.values() if u.kind is UnitKind.COMMUNE)
        cmd = ShowStats(communes, "các xã, phường")
    return await show_stats(
        cmd, asker=asker, uow_factory=turn.uow_factory, cache=turn.services.stats_cache
    )
