"""Alembic from code: upgrade, downgrade and revision checks on an AsyncEngine, no alembic.ini."""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.engine import APPLICATION_PREFIX, application_name
from storage.planner_stats import seed_sqlite_planner_stats

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Alembic (and Mako, Pygments with it: ~8 MB) is imported only to migrate or list revisions:
# `nhacviec run` checks the schema with `is_up_to_date`, which reads the scripts' own lines.
_REVISION_LINE = re.compile(r'^(down_)?revision(?:: [^=]+)? = (?:"([^"]+)"|None)$', re.M)


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at this package's scripts; env.py runs on `connection` when given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Migrate to `revision`. Stop every nhacviec process first: a migration that fills a
    table from `tasks` (0010's counts) does not see what an old process writes meanwhile. On
    PostgreSQL another nhacviec process still connected is named in a warning."""
    if revision == "head" and await current_revision(engine) != head_revision():
        others = await other_processes(engine)
        if others:
            log.warning(
                "upgrading the schema while other nhacviec processes are connected (%s): "
                "stop them first, their writes during the migration may be miscounted",
                "; ".join(others),
            )

    from alembic import command

    def run(sync: Connection) -> None:
        command.upgrade(alembic_config(sync), revision)
        if sync.dialect.name == "sqlite":
            seed_sqlite_planner_stats(sync)

    async with engine.begin() as conn:
        await conn.run_sync(run)
    await _fresh_sqlite_connections(engine)


async def other_processes(engine: AsyncEngine) -> list[str]:
    """Other nhacviec processes connected to this PostgreSQL database ("host pid N"), each
    once; always empty on SQLite (nothing names a file's other users)."""
    if engine.dialect.name != "postgresql":
        return []
    async with engine.connect() as conn:
        rows = await conn.execute(
            text(
                "SELECT DISTINCT application_name FROM pg_stat_activity"
                " WHERE datname = current_database() AND starts_with(application_name, :prefix)"
                " AND application_name <> :mine ORDER BY 1"
            ),
            {"prefix": APPLICATION_PREFIX, "mine": application_name()},
        )
        return [name.removeprefix(APPLICATION_PREFIX) for (name,) in rows]


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    from alembic import command

    async with engine.begin() as conn:
        await conn.run_sync(lambda sync: command.downgrade(alembic_config(sync), revision))
    await _fresh_sqlite_connections(engine)


async def _fresh_sqlite_connections(engine: AsyncEngine) -> None:
    """Migrations run SQLite with foreign keys off; pooled connections are dropped so every
    later one is opened anew, with foreign keys on."""
    if engine.dialect.name == "sqlite":
        await engine.dispose()


async def current_revision(engine: AsyncEngine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    async with engine.connect() as conn:
        return await conn.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version can upgrade from (a restore checks a backup's)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


async def is_up_to_date(engine: AsyncEngine) -> bool:
    async with engine.connect() as conn:
        stored = await conn.run_sync(_stored_revision)
    return stored == written_head()


def _stored_revision(sync: Connection) -> str | None:
    """What alembic's version table holds (`current_revision`, read without alembic)."""
    if not inspect(sync).has_table("alembic_version"):
        return None
    rows = sync.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return " ".join(sorted(rows)) or None  # several heads: never the one head


@cache
def written_head() -> str:
    """`head_revision` read from the scripts' `revision` and `down_revision` lines; alembic's
    own answer when they are not one plain chain (a merge, a line written otherwise)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    scripts = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    for path in scripts:
        found = _REVISION_LINE.findall(path.read_text(encoding="utf-8"))
        mine = [value for down, value in found if not down]
        if len(mine) != 1 or len(found) != 2:
            return head_revision()
        revisions.add(mine[0])
        downs.update(value for down, value in found if down and value)
    heads = revisions - downs
    if len(heads) != 1 or len(revisions) != len(scripts) or not downs <= revisions:
        return head_revision()
    return heads.pop()
