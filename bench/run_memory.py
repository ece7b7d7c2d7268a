"""Resident memory of a real `nhacviec run` (Telegram channel, pool, services) over an org.

    python -m bench.run_memory --db national [--repeat 3] [--tracemalloc] [--keep-copy NAME]
    python -m bench.run_memory --url postgresql+asyncpg://…/a_copy_of_bench_national
    python -m bench.run_memory --db province      # the 10,000 / 200,000 SQLite file

`nhacviec run` is started as a child (reminders and backups off) polling the fake Telegram
server, as bench/load_bench.py does; one linked chat asks «quá hạn». Each start (`--repeat`)
reports VmRSS when the channel polls (ready), after the first answer, and idle once the warm-up
has settled (the name index saved or loaded, then `--idle` seconds), with /proc/PID/smaps_rollup
(RssAnon against RssFile: the heap against mapped code), the heavy packages in sys.modules and,
with `--tracemalloc`, Python's traced heap top-25 by file (tracing from the first import: RSS is
then higher than without; read only the split). The name cache dir is shared between starts, so
the first start builds and saves the index and the next ones load it, as a restarted bot does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import national
from bench.load_bench import TOKEN, Chat, Run, _log_file, link_province_chats, pick_chats
from bench.load_support import run_env, stderr_tail, stop, upgrade_with
from bench.loop_watch import rss_mb
from bench.national_bench import copy_of, drop, ensure_generated

ROOT = Path(__file__).resolve().parents[1]

# Runs `nhacviec run` as `python -m bot run` does, with a probe thread that writes, when
# asked, what the process holds: its modules by top-level package and, when tracing, the
# traced heap by file.
PROBED_RUN = """
import os, runpy, sys, threading, time
if os.environ.get("PROBE_TRACEMALLOC"):
    import tracemalloc
    tracemalloc.start()

def _probe():
    import gc, json, tracemalloc
    packages = {}
    for name in list(sys.modules):
        top = name.split(".", 1)[0]
        packages[top] = packages.get(top, 0) + 1
    out = {"modules": len(sys.modules), "packages": packages, "gc_objects": len(gc.get_objects()),
           "gc_frozen": gc.get_freeze_count()}
    if tracemalloc.is_tracing():
        snapshot = tracemalloc.take_snapshot()
        stats = snapshot.statistics("filename")
        out["traced_mb"] = round(sum(s.size for s in stats) / 2**20, 1)
        out["top_files"] = [[str(s.traceback[0].filename), round(s.size / 2**20, 2)]
                            for s in stats[:25]]
    if os.environ.get("PROBE_MALLOCSTATS"):  # pymalloc's arenas: used, free, lost (to stderr)
        sys._debugmallocstats()
    if os.environ.get("PROBE_TRIM"):  # how much of the C heap is free but still resident
        import ctypes
        out["rss_before_trim_kb"] = _rss_kb()
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        out["rss_after_trim_kb"] = _rss_kb()
    with open(os.environ["PROBE_OUT"] + ".tmp", "w") as f:
        json.dump(out, f)
    os.rename(os.environ["PROBE_OUT"] + ".tmp", os.environ["PROBE_OUT"])

def _rss_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

def _watch():  # a thread, not a signal: the event loop may sleep long between wake-ups
    want = os.environ["PROBE_OUT"] + ".want"
    while True:
        time.sleep(0.2)
        if os.path.exists(want):
            os.unlink(want)
            _probe()

