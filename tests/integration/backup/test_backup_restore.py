"""Backup → restore round trip: every task, event and outbox row comes back; bad files are
refused before anything is touched; the daily service writes and prunes."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.backup import (
    BackupError,
    BackupSettings,
    DailyBackups,
    backup_sqlite,
    check_sqlite_backup,
    next_run,
    pg_dump_command,
    pg_restore_command,
    prune,
    restore_sqlite,
    run_pg_tool,
    sqlite_path,
)
from bot.demo import load_demo_data
from handlers.domain import OutboxMessage
from storage.engine import create_engine, create_uow_factory
from storage.migrate import known_revisions
from tests.conversation_support import TZ

NOW = datetime(2023, 10, 25, 9, tzinfo=TZ)
_TABLES = ("tasks", "task_events", "outbox", "officials", "units", "notices")


async def _fill(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        factory = create_uow_factory(engine)
        await load_demo_data(factory, TZ)
        async with factory() as uow:
            for n in range(7):
                await uow.outbox.add_once(
                    OutboxMessage("overdue", 1, f"p{n}", f"nhắc {n}", NOW)  # type: ignore[arg-type]
                )
            await uow.commit()
        return await _counts(url)
    finally:
        await engine.dispose()


async def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return {
                t: (await conn.execute(text(f"SELECT count(*) FROM {t}"))).scalar_one()
                for t in _TABLES
            }
    finally:
        await engine.dispose()


async def test_sqlite_backup_restores_every_row(database_url: str, tmp_path: Path) -> None:
    database = sqlite_path(database_url)
    if database is None:
        pytest.skip("the SQLite round trip; PostgreSQL has its own test below")
    before = await _counts(database_url)
    filled = await _fill(database_url)
    assert filled["tasks"] > 50 and filled["task_events"] > 50 and filled["outbox"] == 7

    copy = backup_sqlite(database, tmp_path / "backups" / "one.sqlite3")
    assert check_sqlite_backup(copy, known_revisions()).tasks == filled["tasks"]

    # A fresh database (a new server): the backup is all there is.
    fresh = tmp_path / "fresh" / "nhacviec.sqlite3"
    restore_sqlite(copy, fresh, known_revisions(), NOW)
    assert await _counts(f"sqlite+aiosqlite:///{fresh}") == filled

    # Over a live database that has moved on: the old file is kept beside it.
    database.unlink()
    shutil.copyfile(fresh, database)
    kept = restore_sqlite(copy, database, known_revisions(), NOW)
    assert kept.name == "nhacviec.sqlite3.before-restore-20231025-090000"
    assert await _counts(f"sqlite+aiosqlite:///{kept}") == filled
    assert before["tasks"] == 0


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not a database at all", "không phải tệp sao lưu SQLite"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "hỏng"),
    ],
)
def test_a_bad_file_is_refused_before_anything_changes(
    tmp_path: Path, content: bytes, says: str
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    database = tmp_path / "live.sqlite3"
    database.write_bytes(b"live")
    with pytest.raises(BackupError, match=says):
        restore_sqlite(bad, database, known_revisions(), NOW)
    assert database.read_bytes() == b"live"


def test_a_database_of_another_program_or_schema_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(BackupError, match="không phải cơ sở dữ liệu nhacviec"):
        check_sqlite_backup(other, known_revisions())
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as conn:
        conn.execute("CREATE TABLE tasks (id)")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    with pytest.raises(BackupError, match="9999_from_the_future"):
        check_sqlite_backup(newer, known_revisions())


async def test_the_daily_service_writes_at_its_hour_and_keeps_the_newest(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE t (x)")
    settings = BackupSettings(dir=str(tmp_path / "backups"), time="02:30", keep=3)
    assert settings.at == time(2, 30)
    assert next_run(NOW, settings.at) == datetime(2023, 10, 26, 2, 30, tzinfo=TZ)
    assert next_run(NOW.replace(hour=1), settings.at) == datetime(2023, 10, 25, 2, 30, tzinfo=TZ)
    days = iter(datetime(2023, 10, d, 2, 30, tzinfo=TZ) for d in range(1, 30))
    service = DailyBackups(database, settings, clock=lambda: next(days))
    for _ in range(5):
        assert await service.once() is not None
    left = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert left == [
        "nhacviec-20231003-023000.sqlite3",
        "nhacviec-20231004-023000.sqlite3",
        "nhacviec-20231005-023000.sqlite3",
    ]
    assert prune(tmp_path / "backups", 1) == [
        tmp_path / "backups" / "nhacviec-20231003-023000.sqlite3",
        tmp_path / "backups" / "nhacviec-20231004-023000.sqlite3",
    ]


async def test_a_failed_daily_backup_is_logged_not_raised(tmp_path: Path) -> None:
    settings = BackupSettings(dir=str(tmp_path / "backups"))
    service = DailyBackups(tmp_path / "missing.sqlite3", settings, clock=lambda: NOW)
    assert await service.once() is None


async def test_postgresql_dump_restores_every_row(
    database_url: str, blank_database_url: str, tmp_path: Path
) -> None:
    if make_url(database_url).get_backend_name() != "postgresql":
        pytest.skip("the PostgreSQL round trip")
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump/pg_restore not installed (Debian package postgresql-client)")
    filled = await _fill(database_url)
    dump = tmp_path / "nhacviec.dump"
    run_pg_tool(pg_dump_command(database_url, dump))
    run_pg_tool(pg_restore_command(blank_database_url, dump))
    assert await _counts(blank_database_url) == filled


async def test_the_cli_backs_up_and_restores(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if sqlite_path(database_url) is None:
        pytest.skip("the CLI on SQLite")
    import asyncio

    from bot.cli import main

    filled = await _fill(database_url)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)

    def cli(*argv: str) -> int:
        return asyncio.get_running_loop().run_in_executor(None, main, list(argv))  # type: ignore[return-value]

    assert await cli("backup", "copy.sqlite3") == 0
    assert "Đã sao lưu vào copy.sqlite3" in capsys.readouterr().out
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'new.sqlite3'}")
    assert await cli("restore", "copy.sqlite3") == 0  # no terminal, no --yes: nothing done
    assert not (tmp_path / "new.sqlite3").exists()
    assert await cli("restore", "copy.sqlite3", "--yes") == 0
    assert "Đã khôi phục từ copy.sqlite3" in capsys.readouterr().out
    assert await _counts(f"sqlite+aiosqlite:///{tmp_path / 'new.sqlite3'}") == filled
    assert await cli("restore", "missing.sqlite3", "--yes") == 1
