"""Concurrent transactions that write tasks: no deadlock, no duplicate, no lost count.

Two units of work are brought to the same point with `Race`: each waits there until the other
has reached it too, or (PostgreSQL) until some transaction waits for a lock, so their writes
interleave as two chats or a chat and the scheduler can. The counts kept by 0010's triggers
(`task_counts`) must then still equal a fresh grouping of `tasks`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from test_storage_task_counts import _counts_match_tasks  # the same directory

from handlers.create_occurrences import create_occurrences
from handlers.directory import DirectoryCache
from handlers.domain import DeadlineKind, NewTask, Recurrence, UnitId
from handlers.import_notice import ImportPlan, PlannedTask, import_notice
from handlers.retry import WriteConflict, retry_conflicts
from notices import ParsedNotice, ParsedTask
from storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from conftest import Org

NOW = datetime(2024, 3, 4, 2, tzinfo=UTC)
POLL_S = 0.02
POLLS = 1500  # give up waiting for the other side after ~30 s (then the test fails on its own)


def _postgres(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "postgresql"


class Race:
    """Where two transactions meet: each `meet` returns once the other side has met too, or
    once a transaction is waiting for a lock (it cannot come any further before we commit)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._met: dict[str, asyncio.Event] = {}

    async def meet(self, me: str, other: str) -> None:
        mine = self._met.setdefault(me, asyncio.Event())
        if mine.is_set():
            return  # a second attempt after a conflict runs straight through
        mine.set()
        theirs = self._met.setdefault(other, asyncio.Event())
        for _ in range(POLLS):
            if theirs.is_set() or await self._someone_waits():
                return
            await asyncio.sleep(POLL_S)

    async def _someone_waits(self) -> bool:
        if not _postgres(self._engine):
            return False
        async with self._engine.connect() as conn:
            waiting = await conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        return bool(waiting)


class _MeetAfterFirst:
    """A repository whose `method` meets the race after its first call, otherwise the real
    one."""

    def __init__(self, inner: Any, method: str, race: Race, me: str, other: str) -> None:
        self._inner, self._method = inner, method
        self._race, self._me, self._other = race, me, other

    def __getattr__(self, name: str) -> Any:
        real = getattr(self._inner, name)
        if name != self._method:
            return real

        async def call(*args: Any, **kwargs: Any) -> Any:
            result = await real(*args, **kwargs)
            await self._race.meet(self._me, self._other)
            return result

        return call


class RacingUow:
    """The real SqlUnitOfWork, with one repository's method meeting the race."""

    def __init__(
        self, inner: SqlUnitOfWork, repo: str, method: str, race: Race, me: str, other: str
    ):
        self._inner, self._repo, self._method = inner, repo, method
        self._race, self._me, self._other = race, me, other

    async def __aenter__(self) -> RacingUow:
        await self._inner.__aenter__()
        real = getattr(self._inner, self._repo)
        wrapped = _MeetAfterFirst(real, self._method, self._race, self._me, self._other)
        setattr(self, self._repo, wrapped)
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._inner.__aexit__(*exc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _racing(
    uow_factory: Callable[[], SqlUnitOfWork],
    race: Race,
    repo: str,
    method: str,
    me: str,
    other: str,
) -> Callable[[], Any]:
    return lambda: RacingUow(uow_factory(), repo, method, race, me, other)


def _task(unit: UnitId, deadline: date | None = None, **fields: Any) -> NewTask:
    kind = DeadlineKind.ON_DATE if deadline else DeadlineKind.ONGOING
    values: dict[str, Any] = {"item_ref": "1", "text": "Việc cần làm"} | fields
    return NewTask(lead_unit_id=unit, deadline=deadline, deadline_kind=kind, **values)


async def _add_in_order(factory: Callable[[], Any], units: list[UnitId]) -> None:
    async with factory() as uow:
        for unit in units:
            await uow.tasks.add(_task(unit))
        await uow.commit()


def _skip_unless_postgres(engine: AsyncEngine) -> None:
    if not _postgres(engine):
        pytest.skip("SQLite runs one writer at a time: no row locks to deadlock on")


async def test_opposite_orders_deadlock_and_one_side_leaves_as_write_conflict(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork], org: Org
) -> None:
    """The risk itself: tasks of two units written in opposite orders, one statement each."""
    _skip_unless_postgres(engine)
    race = Race(engine)
    a, b = org.doan_bai, org.hoang_an
    outcomes = await asyncio.gather(
        _add_in_order(_racing(uow_factory, race, "tasks", "add", "x", "y"), [a, b]),
        _add_in_order(_racing(uow_factory, race, "tasks", "add", "y", "x"), [b, a]),
        return_exceptions=True,
    )
    conflicts = [o for o in outcomes if isinstance(o, WriteConflict)]
    assert len(conflicts) == 1, outcomes
    assert [o for o in outcomes if not isinstance(o, WriteConflict)] == [None]
    await _counts_match_tasks(engine)


