"""Issue 13's table at national scale: the conversation core, reminders and a cold start on the
data of `bench/national.py`, in PostgreSQL.

    python -m bench.national_bench --scale national [--json] [--explain] [--timeout 30]

The generated database (`bench_national`, made by the generator when it is missing or of another
scale) is left untouched: every run works on a copy (`CREATE DATABASE … TEMPLATE`, dropped at the
end), since asking about a task change, firing the digest and creating occurrences write.
Each measurement is bounded: a question that takes longer than `--timeout` is recorded as
"> N s" and the bench goes on; a row stops sampling once it has used `--budget` seconds.
The cold start runs in a fresh child process (imports, engine, then one question), sampling how
long the event loop was held while it answered. `--explain` adds EXPLAIN (ANALYZE, BUFFERS) of
the slowest statements behind each leader question.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bench import national
from bench.loop_watch import LoopWatch, rss_mb
from bench.national import TODAY

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.combine(TODAY, clock_time(9, 0), tzinfo=TZ)
WARM = {
    "due": "việc đến hạn tuần này",
    "overdue": "quá hạn",
    "stats": "thống kê",
    "detail": "xem {task}",
}
LEADER = {
    "due": "việc đến hạn tuần này",
    "overdue": "quá hạn",
    "communes": "tỷ lệ hoàn thành của các xã",
    "search common": "tìm chuyển đổi số",
    "search rare": "tìm giải phóng mặt bằng quý IV",
    "search none": "tìm cầu treo dân sinh",
}


# --- timing helpers --------------------------------------------------------------------------


@dataclass(slots=True)
class Samples:
    """Seconds per run; `over` counts runs cut at the timeout (their time is not known)."""

    timeout: float
    values: list[float] = field(default_factory=list)
    over: int = 0

    def pct(self, q: float) -> str:
        """A percentile over every run; a timed-out run counts as slower than any measured."""
        ordered = sorted(self.values) + [math.inf] * self.over
        if not ordered:
            return "—"
        value = (
            statistics.median(ordered)
            if q == 0.5
            else ordered[min(len(ordered) - 1, int(len(ordered) * q))]
        )
        return f"> {self.timeout:g} s" if value == math.inf else _fmt(value)

    def summary(self) -> dict[str, Any]:
        result: dict[str, Any] = {"n": len(self.values) + self.over}
        result |= {"p50": self.pct(0.5), "p99": self.pct(0.99)}
        if self.values:
            result["max measured"] = _fmt(max(self.values))
        if self.over:
            result["timed_out"] = f"{self.over} × > {self.timeout:g} s"
        return result


def _progress(what: str) -> None:
    print(f"{datetime.now():%H:%M:%S} {what} …", file=sys.stderr, flush=True)


def _seconds(shown: str) -> float:
    """Back from _fmt's text (a timeout counts as its bound plus one)."""
    number = float(shown.lstrip("> ").split()[0])
    unit = 0.001 if shown.endswith("ms") else 1.0
    return number * unit + (1 if shown.startswith(">") else 0)


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


async def sample(
    ask: Callable[[int], Awaitable[object]], runs: int, limit: float, budget: float
) -> Samples:
    """Up to `runs` timed calls of ask(i), each cut at `limit` seconds, stopping after
    `budget` seconds; after two timeouts the row is not sampled further."""
    result = Samples(limit)
    started = time.perf_counter()
    for i in range(runs):
        t0 = time.perf_counter()
        try:
            await asyncio.wait_for(ask(i), limit)
        except TimeoutError:
            result.over += 1
            if result.over >= 2:
                break
        else:
            result.values.append(time.perf_counter() - t0)
        if time.perf_counter() - started > budget:
            break
    return result


