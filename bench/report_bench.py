"""`python -m bench.report_bench`: how long a chat's report takes to draw in the worker
process (bot/report_worker.py), and the child's peak memory, for the demo quarter's rows
repeated to 74, 2,000 and 10,000 rows. Prints JSON; figures in bench/README.md."""

from __future__ import annotations

import asyncio
import json
import resource
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from bot.demo import load_demo_data
from bot.report_worker import ProcessRenderer
from handlers.directory import DirectoryCache
from handlers.ports import TaskScope
from handlers.report_data import ReportRequest, collect
from storage.engine import create_engine, create_uow_factory
from storage.migrate import upgrade
from tests.conversation_support import TODAY, TZ

SIZES = (74, 2000, 10000)


async def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}")
        try:
            await upgrade(engine)
            uow_factory = create_uow_factory(engine)
            await load_demo_data(uow_factory, TZ)
            async with uow_factory() as uow:
                directory = await DirectoryCache().get(uow)
            admin = directory.by_handle("admin")
            assert admin is not None
            data = await collect(
                ReportRequest(date(2023, 10, 1), date(2023, 12, 31), None),
                scope=TaskScope(None),
                directory=directory,
                uow_factory=uow_factory,
                today=TODAY,
                soon_until=TODAY,
                speaker=directory.government_of(admin.unit_id),
            )
        finally:
            await engine.dispose()
    figures: list[dict[str, Any]] = []
    for size in SIZES:
        rows = (data.rows * (size // len(data.rows) + 1))[:size]
        big = replace(data, rows=tuple(rows))
        for fmt in ("docx", "xlsx"):
            started = time.perf_counter()
            body = await ProcessRenderer()(big, fmt)
            figures.append(
                {
                    "rows": size,
                    "format": fmt,
                    "seconds": round(time.perf_counter() - started, 2),
                    "bytes": len(body),
                    # ru_maxrss of all waited-for children so far: the largest child yet
                    "children_peak_rss_mb": round(
                        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
                    ),
                }
            )
    return figures


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run()), indent=2))
