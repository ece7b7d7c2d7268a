"""Alembic from code: upgrade, downgrade and revision checks on an AsyncEngine, no alembic.ini."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.planner_stats import seed_sqlite_planner_stats

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at this package's scripts; env.py runs on `connection` when given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    def run(sync: Connection) -> None:
        command.upgrade(alembic_config(sync), revision)
        if sync.dialect.name == "sqlite":
            seed_sqlite_planner_stats(sync)

    async with engine.begin() as conn:
        await conn.run_sync(run)
    await _fresh_sqlite_connections(engine)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(lambda sync: command.downgrade(alembic_config(sync), revision))
    await _fresh_sqlite_connections(engine)


async def _fresh_sqlite_connections(engine: AsyncEngine) -> None:
    """Migrations run SQLite with foreign keys off; pooled connections are dropped so every
    later one is opened anew, with foreign keys on."""
    if engine.dialect.name == "sqlite":
        await engine.dispose()


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as conn:
        return await conn.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version can upgrade from (a restore checks a backup's)."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


async def is_up_to_date(engine: AsyncEngine) -> bool:
    return await current_revision(engine) == head_revision()