class Statements:
    """Counts (and, when asked, keeps) the SQL statements an engine runs, with their time."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.count = 0
        self.kept: list[tuple[float, str, Any]] = []
        self.keep = False
        self._started: dict[int, float] = {}
        sync = engine.sync_engine
        event.listen(sync, "before_cursor_execute", self._before)
        event.listen(sync, "after_cursor_execute", self._after)

    def _before(self, conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        self.count += 1
        self._started[id(cursor)] = time.perf_counter()

    def _after(self, conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        took = time.perf_counter() - self._started.pop(id(cursor), time.perf_counter())
        if self.keep:
            self.kept.append((took, statement, params))

    @contextmanager
    def recording(self) -> Iterator[list[tuple[float, str, Any]]]:
        self.kept, self.keep = [], True
        try:
            yield self.kept
        finally:
            self.keep = False


# --- the database: generated once, copied per run ----------------------------------------------


def _admin_engine(url: str) -> AsyncEngine:
    admin = make_url(url).set(database="postgres").render_as_string(hide_password=False)
    return create_async_engine(admin, isolation_level="AUTOCOMMIT")


async def ensure_generated(url: str, scale: str, seed: int) -> dict[str, Any]:
    info = await national.describe(url)
    wanted = {"generator": national.GENERATOR_VERSION, "scale": scale, "seed": seed}
    if (
        info
        and all(info.get(k) == v for k, v in wanted.items())
        and await national.schema_is_known(url)
    ):
        return {"generated": "existing", **info}
    print(f"generating {scale} data into {make_url(url).database} …", file=sys.stderr)
    result = await national.generate(url, scale, seed, progress=True)
    print(file=sys.stderr)
    return {"generated": f"now, {result['total_s']} s", **result}


async def copy_of(url: str) -> str:
    """A fresh copy of the generated database for this run (retried while it is in use)."""
    source = make_url(url).database
    name = f"{source}_run_{os.getpid()}"
    admin = _admin_engine(url)
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for attempt in range(30):
                try:
                    await conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{source}"'))
                    break
                except Exception as exc:  # "source database … is being accessed by other users"
                    if "being accessed" not in str(exc) or attempt == 29:
                        raise
                    await asyncio.sleep(2)
    finally:
        await admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


async def drop(url: str) -> None:
    admin = _admin_engine(url)
    try:
        async with admin.connect() as conn:
            name = make_url(url).database
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


# --- the measurements ----------------------------------------------------------------------------


async def cold_start(url: str, handle: str) -> dict[str, Any]:
    """In this (fresh) process: imports, engine, one question; how long the loop was held."""
    t0 = time.perf_counter()
    from bot.name_builds import build_names, settle_big_org
    from handlers.calendar import create_calendar
    from handlers.conversation import Conversation
    from handlers.directory import SHARED_DIRECTORIES, SHARED_NAMES
    from handlers.domain import OfficialId
    from handlers.messages import Incoming
    from storage.engine import create_engine, create_uow_factory

    # Built as `nhacviec run`'s process builds it (a national org in a child process, the C heap
    # trimmed after big reads), without its start-up warm-up: the message asks first.
    SHARED_NAMES.build = build_names
    SHARED_NAMES.wanted = True  # as warm_names says in `nhacviec run`: built off the loop
    SHARED_DIRECTORIES.after_big_read = settle_big_org
    engine = create_engine(url)
    try:
        conversation = Conversation(
            uow_factory=create_uow_factory(engine),
            clock=lambda: NOW,
            calendar=create_calendar(),
        )
        async with engine.connect() as conn:
            official = (
                await conn.execute(
                    text("SELECT id FROM officials WHERE handle = :h"), {"h": handle}
                )
            ).scalar_one()
        ready = {"imports_s": round(time.perf_counter() - t0, 2), "rss_ready_mb": rss_mb()}
        watch = LoopWatch()
        watch.start()
        t1 = time.perf_counter()
        replies = await conversation.handle(
            Incoming("bench", handle, "quá hạn", OfficialId(official), today=TODAY)
        )
        first = time.perf_counter() - t1
        await watch.stop()
        t2 = time.perf_counter()
        await conversation.handle(
            Incoming("bench", handle, "thống kê", OfficialId(official), today=TODAY)
        )
        second = time.perf_counter() - t2
        return {
            **ready,
            "first_answer": _fmt(first),
            "longest_loop_stall": _fmt(watch.longest),
            "second_answer": _fmt(second),
            "rss_after_first_mb": rss_mb(),
            "reply_head": replies[0].text.split("\n", 1)[0],
        }
    finally:
        await engine.dispose()


async def name_breakdown(url: str) -> dict[str, Any]:
    """Where a cold start's time and memory go: reading the org, building the name index."""
    from handlers.directory import DirectoryCache
    from storage.engine import create_engine, create_uow_factory

    engine = create_engine(url)
    try:
        base = rss_mb()
        t0 = time.perf_counter()
        async with create_uow_factory(engine)() as uow:
            units = await uow.units.all()
            t_units = time.perf_counter() - t0
            officials = await uow.officials.all()
            t_officials = time.perf_counter() - t0 - t_units
        rss_rows = rss_mb()
        from handlers.directory import Directory

        t1 = time.perf_counter()
        directory = Directory.build(1, units, officials)
        t_build = time.perf_counter() - t1
        t2 = time.perf_counter()
        names = directory.names
        t_names = time.perf_counter() - t2
        rss_names = rss_mb()
        sides = {side: _side_sizes(getattr(names, side)) for side in ("units", "people", "titles")}
        del names, DirectoryCache
        return {
            "name_index_tables": sides,
            "units": len(units),
            "officials": len(officials),
            "read_units": _fmt(t_units),
            "read_officials_and_roles": _fmt(t_officials),
            "rss_before_mb": base,
            "rss_after_rows_mb": rss_rows,
            "directory_build": _fmt(t_build),
            "name_index_build": _fmt(t_names),
            "rss_after_name_index_mb": rss_names,
        }
    finally:
        await engine.dispose()


