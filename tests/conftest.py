"""Shared fixtures: a migrated, empty database per test, on SQLite and on PostgreSQL; and which
tests run by default.

Tests marked `slow` (subprocesses, crash-and-restart, real retry delays) are deselected unless
`--slow` is given or CI=true / NHACVIEC_SLOW_TESTS=1 is set; the summary says how many were left
out, so a green run is never mistaken for a full one. CI (.ci/run) runs them all.

`database_url` is the one parametrized fixture: SQLite always, PostgreSQL when TEST_DATABASE_URL
is set (skipped with a reason otherwise); `engine` and `uow_factory` build on it.

SQLite tests get a copy of a template file migrated once per session. PostgreSQL runs get a
database of their own per session, so one per pytest-xdist worker under `make test` (created on
TEST_DATABASE_URL's server, migrated once, emptied with TRUNCATE … RESTART IDENTITY CASCADE
before each test, dropped at the end), so concurrent runs and workers and debris from killed runs
never meet; leftovers older than an hour are dropped at start.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from storage.engine import create_engine, create_uow_factory
from storage.migrate import upgrade
from storage.models import Base
from storage.uow import SqlUnitOfWork
from tests.cli_support import BuiltDemo, nhacviec

T = TypeVar("T")

POSTGRES_URL_ENV = "TEST_DATABASE_URL"
_PG_PREFIX = "nhacviec_test_"
_PG_STALE_AFTER_S = 3600

_BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(
                not os.environ.get(POSTGRES_URL_ENV), reason=f"{POSTGRES_URL_ENV} is not set"
            ),
        ],
    ),
]


# --- which tests run: slow ones in CI or on request ------------------------------------

SLOW_ENV = "NHACVIEC_SLOW_TESTS"
_SLOW_LEFT_OUT = pytest.StashKey[int]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        help=f"also run tests marked slow (on by default when CI or {SLOW_ENV}=1 is set)",
    )


def _slow_wanted(config: pytest.Config) -> str | None:
    """Why slow tests run this time, or None when they are left out."""
    if config.getoption("--slow"):
        return "--slow"
    if os.environ.get(SLOW_ENV, "") not in ("", "0"):
        return f"{SLOW_ENV} is set"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return "CI is set"
    if "slow" in (config.getoption("markexpr", "") or ""):
        return "-m names them"
    return None


def pytest_report_header(config: pytest.Config) -> str:
    why = _slow_wanted(config)
    if why:
        return f"slow tests: included ({why})"
    return f"slow tests: left out (run them with --slow, or CI=true / {SLOW_ENV}=1)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _slow_wanted(config):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]
    config.stash[_SLOW_LEFT_OUT] = len(slow)


def pytest_sessionfinish(session: pytest.Session) -> None:
    # A pytest-xdist worker: its count goes back to the controller, which collects nothing.
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["slow_left_out"] = session.config.stash.get(_SLOW_LEFT_OUT, 0)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist's controller: every worker collects (and leaves out) the same tests."""
    left_out = getattr(node, "workeroutput", {}).get("slow_left_out", 0)
    stash = node.config.stash
    stash[_SLOW_LEFT_OUT] = max(stash.get(_SLOW_LEFT_OUT, 0), left_out)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    left_out = config.stash.get(_SLOW_LEFT_OUT, 0)
    if left_out:
        terminalreporter.write_line(
            f"{left_out} slow tests left out (deselected): run them with --slow, "
            f"or CI=true / {SLOW_ENV}=1",
            yellow=True,
            bold=True,
        )


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from a sync fixture on a private loop in a worker thread, so the
    event loops pytest-asyncio manages for tests are never touched."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


# --- PostgreSQL: one database per session ------------------------------------------------


def _pg_url(database: str) -> str:
    admin = make_url(os.environ[POSTGRES_URL_ENV])
    return admin.set(database=database).render_as_string(hide_password=False)


async def _pg_admin(statements: Callable[[Any], Coroutine[Any, Any, None]]) -> None:
    """Run CREATE/DROP DATABASE (which refuse a transaction) on the TEST_DATABASE_URL server."""
    admin = create_async_engine(os.environ[POSTGRES_URL_ENV], isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await statements(conn)
    finally:
        await admin.dispose()


def _new_pg_name() -> str:
    return f"{_PG_PREFIX}{int(time.time())}_{os.getpid()}_{secrets.token_hex(3)}"


def _is_stale(name: str, now: float) -> bool:
    stamp = name.removeprefix(_PG_PREFIX).split("_", 1)[0]
    return stamp.isdigit() and now - int(stamp) > _PG_STALE_AFTER_S


async def _create_pg_database(name: str) -> None:
    async def create(conn: Any) -> None:
        rows = await conn.execute(
            text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": _PG_PREFIX + "%"}
        )
        now = time.time()
        for (stale,) in rows:
            if _is_stale(stale, now):
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{stale}" WITH (FORCE)'))
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
        # A commit returns without waiting for its WAL to reach the disk: it is as atomic and as
        # visible to other connections as before, and only a crash of the server itself (no
        # test's subject) could lose it. On a busy machine the flush was most of a commit.
        await conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))

    await _pg_admin(create)


