"""Conversation latency at province scale: 10,000 officials and 200,000 tasks.

Measures "việc đến hạn tuần này", "quá hạn" and "thống kê" through the whole conversation core
(NLU, scope, use case, repository, rendering) on SQLite and, when TEST_DATABASE_URL is set, on
PostgreSQL; and `understand` alone.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, text

from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import DirectoryCache
from handlers.domain import Official, Role
from handlers.messages import Incoming
from handlers.nlu import understand
from notices.text import fold
from storage.engine import create_engine, create_uow_factory
from storage.migrate import upgrade
from storage.models import (
    OfficialRoleRow,
    OfficialRow,
    OrgMetaRow,
    TaskCriterionRow,
    TaskRow,
    TaskSupportRow,
    UnitRow,
)

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = date(2024, 10, 23)
QUESTIONS = {"due": "việc đến hạn tuần này", "overdue": "quá hạn", "stats": "thống kê"}
_PHRASE = (
    "tiếp tục tham mưu triển khai thực hiện số hóa hồ sơ giải quyết thủ tục hành chính cập nhật "
    "kết quả chỉ tiêu tuyên truyền cải cách hành chính đôn đốc kiểm tra báo cáo"
)
WORDS = _PHRASE.split()


def _rows(n_officials: int, n_tasks: int, seed: int = 7) -> dict[str, list[dict[str, Any]]]:
    """A province: 20 agencies, 200 communes with 4 offices each; tasks spread 2023–2025."""
    rng = random.Random(seed)
    units = [
        dict(id=1, code="p", name="UBND tỉnh Bench", kind="province", parent_id=None, aliases=[])
    ]
    for i in range(20):
        units.append(
            dict(
                id=len(units) + 1,
                code=f"s{i}",
                name=f"Sở Bench {i}",
                kind="agency",
                parent_id=1,
                aliases=[],
            )
        )
    communes: list[int] = []
    for c in range(200):
        cid = len(units) + 1
        communes.append(cid)
        units.append(
            dict(
                id=cid,
                code=f"x{c}",
                name=f"UBND xã Bench {c}",
                kind="commune",
                parent_id=1,
                aliases=[],
            )
        )
        for k in range(4):
            units.append(
                dict(
                    id=len(units) + 1,
                    code=f"x{c}o{k}",
                    name=f"Phòng {k} xã {c}",
                    kind="agency",
                    parent_id=cid,
                    aliases=[],
                )
            )
    unit_ids: list[int] = [int(str(u["id"])) for u in units]
    officials, roles = [], []
    for i in range(n_officials):
        if i < 5:
            unit, role = 1, "leader"
        elif i < 10:
            unit, role = 2, "admin"
        elif i < 10 + len(communes):
            unit, role = communes[i - 10], "chair"
        else:
            unit, role = rng.choice(unit_ids[1:]), "staff"
        officials.append(
            dict(id=i + 1, handle=f"o{i}", name=f"Cán bộ {i}", title="", unit_id=unit, active=True)
        )
        roles.append(dict(official_id=i + 1, role=role))
    tasks, support, criteria = [], [], []
    start = date(2023, 1, 1)
    for i in range(n_tasks):
        words = " ".join(rng.choice(WORDS) for _ in range(14))
        deadline = start + timedelta(days=rng.randrange(0, 1000)) if rng.random() < 0.85 else None
        status = rng.choices(["open", "reported", "done", "paused"], [60, 5, 33, 2])[0]
        done_on = (
            deadline + timedelta(days=rng.randrange(-20, 10))
            if (deadline and status in ("done", "reported"))
            else None
        )
        tasks.append(
            dict(
                id=i + 1,
                notice_id=None,
                parent_id=None,
                item_ref=f"{i % 9}.{i % 5}",
                text=words,
                text_folded=fold(words),
                lead_unit_id=rng.choice(unit_ids[1:]),
                directing_official_id=rng.randrange(1, 6) if rng.random() < 0.1 else None,
                directing_name=None,
                deadline=deadline,
                deadline_kind="on_date" if deadline else "ongoing",
                deadline_phrase=None,
                recurrence=None,
                status=status,
                completed_on=done_on,
                requested_deadline=None,
            )
        )
        if rng.random() < 0.2:
            support.append(dict(task_id=i + 1, unit_id=rng.choice(unit_ids[1:]), position=0))
        if rng.random() < 0.5:
            criteria.append(
                dict(
                    task_id=i + 1, code=f"{rng.randrange(1, 10)}.{rng.randrange(1, 6)}", position=0
                )
            )
    return {
        "units": units,
        "officials": officials,
        "roles": roles,
        "tasks": tasks,
        "support": support,
        "criteria": criteria,
    }


async def _load(url: str, data: dict[str, list[dict[str, Any]]]) -> None:
    engine = create_engine(url)
    try:
        await upgrade(engine)
        async with engine.begin() as conn:
            for table, key in (
                (UnitRow, "units"),
                (OfficialRow, "officials"),
                (OfficialRoleRow, "roles"),
                (TaskRow, "tasks"),
                (TaskSupportRow, "support"),
                (TaskCriterionRow, "criteria"),
            ):
                rows = data[key]
                for i in range(0, len(rows), 5000):
                    await conn.execute(insert(table), rows[i : i + 5000])
            await conn.execute(text(f"UPDATE {OrgMetaRow.__tablename__} SET revision = 1"))
            if engine.dialect.name == "sqlite":
                await conn.execute(text("ANALYZE"))
            else:
                await conn.execute(text("ANALYZE"))
    finally:
        await engine.dispose()


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 2),
        "per_s": round(len(ordered) / sum(ordered), 1),
    }


async def _measure(fn: Callable[[], Awaitable[object]], runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        await fn()
        samples.append(time.perf_counter() - t0)
    return _percentiles(samples)


async def _measure_cold(
    conversation: Conversation,
    uow_factory: Callable[[], Any],
    people: list[Official],
    rng: random.Random,
    runs: int,
) -> dict[str, float]:
    """Statistics are cached per task revision; here every ask follows a real (untimed) task
    write, so each one computes the counts afresh."""
    samples = []
    for i in range(runs):
        async with uow_factory() as uow:
            task = await uow.tasks.get(i + 1)
            await uow.tasks.save(task)
            await uow.commit()
        who = rng.choice(people)
        t0 = time.perf_counter()
        await conversation.handle(Incoming("bench", who.handle, "thống kê", who.id, today=TODAY))
        samples.append(time.perf_counter() - t0)
    return _percentiles(samples)


async def bench_database(url: str, runs: int, n_officials: int, n_tasks: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    await _load(url, _rows(n_officials, n_tasks))
    load_s = time.perf_counter() - t0
    engine = create_engine(url)
    results: dict[str, Any] = {"load_s": round(load_s, 1)}
    try:
        uow_factory = create_uow_factory(engine)
        conversation = Conversation(
            uow_factory=uow_factory,
            clock=lambda: datetime(2024, 10, 23, 9, tzinfo=TZ),
            calendar=create_calendar(),
        )
        async with uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
        officials = list(directory.officials.values())
        rng = random.Random(11)
        groups: dict[str, list[Official]] = {
            "all officials": officials,
            "leaders (whole province)": [o for o in officials if o.has(Role.LEADER, Role.ADMIN)],
        }
        await conversation.handle(Incoming("bench", "warm", "quá hạn", officials[0].id))
        for label, people in groups.items():
            for name, question in QUESTIONS.items():

                async def ask(q: str = question, pool: list[Official] = people) -> None:
                    who = rng.choice(pool)
                    await conversation.handle(
                        Incoming("bench", who.handle, q, who.id, today=TODAY)
                    )

                results[f"{name} / {label}"] = await _measure(ask, runs)
        leaders = groups["leaders (whole province)"]
        results["stats / leaders, a task changed before each ask"] = await _measure_cold(
            conversation, uow_factory, leaders, rng, runs // 3
        )
    finally:
        await engine.dispose()
    return results


async def bench_understand(runs: int) -> dict[str, float]:
    questions = [
        "viec den han tuan nay",
        "quá hạn",
        "thống kê quý này",
        "xong 12 đã gửi báo cáo",
        "việc của phòng nội vụ",
        "gia hạn 12 đến 15/12 vì chờ số liệu",
    ]

    async def once() -> None:
        for q in questions:
            understand(q, TODAY, None)

    result = await _measure(once, runs)
    return {
        k: (v / len(questions) if k.endswith("_ms") else v * len(questions))
        for k, v in result.items()
    }


# Huge messages (the odd paste, a flood of one word): only the head is read for meaning, so
# each should cost about what a short question does (the old test bound was 50 ms).
_LONG = ("Nhận dự thảo kế hoạch cải cách hành chính, đã gửi báo cáo số 45. " * 160)[:10_000]
LONG_MESSAGES = (
    _LONG,
    "xong 12 " + _LONG,
    "tìm " + _LONG,
    "a" * 10_000,
    "quá hạn " * 1_250,
    "(" * 5_000 + "1/" * 2_500,
)


async def bench_understand_long(runs: int) -> dict[str, float]:
    async def once() -> None:
        for message in LONG_MESSAGES:
            understand(message, TODAY, None)

    result = await _measure(once, runs)
    return {
        k: (v / len(LONG_MESSAGES) if k.endswith("_ms") else v * len(LONG_MESSAGES))
        for k, v in result.items()
    }


async def run(
    runs: int = 300, n_officials: int = 10_000, n_tasks: int = 200_000
) -> dict[str, Any]:
    results: dict[str, Any] = {
        "understand": await bench_understand(2000),
        "understand 10,000 characters": await bench_understand_long(200),
    }
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"
        results["sqlite"] = await bench_database(url, runs, n_officials, n_tasks)
    pg = os.environ.get("TEST_DATABASE_URL")
    if pg:
        results["postgresql"] = await _bench_postgres(pg, runs, n_officials, n_tasks)
    return results


async def _bench_postgres(admin_url: str, runs: int, n_officials: int, n_tasks: int) -> Any:
    from sqlalchemy.engine import make_url
    from sqlalchemy.ext.asyncio import create_async_engine

    name = f"nhacviec_bench_{os.getpid()}"
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        return await bench_database(url, runs, n_officials, n_tasks)
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()
