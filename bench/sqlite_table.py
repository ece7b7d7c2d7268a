"""Issue 13's table on SQLite at province scale (10,000 officials, 200,000 tasks): the same rows
as `bench/national_bench.py` — warm staff and chair questions, a provincial leader's questions,
«thống kê» after a task change, a message at the instant `nhacviec run` starts, the Monday digest
and occurrences — on a copy of a file made by `bench/national.py`.

    python -m bench.national --scale province --url sqlite+aiosqlite:////tmp/province.sqlite3
    python -m bench.sqlite_table /tmp/province.sqlite3 [--json] [--leader-runs 30]

The generated file is left untouched: every run works on a copy in a temporary directory (the
questions, the digest and the occurrences write), upgraded to this code's head first.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import create_async_engine

from bench import national, national_bench


async def run(url: str, args: argparse.Namespace, report: dict[str, Any]) -> dict[str, Any]:
    """Every row on the copy at `url` (upgraded to head first)."""
    report["data"]["copy upgraded to head"] = await national.upgrade_to_head(url)
    engine = create_async_engine(url)
    try:
        people = await national_bench.pick_people(engine, random.Random(5), n=3)
    finally:
        await engine.dispose()
    if not args.skip_cold:
        report["start as nhacviec run"] = national_bench.start_as_run_twice(
            url, people.staff[0][1]
        )
    if not args.skip_questions:
        await national_bench.conversation_rows(url, args, report)
    if not args.skip_reminders:
        await national_bench.reminder_rows(url, args, report)
    report["table"] = national_bench.table(report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sqlite_table", description=__doc__)
    parser.add_argument("file", type=Path, help="a SQLite file made by bench.national")
    parser.add_argument("--runs", type=int, default=100, help="samples per warm question")
    parser.add_argument("--leader-runs", type=int, default=30)
    parser.add_argument("--timeout", type=float, default=30.0, help="per question, seconds")
    parser.add_argument("--budget", type=float, default=120.0, help="per row, seconds")
    parser.add_argument("--batch-timeout", type=float, default=600.0, help="digest, occurrences")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--skip-questions", action="store_true")
    parser.add_argument("--skip-reminders", action="store_true")
    args = parser.parse_args(argv)
    args.explain = False  # EXPLAIN (ANALYZE, BUFFERS) is PostgreSQL's
    if not args.file.is_file():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    report: dict[str, Any] = {
        "date": datetime.now().isoformat(timespec="minutes"),
        "scale": "province, SQLite",
        "data": {"file": str(args.file), "size_mb": round(args.file.stat().st_size / 1e6, 1)},
    }
    with tempfile.TemporaryDirectory(prefix="sqlite-table-") as work:
        copy = Path(work) / args.file.name
        shutil.copyfile(args.file, copy)
        asyncio.run(run(f"sqlite+aiosqlite:///{copy}", args, report))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(report["table"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
