"""Leader-scope queries straight on the task repository, at national scale on PostgreSQL.

`python -m bench.query_bench generate URL` fills an empty PostgreSQL database (34 provinces,
20 agencies and 98 communes of 5 units each per province: 17,374 units; 100,000 officials;
2,000,000 tasks; 20 % with a supporting unit, half with a criterion) in a few minutes with
`INSERT … SELECT generate_series`; `python -m bench.query_bench generate-province URL` loads
`conversation_bench`'s province (10k officials, 200k tasks) instead, e.g. into a SQLite file;
`python -m bench.query_bench measure URL` times the storage calls behind a provincial leader's
questions (lists, overdue, stats, «các xã», search) and prints JSON. Nothing of this runs in
`make test`.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from handlers.directory import DirectoryCache
from handlers.domain import Role, UnitKind
from handlers.ports import TaskQuery
from notices.text import search_key
from storage.engine import create_engine, create_uow_factory
from storage.migrate import upgrade

TODAY = date(2024, 10, 23)
PROVINCES, AGENCIES, COMMUNES, OFFICES = 34, 20, 98, 4
_VOCABULARY = (
    "tiep tuc tham muu trien khai thuc hien so hoa ho so giai quyet thu tuc hanh chinh cap nhat "
    "ket qua chi tieu tuyen truyen cai cach doi moi kiem tra bao cao dat dai xay dung moi truong "
    "giao duc y te nong thon ha tang giao thong an ninh quoc phong van hoa du lich"
)
WORDS = _VOCABULARY.split()

_GENERATE = [
    # Units: province p has id p; its agencies, communes and the communes' offices follow.
    f"""INSERT INTO units (id, code, name, kind, parent_id, aliases)
    SELECT p, 'p' || p, 'UBND tỉnh ' || p, 'province', NULL, '[]'::json
    FROM generate_series(1, {PROVINCES}) p""",
    f"""INSERT INTO units (id, code, name, kind, parent_id, aliases)
    SELECT 100 + (p - 1) * {AGENCIES} + a, 'p' || p || 's' || a, 'Sở ' || a || ' tỉnh ' || p,
           'agency', p, '[]'::json
    FROM generate_series(1, {PROVINCES}) p, generate_series(1, {AGENCIES}) a""",
    f"""INSERT INTO units (id, code, name, kind, parent_id, aliases)
    SELECT 1000 + (p - 1) * {COMMUNES} + c, 'p' || p || 'x' || c, 'UBND xã ' || c || ' tỉnh ' || p,
           'commune', p, '[]'::json
    FROM generate_series(1, {PROVINCES}) p, generate_series(1, {COMMUNES}) c""",
    f"""INSERT INTO units (id, code, name, kind, parent_id, aliases)
    SELECT 10000 + (u.id - 1000) * {OFFICES} + k, u.code || 'o' || k,
           'Phòng ' || k || ' ' || u.name, 'agency', u.id, '[]'::json
    FROM units u, generate_series(1, {OFFICES}) k WHERE u.kind = 'commune'""",
    "SELECT setval('units_id_seq', (SELECT max(id) FROM units))",
    # Officials: 5 leaders per province, one chair per commune, staff anywhere below.
    f"""INSERT INTO officials (id, handle, name, title, unit_id, active)
    SELECT (p - 1) * 5 + k, 'l' || p || '_' || k, 'Lãnh đạo ' || k || ' tỉnh ' || p, '', p, true
    FROM generate_series(1, {PROVINCES}) p, generate_series(1, 5) k""",
    """INSERT INTO officials (id, handle, name, title, unit_id, active)
    SELECT 1000 + id, 'c' || id, 'Chủ tịch ' || name, '', id, true
    FROM units WHERE kind = 'commune'""",
    """CREATE TEMP TABLE below AS
    SELECT row_number() OVER (ORDER BY id) AS n, id FROM units WHERE parent_id IS NOT NULL""",
    """INSERT INTO officials (id, handle, name, title, unit_id, active)
    SELECT 10000 + i, 's' || i, 'Cán bộ ' || i, '', b.id, true
    FROM generate_series(1, 95000) i
    JOIN below b ON b.n = 1 + (hashint4(i) & 2147483647) % (SELECT count(*) FROM below)""",
    """INSERT INTO official_roles (official_id, role)
    SELECT id, CASE WHEN id <= 1000 THEN 'leader' WHEN id < 10000 THEN 'chair' ELSE 'staff' END
    FROM officials""",
    "SELECT setval('officials_id_seq', (SELECT max(id) FROM officials))",
    # Tasks: deadlines over 2023–2025, 60 % open, 5 % reported, 33 % done, 2 % paused.
    f"""INSERT INTO tasks (id, item_ref, text, text_folded, lead_unit_id, directing_official_id,
        deadline, deadline_kind, status, completed_on, created_at, updated_at)
    SELECT i, (i % 9) || '.' || (i % 5), t.words, ' ' || t.words || ' ', b.id,
           CASE WHEN r.d < 0.1 THEN 1 + (i % {PROVINCES}) * 5 END,
           CASE WHEN r.k < 0.85 THEN DATE '2023-01-01' + (r.day)::int END,
           CASE WHEN r.k < 0.85 THEN 'on_date' ELSE 'ongoing' END,
           s.status,
           CASE WHEN r.k < 0.85 AND s.status IN ('done', 'reported')
                THEN DATE '2023-01-01' + (r.day)::int + (r.late)::int END,
           now(), now()
    FROM generate_series(1, 2000000) i
    CROSS JOIN LATERAL (SELECT random() AS d, random() AS k, floor(random() * 1000) AS day,
                               floor(random() * 30) - 20 AS late, random() AS st,
                               1 + floor(random() * (SELECT count(*) FROM below)) AS unit
                        WHERE i > 0) r
    CROSS JOIN LATERAL (SELECT CASE WHEN r.st < 0.60 THEN 'open' WHEN r.st < 0.65 THEN 'reported'
                                    WHEN r.st < 0.98 THEN 'done' ELSE 'paused' END AS status) s
    CROSS JOIN LATERAL (
        SELECT string_agg(w[1 + floor(random() * array_length(w, 1))::int], ' ') AS words
        FROM generate_series(1, 14) g, (SELECT %(words)s::text[] AS w) v
        WHERE i > 0) t
    JOIN below b ON b.n = r.unit""",
    "SELECT setval('tasks_id_seq', (SELECT max(id) FROM tasks))",
    # A supporting unit of the lead's own province, as notices assign them (H4's generator too).
    """CREATE TEMP TABLE in_province AS
    SELECT u.id, CASE WHEN u.parent_id IS NULL THEN u.id ELSE p.id END AS province,
           row_number() OVER (PARTITION BY COALESCE(p.id, u.id) ORDER BY u.id) AS n,
           count(*) OVER (PARTITION BY COALESCE(p.id, u.id)) AS size
    FROM units u LEFT JOIN units c ON c.id = u.parent_id
    LEFT JOIN units p ON p.id = COALESCE(c.parent_id, c.id)""",
    """INSERT INTO task_support (task_id, unit_id, position)
    SELECT t.id, s.id, 0 FROM tasks t
    JOIN in_province l ON l.id = t.lead_unit_id
    JOIN in_province s ON s.province = l.province
        AND s.n = 1 + (hashint4(t.id) & 2147483647) % l.size
    WHERE (hashint4(t.id * 7) & 1023) < 205 AND s.id <> t.lead_unit_id""",
    """INSERT INTO task_criteria (task_id, code, position)
    SELECT id, (1 + id % 9) || '.' || (1 + id % 5), 0 FROM tasks WHERE id % 2 = 0""",
    "UPDATE org_meta SET revision = 1",
    "ANALYZE",
]


async def generate(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade(engine)
        words = "ARRAY[" + ",".join(f"'{w}'" for w in WORDS) + "]"
        for statement in _GENERATE:
            t0 = time.perf_counter()
            async with engine.begin() as conn:
                await conn.execute(text(statement.replace("%(words)s", words)))
            print(f"{time.perf_counter() - t0:7.1f} s  {statement.split(chr(10))[0][:70]}")
    finally:
        await engine.dispose()


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p90_ms": round(ordered[int(len(ordered) * 0.9)] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


async def measure(url: str, runs: int = 20) -> dict[str, Any]:
    engine = create_engine(url)
    results: dict[str, Any] = {}
    try:
        uow_factory = create_uow_factory(engine)
        async with uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
        leaders = [o for o in directory.officials.values() if o.has(Role.LEADER)]
        chairs = [o for o in directory.officials.values() if o.has(Role.CHAIR)]
        communes = frozenset(u.id for u in directory.units.values() if u.kind is UnitKind.COMMUNE)
        monday = TODAY - timedelta(days=TODAY.weekday())
        soon = TODAY + timedelta(days=3)

        async def timed(
            label: str, people: list[Any], call: Callable[..., Awaitable[object]]
        ) -> None:
            samples = []
            for i in range(runs):
                scope = directory.scope_for(people[(i * 7) % len(people)])
                t0 = time.perf_counter()
                async with uow_factory() as uow:
                    await call(uow, scope)
                samples.append(time.perf_counter() - t0)
            results[label] = _percentiles(samples)
            print(label, results[label], file=sys.stderr)

        for who, people in (("leader", leaders), ("chair", chairs)):
            await timed(
                f"{who}: đến hạn tuần này",
                people,
                lambda uow, scope: uow.tasks.find(
                    TaskQuery(scope, due_from=monday, due_to=monday + timedelta(days=6))
                ),
            )
            await timed(
                f"{who}: quá hạn",
                people,
                lambda uow, scope: uow.tasks.find(TaskQuery(scope, overdue_on=TODAY)),
            )
            await timed(
                f"{who}: thống kê",
                people,
                lambda uow, scope: uow.tasks.stats(scope, TODAY, soon, None),
            )
            for phrase in ("so hoa", "van hoa du lich", "khong co tu nay"):
                await timed(
                    f"{who}: tìm {phrase}",
                    people,
                    lambda uow, scope, p=phrase: uow.tasks.find(
                        TaskQuery(scope, text=search_key(p))
                    ),
                )
        await timed(
            "leader: tỷ lệ hoàn thành của các xã",
            leaders,
            lambda uow, scope: uow.tasks.stats(scope, TODAY, soon, communes),
        )
    finally:
        await engine.dispose()
    return results


async def generate_province(url: str) -> None:
    """`conversation_bench`'s province (10,000 officials, 200,000 tasks; a leader sees every
    task) into an empty database, for `measure` on SQLite."""
    from bench import conversation_bench

    t0 = time.perf_counter()
    await conversation_bench._load(url, conversation_bench._rows(10_000, 200_000))
    print(f"{time.perf_counter() - t0:7.1f} s  province 10k/200k")


def main(argv: list[str]) -> None:
    commands = ("generate", "generate-province", "measure")
    if len(argv) != 2 or argv[0] not in commands:
        sys.exit(f"usage: python -m bench.query_bench {'|'.join(commands)} URL")
    if argv[0] == "generate":
        asyncio.run(generate(argv[1]))
    elif argv[0] == "generate-province":
        asyncio.run(generate_province(argv[1]))
    else:
        print(json.dumps(asyncio.run(measure(argv[1])), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
