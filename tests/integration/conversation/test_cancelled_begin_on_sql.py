"""A unit of work cancelled while its BEGIN is in flight (a dispatcher's lease renewal cancelled
at the end of a pass, a shutdown) leaves no transaction behind on its pooled connection: the
next unit of work on that connection really commits (found by review: before, it got a
SAVEPOINT inside the abandoned transaction and its commit released the savepoint only)."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.engine import create_engine, create_uow_factory


async def _rows_seen_by_another_connection(url: str, n: int) -> int:
    target = make_url(url)
    other = await asyncpg.connect(
        host=target.host, port=target.port, user=target.username, database=target.database
    )
    try:
        return int(await other.fetchval("SELECT count(*) FROM cancel_probe WHERE id = $1", n))
    finally:
        await other.close()


async def test_a_unit_of_work_cancelled_during_its_begin_does_not_swallow_later_commits(
    database_url: str,
) -> None:
    if make_url(database_url).get_backend_name() == "sqlite":
        pytest.skip("SQLite begins with its first statement (no BEGIN sent ahead)")
    engine = create_engine(database_url, pool_size=1)
    uows = create_uow_factory(engine)
    lost: list[int] = []
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE IF NOT EXISTS cancel_probe (id int)"))
        # Cancelled after k turns of the loop: the first ones land while the BEGIN is awaited.
        for k in range(1, 16):

            async def held() -> None:
                async with uows():
                    await asyncio.sleep(3600)

            task = asyncio.create_task(held())
            for _ in range(k):
                await asyncio.sleep(0)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            async with uows() as uow:  # the pool's one connection, as the next message gets it
                session = uow._session
                assert session is not None
                await session.execute(text("INSERT INTO cancel_probe VALUES (:n)"), {"n": k})
                await uow.commit()
            if await _rows_seen_by_another_connection(database_url, k) != 1:
                lost.append(k)
            await engine.dispose()
    finally:
        async with engine.begin() as conn:
            await conn.execute(text("DROP TABLE IF EXISTS cancel_probe"))
        await engine.dispose()
    assert lost == []
