"""The maintained per-unit counts (`task_counts`, migration 0010) behind «thống kê»: after any
mix of writes they equal a fresh grouping of `tasks`, and statistics read from them equal
statistics grouped from every task (SQL's own direct path and the fake's)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.domain import (
    DeadlineKind,
    NewTask,
    OfficialId,
    Role,
    TaskStatus,
    UnitId,
    UnitKind,
)
from handlers.ports import NewOfficial, NewUnit, TaskQuery, TaskScope, UnitOfWork, UnitStats
from storage.engine import create_engine, create_uow_factory
from storage.migrate import downgrade, upgrade
from storage.repositories.task_stats import month_index
from tests.fakes.uow import FakeUnitOfWorkFactory

if TYPE_CHECKING:
    from storage.uow import SqlUnitOfWork

Factory = Callable[[], UnitOfWork]
LATER = datetime(2100, 1, 1, tzinfo=UTC)  # created_before this: the direct path, same tasks
KINDS = (DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE, DeadlineKind.PERIOD_END)
# Days that put the "due soon" window inside one month, across a month end, across a year end.
DAYS = (date(2024, 6, 10), date(2024, 6, 28), date(2024, 12, 30), date(2025, 1, 1))
RECOUNT = """
SELECT lead_unit_id, CASE
    WHEN status = 'reported' THEN 'reported'
    WHEN status = 'done' THEN CASE
        WHEN deadline IS NULL OR completed_on IS NULL OR completed_on < deadline
            OR (completed_on = deadline AND deadline_kind <> 'before_date')
        THEN 'done_on_time' ELSE 'done_late' END
    WHEN deadline IS NULL THEN 'no_deadline' ELSE 'open' END AS state, deadline, count(*)