def _side_sizes(side: Any) -> dict[str, int]:
    """How big each lookup table of one side of the name index is (keys and codes)."""
    sizes: dict[str, int] = side.sizes()
    return sizes


def start_as_run_twice(url: str, handle: str) -> dict[str, Any]:
    """A message at the instant `nhacviec run` starts (`bench/run_start.py`): with no saved
    name index (built, then saved), then again over the same org (loaded)."""
    with tempfile.TemporaryDirectory(prefix="names-") as cache_dir:
        extra = ("--handle", handle, "--cache-dir", cache_dir)
        return {"built": _child("run", url, *extra), "loaded": _child("run", url, *extra)}


def _child(mode: str, url: str, *extra: str) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter (true cold start, its own RSS)."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.national_bench", f"--child-{mode}", "--url", url, *extra],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(out.stdout)
    return result


@dataclass(slots=True)
class People:
    staff: list[tuple[int, str, int]]  # (official id, handle, a task id of their unit)
    chairs: list[tuple[int, str, int]]
    leaders: list[tuple[int, str, int]]


async def pick_people(engine: AsyncEngine, rng: random.Random, n: int = 60) -> People:
    async with engine.connect() as conn:
        rows = (
            await conn.execute(
                text(
                    "SELECT o.id, o.handle, r.role, "
                    "(SELECT t.id FROM tasks t WHERE t.lead_unit_id = o.unit_id LIMIT 1) "
                    "FROM officials o JOIN official_roles r ON r.official_id = o.id "
                    "WHERE r.role IN ('staff', 'chair', 'leader')"
                )
            )
        ).all()
    by_role: dict[str, list[tuple[int, str, int]]] = {}
    for oid, handle, role, task in rows:
        by_role.setdefault(role, []).append((oid, handle, task or 1))
    return People(
        *(rng.sample(by_role[r], min(n, len(by_role[r]))) for r in ("staff", "chair", "leader"))
    )


