"""Migrations: the stairway (up, down, up) and the models agreeing with the migrated schema."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.engine import create_engine, create_uow_factory
from storage.migrate import current_revision, downgrade, head_revision, is_up_to_date, upgrade
from storage.models import Base


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as conn:
        names = await conn.run_sync(lambda sync: inspect(sync).get_table_names())
    return set(names) - {"alembic_version"}


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
        context = MigrationContext.configure(sync_conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))

    async with engine.connect() as conn:
        assert await conn.run_sync(diff) == []


async def test_migration_seeds_the_org_revision(engine: AsyncEngine) -> None:
    async with create_uow_factory(engine)() as uow:
        assert await uow.units.revision() == 0


def test_head_revision_is_the_initial_migration() -> None:
    assert head_revision() == "0003"


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
