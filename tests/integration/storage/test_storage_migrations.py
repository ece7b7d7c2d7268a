"""Migrations: the stairway (up, down, up) and the models agreeing with the migrated schema."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.dialect import SEARCH_TABLES
from storage.engine import create_engine, create_uow_factory
from storage.migrate import current_revision, downgrade, head_revision, is_up_to_date, upgrade
from storage.models import Base


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as conn:
        names = await conn.run_sync(lambda sync: inspect(sync).get_table_names())
    # SQLite's full-text index of task texts is a virtual table, not a model (0009).
    return set(names) - {"alembic_version"} - SEARCH_TABLES


async def test_stairway_up_down_up(blank_database_url: str) -> None:
    engine = create_engine(blank_database_url)
    try:
        assert await current_revision(engine) is None
        assert not await is_up_to_date(engine)

        await upgrade(engine)
        assert await current_revision(engine) == head_revision()
        assert await is_up_to_date(engine)
        assert await _tables(engine) == set(Base.metadata.tables)

        await downgrade(engine, "base")
        assert await current_revision(engine) is None
        assert await _tables(engine) == set()

        await upgrade(engine)
        assert await is_up_to_date(engine)
        assert await _tables(engine) == set(Base.metadata.tables)
    finally:
        await engine.dispose()


async def test_migrated_schema_matches_models(engine: AsyncEngine) -> None:
    def diff(sync_conn: Connection) -> list[object]:
        def exists_here(obj: object, name: str, kind: str, reflected: bool, other: object) -> bool:
            # An index the models declare for one database only (the trigram index), and
            # SQLite's full-text tables, which no model describes.
            if kind == "table" and name in SEARCH_TABLES:
                return False
            only_on = getattr(obj, "info", {}).get("only_on")
            return only_on in (None, sync_conn.dialect.name)

        context = MigrationContext.configure(
            sync_conn, opts={"compare_type": True, "include_object": exists_here}
        )
        return list(compare_metadata(context, Base.metadata))

    async with engine.connect() as conn:
        assert await conn.run_sync(diff) == []


async def test_migration_seeds_the_org_revision(engine: AsyncEngine) -> None:
    async with create_uow_factory(engine)() as uow:
        assert await uow.units.revision() == 0


def test_head_revision_is_the_latest_migration() -> None:
    assert head_revision() == "0014"


async def test_a_failed_migration_leaves_nothing_behind(blank_database_url: str) -> None:
    engine = create_engine(blank_database_url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE tasks (id INTEGER PRIMARY KEY)"))
        with pytest.raises(DBAPIError):
            await upgrade(engine)  # fails half-way, at CREATE TABLE tasks
        assert await _tables(engine) == {"tasks"}
        assert await current_revision(engine) is None
    finally:
        await engine.dispose()


_ROWS_BEFORE_0004 = (
    "INSERT INTO units (id, code, name, kind, aliases) "
    "VALUES (1, 'X', 'UBND xã X', 'commune', '[]')",
    "INSERT INTO officials (id, handle, name, title, unit_id, active) "
    "VALUES (1, 'lan', 'Lan', '', 1, true)",
    "INSERT INTO tasks (id, item_ref, text, text_folded, lead_unit_id, deadline_kind, status, "
    "created_at, updated_at) VALUES (7, '1', 'Việc', ' viec ', 1, 'none', 'reported', "
    "'2026-01-02 00:00:00', '2026-01-02 00:00:00')",
    "INSERT INTO task_support (task_id, unit_id, position) VALUES (7, 1, 0)",
    "INSERT INTO task_events (id, task_id, kind, at, actor_id, channel, message, data) "
    "VALUES (3, 7, 'reported', '2026-01-02 00:00:00', 1, 'zalo', 'xong', '{}')",
    "INSERT INTO evidence (id, task_id, event_id, kind, ref, caption) "
    "VALUES (5, 7, 3, 'note', 'xong', '')",
)


async def test_the_assignee_migration_keeps_every_row_and_reference(
    blank_database_url: str,
) -> None:
    """0004 copies tasks and task_events on SQLite: rows that reference them (events,
    evidence, supporting units) survive, foreign keys are enforced again afterwards, and the
    new event kinds are accepted."""
    engine = create_engine(blank_database_url)
    try:
        await upgrade(engine, "0003")
        async with engine.begin() as conn:
            for statement in _ROWS_BEFORE_0004:
                await conn.execute(text(statement))
        await upgrade(engine)
        async with engine.begin() as conn:
            counts = [
                (await conn.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()
                for table in ("tasks", "task_support", "task_events", "evidence")
            ]
            await conn.execute(
                text(
                    "INSERT INTO task_events (task_id, kind, at, channel, message, data) "
                    "VALUES (7, 'delegated', '2026-01-03 00:00:00', 'zalo', '', '{}')"
                )
            )
        assert counts == [1, 1, 1, 1]
        with pytest.raises(DBAPIError):  # references are enforced after the migration
            async with engine.begin() as conn:
                await conn.execute(text("UPDATE tasks SET assignee_id = 999 WHERE id = 7"))
        await downgrade(engine, "0003")
        async with engine.begin() as conn:
            kinds = (await conn.execute(text("SELECT kind FROM task_events"))).scalars().all()
        assert kinds == ["reported"]
    finally:
        await engine.dispose()
