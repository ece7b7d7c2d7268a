"""The statements of a reminder batch (storage/repositories/reminder_batches.py): the
recipients' scopes as temporary tables, the tasks each scope leads or only sees, and their
counts and first tasks per list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    CompoundSelect,
    Integer,
    Label,
    MetaData,
    Select,
    Table,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)

from handlers.domain import OfficialId, TaskStatus, UnitId
from handlers.ports import TaskScope
from storage.models import TaskRow, TaskSupportRow
from storage.repositories import task_filters
from storage.repositories.digest_parts import STATES

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
VIEWS = Table(  # a view: the scopes one official sees through (units, and maybe directed)
    "reminder_views",
    _TEMP,
    Column("view_id", Integer, primary_key=True),
    Column("scope_id", Integer, primary_key=True),
    prefixes=["TEMPORARY"],
)
SCOPE_DDL = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS reminder_scope_units "
    "(scope_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, PRIMARY KEY (scope_id, unit_id))",
    "CREATE INDEX IF NOT EXISTS ix_reminder_scope_units_unit "
    "ON reminder_scope_units (unit_id, scope_id)",
    "CREATE TEMPORARY TABLE IF NOT EXISTS reminder_scope_officials "
    "(scope_id INTEGER PRIMARY KEY, official_id INTEGER NOT NULL, "
    "units_scope_id INTEGER NOT NULL)",
    "CREATE TEMPORARY TABLE IF NOT EXISTS reminder_views "
    "(view_id INTEGER NOT NULL, scope_id INTEGER NOT NULL, PRIMARY KEY (view_id, scope_id))",
)
_OPEN = TaskStatus.OPEN.value
_REPORTED = TaskStatus.REPORTED.value


@dataclass(slots=True)
class Scopes:
    """Scope ids for one batch: a units scope per distinct unit set, a directed scope per
    official who directs tasks outside it."""

    units_of: dict[OfficialId, int] = field(default_factory=dict)
    directed_of: dict[OfficialId, int] = field(default_factory=dict)
    unit_rows: list[dict[str, int]] = field(default_factory=list)
    every_unit: list[int] = field(default_factory=list)  # scopes holding every unit
    units: dict[int, frozenset[UnitId] | None] = field(default_factory=dict)
    official_rows: list[dict[str, int]] = field(default_factory=list)
    view_of: dict[OfficialId, int] = field(default_factory=dict)
    view_rows: list[dict[str, int]] = field(default_factory=list)


def number_scopes(scopes: Mapping[OfficialId, TaskScope]) -> Scopes:
    found = Scopes()
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
    # One view per distinct (units scope, directed scope): every leader of a province who
    # directs nothing outside it shares one.
    views: dict[tuple[int, int], int] = {}
    for official_id in scopes:
        seen_through = (found.units_of[official_id], found.directed_of.get(official_id, 0))
        view_id = views.get(seen_through)
        if view_id is None:
            view_id = views[seen_through] = len(views) + 1
            found.view_rows += [{"view_id": view_id, "scope_id": s} for s in seen_through if s]
        found.view_of[official_id] = view_id
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


def seen_tasks(
    columns: list[ColumnElement[Any]], where: list[ColumnElement[bool]]
) -> CompoundSelect[Any]:
    """(scope_id, *columns) for every task a scope of the batch sees, and `where` passes,
    other than those it leads: led outside but supported inside, or only directed by its
    official. (The tasks a scope leads are counted once per unit: see `led_tasks`.)"""
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


def led_tasks(
    columns: list[ColumnElement[Any]], where: list[ColumnElement[bool]], every: bool
) -> Select[Any]:
    """(lead unit as scope_id, *columns) for the tasks led by a unit of some scope of the
    batch (`every`: by any unit): each unit's tasks read once, however many scopes hold it."""
    t = TaskRow
    found = select(t.lead_unit_id.label("scope_id"), *columns).where(*where)
    if every:
        return found
    return found.where(t.lead_unit_id.in_(select(SCOPE_UNITS.c.unit_id)))


def list_conditions(today: date, in_week: ColumnElement[bool]) -> list[ColumnElement[bool]]:
    """Whether a task is in each list: overdue, due this week, awaiting confirmation."""
    t = TaskRow
    return [
        and_(t.status == _OPEN, task_filters.overdue_on(today, t)),
        in_week,
        t.status == _REPORTED,
    ]


def list_flags(lists: list[ColumnElement[bool]]) -> list[Label[int]]:
    """The lists as 1/0 columns named as `first_of_lists` reads them."""
    return [
        case((x, 1), else_=0).label(n)
        for x, n in zip(lists, ("late", "in_week", "waiting"), strict=True)
    ]


def pivot_counts(v: Any) -> Select[Any]:
    """(scope_id, unit_id, the tasks in each state of STATES, those due this week): one row
    per scope and lead unit holding a task, from `v`'s (scope_id, unit_id, state, in_week, n)
    rows (storage/repositories/digest_counts.py). The state is worked out once per row,
    grouped, then spread into columns (counting FILTERed rows of `v` directly would work it
    out again per column)."""
    n = func.sum(v.c.n)
    grouped = (
        select(v.c.scope_id, v.c.unit_id, v.c.state, v.c.in_week, n.label("n"))
        .group_by(v.c.scope_id, v.c.unit_id, v.c.state, v.c.in_week)
        # A unit whose counts add up to nothing (its tasks came after the instant) has none.
        .having(n != 0)
        .subquery("grouped")
    )

    def tasks(where: ColumnElement[bool]) -> ColumnElement[int]:
        return cast(func.coalesce(func.sum(grouped.c.n).filter(where), 0), Integer)

    return select(
        grouped.c.scope_id,
        grouped.c.unit_id,
        *[tasks(grouped.c.state == state).label(state) for state in STATES],
        tasks(grouped.c.in_week == 1).label("in_week"),
    ).group_by(grouped.c.scope_id, grouped.c.unit_id)


def first_of_lists(v: Any, listed: int) -> Select[Any]:
    """(scope_id, list, deadline, task_id) of the first `listed` tasks of each scope's lists,
    in listing order (soonest deadline first, none last, then id), from a CTE with the
    columns of `_list_flags`."""
    branches = []
    for number, condition in ((0, v.c.late == 1), (1, v.c.in_week == 1), (2, v.c.waiting == 1)):
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
                v.c.scope_id, literal(number).label("list"), v.c.deadline, v.c.task_id, rank
            ).where(condition)
        )
    ranked = union_all(*branches).subquery("numbered")
    return select(ranked.c.scope_id, ranked.c.list, ranked.c.deadline, ranked.c.task_id).where(
        ranked.c.rank <= listed
    )
