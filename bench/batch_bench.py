"""Batch reminders: the Monday digest (and the quarterly review) composed per batch of
recipients against one official at a time, on the same database.

`python -m bench.batch_bench sqlite` builds the developers' SQLite database (10,000 officials,
200,000 tasks, bench/conversation_bench.py's generator) in a temporary directory;
`--sqlite-file PATH` keeps that database to measure again (the digest rows of a second
firing find every recipient served: use it with `--compose-only`); `python -m bench.batch_bench
postgres URL` uses an existing database, such as a copy of
`bench_national` (never the generated original: firing writes outbox rows). Each reports the
seconds and SQL statements (counted by a `before_cursor_execute` event) of:

- "one at a time": `week_review` for every leader and chair, read only (what the digest did
  before batches: four queries per recipient), skipped with --skip-old;
- "digest rows": `Reminders.fire` of the weekly digest, composing in batches and writing
  every row (what the Monday job does);
- "quarterly review": `Reminders.fire` of the quarterly review's opening day;
- "overdue nudge (staff)", "due soon (staff)": the staff reminders fired on the same day.

`--compose-only N` instead composes the weekly digest N times in a transaction that is rolled
back (nothing written, so a copy can be measured again and again): seconds, statements, the
Python process's CPU seconds, the PostgreSQL backend's (from /proc, same machine), the slowest
statements, and a SHA-256 over every (recipient, text) in recipient order, so a change to how
the digest is composed can show that its texts stayed byte-identical.

Nothing of this runs in `make test`.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import event, text, update
from sqlalchemy.ext.asyncio import AsyncEngine

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NATIONAL_MONDAY = date(2026, 11, 30)  # bench/national.py's TODAY
SQLITE_MONDAY = date(2024, 10, 21)  # the Monday of bench/conversation_bench.py's TODAY


class Counter:
    """Counts the statements an engine runs and keeps the slowest (seconds, first words)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.count = 0
        self.slowest: list[tuple[float, str]] = []
        self._started = 0.0
        event.listen(engine.sync_engine, "before_cursor_execute", self._before)
        event.listen(engine.sync_engine, "after_cursor_execute", self._after)
        self.backend_pid: int | None = None  # PostgreSQL's process of the last statement

    def _before(self, conn: Any, *_: Any) -> None:
        driver = conn.connection.driver_connection
        if hasattr(driver, "get_server_pid"):  # asyncpg
            self.backend_pid = driver.get_server_pid()
        self.count += 1
        self._started = time.perf_counter()

    def _after(self, conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        took = time.perf_counter() - self._started
        self.slowest = sorted([*self.slowest, (took, " ".join(statement.split())[:90])])[-4:]

    def take_slowest(self) -> list[str]:
        found = [f"{took:.2f} s {sql}" for took, sql in reversed(self.slowest)]
        self.slowest = []
        return found


def _fixed(at: datetime) -> Callable[[], datetime]:
    return lambda: at.astimezone(UTC)


async def measure(url: str, *, day: date, old: bool = True) -> dict[str, Any]:
    from handlers.calendar import create_calendar
    from handlers.directory import DirectoryCache
    from handlers.domain import Role
    from handlers.reminder_queries import week_review
    from scheduler.config import ReminderConfig
    from scheduler.reminders import Reminders
    from scheduler.rules import quarterly_review, weekly_digest
    from scheduler.rules.due_soon import DUE_SOON
    from scheduler.rules.overdue import OVERDUE
    from storage.engine import create_engine, create_uow_factory

    engine = create_engine(url)
    counter = Counter(engine)
    uow_factory = create_uow_factory(engine)
    calendar = create_calendar()
    config = ReminderConfig()
    results: dict[str, Any] = {}
    try:
        async with uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
        recipients = [
            o for o in directory.officials.values() if o.active and o.has(Role.LEADER, Role.CHAIR)
        ]
        results["leaders and chairs"] = len(recipients)
        digest = weekly_digest.RULE.occurrences_on(day, config.schedule, calendar, config.tz)[0]
        soon = calendar.add_working_days(day, config.due_soon_days)
        if old:
            counter.take_slowest()
            before, t0 = counter.count, time.perf_counter()
            found = 0
            async with uow_factory() as uow:
                for official in recipients:
                    scope = directory.scope_for(official)
                    review = await week_review(uow.tasks, scope, day, soon, as_of=digest.at)
                    found += review is not None
            results["one at a time"] = {
                "seconds": round(time.perf_counter() - t0, 2),
                "sql statements": counter.count - before,
                "digests": found,
            }
        counter.take_slowest()
        # The quarterly review's opening, as if `day` were one of its days.
        opening = replace(digest, rule=quarterly_review.QUARTERLY_REVIEW, period="bench", stage=0)
        # The staff reminders, as if due on `day` at the digest's time.
        overdue = replace(digest, rule=OVERDUE)
        soon_day = replace(digest, rule=DUE_SOON, period=day.isoformat())
        for name, occurrence in (
            ("digest rows", digest),
            ("quarterly review", opening),
            ("overdue nudge (staff)", overdue),
            ("due soon (staff)", soon_day),
        ):
            fire_at = occurrence.at + timedelta(minutes=1)
            reminders = Reminders(
                uow_factory=uow_factory,
                calendar=calendar,
                config=config,
                clock=_fixed(fire_at),
            )
            before, t0 = counter.count, time.perf_counter()
            written = await reminders.fire(occurrence)
            results[name] = {
                "seconds": round(time.perf_counter() - t0, 2),
                "sql statements": counter.count - before,
                "rows written": written,
                "slowest statements": counter.take_slowest(),
            }
    finally:
        await engine.dispose()
    return results


def _backend_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) of a PostgreSQL backend on this machine, 0 elsewhere."""
    if pid is None:
        return 0.0
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def compose_digest(url: str, *, day: date, times: int) -> dict[str, Any]:
    """The weekly digest composed `times` times, never written: time, CPU, statements and a
    SHA-256 over every (recipient, text)."""
    from handlers.calendar import create_calendar
    from handlers.directory import DirectoryCache
    from scheduler.compose import compose
    from scheduler.config import ReminderConfig
    from scheduler.context import ComposeContext
    from scheduler.rules import weekly_digest
    from storage.engine import create_engine, create_uow_factory

    engine = create_engine(url)
    counter = Counter(engine)
    uow_factory = create_uow_factory(engine)
    calendar = create_calendar()
    config = ReminderConfig()
    digest = weekly_digest.RULE.occurrences_on(day, config.schedule, calendar, config.tz)[0]
    runs = []
    try:
        async with uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
        for _ in range(times):
            async with uow_factory() as uow:  # never committed: rolled back on exit
                # One small statement first: the transaction's connection (and its PostgreSQL
                # backend) is known from then on.
                await uow.outbox.recipients(weekly_digest.WEEKLY_DIGEST, "none")
                counter.take_slowest()
                before, t0, cpu0 = counter.count, time.perf_counter(), time.process_time()
                pid = counter.backend_pid
                db0 = _backend_cpu(pid)
                ctx = ComposeContext(
                    uow, directory, calendar, config, day, False, frozenset(), as_of=digest.at
                )
                drafts = await compose(digest, ctx)
                seconds = time.perf_counter() - t0
                texts = hashlib.sha256()
                for draft in sorted(drafts, key=lambda d: d.recipient_id):
                    texts.update(f"{draft.recipient_id}\t{draft.text}\n".encode())
                runs.append(
                    {
                        "seconds": round(seconds, 2),
                        "cpu python": round(time.process_time() - cpu0, 2),
                        "cpu postgresql": round(_backend_cpu(pid) - db0, 2),
                        "sql statements": counter.count - before,
                        "texts": len(drafts),
                        "sha256": texts.hexdigest(),
                        "slowest statements": counter.take_slowest(),
                        "load average": os.getloadavg()[0],
                    }
                )
    finally:
        await engine.dispose()
    return {"compose digest": runs}


async def sqlite_run(
    n_officials: int, n_tasks: int, old: bool, compose_only: int, keep: Path | None
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "batch.sqlite3"
        if not path.exists():
            await _sqlite_database(path, n_officials, n_tasks)
        url = f"sqlite+aiosqlite:///{path}"
        found = (
            await compose_digest(url, day=SQLITE_MONDAY, times=compose_only)
            if compose_only
            else await measure(url, day=SQLITE_MONDAY, old=old)
        )
        return {"database": f"SQLite, {n_officials:,} officials, {n_tasks:,} tasks", **found}


async def _sqlite_database(path: Path, n_officials: int, n_tasks: int) -> None:
    from bench.conversation_bench import _load, _rows
    from storage.engine import create_engine
    from storage.models import TaskRow

    url = f"sqlite+aiosqlite:///{path}"
    await _load(url, _rows(n_officials, n_tasks))
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:  # created before the days described
            created = datetime(2024, 1, 1, tzinfo=UTC)
            await conn.execute(update(TaskRow).values(created_at=created))
    finally:
        await engine.dispose()


async def postgres_run(url: str, old: bool) -> dict[str, Any]:
    from storage.engine import create_engine

    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            tasks = (await conn.execute(text("SELECT count(*) FROM tasks"))).scalar_one()
    finally:
        await engine.dispose()
    return {
        "database": f"PostgreSQL, {tasks:,} tasks",
        **await measure(url, day=NATIONAL_MONDAY, old=old),
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.batch_bench", description=__doc__)
    parser.add_argument("where", choices=["sqlite", "postgres"])
    parser.add_argument("url", nargs="?")
    parser.add_argument("--officials", type=int, default=10_000)
    parser.add_argument("--tasks", type=int, default=200_000)
    parser.add_argument("--skip-old", action="store_true")
    parser.add_argument(
        "--compose-only",
        type=int,
        metavar="N",
        help="compose the weekly digest N times, rolled back, with a SHA-256 of its texts",
    )
    parser.add_argument(
        "--sqlite-file",
        metavar="PATH",
        help="keep the generated SQLite database here (built if absent; a firing writes to it)",
    )
    args = parser.parse_args(argv)
    report: dict[str, Any] = {"date": datetime.now().isoformat(timespec="minutes")}
    if args.where == "sqlite":
        keep = Path(args.sqlite_file) if args.sqlite_file else None
        report |= asyncio.run(
            sqlite_run(args.officials, args.tasks, not args.skip_old, args.compose_only, keep)
        )
    else:
        if not args.url:
            parser.error("postgres needs the URL of a copy of the database")
        if args.compose_only:
            report |= asyncio.run(
                compose_digest(args.url, day=NATIONAL_MONDAY, times=args.compose_only)
            )
        else:
            report |= asyncio.run(postgres_run(args.url, not args.skip_old))
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
