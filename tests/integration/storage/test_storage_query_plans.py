"""SQLite query plans: the hot queries search through their indexes instead of scanning tasks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.domain import OfficialId, TaskId, UnitId
from handlers.ports import TaskQuery, TaskScope
from storage.engine import create_uow_factory
from storage.uow import SqlUnitOfWork

TODAY = date(2024, 6, 10)
UNIT = UnitId(5)
SUPPORT_INDEX = "ix_task_support_unit_id_lead_unit_id_task_id"
Call = Callable[[SqlUnitOfWork], Awaitable[object]]


@pytest.fixture
async def plans(engine: AsyncEngine) -> AsyncIterator[Callable[[Call], Awaitable[str]]]:
    """Run a repository call and return the EXPLAIN QUERY PLAN of every statement it sent."""
    if engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans depend on table statistics")
    sent: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        sent.append((statement, params))

    event.listen(engine.sync_engine, "before_cursor_execute", capture)

    async def explain(call: Call) -> str:
        sent.clear()
        async with create_uow_factory(engine)() as uow:
            await call(uow)
        statements = [s for s in sent if s[0].lstrip().upper().startswith("SELECT")]
        lines = []
        async with engine.connect() as conn:
            for statement, params in statements:
                result = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
                lines.extend(row[-1] for row in result)
        return "\n".join(lines)

    yield explain
    event.remove(engine.sync_engine, "before_cursor_execute", capture)


def _staff(**query: Any) -> Call:
    return lambda uow: uow.tasks.find(TaskQuery(TaskScope(frozenset({UNIT})), **query))


def _admin(**query: Any) -> Call:
    return lambda uow: uow.tasks.find(TaskQuery(TaskScope(None), **query))


@pytest.mark.parametrize(
    ("call", "must_use"),
    [
        (_staff(), ["ix_tasks_lead_unit_id_status_deadline", SUPPORT_INDEX]),
        (_staff(overdue_on=TODAY), ["ix_tasks_lead_unit_id_status_deadline"]),
        (
            lambda uow: uow.tasks.find(TaskQuery(TaskScope(frozenset({UNIT}), OfficialId(3)))),
            ["ix_tasks_directing_official_id"],
        ),
        (_admin(due_from=TODAY, due_to=TODAY + timedelta(days=6)), ["ix_tasks_status_deadline"]),
        (_admin(overdue_on=TODAY), ["ix_tasks_status_deadline"]),
        (_admin(lead_unit_ids=frozenset({UNIT})), ["ix_tasks_lead_unit_id_status_deadline"]),
        (_admin(directing_official_id=OfficialId(3)), ["ix_tasks_directing_official_id"]),
        (_admin(criterion="7.3"), ["ix_task_criteria_code_task_id"]),
        (
            lambda uow: uow.tasks.stats(
                TaskScope(frozenset({UNIT})), TODAY, TODAY + timedelta(days=3), None
            ),
            ["ix_tasks_lead_unit_id_status_deadline", SUPPORT_INDEX],
        ),
        (lambda uow: uow.tasks.children(TaskId(1)), ["ix_tasks_parent_id"]),
        (lambda uow: uow.events.for_task(TaskId(1)), ["ix_task_events_task_id"]),
        (lambda uow: uow.evidence.for_task(TaskId(1)), ["ix_evidence_task_id"]),
    ],
)
async def test_narrow_queries_search_indexes(
    plans: Callable[[Call], Awaitable[str]], call: Call, must_use: list[str]
) -> None:
    plan = await plans(call)
    for index in must_use:
        assert index in plan, plan
    assert "SCAN tasks" not in plan, plan


async def test_province_wide_stats_read_the_counts_and_only_the_window_s_tasks(
    plans: Callable[[Call], Awaitable[str]],
) -> None:
    plan = await plans(
        lambda uow: uow.tasks.stats(TaskScope(None), TODAY, TODAY + timedelta(days=3), None)
    )
    # The counts from their covering index in its order: no sort for the GROUP BY (0013).
    lines = plan.splitlines()
    counts = lines.index(
        "SCAN task_counts USING COVERING INDEX ix_task_counts_unit_id_state_month_n"
    )
    assert "TEMP B-TREE" not in lines[counts + 1], plan
    # The open tasks of the months the "due soon" window touches, unit by unit from the
    # covering index: no table row looked up per task for its lead unit; no other task.
    assert (
        "SEARCH tasks USING COVERING INDEX ix_tasks_lead_unit_id_status_deadline"
        " (lead_unit_id=? AND status=? AND deadline>? AND deadline<?)"
    ) in plan, plan
    assert "ix_tasks_status_deadline" not in plan, plan
    assert "SCAN tasks" not in plan, plan


ROOTED = TaskScope(frozenset({UNIT, UnitId(6)}), OfficialId(3), subtree_roots=frozenset({UNIT}))


@pytest.mark.parametrize(
    "call",
    [
        lambda uow: uow.tasks.find(TaskQuery(ROOTED)),
        lambda uow: uow.tasks.find(TaskQuery(ROOTED, overdue_on=TODAY)),
        lambda uow: uow.tasks.stats(ROOTED, TODAY, TODAY + timedelta(days=3), None),
    ],
    ids=["list", "overdue", "stats"],
)
async def test_a_subtree_scope_finds_its_units_by_path_and_its_tasks_by_index(
    engine: AsyncEngine, plans: Callable[[Call], Awaitable[str]], call: Call
) -> None:
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO units (id, code, name, kind, parent_id, aliases) VALUES "
                f"({UNIT}, 'x', 'X', 'commune', NULL, '[]'), (6, 'o', 'O', 'agency', {UNIT}, '[]')"
            )
        )
    plan = await plans(call)
    for index in (
        "ix_units_path",
        "ix_tasks_lead_unit_id_status_deadline",
        # A directed task's own supporting rows, by task id (not every row of the subtree).
        "USING INDEX sqlite_autoindex_task_support_1 (task_id=?)",
        # The supporting rows that may be led outside the subtree, by shared depth (0011).
        "ix_task_support_shared_depth_unit_path_task_id",
        "ix_tasks_directing_official_id",
    ):
        assert index in plan, plan
    assert "SCAN tasks" not in plan and "SCAN units" not in plan, plan
    assert "SCAN task_support" not in plan, plan


async def test_search_reads_the_full_text_index_not_every_task(
    plans: Callable[[Call], Awaitable[str]],
) -> None:
    plan = await plans(_admin(text=" so hoa "))
    assert "VIRTUAL TABLE INDEX" in plan and "task_text" in plan, plan
    assert "SCAN tasks" not in plan, plan
