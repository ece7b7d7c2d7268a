"""WHERE clauses, the scope's branches and the derived-state CASE behind listings and statistics.

A scope is answered as disjoint branches, each an index search of its own: the tasks led by a
unit in scope; those led elsewhere but supported by a unit in scope; those only directed by the
scope's official. Units in scope come from their paths (one index range per subtree root), not
from a list of thousands of ids, and no branch tests a row against a long array.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import DeadlineKind, DueState, EventKind, TaskStatus, UnitId
from handlers.ports import TaskCursor, TaskQuery, TaskScope
from storage.dialect import contains_phrase, dotted_prefix, id_in, ids_in, path_under
from storage.models import TaskCriterionRow, TaskEventRow, TaskRow, TaskSupportRow, UnitRow

STATS_STATUSES = (TaskStatus.OPEN, TaskStatus.REPORTED, TaskStatus.DONE)

Tasks = type[TaskRow]
Units = Select[int] | list[int]


@dataclass(frozen=True, slots=True)
class ScopeSql:
    """A TaskScope as SQL: the units in scope (a query by path, or ids; None: every task) and
    the official whose directed tasks are visible too."""

    units: Units | None
    directing_official_id: int | None = None
    # The subtree roots' paths when `units` is every unit under them (a query by path).
    root_paths: tuple[str, ...] = ()


async def custom_plans(session: AsyncSession) -> None:
    """Plan this transaction's statements for their own parameters (PostgreSQL). asyncpg
    prepares every statement, and after five runs PostgreSQL may keep a generic plan, blind to
    which scope, dates or phrase it is given: a leader's «các xã» then took 150–230 ms instead
    of 30, the overdue list and search about twice their time."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(select(func.set_config(*_CUSTOM_PLANS, True)))


_CUSTOM_PLANS = ("plan_cache_mode", "force_custom_plan")


async def resolve(
    session: AsyncSession, scope: TaskScope, *, plan_custom: bool = False
) -> ScopeSql:
    """The scope as SQL; `plan_custom`: also what `custom_plans` does, in the same round trip
    as the roots' paths when the scope has roots (one statement fewer per answer)."""
    postgres = plan_custom and session.get_bind().dialect.name == "postgresql"
    roots = sorted(scope.subtree_roots) if scope.unit_ids is not None else []
    if roots:
        found = select(UnitRow.path).where(UnitRow.id.in_(roots))
        if postgres:  # set_config(…, true) is SET LOCAL; evaluated once per root found
            found = found.add_columns(func.set_config(*_CUSTOM_PLANS, True))
        rows = (await session.execute(found)).all()
        paths = sorted(row[0] for row in rows if row[0])
        postgres = postgres and not rows
        if len(paths) == len(roots):
            under = [path_under(session, UnitRow.path, p) for p in paths]
            directing = scope.directing_official_id
            return ScopeSql(select(UnitRow.id).where(or_(*under)), directing, tuple(paths))
    if postgres:
        await custom_plans(session)
    if scope.unit_ids is None:
        return ScopeSql(None)
    return ScopeSql(sorted(scope.unit_ids), scope.directing_official_id)


def _unit_in(session: AsyncSession, column: Any, units: Units) -> ColumnElement[bool]:
    if isinstance(units, list):
        return column.in_(units)  # type: ignore[no-any-return]
    return id_in(session, column, units)


def visible(
    session: AsyncSession,
    scope: ScopeSql,
    columns: Callable[[Tasks], Sequence[Any]],
    where: Callable[[Tasks], list[ColumnElement[bool]]],
    lead_unit_ids: frozenset[UnitId] | None = None,
) -> list[Select[Any]]:
    """One SELECT of `columns` per branch of the scope, over the tasks passing `where`; no task
    is in two branches, so their UNION ALL lists each visible task once. `lead_unit_ids`
    (which `where` must also require) narrows the units the first branch reads: «các xã» of a
    province reads its communes' tasks, not every task of the province."""
    t = TaskRow
    units = scope.units
    if units is None:
        return [select(*columns(t)).where(*where(t))]
    supported = select(TaskSupportRow.task_id).where(
        _unit_in(session, TaskSupportRow.unit_id, units)
    )
    branches = [
        select(*columns(t)).where(
            led_in(session, t.lead_unit_id, scope, lead_unit_ids), *where(t)
        ),
        # Driven by the supporting rows whose task may be led outside the scope; the task's
        # own lead stays the word on it.
        select(*columns(t)).where(
            id_in(session, t.id, _supported_from_outside(session, scope, supported)),
            t.lead_unit_id.not_in(units),
            *where(t),
        ),
    ]
    if scope.directing_official_id is not None:
        branches.append(
            select(*columns(t)).where(
                t.directing_official_id == scope.directing_official_id,
                t.lead_unit_id.not_in(units),
                ~_supported_in(session, scope, t),
                *where(t),
            )
        )
    return branches


