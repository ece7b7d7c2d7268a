"""The national-scale generator (bench/national.py) at a tiny size: the data it writes is valid
for the app — the tree, the officials' units, tasks led inside their notice's province, search
keys as storage computes them, events in order, sequences past the ids — on SQLite and on
PostgreSQL (a database of its own, dropped afterwards)."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bench.national import TODAY, Scale, generate
from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import DirectoryCache
from handlers.domain import DeadlineKind, NewTask, Role
from handlers.messages import Incoming
from notices.text import search_key
from storage.engine import create_engine, create_uow_factory
from storage.migrate import is_up_to_date

TINY = Scale(
    provinces=2, communes=6, departments=3, offices=2, officials=80, tasks=600, events=1500
)
TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'national.sqlite3'}"
        return
    admin_url = os.environ.get("TEST_DATABASE_URL")
    if not admin_url:
        pytest.skip("TEST_DATABASE_URL is not set")
    name = f"bench_gen_test_{secrets.token_hex(4)}"
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


async def _all(url: str, query: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return [tuple(r) for r in (await conn.execute(text(query))).all()]
    finally:
        await engine.dispose()


async def test_generated_data_is_what_the_app_expects(url: str) -> None:
    result = await generate(url, TINY, seed=3)
    counts = result["counts"]
    assert counts["units"] == TINY.units
    assert counts["officials"] == TINY.officials
    assert counts["tasks"] == TINY.tasks
    assert abs(counts["task_events"] - TINY.events) <= TINY.events * 0.02

    units = {r[0]: r for r in await _all(url, "SELECT id, parent_id, kind FROM units")}
    top: dict[object, object] = {}
    for uid in units:
        current, hops = uid, 0
        while units[current][1] is not None:
            current, hops = units[current][1], hops + 1
            assert hops < 4
        assert units[current][2] == "province"
        top[uid] = current
    officials = await _all(url, "SELECT unit_id FROM officials")
    assert all(unit in units for (unit,) in officials)

    tasks = await _all(
        url,
        "SELECT t.id, t.text, t.text_folded, t.lead_unit_id, n.issuer, t.parent_id "
        "FROM tasks t JOIN notices n ON n.id = t.notice_id",
    )
    assert len(tasks) == TINY.tasks
    names = {r[0]: r[1] for r in await _all(url, "SELECT id, name FROM units")}
    for _id, body, folded, lead, issuer, _parent in tasks:
        assert folded == search_key(str(body))
        assert units[lead][2] != "province"
        assert names[top[lead]] == issuer
    support = await _all(
        url,
        "SELECT s.unit_id, t.lead_unit_id FROM task_support s JOIN tasks t ON t.id = s.task_id",
    )
    assert support and all(top[s] == top[lead] and s != lead for s, lead in support)

    events = await _all(url, "SELECT task_id, kind, at FROM task_events ORDER BY id")
    first: dict[object, object] = {}
    last: dict[object, datetime] = {}
    for task_id, kind, at in events:
        first.setdefault(task_id, kind)
        at_ = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        assert task_id not in last or last[task_id] <= at_
        last[task_id] = at_
    assert set(first.values()) == {"created"} and len(first) == TINY.tasks

    engine = create_engine(url)
    try:
        # Loaded at LOAD_REVISION, then upgraded like a filled production database.
        assert await is_up_to_date(engine)
        uow_factory = create_uow_factory(engine)
        async with uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
            assert directory.revision == 1
            assert len(directory.officials) == TINY.officials
            leader = next(o for o in directory.officials.values() if o.has(Role.LEADER))
            # The sequences are past the generated ids: the app's next task gets a new one.
            added = await uow.tasks.add(
                NewTask("1", "Việc mới", leader.unit_id, TODAY, DeadlineKind.ON_DATE)
            )
            await uow.commit()
        assert added.id == TINY.tasks + 1
        conversation = Conversation(
            uow_factory=uow_factory,
            clock=lambda: datetime(2026, 11, 30, 9, tzinfo=TZ),
            calendar=create_calendar(),
        )
        replies = await conversation.handle(
            Incoming("bench", leader.handle, "quá hạn", leader.id, today=TODAY)
        )
        assert "Việc quá hạn tính đến 30/11/2026" in replies[0].text
    finally:
        await engine.dispose()
