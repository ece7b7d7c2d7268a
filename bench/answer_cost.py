"""What one answer costs, without the channel: CPU and SQL statements per question.

    python -m bench.answer_cost URL [--chats 100] [--profile FILE]

In this process, one message after another (no concurrency), each as `nhacviec run` handles it
past the channel: the `Responder` with the channel's seen update (`SeenUpdates.claim`, written
in the message's first transaction) and a sender that only counts. The chats and questions are
bench/load_bench.py's; every chat asks each question twice and the second round is measured
(the first warms the caches). Reports CPU milliseconds (`time.process_time`) and statements per
answer, per question, and on PostgreSQL the transactions begun on the server per answer
(asyncpg BEGINs: a pool pre-ping is one of its own). It writes seen updates and chat state:
point it at a copy (e.g. `bench_national_<you>`), never at a database others copy. `--profile`
writes a cProfile of the measured round on CPU time. The tree measured is the one imported
(PYTHONPATH).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import random
import time
from collections import Counter, defaultdict
from typing import Any

import asyncpg.transaction
from sqlalchemy import event

from bench.load_bench import QUESTIONS, pick_chats
from bot.channels import Responder, SeenUpdates
from bot.settings import Settings
from bot.wiring import create_app
from handlers.messages import Incoming, Reply


class CountingSender:
    channel = "telegram"
    ready = True

    def __init__(self) -> None:
        self.sent = 0

    async def send(self, chat_ref: str, reply: Reply) -> None:
        self.sent += 1


async def measure(url: str, chats_wanted: int, profile: str | None) -> dict[str, Any]:
    app = await create_app(Settings(_env_file=None, database_url=url))  # type: ignore[call-arg]
    statements: Counter[str] = Counter()
    current = ["warm-up"]

    def count(*_: Any) -> None:
        statements[current[0]] += 1

    event.listen(app.engine.sync_engine, "before_cursor_execute", count)
    begins: Counter[str] = Counter()
    start = asyncpg.transaction.Transaction.start

    async def counted_start(self: asyncpg.transaction.Transaction) -> None:
        begins[current[0]] += 1
        await start(self)

    asyncpg.transaction.Transaction.start = counted_start  # type: ignore[method-assign]
    try:
        chats = await pick_chats(url, chats_wanted, random.Random(3))
        responder = Responder(app.conversation({}), app.uow_factory)
        seen = SeenUpdates("telegram", app.uow_factory)
        sender = CountingSender()
        t0 = time.perf_counter()
        await responder.respond(Incoming("telegram", str(chats[-1].chat_id), "quá hạn"), sender)
        first = time.perf_counter() - t0
        cpu: defaultdict[str, float] = defaultdict(float)
        answers: Counter[str] = Counter()
        profiler = cProfile.Profile(time.process_time) if profile else None
        update_id = 0
        for measured in (False, True):
            for question in QUESTIONS:
                name = question.split(" {")[0]
                for chat in chats:
                    update_id += 1
                    if profiler and measured:
                        profiler.enable()
                    c0 = time.process_time()
                    current[0] = name if measured else "warm-up"
                    text = question.format(task=chat.task)
                    claim = seen.claim(f"answer-cost-{time.time_ns()}-{update_id}")
                    incoming = Incoming("telegram", str(chat.chat_id), text)
                    await responder.respond(incoming, sender, claim=claim)
                    c1 = time.process_time()
                    if profiler and measured:
                        profiler.disable()
                    if measured:
                        cpu[name] += c1 - c0
                        answers[name] += 1
        if profiler and profile:
            profiler.dump_stats(profile)
    finally:
        asyncpg.transaction.Transaction.start = start  # type: ignore[method-assign]
        await app.close()
    total = sum(answers.values())
    return {
        "chats": len(chats),
        "first answer (s)": round(first, 1),
        "per question": {
            name: {
                "cpu_ms": round(cpu[name] * 1000 / n, 1),
                "statements": round(statements[name] / n, 1),
                "server_transactions": round(begins[name] / n, 1),
            }
            for name, n in answers.items()
        },
        "cpu_ms_per_answer (seen update included)": round(sum(cpu.values()) * 1000 / total, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.answer_cost", description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--profile", default=None)
    args = parser.parse_args(argv)
    figures = asyncio.run(measure(args.url, args.chats, args.profile))
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