def _supported_in(session: AsyncSession, scope: ScopeSql, t: Tasks) -> ColumnElement[bool]:
    """Task `t` has a supporting unit in scope: a look at its own few supporting rows (by
    their path under a root, kept by triggers, or their unit), not a hash of every
    supporting row of the scope (a province's ~25,000, 6–7 ms, built as soon as one task
    the leader directs is led outside it)."""
    s = TaskSupportRow
    if scope.root_paths:
        inside = or_(
            *(and_(s.unit_path >= p, s.unit_path < p[:-1] + "0") for p in scope.root_paths)
        )
    else:
        assert scope.units is not None
        inside = _unit_in(session, s.unit_id, scope.units)
    return exists().where(s.task_id == t.id, inside)


def _supported_from_outside(
    session: AsyncSession, scope: ScopeSql, supported: Select[int]
) -> Select[int]:
    """The tasks supported by a unit in scope whose lead may stand outside it. By path, from
    the rows' own depth shared with the lead (kept by triggers, migration 0011): under a root
    at depth d a row's lead is inside exactly when they share d units, so only the rows that
    share fewer are read, one index range per root and depth (a province's ~25,000
    supporting rows led inside it are not read at all). By unit ids, from the rows' copy of
    the lead (migration 0008)."""
    units = scope.units
    assert units is not None
    if not scope.root_paths:
        return supported.where(
            or_(
                TaskSupportRow.lead_unit_id.is_(None),
                TaskSupportRow.lead_unit_id.not_in(units),
            )
        )
    s = TaskSupportRow
    return select(s.task_id).where(
        or_(
            *(
                and_(
                    s.shared_depth.in_(range(path_depth(path))),
                    # unit_path compares as bytes (collation "C" on PostgreSQL); '0' follows
                    # '/', so the range is exactly the subtree.
                    s.unit_path >= path,
                    s.unit_path < path[:-1] + "0",
                )
                for path in scope.root_paths
            )
        )
    )


def path_depth(path: str) -> int:
    """How many units a path names: '/1/17/' is at depth 2."""
    return path.count("/") - 1


def led_in(
    session: AsyncSession,
    column: Any,
    scope: ScopeSql,
    lead_unit_ids: frozenset[UnitId] | None = None,
) -> ColumnElement[bool]:
    """`column` (a lead unit) is a unit of the scope, and of `lead_unit_ids` when given, tested
    against the smaller of the two: the scope's units narrowed to the wanted ones."""
    units = scope.units
    if units is None:
        if lead_unit_ids is None:
            return true()
        return ids_in(session, column, lead_unit_ids)
    leads = units
    if lead_unit_ids is not None:
        wanted = sorted(lead_unit_ids)
        leads = (
            sorted(set(units) & set(wanted))
            if isinstance(units, list)
            else units.where(ids_in(session, UnitRow.id, wanted))
        )
    return _unit_in(session, column, leads)


def overdue_on(day: date, t: Tasks = TaskRow) -> ColumnElement[bool]:
    """Late on `day`: the deadline has passed, or it is today and the phrase said "trước ngày"."""
    return and_(
        t.deadline <= day,
        or_(t.deadline < day, t.deadline_kind == DeadlineKind.BEFORE_DATE.value),
    )


def after(cursor: TaskCursor, deadline: Any, task_id: Any) -> ColumnElement[bool]:
    """Rows after `cursor` in the listing order: deadline ascending with none last, then id."""
    if cursor.deadline is None:
        return and_(deadline.is_(None), task_id > cursor.task_id)
    return or_(
        deadline > cursor.deadline,
        and_(deadline == cursor.deadline, task_id > cursor.task_id),
        deadline.is_(None),
    )


