"""`nhacviec backup [FILE]` and `nhacviec restore FILE` (see bot/backup.py)."""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path

from bot.backup import (
    BackupError,
    backup_sqlite,
    check_sqlite_backup,
    default_name,
    pg_dump_command,
    pg_restore_command,
    restore_sqlite,
    run_pg_tool,
    sqlite_path,
)
from bot.settings import Settings
from storage.migrate import known_revisions


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024 / 1024:.1f} MB".replace(".", ",")


async def backup(settings: Settings, file: str | None) -> int:
    now = datetime.now(settings.tz)
    database = sqlite_path(settings.database_url)
    try:
        if database is None:
            dest = (
                Path(file)
                if file
                else Path(settings.backup.dir)
                / (default_name(now).removesuffix(".sqlite3") + ".dump")
            )
            dest.parent.mkdir(parents=True, exist_ok=True)
            await asyncio.to_thread(run_pg_tool, pg_dump_command(settings.database_url, dest))
        else:
            dest = Path(file) if file else Path(settings.backup.dir) / default_name(now)
            await asyncio.to_thread(backup_sqlite, database, dest)
    except BackupError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    print(f"Đã sao lưu vào {dest} ({_size(dest)}).")
    return 0


async def restore(settings: Settings, file: str, *, yes: bool) -> int:
    backup_file = Path(file)
    database = sqlite_path(settings.database_url)
    try:
        if database is None:
            if not yes and not _ask(f"Thay toàn bộ dữ liệu PostgreSQL bằng {file}? [y/N] "):
                print("Chưa khôi phục gì. Chạy lại với --yes để khôi phục.")
                return 0
            await asyncio.to_thread(
                run_pg_tool, pg_restore_command(settings.database_url, backup_file)
            )
            kept = None
        else:
            checked = check_sqlite_backup(backup_file, known_revisions())
            print(
                f"Tệp sao lưu {file}: {checked.tasks} việc, lược đồ {checked.revision}. "
                f"Dữ liệu hiện tại ({database}) sẽ được giữ lại bên cạnh."
            )
            if not yes and not _ask("Khôi phục? Hãy dừng `nhacviec run` trước. [y/N] "):
                print("Chưa khôi phục gì. Chạy lại với --yes để khôi phục.")
                return 0
            kept = await asyncio.to_thread(
                restore_sqlite, backup_file, database, known_revisions(), datetime.now(settings.tz)
            )
    except BackupError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    from bot.wiring import open_app

    async with open_app(settings, check_schema=False) as app:
        await app.upgrade_schema()
    kept_line = f" Dữ liệu trước đó được giữ ở {kept}." if kept and kept.exists() else ""
    print(f"Đã khôi phục từ {file}; lược đồ đã được cập nhật.{kept_line}")
    return 0


def _ask(prompt: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(prompt).strip().lower() in ("y", "yes", "c", "có", "co")