async def conversation_rows(url: str, args: argparse.Namespace, report: dict[str, Any]) -> None:
    from bot.name_builds import settle_after_start, settle_big_org
    from handlers.calendar import create_calendar
    from handlers.conversation import Conversation
    from handlers.directory import SHARED_DIRECTORIES
    from handlers.domain import OfficialId, TaskId
    from handlers.messages import Incoming
    from storage.engine import create_engine, create_uow_factory

    # As `nhacviec run` does after reading a big org (bot/run.py): the C heap trimmed and the
    # directory's objects frozen out of the cyclic collector's full passes.
    SHARED_DIRECTORIES.after_big_read = settle_big_org
    engine = create_engine(url)
    statements = Statements(engine)
    rng = random.Random(5)
    uow_factory = create_uow_factory(engine)
    conversation = Conversation(
        uow_factory=uow_factory, clock=lambda: NOW, calendar=create_calendar()
    )
    try:
        people = await pick_people(engine, rng)

        async def say(who: tuple[int, str, int], question: str) -> str:
            q = question.format(task=who[2])
            incoming = Incoming("bench", who[1], q, OfficialId(who[0]), today=TODAY)
            replies = await conversation.handle(incoming)
            return replies[0].text

        # Warm: the directory and the buffers, as a running bot would have them.
        t0 = time.perf_counter()
        await say(people.staff[0], "quá hạn")
        report["first question in this process (directory load)"] = _fmt(time.perf_counter() - t0)
        for who in people.staff[:5] + people.chairs[:5]:
            for q in WARM.values():
                await say(who, q)
        # As `nhacviec run` does once its start-up warm-up has the org and its name index.
        settle_after_start()
        warm: dict[str, Any] = {}
        for role, pool in (("staff", people.staff), ("chair", people.chairs)):
            for name, question in WARM.items():

                async def ask(i: int, pool: Any = pool, question: str = question) -> None:
                    await say(pool[i % len(pool)], question)

                _progress(f"{role} {name}")
                warm[f"{role} {name}"] = (
                    await sample(ask, args.runs, args.timeout, args.budget)
                ).summary()
        report["staff / chair questions, warm"] = warm
        leaders: dict[str, Any] = {}
        for name, question in LEADER.items():

            async def ask_leader(i: int, question: str = question) -> None:
                await say(people.leaders[i % len(people.leaders)], question)

            _progress(f"leader {name}")
            leaders[name] = (
                await sample(ask_leader, args.leader_runs, args.timeout, args.budget)
            ).summary()

        async def stats_after_change(i: int) -> None:
            async with uow_factory() as uow:
                task = await uow.tasks.get(TaskId(people.leaders[0][2] + i))
                if task is not None:
                    await uow.tasks.save(task)
                    await uow.commit()
            await say(people.leaders[i % len(people.leaders)], "thống kê")

        # The task write is inside the timed call; it is one small UPDATE (~ms).
        _progress("leader stats after a task change")
        leaders["stats after a task change"] = (
            await sample(stats_after_change, args.leader_runs, args.timeout, args.budget)
        ).summary()
        report["provincial leader"] = leaders
        if args.explain:
            report["explain"] = await explain_leader(
                engine, statements, say, people.leaders[0], args.timeout
            )
    finally:
        await engine.dispose()


async def explain_leader(
    engine: AsyncEngine,
    statements: Statements,
    say: Callable[[tuple[int, str, int], str], Awaitable[str]],
    leader: tuple[int, str, int],
    limit: float,
) -> dict[str, Any]:
    """The two slowest statements behind each leader question, with their plans as run."""
    plans: dict[str, Any] = {}
    questions = {**LEADER, "stats": "thống kê"}
    for name, question in questions.items():
        with statements.recording() as kept:
            try:
                await asyncio.wait_for(say(leader, question), limit)
            except TimeoutError:
                plans[name] = f"> {limit:g} s: not explained"
                continue
        about_tasks = [k for k in kept if " tasks" in k[1]]
        slowest = sorted(about_tasks, key=lambda k: -k[0])[:2]
        found = []
        for took, sql, params in slowest:
            async with engine.connect() as conn:
                raw = (await conn.get_raw_connection()).driver_connection
                assert raw is not None
                try:
                    rows = await asyncio.wait_for(
                        raw.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", *(params or ())),
                        limit * 2,
                    )
                    plan = _short("\n".join(r[0] for r in rows))
                except TimeoutError:
                    plan = f"> {limit * 2:g} s"
            found.append({"took": _fmt(took), "sql": _short(" ".join(sql.split())), "plan": plan})
        plans[name] = found
    return plans


_PLACEHOLDERS = re.compile(r"(\$\d+)::(\w+)(?:, \$\d+::\w+)+, (\$\d+)::\w+")
_ID_ARRAY = re.compile(r"'\{(\d+),(?:\d+,)+(\d+)\}'")


def _short(sql: str) -> str:
    """Long IN lists and id arrays shortened to their ends and a count."""
    sql = _PLACEHOLDERS.sub(lambda m: f"{m[1]} … {m[3]}::{m[2]}", sql)
    return _ID_ARRAY.sub(lambda m: f"'{{{m[1]},…,{m[2]}}}' ({m[0].count(',') + 1} ids)", sql)