def matching(
    session: AsyncSession, query: TaskQuery, t: Tasks, *, everything: bool = False
) -> list[ColumnElement[bool]]:
    """Every condition of `query` but its scope, on the tasks `t`; `everything`: the scope is
    every task, so a text search starts from the full-text index rather than from a unit's."""
    where: list[ColumnElement[bool]] = [t.status.in_(sorted(s.value for s in query.statuses))]
    if query.due_from is not None:
        where.append(t.deadline >= query.due_from)
    if query.due_to is not None:
        where.append(t.deadline <= query.due_to)
    if query.overdue_on is not None:
        where.append(overdue_on(query.overdue_on, t))
    if query.lead_unit_ids is not None:
        where.append(ids_in(session, t.lead_unit_id, query.lead_unit_ids))
    if query.directing_official_id is not None:
        where.append(t.directing_official_id == query.directing_official_id)
    if query.criterion:
        codes = select(TaskCriterionRow.task_id).where(
            dotted_prefix(session, TaskCriterionRow.code, query.criterion)
        )
        where.append(t.id.in_(codes))
    if query.created_before is not None:
        where.append(t.created_at <= query.created_before)
    if query.recurring:
        where.append(t.recurrence.is_not(None))
    if query.deadline_kinds is not None:
        where.append(t.deadline_kind.in_(sorted(k.value for k in query.deadline_kinds)))
    if query.returned:
        rejected = select(TaskEventRow.task_id).where(
            TaskEventRow.kind == EventKind.REJECTED.value
        )
        where.append(id_in(session, t.id, rejected))
    if query.awaiting_decision:
        where.append(
            or_(
                t.status == TaskStatus.REPORTED.value,
                t.requested_deadline.is_not(None),
            )
        )
    if query.recurring_templates:
        # Every unit's copy of a recurring item given to a group is a template of its own
        # (its parent is the group's first copy); dated occurrences have a deadline.
        where += [t.recurrence.is_not(None), t.deadline.is_(None)]
    # A search key (folded words, space-padded): phrases, not syllables, so "so hoa" does not
    # match "hồ sơ … văn hóa".
    phrase = query.text
    if phrase and everything:
        where += contains_phrase(session, t.id, t.text_folded, phrase)
    elif phrase:
        where.append(holds(session, t.text_folded, phrase))
    return where


# Folded texts up to this many bytes are searched inside PostgreSQL's covering index
# `ix_tasks_search` (migration 0010; a B-tree entry must stay under 2,704 bytes), longer ones
# through `ix_tasks_search_long` and their rows.
SEARCH_INDEXED_BYTES = 2000


def holds(session: AsyncSession, column: Any, phrase: str) -> ColumnElement[bool]:
    """`column` holds `phrase` (a plain substring test, as LIKE '%…%' but cheaper: a scope's
    search tests every task of the scope, and strpos/instr cost a third less than LIKE)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.strpos(column, phrase) > 0
    return func.instr(column, phrase) > 0


def split_by_text_length(session: AsyncSession, branch: Select[Any]) -> list[Select[Any]]:
    """A search branch over the tasks led in scope, as two disjoint ones on PostgreSQL: the
    tasks whose folded text fits the covering index (read from the index alone, no table
    page per task), and the few longer ones."""
    if session.get_bind().dialect.name != "postgresql":
        return [branch]
    size = func.octet_length(TaskRow.text_folded)
    return [
        branch.where(size <= SEARCH_INDEXED_BYTES),
        branch.where(size > SEARCH_INDEXED_BYTES),
    ]


def derived_state(today: date, soon_until: date, t: Tasks = TaskRow) -> ColumnElement[str]:
    """The state of an open/reported/done task on `today`, named as the UnitStats fields:
    the DueState values, plus 'reported' (awaiting confirmation) kept apart."""
    on_time = or_(
        t.deadline.is_(None),
        # A done task without a completion date gives no evidence of lateness.
        t.completed_on.is_(None),
        t.completed_on < t.deadline,
        and_(
            t.completed_on == t.deadline,
            t.deadline_kind != DeadlineKind.BEFORE_DATE.value,
        ),
    )
    return case(
        (t.status == TaskStatus.REPORTED.value, TaskStatus.REPORTED.value),
        (
            t.status == TaskStatus.DONE.value,
            case((on_time, DueState.DONE_ON_TIME.value), else_=DueState.DONE_LATE.value),
        ),
        (t.deadline.is_(None), DueState.NO_DEADLINE.value),
        (overdue_on(today, t), DueState.OVERDUE.value),
        (t.deadline <= soon_until, DueState.DUE_SOON.value),
        else_=DueState.ON_TRACK.value,
    )