async def _drop_pg_database(name: str) -> None:
    async def drop(conn: Any) -> None:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    await _pg_admin(drop)


async def _truncate_pg(url: str) -> None:
    """Empty every table and reset ids, leaving the state a fresh migration leaves.

    Only the tables holding pages are truncated (with CASCADE, so whatever refers to them goes
    too): a table of no pages holds no row, and truncating it would only cost new files for it
    and its indexes. Every sequence is set back to its start, since a failed insert advances one
    without writing a page; `org_meta` keeps the one row the migration writes."""
    names = [t.name for t in Base.metadata.sorted_tables]
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            # The database is this session's alone: a transaction still open in it was leaked
            # by an earlier test and would make TRUNCATE wait for its locks forever.
            await conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    " AND state LIKE 'idle in transaction%'"
                )
            )
            await conn.execute(text("SET LOCAL lock_timeout = '10s'"))
            used = await conn.execute(
                text(
                    "SELECT relname FROM pg_class WHERE relkind = 'r'"
                    " AND relnamespace = 'public'::regnamespace"
                    " AND relname = ANY(:names) AND pg_relation_size(oid) > 0"
                ),
                {"names": names},
            )
            dirty = {name for (name,) in used}
            fresh_meta = await conn.execute(
                text(
                    "SELECT count(*) = 1 AND coalesce(bool_and("
                    "id = 1 AND revision = 0 AND task_revision = 0), false) FROM org_meta"
                )
            )
            if fresh_meta.scalar():
                dirty.discard("org_meta")
            if dirty:
                tables = ", ".join(name for name in names if name in dirty)
                await conn.execute(text(f"TRUNCATE {tables} CASCADE"))
            await conn.execute(
                text(
                    "SELECT setval(format('%I.%I', schemaname, sequencename), start_value, false)"
                    " FROM pg_sequences WHERE schemaname = 'public'"
                )
            )
            await conn.execute(
                text(
                    "INSERT INTO org_meta (id, revision)"
                    " SELECT 1, 0 WHERE NOT EXISTS (SELECT FROM org_meta)"
                )
            )
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def _postgres_session_url() -> Iterator[str]:
    name = _new_pg_name()
    run_sync(_create_pg_database(name))
    try:
        url = _pg_url(name)
        run_sync(_migrate(url))
        yield url
    finally:
        run_sync(_drop_pg_database(name))


# --- SQLite: a migrated template file copied per test ------------------------------------


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "nhacviec.sqlite3"
    run_sync(_migrate(f"sqlite+aiosqlite:///{path}"))
    # Closing the last connection checkpoints the WAL into the file; the copy relies on it.
    assert not path.with_name(path.name + "-wal").exists()
    return path


# --- public fixtures ---------------------------------------------------------------------


@pytest.fixture(params=_BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a database private to this test, migrated to head and holding no data."""
    if request.param == "sqlite":
        path = tmp_path / "nhacviec.sqlite3"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    url: str = request.getfixturevalue("_postgres_session_url")
    run_sync(_truncate_pg(url))
    return url


@pytest.fixture
def blank_database_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database (no tables at all) on the same backend as `database_url`."""
    if make_url(database_url).get_backend_name() == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'blank.sqlite3'}"
        return
    name = _new_pg_name()
    run_sync(_create_pg_database(name))
    try:
        yield _pg_url(name)
    finally:
        run_sync(_drop_pg_database(name))


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
def uow_factory(engine: AsyncEngine) -> Callable[[], SqlUnitOfWork]:
    return create_uow_factory(engine)


# --- the demo as `nhacviec demo` builds it, for the CLI tests ----------------------------


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> BuiltDemo:
    """`nhacviec demo --no-chat` run once as a real subprocess; the CLI test modules each work
    on a copy (`BuiltDemo.copy_to`), so the build is not repeated per module."""
    folder = tmp_path_factory.mktemp("built-demo")
    built = nhacviec(folder, "demo", "--no-chat")
    assert built.returncode == 0, built.stderr
    return BuiltDemo(folder, built)
