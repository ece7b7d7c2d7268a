"""Many chats at once against a real `nhacviec run` process and the fake Telegram server.

    python -m bench.load_bench --db national      # a copy of bench_national (PostgreSQL)
    python -m bench.load_bench --db province      # 10,000 officials / 200,000 tasks on SQLite
    python -m bench.load_bench --db small         # a copy of bench_national_small (quick check)

`nhacviec run` is started as a child process (reminders and backups off, so only chats load it)
and polls the fake Bot API (no flood limits: this measures the stack, not Telegram's 30 msg/s).
Each of `--chats` linked chats (staff, commune chairs and a few provincial leaders) sends
`--messages` questions, each waiting for its answer before the next (closed loop), all chats at
once. Reported: updates per second, reply latency p50/p99 (per role too), duplicates (a second
identical answer to one message) and lost replies (no answer within `--reply-timeout`), both of
which must be 0; RSS of the process when ready, after its first answer and at the end; the
first answer after start; and head-of-line: a chair's «quá hạn» sent just after a leader's
«tỷ lệ hoàn thành của các xã».
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import text

from bench import national
from bench.national_bench import copy_of, drop, ensure_generated, rss_mb
from storage.engine import create_engine

TOKEN = "123456789:AAFakeTelegramTokenForBench_abcdefgh"
QUESTIONS = ("việc đến hạn tuần này", "quá hạn", "thống kê", "xem {task}", "tìm báo cáo")
ROOT = Path(__file__).resolve().parents[1]


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
        self.lost = 0
        self.duplicates = 0

    async def ask(self, chat: Chat, question: str) -> float | None:
        """One message and its answer's latency (None: lost); a repeat of the same answer
        arriving before the next question counts as a duplicate."""
        fake = self.fake
        before = len(fake.messages.get(chat.chat_id, []))
        t0 = time.monotonic()
        await fake.user_says(chat.chat_id, question.format(task=chat.task))
        try:
            await fake.recorder.wait(
                lambda: len(fake.messages.get(chat.chat_id, [])) > before, self.reply_timeout
            )
        except TimeoutError:
            self.lost += 1
            return None
        reply = fake.messages[chat.chat_id][before]
        latency: float = reply.t - t0
        self.latencies.setdefault(chat.role, []).append(latency)
        return latency

    async def chat_loop(self, chat: Chat, messages: int) -> None:
        for i in range(messages):
            await self.ask(chat, QUESTIONS[i % len(QUESTIONS)])

    def count_duplicates(self, chats: list[Chat]) -> None:
        for chat in chats:
            sent = self.fake.messages.get(chat.chat_id, [])
            self.duplicates += sum(1 for a, b in itertools.pairwise(sent) if a.text == b.text)


def _pct(values: list[float]) -> dict[str, str]:
    if not values:
        return {}
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {
        "p50": f"{statistics.median(ordered) * 1000:.0f} ms",
        "p99": f"{p99 * 1000:.0f} ms",
        "max": f"{ordered[-1] * 1000:.0f} ms",
        "n": str(len(ordered)),
    }


async def against_process(
    url: str, chats: list[Chat], args: argparse.Namespace, code_root: Path
) -> dict[str, Any]:
    from tests.fakes.telegram import FakeTelegram

    result: dict[str, Any] = {}
    async with FakeTelegram(TOKEN, overall_rate=None) as fake:
        with tempfile.TemporaryDirectory() as tmp:
            env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
            env |= {
                "PYTHONPATH": str(code_root),
                "PYTHONUNBUFFERED": "1",
                "TMPDIR": tmp,
                "LOG_LEVEL": "WARNING",
                "DATABASE_URL": url,
                "TELEGRAM__TOKEN": TOKEN,
                "TELEGRAM__API_BASE_URL": fake.url,
                "REMINDERS__ENABLED": "false",
                "BACKUP__ENABLED": "false",
            }
            err_path = Path(tmp) / "stderr.txt"
            with _log_file(err_path) as err:
                proc = await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot", "run", env=env, cwd=tmp, stderr=err
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
                    run = Run(fake, args.reply_timeout)
                    t1 = time.monotonic()
                    await asyncio.gather(*(run.chat_loop(c, args.messages) for c in chats))
                    wall = time.monotonic() - t1
                    await asyncio.sleep(3)  # late duplicates
                    run.count_duplicates(chats)
                    every = [v for values in run.latencies.values() for v in values]
                    result |= {
                        "chats": len(chats),
                        "messages": len(chats) * args.messages,
                        "wall_s": round(wall, 1),
                        "updates_per_s": round(len(chats) * args.messages / wall, 1),
                        "latency": _pct(every),
                        "latency_by_role": {r: _pct(v) for r, v in run.latencies.items()},
                        "duplicates": run.duplicates,
                        "lost": run.lost,
                        "rss_end_mb": rss_mb(proc.pid),
                    }
                    result["head_of_line"] = await head_of_line(fake, chats, args)
                finally:
                    if proc.returncode is None:
                        proc.terminate()
                        try:
                            await asyncio.wait_for(proc.wait(), 30)
                        except TimeoutError:
                            proc.kill()
                            await proc.wait()
            tail = _tail(err_path)
            if tail:
                result["stderr_tail"] = tail
    return result


def _tail(path: Path) -> list[str]:
    return path.read_text(errors="replace").strip().splitlines()[-5:]


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
    source = national.DEFAULT_URL + ("" if scale == "national" else f"_{scale}")
    report["data"] = {
        k: v for k, v in (await ensure_generated(source, scale, 7)).items() if k != "sizes"
    }
    url = await copy_of(source)
    try:
        report["data"]["copy upgraded to head"] = await national.upgrade_to_head(url)
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
    parser.add_argument("--reply-timeout", type=float, default=300.0)
    parser.add_argument(
        "--code", default=None, help="run `nhacviec run` from this source tree (default: this one)"
    )
    args = parser.parse_args(argv)
    args.code_root = Path(args.code).resolve() if args.code else ROOT
    print(json.dumps(asyncio.run(run(args)), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