async def reminder_rows(url: str, args: argparse.Namespace, report: dict[str, Any]) -> None:
    from handlers.calendar import create_calendar
    from handlers.create_occurrences import create_occurrences
    from scheduler.config import ReminderConfig
    from scheduler.reminders import Reminders
    from scheduler.rules.weekly_digest import WEEKLY_DIGEST
    from storage.engine import create_engine, create_uow_factory

    engine = create_engine(url)
    statements = Statements(engine)
    config = ReminderConfig()
    fire_at = datetime.combine(TODAY, config.schedule.digest_time, tzinfo=TZ) + timedelta(
        minutes=1
    )
    uow_factory = create_uow_factory(engine)
    try:
        reminders = Reminders(
            uow_factory=uow_factory,
            calendar=create_calendar(),
            config=config,
            clock=lambda: fire_at,
        )
        async with engine.connect() as conn:
            chairs = (
                await conn.execute(text("SELECT count(*) FROM official_roles WHERE role='chair'"))
            ).scalar_one()
        before = statements.count
        t0 = time.perf_counter()
        try:
            _progress("monday digest")
            rows = await asyncio.wait_for(reminders.fire_rule(WEEKLY_DIGEST), args.batch_timeout)
            took = _fmt(time.perf_counter() - t0)
        except TimeoutError:
            rows, took = -1, f"> {args.batch_timeout:g} s"
        report["monday digest"] = {
            "chairs": chairs,
            "rows written": rows if rows >= 0 else "not finished",
            "took": took,
            "sql statements": statements.count - before,
        }
        before = statements.count
        t0 = time.perf_counter()
        try:
            _progress("create occurrences")
            made = await asyncio.wait_for(
                create_occurrences(TODAY, uow_factory=uow_factory, now=fire_at),
                args.batch_timeout,
            )
            took = _fmt(time.perf_counter() - t0)
        except TimeoutError:
            made, took = -1, f"> {args.batch_timeout:g} s"
        report["create occurrences"] = {
            "created": made if made >= 0 else "not finished",
            "took": took,
            "sql statements": statements.count - before,
        }
    finally:
        await engine.dispose()


# --- the table ---------------------------------------------------------------------------------


def _batch(result: dict[str, Any], count: str, label: str) -> str:
    """ "104 s (42,556 SQL statements, 3,457 rows)", or what was done before the bound."""
    statements = f"{result.get('sql statements', 0):,} SQL statements"
    done = result.get(count)
    if isinstance(done, int):
        return f"{result.get('took', '—')} ({statements}, {done:,} {label})"
    return f"{result.get('took', '—')} (not finished; {statements} by then)"


def table(report: dict[str, Any]) -> str:
    """The issue's rows, from the report."""
    lines = ["| what | measured | aim |", "|---|---|---|"]

    def row(what: str, measured: str, aim: str) -> None:
        lines.append(f"| {what} | {measured} | {aim} |")

    warm = report.get("staff / chair questions, warm", {})
    if warm:
        p99s = {k: v.get("p99", v.get("timed_out", "?")) for k, v in warm.items()}
        worst = max(p99s, key=lambda k: _seconds(p99s[k]))
        best = min(p99s, key=lambda k: _seconds(p99s[k]))
        row(
            "staff / chair questions, warm (due, overdue, stats, xem N)",
            f"p99 {p99s[best]} ({best}) to {p99s[worst]} ({worst})",
            "≤ 50 ms",
        )
    leader = report.get("provincial leader", {})
    for key, label, aim in (
        ("due", "a provincial leader's «việc đến hạn tuần này»", "≤ 50 ms"),
        ("overdue", "a provincial leader's «quá hạn»", "≤ 50 ms"),
        ("stats after a task change", "«thống kê» after a task change (cache miss)", "≤ 100 ms"),
        ("communes", "«tỷ lệ hoàn thành của các xã»", "≤ 100 ms"),
        ("search common", "«tìm chuyển đổi số» (a leader; common words)", "≤ 100 ms"),
        ("search rare", "«tìm giải phóng mặt bằng quý IV» (a leader)", "≤ 100 ms"),
        ("search none", "«tìm cầu treo dân sinh» (a leader; no match)", "≤ 100 ms"),
    ):
        if key in leader:
            s = leader[key]
            measured = f"p50 {s.get('p50', '—')}, p99 {s.get('p99', '—')} (n={s['n']})"
            if "timed_out" in s:
                measured += f"; {s['timed_out']}"
            row(label, measured, aim)
    cold = report.get("cold start", {})
    if cold and "first_answer" in cold:
        row(
            "first message after start",
            f"{cold['first_answer']}, loop held up to {cold['longest_loop_stall']}",
            "≤ 2 s, off the loop",
        )
        row(
            "RSS: ready / after the first answer",
            f"{cold['rss_ready_mb']:.0f} MB / {cold['rss_after_first_mb']:.0f} MB",
            "≤ 150 MB",
        )
    for how, run in report.get("start as nhacviec run", {}).items():
        if "first_answer_s" in run:
            row(
                f"a message at the instant `nhacviec run` starts, name index {how}",
                f"{run['first_answer_s']} s, loop held up to {run['longest_loop_stall_s']} s; "
                f"RSS {run['rss_ready_mb']:.0f} / {run['rss_after_first_mb']:.0f} MB",
                "≤ 2 s, off the loop; ≤ 150 MB",
            )
    digest = report.get("monday digest")
    if digest:
        occ = report.get("create occurrences", {})
        row(
            f"Monday digest rows for {digest['chairs']:,} chairs (and the leaders)",
            f"{_batch(digest, 'rows written', 'rows')}; "
            f"create occurrences {_batch(occ, 'created', 'made')}",
            "≤ 20 s, a handful of statements per unit batch",
        )
    return "\n".join(lines)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {
        "date": datetime.now().isoformat(timespec="minutes"),
        "scale": args.scale,
        "data": await ensure_generated(args.url, args.scale, args.seed),
    }
    url = await copy_of(args.url)
    try:
        # The copy gets this code's migrations (the generated database may be older).
        report["data"]["copy upgraded to head"] = await national.upgrade_to_head(url)
        people = None
        engine = create_async_engine(url)
        try:
            people = await pick_people(engine, random.Random(5), n=3)
        finally:
            await engine.dispose()
        if not args.skip_cold:
            _progress("cold start, name index (child processes)")
            report["cold start"] = _child("cold", url, "--handle", people.staff[0][1])
            report["name index"] = _child("names", url)
            report["start as nhacviec run"] = start_as_run_twice(url, people.staff[0][1])
        if not args.skip_questions:
            await conversation_rows(url, args, report)
        if not args.skip_reminders:
            await reminder_rows(url, args, report)
    finally:
        if not args.keep_copy:
            await drop(url)
    report["table"] = table(report)
    return report