async def test_a_unit_of_work_aborted_by_a_deadlock_runs_again(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork], org: Org
) -> None:
    _skip_unless_postgres(engine)
    race = Race(engine)
    a, b = org.doan_bai, org.hoang_an
    x = _racing(uow_factory, race, "tasks", "add", "x", "y")
    y = _racing(uow_factory, race, "tasks", "add", "y", "x")
    await asyncio.gather(
        retry_conflicts(lambda: _add_in_order(x, [a, b])),
        retry_conflicts(lambda: _add_in_order(y, [b, a])),
    )
    async with engine.connect() as conn:
        assert await conn.scalar(text("SELECT count(*) FROM tasks")) == 4
    await _counts_match_tasks(engine)


def _plan(title: str, units: list[UnitId], deadlines: list[date | None]) -> ImportPlan:
    parsed = tuple(
        ParsedTask(
            ref=str(i + 1),
            text=f"{title}: việc {i + 1}",
            lead=(f"đơn vị {u}",),
            deadline=d,
            deadline_kind=DeadlineKind.ON_DATE if d else DeadlineKind.ONGOING,
        )
        for i, (u, d) in enumerate(zip(units, deadlines, strict=True))
    )
    notice = ParsedNotice(None, "TB", None, False, None, None, title, None, None, parsed)
    planned = tuple(PlannedTask(p, (u,), (), None) for p, u in zip(parsed, units, strict=True))
    return ImportPlan(notice, None, planned)


async def test_two_imports_over_the_same_units_in_opposite_orders_wait_instead_of_deadlocking(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork], org: Org
) -> None:
    """Each import locks every count row its tasks will change before the first insert, in key
    order: the second waits for the first, and neither is aborted (one attempt each)."""
    _skip_unless_postgres(engine)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
    race = Race(engine)
    a, b = org.doan_bai, org.hoang_an
    june, july = date(2024, 6, 30), date(2024, 7, 31)
    counted: list[str] = []

    def factory(me: str, other: str) -> Callable[[], Any]:
        racing = _racing(uow_factory, race, "tasks", "add", me, other)

        def make() -> Any:
            counted.append(me)
            return racing()

        return make

    first = _plan("Thông báo 1", [a, b, a], [june, None, july])
    second = _plan("Thông báo 2", [b, a, a], [None, july, june])
    results = await asyncio.gather(
        import_notice(
            first,
            directory=directory,
            uow_factory=factory("x", "y"),
            now=NOW,
            actor_id=None,
            channel="telegram",
        ),
        import_notice(
            second,
            directory=directory,
            uow_factory=factory("y", "x"),
            now=NOW,
            actor_id=None,
            channel="telegram",
        ),
    )
    assert [r.created for r in results] == [3, 3]
    # One transaction that adds tasks per import, then one per create_occurrences batch.
    assert counted.count("x") == counted.count("y") == 2, counted
    await _counts_match_tasks(engine)


async def test_two_occurrence_runs_at_once_make_each_occurrence_once(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork], org: Org
) -> None:
    """Both runs read the same templates before either copies them; the second to copy must
    see the first's copies (PostgreSQL: a transaction-level advisory lock around the copy;
    SQLite: the copy's INSERT … SELECT waits for the one writer and reads after it)."""
    async with uow_factory() as uow:
        for i, unit in enumerate([org.doan_bai, org.hoang_an, org.noi_vu] * 3):
            recurrence = (Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.YEARLY)[i % 3]
            await uow.tasks.add(
                _task(unit, item_ref=str(i), recurrence=recurrence, deadline_phrase="định kỳ")
            )
        await uow.commit()
    race = Race(engine)
    made = await asyncio.gather(
        create_occurrences(
            NOW.date(),
            uow_factory=_racing(uow_factory, race, "occurrences", "templates", "x", "y"),
            now=NOW,
        ),
        create_occurrences(
            NOW.date(),
            uow_factory=_racing(uow_factory, race, "occurrences", "templates", "y", "x"),
            now=NOW,
        ),
    )
    assert sorted(made) == [0, 9]
    async with engine.connect() as conn:
        copies = await conn.execute(
            text(
                "SELECT parent_id, deadline, count(*) FROM tasks WHERE parent_id IS NOT NULL"
                " GROUP BY parent_id, deadline"
            )
        )
        assert sorted(n for _, _, n in copies) == [1] * 9
    await _counts_match_tasks(engine)