FROM tasks WHERE status IN ('open', 'reported', 'done')
GROUP BY lead_unit_id, state, deadline
"""


def _day(rng: random.Random) -> date:
    return date(2024, 5, 1) + timedelta(days=rng.randrange(300))


async def _org(factory: Factory) -> tuple[list[UnitId], OfficialId]:
    async with factory() as uow:
        units = [(await uow.units.upsert(NewUnit("P", "UBND tỉnh", UnitKind.PROVINCE))).id]
        for code, parent in (("a", "P"), ("b", "P"), ("c", "P"), ("a1", "a"), ("b1", "b")):
            unit = await uow.units.upsert(
                NewUnit(code, f"Đơn vị {code}", UnitKind.AGENCY, parent_code=parent)
            )
            units.append(unit.id)
        leader = await uow.officials.upsert(
            NewOfficial("leader", "Nguyễn Văn Nghị", "a", frozenset({Role.LEADER}))
        )
        await uow.commit()
    return units, leader.id


async def _write(factory: Factory, seed: int) -> tuple[list[UnitId], OfficialId]:
    """The same random tasks and changes through the repositories of `factory`."""
    rng = random.Random(seed)
    units, leader = await _org(factory)
    ids = []
    async with factory() as uow:
        for i in range(120):
            dated = rng.random() < 0.85
            task = await uow.tasks.add(
                NewTask(
                    item_ref=str(i),
                    text="Việc",
                    lead_unit_id=rng.choice(units),
                    deadline=_day(rng) if dated else None,
                    deadline_kind=rng.choice(KINDS) if dated else DeadlineKind.ONGOING,
                    status=rng.choice(list(TaskStatus)),
                    support_unit_ids=tuple(rng.sample(units, rng.randrange(2))),
                    directing_official_id=leader if rng.random() < 0.2 else None,
                    created_at=datetime(2024, 5, 1, tzinfo=UTC),
                )
            )
            ids.append(task.id)
        await uow.commit()
    for _ in range(4):  # several transactions of changes: status, dates, lead, completion
        async with factory() as uow:
            for task_id in rng.sample(ids, 40):
                task = await uow.tasks.get(task_id)
                assert task is not None
                change = rng.randrange(4)
                if change == 0:
                    task = replace(task, status=rng.choice(list(TaskStatus)))
                elif change == 1:
                    task = replace(task, deadline=_day(rng) if rng.random() < 0.9 else None)
                elif change == 2:
                    task = replace(task, lead_unit_id=rng.choice(units))
                else:
                    task = replace(task, status=TaskStatus.DONE, completed_on=_day(rng))
                await uow.tasks.save(task)
            await uow.commit()
    return units, leader


def _scopes(units: list[UnitId], leader: OfficialId) -> list[TaskScope]:
    province, a, b, c, a1, _ = units
    return [
        TaskScope(None),
        TaskScope(frozenset(units), subtree_roots=frozenset({province})),
        TaskScope(frozenset({a, a1}), leader, subtree_roots=frozenset({a})),
        TaskScope(frozenset({b, c})),
    ]


async def _all_stats(
    factory: Factory, units: list[UnitId], leader: OfficialId, as_of: datetime | None = None
) -> list[list[UnitStats]]:
    answers = []
    async with factory() as uow:
        for scope in _scopes(units, leader):
            for day in DAYS:
                for soon in (0, 3, 10, 40):
                    for leads in (None, frozenset(units[1:3]), frozenset()):
                        soon_until = day + timedelta(days=soon)
                        answers.append(
                            await uow.tasks.stats(
                                scope, day, soon_until, leads, created_before=as_of
                            )
                        )
    return answers


@pytest.mark.parametrize("seed", [1, 2])
async def test_stats_from_the_counts_equal_stats_from_every_task(
    uow_factory: Callable[[], SqlUnitOfWork], seed: int
) -> None:
    fake = FakeUnitOfWorkFactory()
    units, leader = await _write(uow_factory, seed)
    await _write(fake, seed)
    counted = await _all_stats(uow_factory, units, leader)
    assert any(counted)
    assert counted == await _all_stats(uow_factory, units, leader, LATER)
    assert counted == await _all_stats(fake, units, leader)


async def _counts_match_tasks(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        kept = {
            (unit, state, month): n
            for unit, state, month, n in await conn.execute(
                text("SELECT unit_id, state, month, n FROM task_counts")
            )
            if n
        }
        assert all(n > 0 for n in kept.values()), kept
        fresh: dict[tuple[int, str, int], int] = {}
        for unit, state, deadline, n in await conn.execute(text(RECOUNT)):
            if isinstance(deadline, str):
                deadline = date.fromisoformat(deadline)
            month = month_index(deadline) if state == "open" else 0
            key = (unit, state, month)
            fresh[key] = fresh.get(key, 0) + n
    assert kept == fresh


async def test_counts_follow_every_kind_of_write(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork]
) -> None:
    await _write(uow_factory, 3)
    await _counts_match_tasks(engine)
    # Statements touching many rows at once (the PostgreSQL triggers run per statement), and
    # deletes, which the application does not do but a maintenance script may.
    async with engine.begin() as conn:
        await conn.execute(
            text("UPDATE tasks SET deadline = completed_on WHERE id % 3 = 0 AND status = 'done'")
        )
        await conn.execute(text("UPDATE tasks SET status = 'open' WHERE id % 5 = 1"))
        await conn.execute(text("UPDATE tasks SET text = 'x' WHERE id % 2 = 0"))
        await conn.execute(text("DELETE FROM task_support WHERE task_id % 7 = 0"))
        await conn.execute(text("DELETE FROM tasks WHERE id % 7 = 0"))
    await _counts_match_tasks(engine)


async def test_the_migration_counts_existing_tasks(blank_database_url: str) -> None:
    engine = create_engine(blank_database_url)
    try:
        await upgrade(engine)
        await _write(create_uow_factory(engine), 4)
        await downgrade(engine, "0009")
        await upgrade(engine)  # 0010 again: the counts of tasks already there
        await _counts_match_tasks(engine)
    finally:
        await engine.dispose()


async def test_sqlite_triggers_survive_to_head(engine: AsyncEngine) -> None:
    """SQLite loses a table's triggers when a migration rebuilds it in batch mode: each one
    kept since 0007 must still be there at head."""
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL alters tables in place")
    async with engine.connect() as conn:
        names = set(
            (await conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            .scalars()
            .all()
        )
    assert {
        "units_path_insert",
        "task_support_lead",
        "tasks_support_lead",
        "tasks_text_insert",
        "tasks_text_delete",
        "tasks_text_update",
        "task_counts_insert",
        "task_counts_update",
        "task_counts_delete",
        "units_support_paths",
    } <= names, names


async def test_scoped_queries_are_planned_for_their_own_parameters(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork]
) -> None:
    """asyncpg prepares statements and PostgreSQL may keep a generic plan after five runs:
    task listings and statistics ask for custom plans, for their own transaction only."""
    if engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL planner setting")
    units, leader = await _write(uow_factory, 5)
    scope = _scopes(units, leader)[2]
    for call in (
        lambda uow: uow.tasks.find(TaskQuery(scope)),
        lambda uow: uow.tasks.stats(scope, DAYS[0], DAYS[0], None),
    ):
        async with uow_factory() as uow:
            await call(uow)
            mode = await uow._session.execute(text("SHOW plan_cache_mode"))
            assert mode.scalar() == "force_custom_plan"
    async with engine.connect() as conn:
        assert (await conn.execute(text("SHOW plan_cache_mode"))).scalar() == "auto"
