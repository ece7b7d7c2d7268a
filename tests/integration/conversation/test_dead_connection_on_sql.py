"""Connections the PostgreSQL server closed between two messages (a restart, an administrator's
pg_terminate_backend) cost the next message nothing: the pool is not pinged before every
transaction (three round trips on asyncpg), so a dead connection must be dropped at checkout
or, when the driver has not yet seen it close, its failed BEGIN retried on another."""

from __future__ import annotations

import asyncio
import threading

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.engine import APPLICATION_PREFIX, create_engine
from tests.conversation_support import Demo


def _terminate_our_backends(url: str) -> int:
    """Terminate this process's connections to `url`'s database and wait until they are gone,
    on a thread of its own: the caller's event loop does not run meanwhile, so asyncpg has not
    yet read the server's goodbye on the sockets it pools."""
    target = make_url(url)
    killed: list[int] = []

    async def terminate() -> None:
        admin = await asyncpg.connect(
            host=target.host, port=target.port, user=target.username, database=target.database
        )
        try:
            rows = await admin.fetch(
                "SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND application_name LIKE $1",
                APPLICATION_PREFIX + "%",
            )
            killed.extend(row["pid"] for row in rows)
            for _ in range(1000):  # gone within milliseconds; the bound only ends a hang
                gone = not await admin.fetchval(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY($1::int[])", killed
                )
                if gone:
                    break
                await asyncio.sleep(0.01)
        finally:
            await admin.close()

    worker = threading.Thread(target=lambda: asyncio.run(terminate()))
    worker.start()
    worker.join()
    return len(killed)


@pytest.mark.parametrize("seen_closed", [True, False], ids=["seen-closed", "not-yet-seen"])
async def test_the_next_message_is_answered_after_the_server_closed_the_connections(
    database_url: str, demo: Demo, seen_closed: bool
) -> None:
    if make_url(database_url).get_backend_name() == "sqlite":
        pytest.skip("a SQLite file has no server end to lose")
    first = await demo.say("noivu", "quá hạn")
    assert _terminate_our_backends(database_url) >= 1
    if seen_closed:
        await asyncio.sleep(0.2)  # the loop reads the server's goodbye on the idle sockets
    assert await demo.say("noivu", "quá hạn") == first
    assert await demo.say("noivu", "quá hạn") == first


async def test_a_pooled_connection_the_server_closed_is_replaced_at_checkout(
    database_url: str,
) -> None:
    """What does not go through a unit of work (`nhacviec status`, migrations) gets a live
    connection too once the driver has seen the old one close."""
    if make_url(database_url).get_backend_name() == "sqlite":
        pytest.skip("a SQLite file has no server end to lose")
    engine = create_engine(database_url, pool_size=1)
    try:
        async with engine.connect() as connection:
            before = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        assert _terminate_our_backends(database_url) >= 1
        await asyncio.sleep(0.2)
        async with engine.connect() as connection:
            after = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    finally:
        await engine.dispose()
    assert after != before
