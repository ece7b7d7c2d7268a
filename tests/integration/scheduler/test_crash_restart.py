"""SIGKILL, then restart: every reminder is delivered, none twice; only a message in flight at
the instant of a kill (sent, not yet marked) may go out once more. Deliveries are counted
from a file the child appends and fsyncs one line to per message."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from handlers.domain import OutboxMessage
from scheduler.outcomes import SEPARATOR

from .conftest import World
from .crash_child import LEASE_S

pytestmark = pytest.mark.slow  # child processes killed and restarted

ROOT = Path(__file__).resolve().parents[3]
CHILD = "tests.integration.scheduler.crash_child"
KILLS = 5
ROWS = 120


async def spawn(database_url: str, record: Path, *args: str) -> asyncio.subprocess.Process:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        CHILD,
        database_url,
        str(record),
        *args,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
    )


def deliveries(record: Path) -> Counter[tuple[str, str]]:
    """(chat, reminder text) → times delivered; a merged message counts for each part."""
    if not record.exists():
        return Counter()
    found: Counter[tuple[str, str]] = Counter()
    for line in record.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        for part in entry["text"].split(SEPARATOR):
            found[(entry["chat"], part)] += 1
    return found


async def test_killed_after_writing_the_outbox_before_sending(
    world: World, database_url: str, tmp_path: Path
) -> None:
    record = tmp_path / "deliveries.jsonl"
    day = date(2023, 12, 11)  # quarterly (10/12 moved), Monday digest and overdue nudge
    child = await spawn(database_url, record, "fire", "--day", day.isoformat(), "--die")
    await child.communicate()
    assert child.returncode == -signal.SIGKILL
    rows = await world.outbox()
    assert rows and {r.status for r in rows} == {"pending"}
    assert not record.exists()

    # Restart: firing the day again writes nothing new; the dispatcher sends what is owed.
    child = await spawn(database_url, record, "fire", "--day", day.isoformat())
    out, _ = await child.communicate()
    assert child.returncode == 0 and sum(json.loads(out).values()) == 0
    child = await spawn(database_url, record, "dispatch")
    await child.communicate()
    assert child.returncode == 0

    rows = await world.outbox()
    assert {r.status for r in rows} == {"sent"}
    got = deliveries(record)
    assert sorted(got) == sorted((f"tg-{r.handle}", r.text) for r in rows)
    assert set(got.values()) == {1}


async def test_killed_at_random_points_of_a_dispatch(
    world: World, database_url: str, tmp_path: Path
) -> None:
    handles = sorted(o.handle for o in world.directory.officials.values())
    async with world.uow_factory() as uow:
        for n in range(ROWS):
            recipient = world.official(handles[n % len(handles)]).id
            await uow.outbox.add_once(
                OutboxMessage(
                    "reported", recipient, f"p{n}", f"Nhắc việc thử số {n}", world.clock()
                )
            )
        await uow.commit()
    record = tmp_path / "deliveries.jsonl"
    rng = random.Random()
    # How many kills found each message sent but its row not yet marked.
    in_flight_at_kill: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()  # deliveries already counted at a kill
    for cycle in range(KILLS):
        # Each restart's clock runs past the previous one's leases, as a real restart would.
        child = await spawn(
            database_url, record, "dispatch", "--offset", str(cycle * (LEASE_S + 1))
        )
        assert child.stdout is not None
        assert await child.stdout.readline() == b"ready\n"
        await asyncio.sleep(rng.uniform(0.02, 0.3))
        if child.returncode is None:
            child.send_signal(signal.SIGKILL)
        await child.wait()
        # Rows claimed but not marked whose message reached the disk since the last look: sent
        # again later. (One still claimed, unsent, by a later run is not counted twice.)
        delivered = deliveries(record)
        for row in await world.outbox():
            key = (f"tg-{row.handle}", row.text)
            if row.status == "sending" and delivered[key] > seen[key]:
                in_flight_at_kill[key] += 1
                seen[key] = delivered[key]
    child = await spawn(database_url, record, "dispatch", "--offset", str(KILLS * (LEASE_S + 1)))
    await child.communicate()
    assert child.returncode == 0

    rows = await world.outbox()
    assert {r.status for r in rows} == {"sent"}
    got = deliveries(record)
    assert sorted(got) == sorted((f"tg-{r.handle}", r.text) for r in rows)  # none lost
    # Once more per kill that caught it in flight, and never otherwise.
    assert all(times <= 1 + in_flight_at_kill[key] for key, times in got.items())
    repeats = sum(times - 1 for times in got.values())
    print(
        f"\ncrash figures: {ROWS} reminders, {KILLS} kills, "
        f"{sum(in_flight_at_kill.values())} in flight at a kill, {repeats} repeated sends"
    )
