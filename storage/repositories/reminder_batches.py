"""Reminders for a batch of recipients in a handful of statements: every recipient's per-unit
counts and top-N lists (the weekly digest, the quarterly review), and their outbox rows.

The recipients' scopes go into two temporary tables: `reminder_scope_units` (a scope's units;
recipients with the same units share one scope, as every leader of a province does) and
`reminder_scope_officials` (a leader's directed tasks, a scope of their own that points at the
units scope it must stay out of). The branches of storage/repositories/task_filters.py become:
the tasks led by a unit of some scope, counted and numbered (ROW_NUMBER() per list) once per
lead unit however many scopes hold it; and those a scope sees through a supporting unit or
directs, counted and numbered per scope. Each recipient's answer adds up its units' parts and
its scopes' parts, which never share a task.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    CompoundSelect,
    Integer,
    MetaData,
    Select,
    Table,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from handlers.domain import OfficialId, OutboxMessage, Task, TaskStatus, UnitId
from handlers.ports import ScopeDigest, TaskPage, TaskScope, UnitStats
from storage.models import OutboxRow, TaskRow, TaskSupportRow, UnitRow
from storage.repositories import task_filters
from storage.repositories.tasks import to_task
from storage.types import utcnow

_TEMP = MetaData()
SCOPE_UNITS = Table(
    "reminder_scope_units",
    _TEMP,
    Column("scope_id", Integer, primary_key=True),
    Column("unit_id", Integer, primary_key=True),
    prefixes=["TEMPORARY"],
)
SCOPE_OFFICIALS = Table(
    "reminder_scope_officials",
    _TEMP,
    Column("scope_id", Integer, primary_key=True),
    Column("official_id", Integer),
    Column("units_scope_id", Integer),
    prefixes=["TEMPORARY"],
)
_DDL = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS reminder_scope_units "
    "(scope_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, PRIMARY KEY (scope_id, unit_id))",
    "CREATE INDEX IF NOT EXISTS ix_reminder_scope_units_unit "
    "ON reminder_scope_units (unit_id, scope_id)",
    "CREATE TEMPORARY TABLE IF NOT EXISTS reminder_scope_officials "
    "(scope_id INTEGER PRIMARY KEY, official_id INTEGER NOT NULL, "
    "units_scope_id INTEGER NOT NULL)",
)
_OPEN = TaskStatus.OPEN.value
_REPORTED = TaskStatus.REPORTED.value
_OVERDUE = "overdue"  # DueState.OVERDUE's value, the state the overdue list shows
_LISTS = ("overdue", "due", "reported")
_WITH_LINKS = (selectinload(TaskRow.support), selectinload(TaskRow.criteria))
_INSERTS: dict[str, Any] = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}
_IDS_PER_SELECT = 5000
_ROWS_PER_INSERT = 1000  # outbox rows per INSERT: 10 parameters each, under every bind limit


@dataclass(slots=True)
class _Scopes:
    """Scope ids for one batch: a units scope per distinct unit set, a directed scope per
    official who directs tasks outside it."""

    units_of: dict[OfficialId, int] = field(default_factory=dict)
    directed_of: dict[OfficialId, int] = field(default_factory=dict)
    unit_rows: list[dict[str, int]] = field(default_factory=list)
    every_unit: list[int] = field(default_factory=list)  # scopes holding every unit
    units: dict[int, frozenset[UnitId] | None] = field(default_factory=dict)
    official_rows: list[dict[str, int]] = field(default_factory=list)


def _number(scopes: Mapping[OfficialId, TaskScope]) -> _Scopes:
    found = _Scopes()
    by_units: dict[Any, int] = {}
    for official_id, scope in scopes.items():
        key = scope.unit_ids if not scope.subtree_roots else ("roots", scope.subtree_roots)
        scope_id = by_units.get(key)
        if scope_id is None:
            scope_id = by_units[key] = len(by_units) + 1
            found.units[scope_id] = scope.unit_ids
            if scope.unit_ids is None:
                found.every_unit.append(scope_id)
            else:
                found.unit_rows += [
                    {"scope_id": scope_id, "unit_id": u} for u in sorted(scope.unit_ids)
                ]
        found.units_of[official_id] = scope_id
    # Directed scopes after every units scope, so the two kinds of id never meet.
    for official_id, scope in scopes.items():
        if scope.directing_official_id is None or scope.unit_ids is None:
            continue  # every unit in scope: nothing is visible only as directed
        directed_id = len(by_units) + len(found.directed_of) + 1
        found.directed_of[official_id] = directed_id
        found.official_rows.append(
            {
                "scope_id": directed_id,
                "official_id": scope.directing_official_id,
                "units_scope_id": found.units_of[official_id],
            }
        )
    return found


def _in_units(scope_id: Any, unit_id: Any) -> ColumnElement[bool]:
    """`unit_id` is one of the units of scope `scope_id`."""
    su = SCOPE_UNITS.alias("inside")
    return exists().where(su.c.scope_id == scope_id, su.c.unit_id == unit_id)


def _supported_in(scope_id: Any, task_id: Any) -> ColumnElement[bool]:
    su = SCOPE_UNITS.alias("supporting")
    return exists().where(
        TaskSupportRow.task_id == task_id,
        su.c.unit_id == TaskSupportRow.unit_id,
        su.c.scope_id == scope_id,
    )


def _visible(
    columns: list[ColumnElement[Any]], where: list[ColumnElement[bool]]
) -> CompoundSelect[Any]:
    """(scope_id, *columns) for every task a scope of the batch sees, and `where` passes,
    other than those it leads: led outside but supported inside, or only directed by its
    official. (The tasks a scope leads are counted once per unit: see `_led`.)"""
    t, su, so = TaskRow, SCOPE_UNITS, SCOPE_OFFICIALS
    pairs = (
        select(su.c.scope_id, TaskSupportRow.task_id)
        .select_from(su.join(TaskSupportRow, TaskSupportRow.unit_id == su.c.unit_id))
        # The supporting row's copy of the lead (kept by triggers) drops, before any task is
        # read, the pairs whose task the scope leads itself; the task's own lead decides.
        .where(
            or_(
                TaskSupportRow.lead_unit_id.is_(None),
                ~_in_units(su.c.scope_id, TaskSupportRow.lead_unit_id),
            )
        )
        .distinct()
        .subquery("supported")
    )
    supported = (
        select(pairs.c.scope_id.label("scope_id"), *columns)
        .select_from(pairs.join(t, t.id == pairs.c.task_id))
        .where(~_in_units(pairs.c.scope_id, t.lead_unit_id), *where)
    )
    directed = (
        select(so.c.scope_id.label("scope_id"), *columns)
        .select_from(so.join(t, t.directing_official_id == so.c.official_id))
        .where(
            ~_in_units(so.c.units_scope_id, t.lead_unit_id),
            ~_supported_in(so.c.units_scope_id, t.id),
            *where,
        )
    )
    return union_all(supported, directed)


def _led(
    columns: list[ColumnElement[Any]], where: list[ColumnElement[bool]], every: bool
) -> Select[Any]:
    """(lead unit as scope_id, *columns) for the tasks led by a unit of some scope of the
    batch (`every`: by any unit): each unit's tasks read once, however many scopes hold it."""
    t = TaskRow
    found = select(t.lead_unit_id.label("scope_id"), *columns).where(*where)
    if every:
        return found
    return found.where(t.lead_unit_id.in_(select(SCOPE_UNITS.c.unit_id)))


