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


def _begin_sqlite_transaction(connection: Connection) -> None:
    """pysqlite opens a transaction only before INSERT/UPDATE/DELETE, so each CREATE/ALTER
    would commit on its own and a failed migration would leave half a schema behind."""
    driver = connection.connection.driver_connection
    if not getattr(driver, "in_transaction", False):
        connection.exec_driver_sql("BEGIN")


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
