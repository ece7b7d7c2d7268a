"""Supporting rows' paths (migration 0011): each `task_support` row keeps its unit's path and the
depth it shares with its task's lead, right after inserts, bulk rows, lead changes and unit
moves; and a scope told by subtree roots, which reads only the supporting rows that may be led
outside it, sees every task the same units listed by id see, each once (SQL and the fake)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.domain import (
    DeadlineKind,
    NewTask,
    OfficialId,
    Role,
    TaskId,
    TaskStatus,
    UnitId,
    UnitKind,
)
from handlers.ports import NewOfficial, NewUnit, TaskQuery, TaskScope, UnitOfWork, UnitStats
from storage.uow import SqlUnitOfWork
from tests.fakes.uow import FakeUnitOfWorkFactory

Factory = Callable[[], UnitOfWork]
TODAY = date(2024, 6, 10)
# Two trees: a province four levels deep and a unit of another tree (a legacy district).
TREE = (
    ("P", None),
    ("a", "P"),
    ("b", "P"),
    ("a1", "a"),
    ("a2", "a"),
    ("a11", "a1"),
    ("b1", "b"),
    ("Q", None),
    ("q1", "Q"),
)


async def _org(factory: Factory) -> tuple[dict[str, UnitId], OfficialId]:
    units: dict[str, UnitId] = {}
    async with factory() as uow:
        for code, parent in TREE:
            unit = await uow.units.upsert(
                NewUnit(code, f"Đơn vị {code}", UnitKind.AGENCY, parent_code=parent)
            )
            units[code] = unit.id
        leader = await uow.officials.upsert(
            NewOfficial("leader", "Nguyễn Văn Nghị", "a", frozenset({Role.LEADER}))
        )
        await uow.commit()
    return units, leader.id


async def _write(factory: Factory, seed: int) -> tuple[dict[str, UnitId], OfficialId]:
    """The same random tasks (led and supported anywhere in both trees) through `factory`."""
    rng = random.Random(seed)
    units, leader = await _org(factory)
    every = list(units.values())
    ids: list[TaskId] = []
    async with factory() as uow:
        for i in range(150):
            deadline = TODAY + timedelta(days=rng.randrange(-20, 20)) if i % 5 else None
            task = await uow.tasks.add(
                NewTask(
                    item_ref=str(i),
                    text="Việc",
                    lead_unit_id=rng.choice(every),
                    deadline=deadline,
                    deadline_kind=DeadlineKind.ON_DATE if deadline else DeadlineKind.ONGOING,
                    status=rng.choice([TaskStatus.OPEN, TaskStatus.OPEN, TaskStatus.DONE]),
                    support_unit_ids=tuple(rng.sample(every, rng.randrange(4))),
                    directing_official_id=leader if rng.random() < 0.15 else None,
                )
            )
            ids.append(task.id)
        await uow.commit()
    async with factory() as uow:  # leads change, into and out of every subtree
        for task_id in rng.sample(ids, 40):
            found = await uow.tasks.get(task_id)
            assert found is not None
            await uow.tasks.save(replace(found, lead_unit_id=rng.choice(every)))
        await uow.commit()
    return units, leader


async def _move(factory: Factory, code: str, parent: str | None) -> None:
    async with factory() as uow:
        await uow.units.upsert(
            NewUnit(code, f"Đơn vị {code}", UnitKind.AGENCY, parent_code=parent)
        )
        await uow.commit()


def _subtree(parents: dict[str, str | None], root: str) -> set[str]:
    def under(code: str | None) -> bool:
        while code is not None:
            if code == root:
                return True
            code = parents[code]
        return False

    return {code for code in parents if under(code)}


def _scopes(
    parents: dict[str, str | None], units: dict[str, UnitId], leader: OfficialId
) -> list[TaskScope]:
    """Scopes by roots at every depth, two roots at once, with and without directed tasks."""
    found = []
    for roots, directing in (
        (("P",), None),
        (("P",), leader),
        (("a",), leader),
        (("a1",), None),
        (("a11",), None),
        (("b",), None),
        (("a1", "b"), leader),
        (("a2", "q1"), None),
        (("Q",), None),
    ):
        codes = set().union(*(_subtree(parents, root) for root in roots))
        found.append(
            TaskScope(
                frozenset(units[c] for c in codes),
                directing,
                subtree_roots=frozenset(units[r] for r in roots),
            )
        )
    return found


async def _answers(
    factory: Factory, scopes: list[TaskScope], *, by_roots: bool = True
) -> list[tuple[list[TaskId], int, list[TaskId], list[UnitStats]]]:
    every = frozenset(TaskStatus)
    answers = []
    async with factory() as uow:
        for scope in scopes:
            if not by_roots:
                scope = replace(scope, subtree_roots=frozenset())
            page = await uow.tasks.find(TaskQuery(scope, statuses=every, limit=1000))
            overdue = await uow.tasks.find(TaskQuery(scope, overdue_on=TODAY, limit=1000))
            stats = await uow.tasks.stats(scope, TODAY, TODAY + timedelta(days=3), None)
            answers.append(
                (
                    [t.id for t in page.items],
                    page.total,
                    [t.id for t in overdue.items],
                    stats,
                )
            )
    return answers


async def _supported_from_outside(engine: AsyncEngine, scope: TaskScope) -> set[int]:
    """Tasks a scope sees only through a supporting unit (led outside it): the rule at stake."""
    units = scope.unit_ids
    assert units is not None
    async with engine.connect() as conn:
        rows = await conn.execute(
            text(
                "SELECT s.unit_id, t.id, t.lead_unit_id "
                "FROM task_support s JOIN tasks t ON t.id = s.task_id"
            )
        )
        return {task for unit, task, lead in rows if unit in units and lead not in units}


async def test_a_scope_by_roots_sees_every_task_supported_from_outside_once(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork]
) -> None:
    parents = dict(TREE)
    fake = FakeUnitOfWorkFactory()
    units, leader = await _write(uow_factory, 7)
    await _write(fake, 7)
    for moved in ((), ("a1", "b"), ("b", "Q")):  # as built, then subtrees moved elsewhere
        if moved:
            code, parent = moved
            await _move(uow_factory, code, parent)
            await _move(fake, code, parent)
            parents[code] = parent
        scopes = _scopes(parents, units, leader)
        for scope in scopes:  # every scope has tasks it sees only through a supporting unit
            assert len(await _supported_from_outside(engine, scope)) >= 3
        by_roots = await _answers(uow_factory, scopes)
        assert by_roots == await _answers(uow_factory, scopes, by_roots=False)
        assert by_roots == await _answers(fake, scopes)
        for ids, total, _, stats in by_roots:
            assert len(ids) == len(set(ids)) == total
            assert sum(s.total for s in stats) <= total


async def _stored_and_expected(engine: AsyncEngine) -> tuple[list[tuple], list[tuple]]:
    async with engine.connect() as conn:
        paths = dict((await conn.execute(text("SELECT id, path FROM units"))).all())
        rows = (
            await conn.execute(
                text(
                    "SELECT s.task_id, s.unit_id, s.lead_unit_id, s.unit_path, s.shared_depth, "
                    "t.lead_unit_id FROM task_support s JOIN tasks t ON t.id = s.task_id "
                    "ORDER BY s.task_id, s.unit_id"
                )
            )
        ).all()
    stored = [(task, unit, lead, path, depth) for task, unit, lead, path, depth, _ in rows]
    expected = [
        (
            task,
            unit,
            lead,
            paths[unit],
            len(set(paths[unit].strip("/").split("/")) & set(paths[lead].strip("/").split("/"))),
        )
        for task, unit, _, _, _, lead in rows
    ]
    return stored, expected


async def test_supporting_rows_keep_their_paths_through_every_kind_of_write(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork]
) -> None:
    units, _ = await _write(uow_factory, 11)
    stored, expected = await _stored_and_expected(engine)
    assert stored == expected
    assert {depth for *_, depth in stored} >= {0, 1, 2, 3}
    await _move(uow_factory, "a1", "b")  # a subtree moves: its rows and those it leads
    await _move(uow_factory, "b", "Q")  # into the other tree
    await _move(uow_factory, "a", None)  # out of every tree
    stored, expected = await _stored_and_expected(engine)
    assert stored == expected
    async with engine.begin() as conn:  # bulk writes, as a loader or a script makes them
        await conn.execute(
            text(f"UPDATE tasks SET lead_unit_id = {units['a11']} WHERE id % 3 = 0")
        )
        await conn.execute(text("DELETE FROM task_support WHERE task_id % 4 = 0"))
        await conn.execute(
            text(
                "INSERT INTO task_support (task_id, unit_id, position) "
                f"SELECT id, {units['q1']}, 9 FROM tasks WHERE id % 4 = 0"
            )
        )
    stored, expected = await _stored_and_expected(engine)
    assert stored == expected
