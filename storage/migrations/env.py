"""Alembic environment: runs on the connection storage.migrate passes, or on a URL for the CLI."""

from __future__ import annotations

import asyncio
from typing import Literal

from alembic import context
from sqlalchemy import Connection

from storage.engine import create_engine
from storage.models import Base
from storage.types import UtcDateTime

target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        _begin_sqlite_transaction(connection)
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite alters tables by copying them; batch mode lets later migrations do that.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()
        check_sqlite_references(connection)


def _begin_sqlite_transaction(connection: Connection) -> None:
    """pysqlite opens a transaction only before INSERT/UPDATE/DELETE, so each CREATE/ALTER
    would commit on its own and a failed migration would leave half a schema behind.

    Foreign keys are switched off first (SQLite only allows it outside a transaction): a
    migration that changes a table's constraints copies the table, and dropping the old copy
    must not cascade into, or be refused by, the rows that reference it. The migration checks
    the references itself before it commits (`check_sqlite_references`), and storage.migrate
    hands out fresh connections afterwards, which switch foreign keys on again."""
    driver = connection.connection.driver_connection
    if not getattr(driver, "in_transaction", False):
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.exec_driver_sql("BEGIN")


def check_sqlite_references(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the migration left {len(broken)} broken references: {broken[:5]}")


def render_item(type_: str, obj: object, autogen_context: object) -> str | Literal[False]:
    """Autogenerate writes UTC timestamps as the plain type: migrations never import app code."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


async def run_on_url(url: str) -> None:
    """For an `alembic` command line run (e.g. autogenerate); the app goes through migrate.py."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(run_on)
    finally:
        await engine.dispose()


def main() -> None:
    if context.is_offline_mode():
        raise RuntimeError("offline (--sql) migrations are not supported; run against a database")
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection: use storage.migrate, or set sqlalchemy.url")
    asyncio.run(run_on_url(url))


main()
