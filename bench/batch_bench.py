"""Batch reminders: the Monday digest (and the quarterly review) composed per batch of
recipients against one official at a time, on the same database.

`python -m bench.batch_bench sqlite` builds the developers' SQLite database (10,000 officials,
200,000 tasks, bench/conversation_bench.py's generator) in a temporary directory;
`python -m bench.batch_bench postgres URL` uses an existing database, such as a copy of
`bench_national` (never the generated original: firing writes outbox rows). Each reports the
seconds and SQL statements (counted by a `before_cursor_execute` event) of:

- "one at a time": `week_review` for every leader and chair, read only (what the digest did
  before batches: four queries per recipient), skipped with --skip-old;
- "digest rows": `Reminders.fire` of the weekly digest, composing in batches and writing
  every row (what the Monday job does);
- "quarterly review": `Reminders.fire` of the quarterly review's opening day;
- "overdue nudge (staff)", "due soon (staff)": the staff reminders fired on the same day.

Nothing of this runs in `make test`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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

    def _before(self, *_: Any) -> None:
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


async def sqlite_run(n_officials: int, n_tasks: int, old: bool) -> dict[str, Any]:
    from bench.conversation_bench import _load, _rows
    from storage.engine import create_engine
    from storage.models import TaskRow

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'batch.sqlite3'}"
        await _load(url, _rows(n_officials, n_tasks))
        engine = create_engine(url)
        try:
            async with engine.begin() as conn:  # created before the days described
                created = datetime(2024, 1, 1, tzinfo=UTC)
                await conn.execute(update(TaskRow).values(created_at=created))
        finally:
            await engine.dispose()
        return {
            "database": f"SQLite, {n_officials:,} officials, {n_tasks:,} tasks",
            **await measure(url, day=SQLITE_MONDAY, old=old),
        }


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
    args = parser.parse_args(argv)
    report: dict[str, Any] = {"date": datetime.now().isoformat(timespec="minutes")}
    if args.where == "sqlite":
        report |= asyncio.run(sqlite_run(args.officials, args.tasks, not args.skip_old))
    else:
        if not args.url:
            parser.error("postgres needs the URL of a copy of the database")
        report |= asyncio.run(postgres_run(args.url, not args.skip_old))
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
