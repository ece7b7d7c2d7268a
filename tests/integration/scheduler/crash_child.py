"""Child process of the crash tests: fires a day's reminders and/or drains the outbox of a
database, recording each delivery durably (a line appended and fsync'd per message), so the
parent can SIGKILL it at any instant and still count what reached the "chat".

    python -m tests.integration.scheduler.crash_child URL RECORD fire --day 2023-12-11 [--die]
    python -m tests.integration.scheduler.crash_child URL RECORD dispatch [--offset S]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from handlers.calendar import create_calendar
from handlers.messages import Reply
from scheduler.dispatcher import Dispatcher
from scheduler.reminders import Reminders
from storage.engine import create_engine, create_uow_factory

from .conftest import fast_config

LEASE_S = 30.0


class RecordingSender:
    """Telegram as far as the test can tell: a delivery exists once its line is on disk."""

    channel = "telegram"

    def __init__(self, path: str, rng: random.Random) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._rng = rng

    async def send(self, chat_ref: str, reply: Reply) -> None:
        await asyncio.sleep(self._rng.uniform(0.002, 0.02))  # the API call
        line = json.dumps({"chat": chat_ref, "text": reply.text, "pid": os.getpid()})
        os.write(self._fd, (line + "\n").encode())
        os.fsync(self._fd)
        # The window between "the API said ok" and "the row is marked sent".
        await asyncio.sleep(self._rng.uniform(0.0, 0.005))


async def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("record")
    parser.add_argument("mode", choices=["fire", "dispatch"])
    parser.add_argument("--day", type=date.fromisoformat)
    parser.add_argument("--die", action="store_true", help="SIGKILL self right after firing")
    parser.add_argument("--offset", type=float, default=0.0, help="clock offset, seconds")
    args = parser.parse_args(argv)

    def clock() -> datetime:
        # Each restart runs later than the last one's leases, as a real restart would.
        return datetime.now(UTC) + timedelta(seconds=args.offset)

    config = fast_config()
    config = replace(
        config,
        dispatch=replace(config.dispatch, lease_seconds=LEASE_S, batch_size=4, max_in_flight=4),
    )
    engine = create_engine(args.url)
    uow_factory = create_uow_factory(engine)
    try:
        if args.mode == "fire":
            reminders = Reminders(
                uow_factory=uow_factory, calendar=create_calendar(), config=config, clock=clock
            )
            written = await reminders.fire_day(args.day)
            print(json.dumps(written), flush=True)
            if args.die:
                os.kill(os.getpid(), signal.SIGKILL)
            return 0
        sender = RecordingSender(args.record, random.Random())
        dispatcher = Dispatcher(
            uow_factory=uow_factory,
            senders={"telegram": sender},
            clock=clock,
            config=config.dispatch,
        )
        print("ready", flush=True)
        report = await dispatcher.drain()
        print(json.dumps({"rows_sent": report.rows_sent}), flush=True)
        return 0
    finally:
        await engine.dispose()


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
