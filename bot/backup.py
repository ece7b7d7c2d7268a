"""Backups of the office's record: `nhacviec backup`, `nhacviec restore`, a daily copy in `run`.

SQLite (the default): the standard library's online backup API copies the database page by
page while `nhacviec run` keeps writing, and the copy is consistent (it is the database as of
one moment). A restore checks the file first — a SQLite database, `PRAGMA integrity_check` ok,
an Alembic revision this version knows — keeps the current file beside it
(`….before-restore-YYYYmmdd-HHMMSS`), then puts the backup in place and brings its schema up to
date. Stop `nhacviec run` before restoring.

PostgreSQL: `pg_dump --format=custom` / `pg_restore --clean --if-exists` (Debian package
`postgresql-client`) when on PATH; otherwise the command is printed to run by hand.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.settings import BackupSettings

log = logging.getLogger(__name__)

PREFIX = "nhacviec-"
SUFFIX = ".sqlite3"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why, in one line."""


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL (or an in-memory SQLite)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def default_name(now: datetime) -> str:
    return f"{PREFIX}{now:%Y%m%d-%H%M%S}{SUFFIX}"


def backup_sqlite(database: Path, dest: Path) -> Path:
    """A consistent copy of `database` at `dest` (written beside it first, then renamed)."""
    if not database.exists():
        raise BackupError(f"Không có cơ sở dữ liệu {database} để sao lưu.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target, pages=1024)  # in steps: writers are not held for long
        finally:
            target.close()
    finally:
        source.close()
    os.replace(partial, dest)
    return dest


@dataclass(frozen=True, slots=True)
class Checked:
    revision: str
    tasks: int


def check_sqlite_backup(path: Path, known_revisions: set[str]) -> Checked:
    """Refuse anything that is not an intact nhacviec database of a known schema."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise BackupError(f"Không đọc được tệp {path}: {exc.strerror}.") from None
    if magic != _SQLITE_MAGIC:
        raise BackupError(f"{path} không phải tệp sao lưu SQLite của nhacviec.")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            intact = conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        except sqlite3.DatabaseError:
            intact = False
        if not intact:
            raise BackupError(f"Tệp sao lưu {path} bị hỏng (integrity_check không đạt).")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            tasks = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
        except sqlite3.DatabaseError:
            raise BackupError(f"{path} không phải cơ sở dữ liệu nhacviec.") from None
    finally:
        conn.close()
    if row is None or row[0] not in known_revisions:
        found = row[0] if row else "không có"
        raise BackupError(
            f"Tệp sao lưu có phiên bản lược đồ «{found}» mà bản nhacviec này không biết: "
            "hãy khôi phục bằng bản nhacviec mới hơn."
        )
    return Checked(row[0], int(tasks))


def restore_sqlite(backup: Path, database: Path, known_revisions: set[str], now: datetime) -> Path:
    """Put `backup` in place of `database`; returns where the previous file was kept."""
    check_sqlite_backup(backup, known_revisions)
    database.parent.mkdir(parents=True, exist_ok=True)
    kept = database.with_name(f"{database.name}.before-restore-{now:%Y%m%d-%H%M%S}")
    if database.exists():
        backup_sqlite(database, kept)
    incoming = database.with_name(database.name + ".restoring")
    backup_sqlite(backup, incoming)
    for extra in ("-wal", "-shm"):
        Path(f"{database}{extra}").unlink(missing_ok=True)
    os.replace(incoming, database)
    return kept


def prune(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was deleted."""
    found = sorted(directory.glob(f"{PREFIX}*{SUFFIX}"))
    doomed = found[:-keep] if keep else found
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def pg_dump_command(database_url: str, dest: Path) -> list[str]:
    url = make_url(database_url).set(drivername="postgresql")
    return [
        "pg_dump",
        "--format=custom",
        f"--file={dest}",
        url.render_as_string(hide_password=False),
    ]


def pg_restore_command(database_url: str, backup: Path) -> list[str]:
    url = make_url(database_url).set(drivername="postgresql")
    return [
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        f"--dbname={url.render_as_string(hide_password=False)}",
        str(backup),
    ]


def run_pg_tool(command: list[str]) -> None:
    tool = command[0]
    if shutil.which(tool) is None:
        raise BackupError(
            f"Không có {tool}: cài gói postgresql-client (apt-get install postgresql-client), "
            "hoặc chạy lệnh sau bằng tay: " + " ".join(_hidden(command))
        )
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{tool} thất bại: {result.stderr.strip()[:300]}")


def _hidden(command: list[str]) -> list[str]:
    """The command as it may be shown: a password in the URL becomes ***."""
    out = []
    for part in command:
        with contextlib.suppress(Exception):
            if "://" in part:
                prefix, _, url = part.partition("=") if part.startswith("--") else ("", "", part)
                rendered = make_url(url).render_as_string(hide_password=True)
                part = f"{prefix}={rendered}" if prefix else rendered
        out.append(part)
    return out


def next_run(now: datetime, at: dt.time) -> datetime:
    """The next `at` o'clock strictly after `now` (in now's time zone)."""
    candidate = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return candidate if candidate > now else candidate + timedelta(days=1)


class DailyBackups:
    """A `nhacviec run` service: every day at BACKUP__TIME a copy of the SQLite database in
    BACKUP__DIR, keeping the newest BACKUP__KEEP. A failed backup is logged and retried the
    next day; it never stops the bot."""

    name = "backups"

    def __init__(
        self,
        database: Path,
        settings: BackupSettings,
        clock: Callable[[], datetime],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._database = database
        self._settings = settings
        self._clock = clock
        self._sleep = sleep
        self._task: asyncio.Task[None] | None = None
        self.made: list[Path] = []

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="daily-backups")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def once(self) -> Path | None:
        directory = Path(self._settings.dir)
        dest = directory / default_name(self._clock())
        try:
            made = await asyncio.to_thread(backup_sqlite, self._database, dest)
            pruned = prune(directory, self._settings.keep)
        except (BackupError, OSError, sqlite3.Error) as exc:
            log.error("daily backup failed: %s", exc)
            return None
        self.made.append(made)
        log.info("daily backup written to %s (%d old ones removed)", made, len(pruned))
        return made

    async def _loop(self) -> None:
        while True:
            now = self._clock()
            wait = (next_run(now, self._settings.at) - now).total_seconds()
            await self._sleep(wait)
            await self.once()