def measure(scale: str = "national") -> dict[str, Any]:
    """`python -m bench national`: the whole table at `scale` with the default bounds."""
    args = _parser().parse_args(["--scale", scale])
    _default_url(args)
    return asyncio.run(run(args))


def _default_url(args: argparse.Namespace) -> None:
    if args.url is None:
        suffix = "" if args.scale == "national" else f"_{args.scale}"
        args.url = f"{national.DEFAULT_URL}{suffix}"
    national._check_name(args.url)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.national_bench", description=__doc__)
    parser.add_argument("--scale", choices=sorted(national.SCALES), default="small")
    parser.add_argument("--url", default=None, help="the generated database (default: per scale)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=100, help="samples per warm question")
    parser.add_argument("--leader-runs", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=30.0, help="per question, seconds")
    parser.add_argument("--budget", type=float, default=120.0, help="per row, seconds")
    parser.add_argument("--batch-timeout", type=float, default=600.0, help="digest, occurrences")
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep-copy", action="store_true")
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--skip-questions", action="store_true")
    parser.add_argument("--skip-reminders", action="store_true")
    parser.add_argument("--child-cold", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-names", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--handle", default="", help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", default="", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child_cold:
        print(json.dumps(asyncio.run(cold_start(args.url, args.handle)), ensure_ascii=False))
        return 0
    if args.child_run:
        from bench.run_start import start_as_run

        found = asyncio.run(start_as_run(args.url, args.handle, Path(args.cache_dir)))
        print(json.dumps(found, ensure_ascii=False))
        return 0
    if args.child_names:
        print(json.dumps(asyncio.run(name_breakdown(args.url)), ensure_ascii=False))
        return 0
    _default_url(args)
    report = asyncio.run(run(args))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for key, value in report.items():
            if key not in ("table", "explain"):
                print(f"{key}: {json.dumps(value, ensure_ascii=False, indent=2)}")
        for name, plans in report.get("explain", {}).items():
            print(f"\n### EXPLAIN: {name}")
            for plan in plans if isinstance(plans, list) else [plans]:
                print(json.dumps(plan, ensure_ascii=False) if isinstance(plan, str) else "")
                if isinstance(plan, dict):
                    print(f"-- {plan['took']}: {plan['sql']}\n{plan['plan']}")
        print()
        print(report["table"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
