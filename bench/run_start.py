"""A message sent at the instant `nhacviec run` starts, in a fresh process, as the product
starts: `bot.run.create_name_warmup` (names built in a child process or loaded from the name
cache, the C heap trimmed after big reads) and a `Conversation` over the same engine.

    python -m bench.run_start --url postgresql+asyncpg://…/bench_national_x --handle cb3526 \
        [--cache-dir /tmp/names] [--after-warmup]

Prints JSON: how long the first answer took, the event loop's longest stall meanwhile, the RSS
when ready and after the answer, and how the index came (built or loaded). Run it twice with
one `--cache-dir`: the first run builds and saves the index, the second loads it.
(`python -m bench.national_bench --child-run` runs it for the national table.)"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import threading
import time
from datetime import datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text

from bench.loop_watch import LoopWatch, rss_mb
from bench.national import TODAY

NOW = datetime.combine(TODAY, clock_time(9, 0), tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


class _Messages(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record.getMessage())


async def start_as_run(
    url: str,
    handle: str,
    cache_dir: Path | None,
    *,
    after_warmup: bool = False,
    message: str = "quá hạn",
) -> dict[str, Any]:
    t0 = time.perf_counter()
    from bot.run import create_name_warmup
    from bot.settings import Settings
    from handlers.calendar import create_calendar
    from handlers.conversation import Conversation
    from handlers.domain import OfficialId
    from handlers.messages import Incoming
    from storage.engine import create_engine, create_uow_factory

    logs = _Messages()
    for name in ("handlers.directory", "bot.name_builds", "bot.name_cache"):
        logging.getLogger(name).addHandler(logs)
        logging.getLogger(name).setLevel(logging.INFO)
    engine = create_engine(url)
    uow_factory = create_uow_factory(engine)
    settings = Settings(database_url=url, name_cache_dir=str(cache_dir or ""))
    warmup = create_name_warmup(uow_factory, settings)
    try:
        conversation = Conversation(
            uow_factory=uow_factory, clock=lambda: NOW, calendar=create_calendar()
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
        await warmup.start()  # the instant `nhacviec run` starts its services
        if after_warmup:
            assert warmup._task is not None
            await warmup._task
        t2, cpu = time.perf_counter(), time.process_time()
        replies = await conversation.handle(
            Incoming("bench", handle, message, OfficialId(official), today=TODAY)
        )
        first, first_cpu = time.perf_counter() - t2, time.process_time() - cpu
        await watch.stop()
        rss_first = rss_mb()
        t3 = time.perf_counter()
        await conversation.handle(
            Incoming("bench", handle, "thống kê", OfficialId(official), today=TODAY)
        )
        second = time.perf_counter() - t3
        for thread in threading.enumerate():  # a save after a build: let it finish
            if thread.name == "name-index":
                await asyncio.to_thread(thread.join)
        return {
            **ready,
            "warmup_before_s": round(t2 - t1, 2),
            "first_answer_s": round(first, 2),
            # this process's CPU meanwhile, every thread (not the database's, nor a child's)
            "first_answer_cpu_s": round(first_cpu, 2),
            "longest_loop_stall_s": round(watch.longest, 3),
            "second_answer_s": round(second, 3),
            "rss_after_first_mb": rss_first,
            "rss_after_save_mb": rss_mb(),  # = after the first answer when nothing was built
            "reply_head": replies[0].text.split("\n", 1)[0],
            "names": [m for m in logs.seen if "name index" in m],
        }
    finally:
        await warmup.stop()
        await engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run_start", description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--handle", required=True)
    parser.add_argument("--cache-dir", type=Path, default=None, help="none: no name cache")
    parser.add_argument("--after-warmup", action="store_true", help="send once names are ready")
    parser.add_argument(
        "--text", default="quá hạn", help="the first message (one naming someone waits for names)"
    )
    args = parser.parse_args(argv)
    result = asyncio.run(
        start_as_run(
            args.url,
            args.handle,
            args.cache_dir,
            after_warmup=args.after_warmup,
            message=args.text,
        )
    )
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
