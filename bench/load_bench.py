"""Many chats at once against a real `nhacviec run` process and the fake Telegram server.

    python -m bench.load_bench --db national      # a copy of bench_national (PostgreSQL)
    python -m bench.load_bench --db province      # 10,000 officials / 200,000 tasks on SQLite
    python -m bench.load_bench --db small         # a copy of bench_national_small (quick check)

`nhacviec run` is started as a child process (reminders and backups off, so only chats load it)
and polls the fake Bot API (no flood limits: this measures the stack, not Telegram's 30 msg/s).
`--chats` linked chats (staff, commune chairs and a few provincial leaders) each send
`--messages` questions, in two modes (`--mode`, both by default):

- open (the realistic load, what the aim is judged on): every chat is active at once and its
  person types a message every few seconds — the gaps drawn exponential with mean `--think`
  seconds, the first within one gap of the start — whether or not the previous answer came
  (people type ahead). Offered load: chats / think messages a second (200 / 4 s = 50/s).
- closed (a saturation measure): each chat sends its next question the moment the previous
  answer arrives, all chats at once; with no think time the p99 is about chats / throughput,
  so it measures throughput, not what a user waits.

Reported per mode: updates per second, reply latency p50/p90/p99/max (per role too), the CPU
seconds `nhacviec run` used per answer, duplicates (answers beyond one per message) and lost
replies (no answer within `--reply-timeout`), both of which must be 0. Also: RSS of the process
when ready, after its first answer and at the end; the first answer after start; and
head-of-line: a chair's «quá hạn» sent just after a leader's «tỷ lệ hoàn thành của các xã».
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import text
from sqlalchemy.engine import make_url

from bench import national
from bench.load_support import (
    backend_cpu,
    busiest_second,
    cpu_s,
    percentiles,
    run_env,
    stderr_tail,
    stop,
    upgrade_with,
)
from bench.loop_watch import rss_mb
from bench.national_bench import copy_of, drop, ensure_generated
from storage.engine import create_engine

TOKEN = "123456789:AAFakeTelegramTokenForBench_abcdefgh"
QUESTIONS = ("việc đến hạn tuần này", "quá hạn", "thống kê", "xem {task}", "tìm báo cáo")
ROOT = Path(__file__).resolve().parents[1]
PROFILED_RUN = """
import cProfile, runpy, sys, time
profiler = cProfile.Profile(time.process_time)
sys.argv = ["bot", "run"]
profiler.enable()
try:
    runpy.run_module("bot", run_name="__main__", alter_sys=True)
finally:
    profiler.disable()
    profiler.dump_stats({out!r})
"""


@dataclass(frozen=True, slots=True)
class Chat:
    chat_id: int
    role: str
    task: int


async def pick_chats(url: str, n: int, rng: random.Random) -> list[Chat]:
    """Linked Telegram chats: 5 leaders of different provinces, ~a quarter chairs, the rest
    staff; each with a task of its own unit for «xem N»."""
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT a.external_id, r.role, o.unit_id, "
                        "(SELECT t.id FROM tasks t WHERE t.lead_unit_id = o.unit_id LIMIT 1) "
                        "FROM chat_accounts a JOIN officials o ON o.id = a.official_id "
                        "JOIN official_roles r ON r.official_id = o.id "
                        "WHERE a.channel = 'telegram' AND a.active AND r.role <> 'admin'"
                    )
                )
            ).all()
    finally:
        await engine.dispose()
    by_role: dict[str, list[Chat]] = {}
    for external, role, _unit, task in rows:
        by_role.setdefault(role, []).append(Chat(int(external), role, task or 1))
    leaders = rng.sample(by_role.get("leader", []), min(5, len(by_role.get("leader", []))))
    chairs = rng.sample(by_role["chair"], min(n // 4, len(by_role["chair"])))
    staff = rng.sample(by_role["staff"], n - len(leaders) - len(chairs))
    return leaders + chairs + staff


async def link_province_chats(url: str) -> None:
    """conversation_bench's org has no chat accounts: link every official's Telegram chat."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO chat_accounts (channel, external_id, official_id, active, "
                    "linked_at) SELECT 'telegram', CAST(:base + id AS VARCHAR(64)), id, true, "
                    "CURRENT_TIMESTAMP FROM officials"
                ),
                {"base": national.TELEGRAM_CHAT_BASE},
            )
    finally:
        await engine.dispose()


