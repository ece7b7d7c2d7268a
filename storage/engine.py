"""Engine and unit-of-work factories for SQLite (aiosqlite) and PostgreSQL (asyncpg) URLs."""

from __future__ import annotations

import functools
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from storage.uow import SqlUnitOfWork

# Plain driver names are accepted and mapped to the async driver this package runs on.
_ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}
SQLITE_BUSY_TIMEOUT_MS = 15_000
APPLICATION_PREFIX = "nhacviec "


def application_name() -> str:
    """How this process's PostgreSQL connections name themselves (pg_stat_activity), so
    `db upgrade` can tell another nhacviec process from itself."""
    return f"{APPLICATION_PREFIX}{socket.gethostname()[:40]} pid {os.getpid()}"[:63]


def create_engine(url: str, *, echo: bool = False, pool_size: int | None = None) -> AsyncEngine:
    """An AsyncEngine for `url`; a SQLite file gets its directory created and its pragmas set.
    `pool_size`: connections kept open (a server database or a SQLite file), as many again
    opened for bursts (SQLAlchemy's default, 5 + 10, when None); closing and reopening the
    burst connections costs more than the queries of a busy bot, and `nhacviec run` answers
    CHAT_CONCURRENCY chats per channel at once: with 15 connections the 16th chat waited 30 s
    for one and got the apology (a SQLite province under load lost most replies that way)."""
    parsed = _async_url(url)
    pool: dict[str, Any] = {}
    if pool_size is not None:
        pool = {"pool_size": pool_size, "max_overflow": pool_size}
    if parsed.get_backend_name() != "sqlite":
        if parsed.get_driver_name() == "asyncpg":
            pool["connect_args"] = {"server_settings": {"application_name": application_name()}}
        return create_async_engine(parsed, echo=echo, pool_pre_ping=True, **pool)
    if not _is_file(parsed):
        pool = {}  # an in-memory database is one connection (SQLAlchemy's static pool)
    _make_parent_dir(parsed)
    engine = create_async_engine(parsed, echo=echo, **pool)
    event.listen(engine.sync_engine, "connect", _set_sqlite_pragmas)
    return engine


def create_uow_factory(engine: AsyncEngine) -> Callable[[], SqlUnitOfWork]:
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    return functools.partial(SqlUnitOfWork, sessions)


def _async_url(url: str) -> URL:
    parsed = make_url(url)
    driver = _ASYNC_DRIVERS.get(parsed.drivername)
    return parsed.set(drivername=driver) if driver else parsed


def _is_file(url: URL) -> bool:
    database = url.database
    return bool(database) and database != ":memory:" and "mode=memory" not in str(url)


def _make_parent_dir(url: URL) -> None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # SQLite leaves foreign keys off per connection unless asked.
        cursor.execute("PRAGMA foreign_keys = ON")
        # WAL lets the dispatcher write while conversations read; NORMAL is durable under WAL
        # except for the last commits on power loss, and much faster on small commits.
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Wait for a competing writer instead of failing at once with "database is locked".
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        # A REPLACE (INSERT OR REPLACE, REPLACE INTO, UPDATE OR REPLACE) deletes the row in its
        # way; only with this on do that row's DELETE triggers fire, so the task counts (0010)
        # and the search index (0009) stay right. No trigger of ours writes the table or
        # column it fires on, so none recurses.
        cursor.execute("PRAGMA recursive_triggers = ON")
    finally:
        cursor.close()