Counts = dict[int, dict[tuple[int, str, int], int]]
Firsts = dict[tuple[int, str], list[tuple[date | None, int]]]


def _listing_order(candidate: tuple[date | None, int]) -> tuple[bool, date, int]:
    deadline, task_id = candidate
    return deadline is None, deadline or date.min, task_id


@dataclass(slots=True)
class _Part:
    """An official's digest as it is added up: per-unit counts by state, list totals, and
    each list's first tasks (deadline, id), kept to the `listed` first."""

    by_unit: dict[int, dict[str, int]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_LISTS, 0))
    firsts: dict[str, list[tuple[date | None, int]]] = field(
        default_factory=lambda: {name: [] for name in _LISTS}
    )

    @classmethod
    def of(cls, counts: Counts, firsts: Firsts, keys: Iterable[int], listed: int) -> _Part:
        return cls().plus(counts, firsts, keys, listed)

    def plus(self, counts: Counts, firsts: Firsts, keys: Iterable[int], listed: int) -> _Part:
        """A copy with the counts and first tasks of these scopes (or lead units) added."""
        by_unit = {unit: dict(states) for unit, states in self.by_unit.items()}
        totals = dict(self.totals)
        candidates = {name: list(found) for name, found in self.firsts.items()}
        for key in keys:
            for (unit_id, state, week), count in counts.get(key, {}).items():
                unit = by_unit.setdefault(unit_id, {})
                unit[state] = unit.get(state, 0) + count
                if state == _OVERDUE:
                    totals["overdue"] += count
                elif state == _REPORTED:
                    totals["reported"] += count
                if week:
                    totals["due"] += count
            for name in _LISTS:
                candidates[name] += firsts.get((key, name), [])
        kept = {
            name: sorted(found, key=_listing_order)[:listed] for name, found in candidates.items()
        }
        return _Part(by_unit, totals, kept)

    def result(self) -> tuple[list[UnitStats], list[tuple[int, list[int]]]]:
        per_unit = [UnitStats(UnitId(u), **self.by_unit[u]) for u in sorted(self.by_unit)]
        return per_unit, [(self.totals[n], [i for _, i in self.firsts[n]]) for n in _LISTS]


