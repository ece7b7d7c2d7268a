"""`nhacviec run` answers CHAT_CONCURRENCY chats at once per channel, each holding a database
connection while it answers: the engine must hold that many on SQLite too (SQLAlchemy's default
of 5 + 10 made the 16th chat wait 30 s and get the apology)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import text

from storage.engine import create_engine

CHATS = 24  # more than SQLAlchemy's default 5 + 10


async def _all_at_once(url: str, pool_size: int) -> int:
    engine = create_engine(url, pool_size=pool_size)
    everyone_in = asyncio.Event()
    inside = 0

    async def chat() -> int:
        nonlocal inside
        async with engine.connect() as connection:
            inside += 1
            if inside == CHATS:
                everyone_in.set()
            await everyone_in.wait()  # every chat holds its connection at the same time
            return int((await connection.execute(text("select 1"))).scalar_one())

    try:
        # A pool smaller than CHATS never lets the last ones in: they would wait for the pool's
        # 30 s timeout; the guard only turns that hang into a failure sooner.
        answers = await asyncio.wait_for(asyncio.gather(*(chat() for _ in range(CHATS))), 20)
    finally:
        await engine.dispose()
    return sum(answers)


async def test_a_sqlite_file_holds_as_many_connections_as_chats_answered_at_once(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'pool.sqlite3'}"
    assert await _all_at_once(url, pool_size=CHATS // 2) == CHATS


def test_the_pool_size_applies_to_a_sqlite_file_and_not_to_memory(tmp_path: Path) -> None:
    file_engine = create_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}", pool_size=7)
    memory_engine = create_engine("sqlite:///:memory:", pool_size=7)
    assert file_engine.pool.size() == 7  # type: ignore[attr-defined]
    assert memory_engine.pool.__class__.__name__ == "StaticPool"
