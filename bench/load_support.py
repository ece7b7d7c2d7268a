"""Measuring helpers of bench/load_bench.py: percentiles, CPU of a process and of the
PostgreSQL backends serving a database, and upgrading a copy with a measured tree's migrations."""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import sys
from pathlib import Path

from sqlalchemy import text

from storage.engine import create_engine
from storage.migrate import current_revision


def run_env(
    code_root: Path, tmp: str, url: str, token: str, api_url: str, extra: list[str]
) -> dict[str, str]:
    """The environment of a benched `nhacviec run`: this code, the database, the fake Bot API,
    reminders and backups off, then `KEY=VALUE` extras (`--env`)."""
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    env |= {
        "PYTHONPATH": str(code_root),
        "PYTHONUNBUFFERED": "1",
        "TMPDIR": tmp,
        "LOG_LEVEL": "WARNING",
        "DATABASE_URL": url,
        "TELEGRAM__TOKEN": token,
        "TELEGRAM__API_BASE_URL": api_url,
        "REMINDERS__ENABLED": "false",
        "BACKUP__ENABLED": "false",
    }
    return env | dict(item.split("=", 1) for item in extra)


async def stop(proc: asyncio.subprocess.Process) -> None:
    """SIGTERM the benched process, SIGKILL it if it has not stopped within 30 s."""
    if proc.returncode is None:
        proc.terminate()
        try:
            await asyncio.wait_for(proc.wait(), 30)
        except TimeoutError:
            proc.kill()
            await proc.wait()


def stderr_tail(path: Path, lines: int) -> list[str]:
    return path.read_text(errors="replace").strip().splitlines()[-lines:]


def percentiles(values: list[float]) -> dict[str, str]:
    if not values:
        return {}
    ordered = sorted(values)

    def at(q: float) -> str:
        return f"{ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000:.0f} ms"

    return {
        "p50": f"{statistics.median(ordered) * 1000:.0f} ms",
        "p90": at(0.90),
        "p99": at(0.99),
        "max": f"{ordered[-1] * 1000:.0f} ms",
        "n": str(len(ordered)),
    }


def busiest_second(times: list[float]) -> int:
    """The most replies sent in any one-second window: PTB's limiter (`AIORateLimiter`, a
    bucket of 30 draining at 30/s) holds a reply only when more than ~30 come that close."""
    ordered = sorted(times)
    most, first = 0, 0
    for last, t in enumerate(ordered):
        while t - ordered[first] >= 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most


async def backend_cpu(url: str) -> dict[int, float]:
    """CPU seconds of each PostgreSQL backend connected to the run's database (a local server:
    its processes are readable here); {} for SQLite."""
    if not url.startswith("postgresql"):
        return {}
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            pids = (
                await conn.scalars(
                    text(
                        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid()"
                    )
                )
            ).all()
    finally:
        await engine.dispose()
    found: dict[int, float] = {}
    for backend in pids:
        with contextlib.suppress(OSError):
            found[int(backend)] = cpu_s(int(backend))
    return found


def cpu_s(pid: int) -> float:
    """User + system CPU seconds the process has used so far."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def upgrade_with(code_root: Path, url: str) -> str:
    """The copy upgraded by the measured tree's own migrations (`nhacviec db upgrade`), so a
    tree without a newer migration of the working tree runs on the schema it knows; statistics
    are refreshed when the schema moved."""
    engine = create_engine(url)
    try:
        before = await current_revision(engine)
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
        env |= {"PYTHONPATH": str(code_root), "DATABASE_URL": url}
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "db",
            "upgrade",
            env=env,
            cwd=code_root,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        out, _ = await proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"nhacviec db upgrade failed:\n{out.decode(errors='replace')}")
        after = await current_revision(engine)
        if after != before:
            async with engine.connect() as conn:
                conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.execute(text("VACUUM ANALYZE"))
        return f"{before} → {after}"
    finally:
        await engine.dispose()
