"""TaskRepository.find reads a page in few statements: the scope's roots (with PostgreSQL's
custom-plans setting) and one statement for the page's rows, links and total."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.domain import NewTask, OfficialId, UnitId
from handlers.ports import TaskQuery, TaskScope
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

UowFactory = Callable[[], SqlUnitOfWork]


@contextmanager
def counting(engine: AsyncEngine) -> Iterator[list[str]]:
    sent: list[str] = []

    def capture(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        sent.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", capture)
    try:
        yield sent
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", capture)


def _scopes(org: Org) -> list[TaskScope]:
    units = frozenset({org.province, org.doan_bai, org.hoang_an, org.noi_vu})
    return [
        TaskScope(None),
        TaskScope(units, org.leader, subtree_roots=frozenset({org.province})),
        TaskScope(frozenset({org.doan_bai}), org.leader),
        TaskScope(frozenset({org.doan_bai})),
    ]


async def test_found_tasks_keep_the_order_of_their_support_and_criteria(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    """Links come back in their stored position, not by id or code, as `get` reads them."""
    support = (org.noi_vu, org.doan_bai, org.hoang_an)
    criteria = ("7.3.1", "10", "1.2")
    async with uow_factory() as uow:
        first = await uow.tasks.add(
            new_task(org.province, support_unit_ids=support, criteria=criteria)
        )
        second = await uow.tasks.add(new_task(org.doan_bai, criteria=("2",)))
        await uow.commit()
    for scope in _scopes(org):
        async with uow_factory() as uow:
            page = await uow.tasks.find(TaskQuery(scope, limit=1))
            rest = await uow.tasks.find(TaskQuery(scope, limit=5, offset=1))
            found = {task.id: task for task in page.items + rest.items}
            for task_id in found:
                assert found[task_id] == await uow.tasks.get(task_id)
        # Every scope sees both: the first is supported by Đoan Bái.
        assert (page.total, rest.total) == (2, 2)
        assert found[first.id].support_unit_ids == tuple(UnitId(u) for u in support)
        assert found[first.id].criteria == criteria
        assert found[second.id].criteria == ("2",)
        assert found[second.id].support_unit_ids == ()


async def test_a_page_is_two_statements_planned_for_its_own_parameters(
    engine: AsyncEngine, uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask]
) -> None:
    """The roots' paths and the page: on PostgreSQL the custom-plans setting rides on the
    first (asyncpg prepares statements and PostgreSQL may keep a generic plan after five
    runs), and it holds for every kind of scope, for the transaction only."""
    async with uow_factory() as uow:
        await uow.tasks.add(new_task(org.doan_bai, support_unit_ids=(org.noi_vu,)))
        await uow.commit()
    leader = _scopes(org)[1]
    with counting(engine) as sent:
        async with uow_factory() as uow:
            page = await uow.tasks.find(TaskQuery(leader))
    assert len(page.items) == 1
    assert len(sent) == 2, sent
    if engine.dialect.name != "postgresql":
        return
    for scope in [*_scopes(org), TaskScope(frozenset(), OfficialId(org.leader))]:
        async with uow_factory() as uow:
            await uow.tasks.find(TaskQuery(scope))
            mode = await uow._session.execute(text("SHOW plan_cache_mode"))
            assert mode.scalar() == "force_custom_plan", scope
    async with engine.connect() as conn:
        assert (await conn.execute(text("SHOW plan_cache_mode"))).scalar() == "auto"


@pytest.mark.parametrize("offset", [0, 1, 5])
async def test_an_empty_page_still_counts_the_total(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask], offset: int
) -> None:
    async with uow_factory() as uow:
        await uow.tasks.add(new_task(org.doan_bai))
        await uow.commit()
    for scope in _scopes(org):
        async with uow_factory() as uow:
            page = await uow.tasks.find(TaskQuery(scope, offset=offset))
        assert page.total == 1
        assert len(page.items) == (1 if offset == 0 else 0)


@pytest.mark.parametrize("by_path", [True, False])
async def test_a_directed_task_supported_in_scope_is_listed_once(
    uow_factory: UowFactory, org: Org, new_task: Callable[..., NewTask], by_path: bool
) -> None:
    """A task led outside the scope, directed by the scope's official and supported inside it
    belongs to the supporting branch only (the directed branch looks at its supporting rows)."""
    async with uow_factory() as uow:
        both = await uow.tasks.add(
            new_task(
                org.noi_vu, support_unit_ids=(org.doan_bai,), directing_official_id=org.leader
            )
        )
        directed = await uow.tasks.add(new_task(org.hoang_an, directing_official_id=org.leader))
        elsewhere = await uow.tasks.add(
            new_task(
                org.noi_vu, support_unit_ids=(org.hoang_an,), directing_official_id=org.leader
            )
        )
        await uow.commit()
    roots = frozenset({org.doan_bai}) if by_path else frozenset()
    scope = TaskScope(frozenset({org.doan_bai}), org.leader, subtree_roots=roots)
    async with uow_factory() as uow:
        page = await uow.tasks.find(TaskQuery(scope))
        stats = await uow.tasks.stats(scope, date(2024, 6, 10), date(2024, 6, 13), None)
    assert sorted(task.id for task in page.items) == sorted([both.id, directed.id, elsewhere.id])
    assert page.total == 3
    assert sum(s.no_deadline for s in stats) == 3