class Run:
    def __init__(self, fake: Any, reply_timeout: float) -> None:
        self.fake = fake
        self.reply_timeout = reply_timeout
        self.latencies: dict[str, list[float]] = {}
        self.by_question: dict[str, list[float]] = {}
        self.timeline: list[tuple[float, float]] = []  # (sent, latency), open mode
        self.lost = 0
        self.duplicates = 0
        self.expected: dict[int, int] = {}  # chat → answers it should have got in this run
        self.before: dict[int, int] = {}  # chat → answers it had when this run started

    def start(self, chats: list[Chat]) -> None:
        for chat in chats:
            self.before[chat.chat_id] = len(self.fake.messages.get(chat.chat_id, []))
            self.expected[chat.chat_id] = 0

    async def ask(self, chat: Chat, question: str) -> float | None:
        """One message and its answer's latency (None: no answer in time)."""
        fake = self.fake
        before = len(fake.messages.get(chat.chat_id, []))
        t0 = time.monotonic()
        await fake.user_says(chat.chat_id, question.format(task=chat.task))
        try:
            await fake.recorder.wait(
                lambda: len(fake.messages.get(chat.chat_id, [])) > before, self.reply_timeout
            )
        except TimeoutError:
            return None  # counted as lost by count_replies
        reply = fake.messages[chat.chat_id][before]
        latency: float = reply.t - t0
        self.latencies.setdefault(chat.role, []).append(latency)
        self.by_question.setdefault(question.split(" {")[0], []).append(latency)
        return latency

    async def chat_loop(self, chat: Chat, messages: int) -> None:
        for i in range(messages):
            self.expected[chat.chat_id] += 1
            await self.ask(chat, QUESTIONS[i % len(QUESTIONS)])

    async def open_chat(
        self, chat: Chat, messages: int, think: float, t0: float, rng: random.Random
    ) -> None:
        """Messages at the chat's own random times from `t0`, answered or not; each answer is
        matched to its message by order (a chat's answers come in the order asked).

        Each chat is a Poisson process from `t0`: its first message too comes after an
        exponential gap (memoryless), so the chats together offer chats / think a second from
        the first second on. (A first message drawn uniformly within one mean gap offered ~1.4
        times that in the first 10 s — 342 messages instead of ~250 at 25/s, above Telegram's 30
        replies a second, so python-telegram-bot's limiter queued replies up to 1.9 s there.)"""
        fake, chat_id = self.fake, chat.chat_id
        at = t0 + rng.expovariate(1 / think)
        sent: list[float] = []
        for i in range(messages):
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            sent.append(time.monotonic())
            self.expected[chat_id] += 1
            await fake.user_says(chat_id, QUESTIONS[i % len(QUESTIONS)].format(task=chat.task))
            at += rng.expovariate(1 / think)
        first = self.before[chat_id]
        with contextlib.suppress(TimeoutError):
            await fake.recorder.wait(
                lambda: len(fake.messages.get(chat_id, [])) >= first + messages,
                self.reply_timeout,
            )
        replies = fake.messages.get(chat_id, [])[first : first + messages]
        for i, (t_sent, reply) in enumerate(zip(sent, replies, strict=False)):
            self.latencies.setdefault(chat.role, []).append(reply.t - t_sent)
            question = QUESTIONS[i % len(QUESTIONS)].split(" {")[0]
            self.by_question.setdefault(question, []).append(reply.t - t_sent)
            self.timeline.append((t_sent, reply.t - t_sent))

    def count_replies(self, chats: list[Chat]) -> None:
        """One answer per message: more is a duplicate, fewer a loss."""
        for chat in chats:
            got = len(self.fake.messages.get(chat.chat_id, [])) - self.before[chat.chat_id]
            want = self.expected[chat.chat_id]
            self.duplicates += max(0, got - want)
            self.lost += max(0, want - got)


