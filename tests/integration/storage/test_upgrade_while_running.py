"""`db upgrade` names the other nhacviec processes still connected to a PostgreSQL database
(their writes during a migration that fills a table from `tasks` could be miscounted)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from storage.engine import APPLICATION_PREFIX, create_engine
from storage.migrate import other_processes, upgrade


async def test_an_upgrade_warns_of_another_nhacviec_process_and_not_of_itself(
    blank_database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_engine(blank_database_url)
    if engine.dialect.name != "postgresql":
        await engine.dispose()
        pytest.skip("a SQLite file does not say who else has it open")
    other = create_async_engine(
        engine.url,
        connect_args={"server_settings": {"application_name": f"{APPLICATION_PREFIX}srv2 pid 7"}},
    )
    try:
        await upgrade(engine, "0009")
        assert await other_processes(engine) == []  # this process's own connections
        async with other.connect() as held:
            await held.execute(text("SELECT 1"))
            assert await other_processes(engine) == ["srv2 pid 7"]
            with caplog.at_level(logging.WARNING, logger="storage.migrate"):
                await upgrade(engine)
        warned = [r.getMessage() for r in caplog.records if r.name == "storage.migrate"]
        assert len(warned) == 1 and "srv2 pid 7" in warned[0], warned
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="storage.migrate"):
            await upgrade(engine)  # at head already: nothing to warn about
        assert not [r for r in caplog.records if r.name == "storage.migrate"]
    finally:
        await other.dispose()
        await engine.dispose()
