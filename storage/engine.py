"""Engine and unit-of-work factories for SQLite (aiosqlite) and PostgreSQL (asyncpg) URLs."""

from __future__ import annotations

import functools
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from storage.uow import SqlUnitOfWork

# Plain driver names are accepted and mapped to the async driver this package runs on.
_ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}
SQLITE_BUSY_TIMEOUT_MS = 15_000
# A server connection is closed and reopened after this long: what a firewall or NAT drops
# silently after hours of idleness is gone before it is found dead.
POOL_RECYCLE_S = 1800
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
        # No pool_pre_ping: on asyncpg it is BEGIN, a query and ROLLBACK (three round trips)
        # before every transaction, a dozen per message. A connection whose server end is gone
        # (a restart, pg_terminate_backend) is dropped at checkout when its socket is seen
        # closed, and a unit of work whose BEGIN fails on a dead one retries on another
        # (storage.uow), before anything was written.
        engine = create_async_engine(parsed, echo=echo, pool_recycle=POOL_RECYCLE_S, **pool)
        event.listen(engine.sync_engine, "checkout", _refuse_closed)
        return engine
    if not _is_file(parsed):
        pool = {}  # an in-memory database is one connection (SQLAlchemy's static pool)
    _make_parent_dir(parsed)
    engine = create_async_engine(parsed, echo=echo, **pool)
    event.listen(engine.sync_engine, "connect", _set_sqlite_pragmas)
    return engine


def create_uow_factory(engine: AsyncEngine) -> Callable[[], SqlUnitOfWork]:
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    # A server database's BEGIN goes out when the unit of work opens, where a dead connection
    # can still be swapped for a live one; a SQLite file has no server end to lose.
    begin_now = engine.dialect.name != "sqlite"
    return functools.partial(SqlUnitOfWork, sessions, begin_now=begin_now)


def _refuse_closed(dbapi_connection: Any, record: Any, proxy: Any) -> None:
    """A pooled connection whose socket the driver saw closed is replaced at checkout (no
    round trip: asyncpg notices the server's goodbye while the connection sits idle)."""
    is_closed = getattr(record.driver_connection, "is_closed", None)
    if is_closed is not None and is_closed():
        raise exc.DisconnectionError("the server closed this pooled connection")


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