async def phase(
    mode: str, fake: Any, pid: int, chats: list[Chat], args: argparse.Namespace
) -> dict[str, Any]:
    """One mode's run: every chat's messages, then a grace for late duplicates."""
    run = Run(fake, args.reply_timeout)
    run.start(chats)
    backends0 = await backend_cpu(args.url_in_use)
    cpu0, process0 = cpu_s(pid), time.process_time()
    t0 = time.monotonic()
    if mode == "closed":
        await asyncio.gather(*(run.chat_loop(c, args.messages) for c in chats))
    else:
        rng = random.Random(11)
        start = t0 + 0.1
        await asyncio.gather(
            *(
                run.open_chat(c, args.messages, args.think, start, random.Random(rng.random()))
                for c in chats
            )
        )
    wall = time.monotonic() - t0
    cpu = cpu_s(pid) - cpu0
    bench_cpu = time.process_time() - process0
    backends = await backend_cpu(args.url_in_use)
    db_cpu = sum(t - backends0.get(p, 0.0) for p, t in backends.items())
    await asyncio.sleep(3)  # late duplicates
    run.count_replies(chats)
    every = [v for values in run.latencies.values() for v in values]
    messages = sum(run.expected.values())
    sent = [r.t for c in chats for r in fake.messages.get(c.chat_id, [])[run.before[c.chat_id] :]]
    figures: dict[str, Any] = {
        "messages": messages,
        "wall_s": round(wall, 1),
        "updates_per_s": round(messages / wall, 1),
        "latency": percentiles(every),
        "latency_by_role": {r: percentiles(v) for r, v in run.latencies.items()},
        "latency_by_question": {q: percentiles(v) for q, v in run.by_question.items()},
        "duplicates": run.duplicates,
        "lost": run.lost,
        "replies_in_busiest_second": busiest_second(sent),
        "bot_cpu_s": round(cpu, 1),
        "bot_cpu_ms_per_answer": round(cpu * 1000 / max(1, messages), 1),
        "bench_cpu_s": round(bench_cpu, 1),
        "db_cpu_s": round(db_cpu, 1) if backends else None,
        "db_cpu_ms_per_answer": round(db_cpu * 1000 / max(1, messages), 1) if backends else None,
        "load_average": os.getloadavg()[0],
    }
    if mode == "open":
        figures["offered_per_s"] = round(len(chats) / args.think, 1)
        figures["latency_by_10_s_sent"] = {
            f"{10 * k}-{10 * k + 10} s": percentiles(
                [late for sent, late in run.timeline if int((sent - t0) // 10) == k]
            )
            for k in sorted({int((sent - t0) // 10) for sent, _ in run.timeline})
        }
    return figures


async def against_process(
    url: str, chats: list[Chat], args: argparse.Namespace, code_root: Path
) -> dict[str, Any]:
    from tests.fakes.telegram import FakeTelegram

    result: dict[str, Any] = {}
    async with FakeTelegram(TOKEN, overall_rate=None) as fake:
        with tempfile.TemporaryDirectory() as tmp:
            env = run_env(code_root, tmp, url, TOKEN, fake.url, args.env)
            err_path = Path(tmp) / "stderr.txt"
            with _log_file(err_path) as err:
                command = ["-m", "bot", "run"]
                if args.profile:  # on CPU time: a wall-clock profile shows the machine's load
                    command = ["-c", PROFILED_RUN.format(out=str(args.profile))]
                proc = await asyncio.create_subprocess_exec(
                    sys.executable, *command, env=env, cwd=tmp, stderr=err
                )
                try:
                    t0 = time.monotonic()
                    await fake.wait_for(lambda c: c.method == "getUpdates", within=300)
                    result["ready_after"] = f"{time.monotonic() - t0:.1f} s"
                    result["rss_ready_mb"] = rss_mb(proc.pid)
                    run = Run(fake, args.reply_timeout)
                    first = await run.ask(chats[-1], "quá hạn")
                    result["first_answer"] = f"{first:.1f} s" if first is not None else "lost"
                    result["rss_after_first_mb"] = rss_mb(proc.pid)
                    # The load starts on a warm process, as a running bot is: the first start
                    # over an org builds its name index in a child (~8 s national) and saves it
                    # (NAME_CACHE_DIR, `data/cache` under the process's cwd); a question that
                    # names no one no longer waits for that, so without this wait the first
                    # seconds of the load would measure the build, not the answers.
                    result["index_saved_after"] = await _index_saved(Path(tmp), t0)
                    result["rss_warm_mb"] = rss_mb(proc.pid)
                    args.url_in_use = url
                    modes = ("open", "closed") if args.mode == "both" else (args.mode,)
                    for mode in modes:
                        result[mode] = await phase(mode, fake, proc.pid, chats, args)
                    result["chats"] = len(chats)
                    result["rss_end_mb"] = rss_mb(proc.pid)
                    result["head_of_line"] = await head_of_line(fake, chats, args)
                finally:
                    await stop(proc)
            tail = stderr_tail(err_path, 5)
            if tail:
                result["stderr_tail"] = tail
    return result


async def _index_saved(cwd: Path, t0: float, within: float = 300.0) -> str:
    """Seconds from start until the process saved its name index (or "not saved")."""
    cache = cwd / "data" / "cache"
    while time.monotonic() - t0 < within:
        if any(cache.glob("names-*.pickle")):
            return f"{time.monotonic() - t0:.1f} s"
        await asyncio.sleep(0.2)
    return "not saved"


def _log_file(path: Path) -> BinaryIO:
    return open(path, "wb")  # closed by the caller's with


async def head_of_line(fake: Any, chats: list[Chat], args: argparse.Namespace) -> dict[str, Any]:
    """A leader's heavy question, then at once a chair's light one: is the chair kept waiting?"""
    leader = next((c for c in chats if c.role == "leader"), None)
    chair = next((c for c in chats if c.role == "chair"), None)
    if leader is None or chair is None:
        return {}
    run = Run(fake, args.reply_timeout)
    heavy = asyncio.create_task(run.ask(leader, "tỷ lệ hoàn thành của các xã"))
    await asyncio.sleep(0.2)
    light = await run.ask(chair, "quá hạn")
    slow = await heavy
    return {
        "leader «tỷ lệ hoàn thành của các xã»": f"{slow:.1f} s" if slow is not None else "lost",
        "chair «quá hạn» sent 0.2 s later": f"{light:.2f} s" if light is not None else "lost",
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(3)
    code_root: Path = args.code_root
    report: dict[str, Any] = {"db": args.db, "code": str(code_root)}
    if args.db == "province":
        from bench import conversation_bench

        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'province.sqlite3'}"
            await conversation_bench._load(url, conversation_bench._rows(10_000, 200_000))
            await link_province_chats(url)
            chats = await pick_chats(url, args.chats, rng)
            report |= await against_process(url, chats, args, code_root)
        return report
    scale = args.db
    if args.url:
        # A copy of a generated database (CREATE DATABASE … TEMPLATE) keeps the rows, not the
        # generator's note on the database: taken as it is, never generated again.
        source = args.url
        if not await national.schema_is_known(source):
            raise SystemExit(f"{source}: not a database this code's migrations know")
        report["data"] = {"generated": f"given: {make_url(source).database}"}
    else:
        source = national.DEFAULT_URL + ("" if scale == "national" else f"_{scale}")
        generated = await ensure_generated(source, scale, 7)
        report["data"] = {k: v for k, v in generated.items() if k != "sizes"}
    url = await copy_of(source)
    try:
        report["data"]["copy upgraded"] = await upgrade_with(code_root, url)
        chats = await pick_chats(url, args.chats, rng)
        report |= await against_process(url, chats, args, code_root)
    finally:
        await drop(url)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load_bench", description=__doc__)
    parser.add_argument("--db", choices=("national", "province", "small"), default="small")
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--messages", type=int, default=5)
    parser.add_argument("--mode", choices=("open", "closed", "both"), default="both")
    parser.add_argument(
        "--think",
        type=float,
        default=4.0,
        help="open mode: mean seconds between a chat's messages",
    )
    parser.add_argument("--reply-timeout", type=float, default=300.0)
    parser.add_argument(
        "--url",
        default=None,
        help="the generated database to copy for the run (default: bench_national[_SCALE])",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="run `nhacviec run` under cProfile (CPU time), its stats written here at the end",
    )
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an extra setting for `nhacviec run` (repeatable)",
    )
    parser.add_argument(
        "--code", default=None, help="run `nhacviec run` from this source tree (default: this one)"
    )
    args = parser.parse_args(argv)
    args.code_root = Path(args.code).resolve() if args.code else ROOT
    print(json.dumps(asyncio.run(run(args)), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