threading.Thread(target=_watch, daemon=True, name="memory-probe").start()
sys.argv = ["bot", "run"]
runpy.run_module("bot", run_name="__main__", alter_sys=True)
"""

HEAVY = (
    "sqlalchemy",
    "asyncpg",
    "aiosqlite",
    "pydantic",
    "pydantic_core",
    "telegram",
    "httpx",
    "httpcore",
    "h2",
    "cryptography",
    "click",
    "pygments",
    "rich",
    "openpyxl",
    "pdfplumber",
    "pdfminer",
    "docx",
    "PIL",
    "numpy",
    "alembic",
    "uvicorn",
    "starlette",
    "anyio",
    "ssl",
    "email",
    "notices",
    "handlers",
    "storage",
    "scheduler",
    "bot",
)


def smaps_rollup(pid: int) -> dict[str, float]:
    wanted = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Anonymous", "Swap")
    out: dict[str, float] = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            key, _, rest = line.partition(":")
            if key in wanted:
                out[key] = round(int(rest.split()[0]) / 1024, 1)
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("RssAnon", "RssFile", "RssShmem"):
                out[key] = round(int(rest.split()[0]) / 1024, 1)
    return out


def _ask_probe(out: Path) -> None:
    out.unlink(missing_ok=True)
    Path(f"{out}.want").touch()


def _read_probe(out: Path) -> dict[str, Any] | None:
    if not out.exists():
        return None
    got: dict[str, Any] = json.loads(out.read_text())
    return got


def _has_index(cache_dir: Path) -> bool:
    return any(cache_dir.glob("names-*.pickle"))


async def probe(out: Path) -> dict[str, Any]:
    _ask_probe(out)
    for _ in range(600):
        await asyncio.sleep(0.1)
        got = _read_probe(out)
        if got is not None:
            packages = got.pop("packages")
            got["heavy_packages"] = {p: packages[p] for p in HEAVY if p in packages}
            return got
    return {"probe": "no answer"}


async def one_start(
    url: str, chat: Chat, cache_dir: Path, args: argparse.Namespace
) -> dict[str, Any]:
    from tests.fakes.telegram import FakeTelegram

    result: dict[str, Any] = {}
    async with FakeTelegram(TOKEN, overall_rate=None) as fake:
        with tempfile.TemporaryDirectory() as tmp:
            probe_out = Path(tmp) / "probe.json"
            probes = [
                f"NAME_CACHE_DIR={cache_dir}",
                f"PROBE_OUT={probe_out}",
                *(["PROBE_TRACEMALLOC=1"] if args.tracemalloc else []),
                *(["PROBE_TRIM=1"] if args.trim else []),
                *(["PROBE_MALLOCSTATS=1"] if args.mallocstats else []),
            ]
            env = run_env(args.code_root, tmp, url, TOKEN, fake.url, [*probes, *args.env])
            err_path = Path(tmp) / "stderr.txt"
            had_index = _has_index(cache_dir)
            with _log_file(err_path) as err:
                proc = await asyncio.create_subprocess_exec(
                    sys.executable, "-c", PROBED_RUN, env=env, cwd=tmp, stderr=err
                )
                try:
                    t0 = time.monotonic()
                    await fake.wait_for(lambda c: c.method == "getUpdates", within=300)
                    result["ready_after_s"] = round(time.monotonic() - t0, 1)
                    result["rss_ready_mb"] = rss_mb(proc.pid)
                    run = Run(fake, 300.0)
                    first = await run.ask(chat, "quá hạn")
                    result["first_answer_s"] = round(first, 2) if first is not None else "lost"
                    result["rss_after_first_mb"] = rss_mb(proc.pid)
                    _say(f"first answer after {first} s")
                    result["index"] = "loaded" if had_index else "built"
                    while not _has_index(cache_dir):
                        if time.monotonic() - t0 > 300:
                            break
                        await asyncio.sleep(0.2)
                    await asyncio.sleep(args.idle)
                    _say(f"idle: {rss_mb(proc.pid)} MB")
                    result["rss_idle_mb"] = rss_mb(proc.pid)
                    result["smaps_idle"] = smaps_rollup(proc.pid)
                    result["probe_idle"] = await probe(probe_out)
                    second = await run.ask(chat, "quá hạn")
                    result["second_answer_s"] = round(second, 3) if second else "lost"
                    result["rss_after_second_mb"] = rss_mb(proc.pid)
                    answers = fake.messages[chat.chat_id]
                    result["answers_same"] = answers[-1].text == answers[-2].text
                    result["first_answer_head"] = answers[-2].text[:80]
                finally:
                    await stop(proc)
            tail = stderr_tail(err_path, 60)
            if tail:
                result["stderr_tail"] = tail
    return result


async def forget_updates(url: str) -> None:
    """Each start's fake Telegram numbers its updates from the same id: the copy forgets the
    updates an earlier start handled, or it would skip them as duplicates."""
    from sqlalchemy import text

    from storage.engine import create_engine

    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DELETE FROM seen_updates"))
    finally:
        await engine.dispose()


def _say(what: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {what}", file=sys.stderr, flush=True)


async def starts(url: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    import random

    chats = await pick_chats(url, 20, random.Random(3))
    chat = next(c for c in chats if c.role == "staff")
    with tempfile.TemporaryDirectory() as cache:
        out = []
        for _ in range(args.repeat):
            await forget_updates(url)
            out.append(await one_start(url, chat, Path(cache), args))
            out[-1]["load_average"] = os.getloadavg()[0]
        return out


async def run(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"db": args.db, "code": str(args.code_root)}
    if args.url:
        report["starts"] = await starts(args.url, args)
        return report
    if args.db == "province":
        from bench import conversation_bench

        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'province.sqlite3'}"
            await conversation_bench._load(url, conversation_bench._rows(10_000, 200_000))
            await link_province_chats(url)
            report["starts"] = await starts(url, args)
        return report
    source = national.DEFAULT_URL + ("" if args.db == "national" else f"_{args.db}")
    await ensure_generated(source, args.db, 7)
    url = await copy_of(source)
    try:
        report["copy upgraded"] = await upgrade_with(args.code_root, url)
        report["starts"] = await starts(url, args)
    finally:
        await drop(url)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run_memory", description=__doc__)
    parser.add_argument("--db", choices=("national", "province", "small"), default="national")
    parser.add_argument("--url", default=None, help="an upgraded copy to use as it is")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--idle", type=float, default=5.0, help="seconds idle after the warm-up")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument(
        "--trim", action="store_true", help="the probe trims the C heap (malloc_trim) at idle"
    )
    parser.add_argument(
        "--mallocstats", action="store_true", help="pymalloc's summary at idle (stderr_tail)"
    )
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--code", default=None, help="run `nhacviec run` from this source tree")
    args = parser.parse_args(argv)
    args.code_root = Path(args.code).resolve() if args.code else ROOT
    print(json.dumps(asyncio.run(run(args)), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
