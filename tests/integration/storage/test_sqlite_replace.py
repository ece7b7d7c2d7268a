"""SQLite's REPLACE (`INSERT OR REPLACE`, `REPLACE INTO`, `UPDATE OR REPLACE`) deletes the row
in its way without firing its DELETE triggers unless `recursive_triggers` is on; every
connection create_engine opens turns it on, so the per-unit counts (0010) and the search index
(0009) follow a replaced task as they follow any write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from test_storage_task_counts import _counts_match_tasks  # the same directory

from handlers.domain import DeadlineKind, NewTask
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

REPLACES = {
    "insert or replace": "INSERT OR REPLACE INTO tasks ({columns}) SELECT {values} FROM tasks"
    " WHERE id = :id",
    "replace into": "REPLACE INTO tasks ({columns}) SELECT {values} FROM tasks WHERE id = :id",
}
# What the replacing row changes: a status, a deadline (another month) and the text (the
# search index is trigram: a query of three characters or more).
CHANGED = {
    "status": "'done'",
    "completed_on": "'2024-07-01'",
    "deadline": "'2024-06-30'",
    "text": "'Việc đã thay'",
    "text_folded": "'viec da thay'",
}


@pytest.mark.parametrize("statement", sorted(REPLACES))
async def test_a_replaced_task_is_counted_and_indexed_as_its_new_row(
    engine: AsyncEngine,
    uow_factory: Callable[[], SqlUnitOfWork],
    org: Org,
    statement: str,
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("REPLACE is SQLite's")
    async with uow_factory() as uow:
        tasks = [
            await uow.tasks.add(
                NewTask(
                    item_ref=str(i),
                    text=f"Việc cần làm số {i}",
                    lead_unit_id=org.doan_bai,
                    deadline=date(2024, 5 + i, 10),
                    deadline_kind=DeadlineKind.ON_DATE,
                )
            )
            for i in range(3)
        ]
        await uow.commit()
    async with engine.begin() as conn:
        columns = [row[1] for row in await conn.execute(text("PRAGMA table_info(tasks)"))]
        values = [CHANGED.get(c, c) for c in columns]
        sql = REPLACES[statement].format(columns=", ".join(columns), values=", ".join(values))
        await conn.execute(text(sql), {"id": tasks[1].id})
    await _counts_match_tasks(engine)
    async with engine.connect() as conn:
        found = await conn.execute(
            text("SELECT rowid FROM task_text WHERE task_text MATCH :q ORDER BY rowid"),
            {"q": "thay"},
        )
        assert [r for (r,) in found] == [tasks[1].id]
        old = await conn.scalar(
            text("SELECT count(*) FROM task_text WHERE task_text MATCH :q"), {"q": "can lam"}
        )
        assert old == 2
