"""Repeats after kill -9: a dispatcher process killed at random points of a dispatch, restarted
until the outbox is empty.

The outbox holds one reminder per chat (3,000 by default). A child process
(`python -m bench.dispatch_bench child`: the real dispatcher, default configuration, the real
Telegram sender) drains it against the fake Bot API server running in this process (30 msg/s
overall, 1 msg/s per chat, real 429s); a message exists once the fake has accepted it. The
child is killed with SIGKILL at a random instant 0–2 s after it is ready, 50 times; each
restart runs its clock past the previous leases, as a real restart after the lease would. A
last run drains what is left.

Reported: lost (rows whose chat never got the message: must be 0), repeated messages per kill
(mean, max: each one a message the API had accepted whose row was not yet marked `sent`), and
rows claimed but not yet sent at a kill (they go out only after the lease: a delay, not a
repeat). BENCH_CRASH_URL selects an empty database (the bench migrates and fills it); default:
a temporary SQLite file.

    python -m bench.crash_bench [--kills 50] [--messages 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench.dispatch_bench import FIRST_CHAT, LIMIT, ServerThread, _fill, _statuses, spawn_child
from storage.engine import create_engine
from storage.models import OutboxRow
from tests.fakes.telegram import FakeTelegram

KILLS = 50
MESSAGES = 3000
LEASE = 300.0  # the default REMINDERS__LEASE_SECONDS
MAX_RUN = 2.0  # seconds a child may dispatch before its kill


async def _sending(url: str) -> list[int]:
    """Recipients of the rows a killed child left claimed (`sending`)."""
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            rows = await conn.scalars(
                select(OutboxRow.recipient_id).where(OutboxRow.status == "sending")
            )
            return list(rows)
    finally:
        await engine.dispose()


async def _count(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return int(await conn.scalar(select(func.count()).select_from(OutboxRow)) or 0)
    finally:
        await engine.dispose()


async def run(
    kills: int = KILLS, messages: int = MESSAGES, seed: int | None = None
) -> dict[str, Any]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("BENCH_CRASH_URL") or f"sqlite+aiosqlite:///{Path(tmp) / 'c.db'}"
        await _fill(url, messages)
        fake = FakeTelegram(overall_rate=int(LIMIT), per_chat_rate=(1, 1.0))
        for i in range(1, messages + 1):
            fake.chat(FIRST_CHAT + i)

        def delivered(recipient: int) -> int:
            return len(fake.sent_to(FIRST_CHAT + recipient))

        repeats_at_kill: list[int] = []  # accepted by the API, row not yet marked sent
        waiting_at_kill: list[int] = []  # claimed, not yet sent: delayed by the lease
        counted: dict[int, int] = {}  # recipient → deliveries already counted at a kill
        started = time.monotonic()
        with ServerThread(fake):
            for cycle in range(kills + 1):
                child = await spawn_child(
                    url, fake.url, "--offset", str(cycle * (LEASE + 1)), "--lease", str(LEASE)
                )
                assert child.stdout is not None
                if await child.stdout.readline() != b"ready\n":
                    raise RuntimeError("the dispatcher process did not start")
                if cycle == kills:  # the last run drains the rest
                    await child.communicate()
                    if child.returncode != 0:
                        raise RuntimeError(f"the last dispatcher failed ({child.returncode})")
                    break
                await asyncio.sleep(rng.uniform(0.0, MAX_RUN))
                if child.returncode is None:
                    child.kill()
                await child.wait()
                await asyncio.sleep(0.3)  # requests the child had begun reach the fake
                left = await _sending(url)
                # Accepted since the last look and not marked: it goes out once more. (A row
                # caught at an earlier kill and still claimed, unsent, is not counted again.)
                caught = [r for r in left if delivered(r) > counted.get(r, 0)]
                counted.update({r: delivered(r) for r in caught})
                repeats_at_kill.append(len(caught))
                waiting_at_kill.append(len(left) - len(caught))
        elapsed = time.monotonic() - started
        statuses = await _statuses(url)
        rows = await _count(url)
    times = [delivered(r) for r in range(1, rows + 1)]
    repeats = sum(n - 1 for n in times if n > 1)
    return {
        "database": url.split(":", 1)[0],
        "messages": rows,
        "kills": kills,
        "seconds": round(elapsed, 1),
        "lost": sum(1 for n in times if n == 0),
        "repeated_messages": repeats,
        "repeats_per_kill_mean": round(repeats / kills, 3) if kills else 0.0,
        "repeats_at_a_kill_max": max(repeats_at_kill, default=0),
        "in_flight_at_kill_mean": round(sum(repeats_at_kill) / kills, 3) if kills else 0.0,
        "claimed_unsent_at_kill_mean": round(sum(waiting_at_kill) / kills, 1) if kills else 0.0,
        "claimed_unsent_at_kill_max": max(waiting_at_kill, default=0),
        "http_429": fake.too_many_requests,
        "outbox": statuses,
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.crash_bench")
    parser.add_argument("--kills", type=int, default=KILLS)
    parser.add_argument("--messages", type=int, default=MESSAGES)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    figures = asyncio.run(run(args.kills, args.messages, args.seed))
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