def _page(first: tuple[int, list[int]], tasks: dict[int, Task]) -> TaskPage:
    total, ids = first
    return TaskPage(items=tuple(tasks[i] for i in ids if i in tasks), total=total)


class SqlReminderBatchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def digests(
        self,
        scopes: Mapping[OfficialId, TaskScope],
        today: date,
        soon_until: date,
        due_to: date,
        listed: int,
        created_before: datetime | None = None,
    ) -> dict[OfficialId, ScopeDigest]:
        if not scopes:
            return {}
        numbered = _number(scopes)
        await self._fill(numbered)
        t = TaskRow
        where: list[ColumnElement[bool]] = [
            t.status.in_([s.value for s in task_filters.STATS_STATUSES])
        ]
        if created_before is not None:
            where.append(t.created_at <= created_before)
        in_week = and_(t.status == _OPEN, t.deadline >= today, t.deadline <= due_to)
        state = task_filters.derived_state(today, soon_until, t)
        every = bool(numbered.every_unit)
        columns: list[ColumnElement[Any]] = [
            t.lead_unit_id.label("unit_id"),
            state.label("state"),
            case((in_week, 1), else_=0).label("in_week"),
        ]
        by_unit = await self._counts(_led(columns, where, every))
        by_scope = await self._counts(_visible(columns, where))
        firsts_by_unit: Firsts = {}
        firsts_by_scope: Firsts = {}
        if listed > 0:
            firsts_by_unit = await self._firsts(today, in_week, where, listed, _led)
            firsts_by_scope = await self._firsts(
                today, in_week, where, listed, lambda c, w, _: _visible(c, w)
            )
        drafts = {}
        led: dict[int, _Part] = {}  # per units scope: every leader of a province shares one
        for official_id in scopes:
            units_scope = numbered.units_of[official_id]
            base = led.get(units_scope)
            if base is None:
                units = numbered.units[units_scope]
                base = led[units_scope] = _Part.of(
                    by_unit, firsts_by_unit, by_unit.keys() if units is None else units, listed
                )
            keys = [units_scope, numbered.directed_of.get(official_id, 0)]
            drafts[official_id] = base.plus(by_scope, firsts_by_scope, keys, listed).result()
        tasks = await self._tasks({i for d in drafts.values() for _, ids in d[1] for i in ids})
        return {
            official_id: ScopeDigest(
                per_unit=per_unit,
                overdue=_page(pages[0], tasks),
                due=_page(pages[1], tasks),
                reported=_page(pages[2], tasks),
            )
            for official_id, (per_unit, pages) in drafts.items()
        }

    async def _fill(self, numbered: _Scopes) -> None:
        session = self._session
        for ddl in _DDL:
            await session.execute(text(ddl))
        await session.execute(delete(SCOPE_UNITS))
        await session.execute(delete(SCOPE_OFFICIALS))
        if numbered.unit_rows:
            await session.execute(insert(SCOPE_UNITS), numbered.unit_rows)
        for scope_id in numbered.every_unit:
            await session.execute(
                insert(SCOPE_UNITS).from_select(
                    ["scope_id", "unit_id"], select(literal(scope_id), UnitRow.id)
                )
            )
        if numbered.official_rows:
            await session.execute(insert(SCOPE_OFFICIALS), numbered.official_rows)
        if session.get_bind().dialect.name == "postgresql":
            # Autovacuum never analyses temporary tables: without this the planner guesses.
            await session.execute(text("ANALYZE reminder_scope_units, reminder_scope_officials"))

    async def _counts(self, visible: Select[Any] | CompoundSelect[Any]) -> Counts:
        """Per scope (or lead unit): {(lead unit, state, due this week): tasks}."""
        v = visible.subquery("counted")
        rows = await self._session.execute(
            select(v.c.scope_id, v.c.unit_id, v.c.state, v.c.in_week, func.count()).group_by(
                v.c.scope_id, v.c.unit_id, v.c.state, v.c.in_week
            )
        )
        counts: dict[int, dict[tuple[int, str, int], int]] = {}
        for scope_id, unit_id, state, week, count in rows:
            counts.setdefault(scope_id, {})[(unit_id, state, week)] = count
        return counts

    async def _firsts(
        self,
        today: date,
        in_week: ColumnElement[bool],
        where: list[ColumnElement[bool]],
        listed: int,
        visible: Callable[
            [list[ColumnElement[Any]], list[ColumnElement[bool]], bool],
            Select[Any] | CompoundSelect[Any],
        ],
    ) -> Firsts:
        """Per (scope, list): the first `listed` (deadline, task id) in listing order. Only
        the tasks of some list are numbered (the open ones due later are most tasks)."""
        t = TaskRow
        late = and_(t.status == _OPEN, task_filters.overdue_on(today, t))
        waiting = t.status == _REPORTED
        v = visible(
            [
                t.id.label("task_id"),
                t.deadline.label("deadline"),
                case((late, 1), else_=0).label("late"),
                case((in_week, 1), else_=0).label("in_week"),
                case((waiting, 1), else_=0).label("waiting"),
            ],
            [*where, or_(late, in_week, waiting)],
            False,
        ).cte("listable")
        branches = []
        for number, condition in (
            (0, v.c.late == 1),
            (1, v.c.in_week == 1),
            (2, v.c.waiting == 1),
        ):
            rank = (
                func.row_number()
                .over(
                    partition_by=v.c.scope_id,
                    order_by=(v.c.deadline.asc().nulls_last(), v.c.task_id),
                )
                .label("rank")
            )
            branches.append(
                select(
                    v.c.scope_id,
                    literal(number).label("list"),
                    v.c.deadline,
                    v.c.task_id,
                    rank,
                ).where(condition)
            )
        ranked = union_all(*branches).subquery("ranked")
        rows = await self._session.execute(
            select(ranked.c.scope_id, ranked.c.list, ranked.c.deadline, ranked.c.task_id).where(
                ranked.c.rank <= listed
            )
        )
        firsts: dict[tuple[int, str], list[tuple[date | None, int]]] = {}
        for scope_id, number, deadline, task_id in rows:
            firsts.setdefault((scope_id, _LISTS[number]), []).append((deadline, task_id))
        return firsts

    async def _tasks(self, ids: set[int]) -> dict[int, Task]:
        """The listed tasks, a few thousand ids per statement (under every bind limit)."""
        found: dict[int, Task] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), _IDS_PER_SELECT):
            chunk = ordered[start : start + _IDS_PER_SELECT]
            rows = await self._session.scalars(
                select(TaskRow).where(TaskRow.id.in_(chunk)).options(*_WITH_LINKS)
            )
            found |= {row.id: to_task(row) for row in rows}
        return found

    async def add_once(self, messages: Sequence[OutboxMessage]) -> int:
        if not messages:
            return 0
        make = _INSERTS[self._session.get_bind().dialect.name]
        created = utcnow()
        written = 0
        for start in range(0, len(messages), _ROWS_PER_INSERT):
            rows = [
                {
                    "rule": m.rule,
                    "recipient_id": m.recipient_id,
                    "period": m.period,
                    "text": m.text,
                    "channel": m.channel,
                    "due_at": m.due_at,
                    "status": m.status,
                    "attempts": m.attempts,
                    "last_error": m.last_error,
                    "created_at": created,
                }
                for m in messages[start : start + _ROWS_PER_INSERT]
            ]
            # DO NOTHING, never a caught IntegrityError: that would abort the PostgreSQL
            # transaction the whole firing runs in.
            stmt = (
                make(OutboxRow)
                .values(rows)
                .on_conflict_do_nothing(index_elements=["rule", "recipient_id", "period"])
                .returning(OutboxRow.id)
            )
            written += len((await self._session.execute(stmt)).all())
        return written
