"""The composition root: open_app checks the schema and closes what it opened; what loads when."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.wiring import SchemaOutdated, create_channels, open_app

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "samples" / "notices" / "bac-son-2023-bcd-cchc-9-thang.txt"


def settings_for(path: Path) -> Settings:
    """No .env file and no channel token: only the test's own SQLite file."""
    return Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{path}")  # type: ignore[call-arg]


async def test_open_app_refuses_a_database_without_the_schema(tmp_path: Path) -> None:
    with pytest.raises(SchemaOutdated, match="nhacviec db upgrade"):
        async with open_app(settings_for(tmp_path / "empty.sqlite3")):
            pass


async def test_an_upgraded_database_opens_and_has_no_channel(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "db.sqlite3")
    async with open_app(settings, check_schema=False) as app:
        assert not await app.schema_is_current()
        await app.upgrade_schema()
        assert await app.schema_is_current()
    async with open_app(settings) as app:
        assert create_channels(app) == []
        async with app.uow_factory() as uow:
            assert await uow.officials.by_handle("noivu") is None


@pytest.mark.slow  # a fresh interpreter
def test_parse_loads_neither_the_database_nor_a_channel_library(tmp_path: Path) -> None:
    """`nhacviec parse` stays quick to start: the database stack loads only for commands that
    use it, a channel library only when its token is set."""
    probe = (
        "import sys\n"
        "from bot.cli import main\n"
        f"assert main(['parse', {str(SAMPLE)!r}, '--json']) == 0\n"
        "heavy = {'sqlalchemy', 'alembic', 'telegram', 'uvicorn', 'apscheduler'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[]"
