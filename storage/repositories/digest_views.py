"""The statement that sums a batch's digests per view (storage/repositories/reminder_batches.py).

A view is what one official sees through: a units scope, and maybe a directed scope
(`reminder_views`). Its per-unit counts are the counts of the tasks led by each of its units
(one row per lead unit, shared by every view holding the unit) and those of the tasks its
scopes see only through a supporting unit or as directed (one row per scope and lead unit);
they are added up per (view, unit) in the database, then summed and ranked per view, so only
a few rows per official come back (storage/repositories/digest_parts.py reads them), never the
~250 units a chair's digest counts. The first tasks of each list are ranked the same way from
each lead unit's and each scope's first ones.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    case,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)

from storage.repositories.digest_parts import COLUMNS, FIRST, STATES, TOTALS, WORST
from storage.repositories.digest_sql import SCOPE_UNITS, VIEWS


def _int(value: ColumnElement[Any]) -> ColumnElement[int]:
    # PostgreSQL's SUM of integers is a bigint, and of bigints a numeric.
    return cast(value, Integer)


def _counted_by_view(led: Any, seen: Any) -> CompoundSelect[Any]:
    """(view_id, unit_id, *STATES, in_week) to add up per view and unit: each lead unit's row of
    counts, and a row per task a view's scopes see (1 in its state's column), so the seen
    tasks are grouped once, straight into their views' units."""
    v, su = VIEWS, SCOPE_UNITS
    states = [case((seen.c.state == state, 1), else_=0).label(state) for state in STATES]
    return union_all(
        select(v.c.view_id, led.c.unit_id, *[led.c[c] for c in (*STATES, "in_week")]).select_from(
            v.join(su, su.c.scope_id == v.c.scope_id).join(led, led.c.scope_id == su.c.unit_id)
        ),
        select(v.c.view_id, seen.c.unit_id, *states, seen.c.in_week).select_from(
            v.join(seen, seen.c.scope_id == v.c.scope_id)
        ),
    )


def _placed(candidates: Any, key: Any, listed: int) -> Select[Any]:
    """(key, list, deadline, task_id, place) of the first `listed` candidates of each key and
    list, in listing order (soonest deadline first, none last, then id)."""
    c = candidates.c
    place = func.row_number().over(
        partition_by=(c[key], c.list), order_by=(c.deadline.asc().nulls_last(), c.task_id)
    )
    placed = select(c[key], c.list, c.deadline, c.task_id, place.label("place")).subquery()
    return select(placed).where(placed.c.place <= listed)


def _firsts(led_firsts: Any, seen_firsts: Any, listed: int) -> Select[Any]:
    """FIRST rows: each lead unit's first tasks ranked per units scope (every leader of a
    province shares them), then with each scope's seen ones per view."""
    su, v = SCOPE_UNITS, VIEWS
    led = select(su.c.scope_id, led_firsts.c.list, led_firsts.c.deadline, led_firsts.c.task_id)
    led = led.select_from(su.join(led_firsts, led_firsts.c.scope_id == su.c.unit_id))
    per_scope = _placed(led.subquery("led_candidates"), "scope_id", listed).subquery("led_scope")
    columns = ("list", "deadline", "task_id")
    candidates = union_all(
        *[
            select(v.c.view_id, *[found.c[c] for c in columns]).select_from(
                v.join(found, found.c.scope_id == v.c.scope_id)
            )
            for found in (per_scope, seen_firsts)
        ]
    ).subquery("candidates")
    f = _placed(candidates, "view_id", listed).subquery("placed").c
    return _padded(FIRST, f.view_id, f.task_id, [f.list, f.place])


def _padded(kind: int, view_id: Any, key: Any, values: list[Any]) -> Select[Any]:
    nothing = [cast(null(), Integer)] * (COLUMNS - len(values))
    return select(literal(kind), view_id, key, *values, *nothing)


def view_digests(
    led_counts: CTE,
    seen: CTE,
    led_firsts: CTE | None,
    seen_firsts: CTE | None,
    listed: int,
    ranked: int,
) -> CompoundSelect[Any]:
    """The rows of digest_parts: per view its totals, its `ranked` worst units, and the first
    `listed` tasks of each list. `led_counts`: (scope_id = unit_id, unit_id, *STATES,
    in_week) per lead unit; `seen`: (scope_id, unit_id, state, in_week) per task a scope sees
    other than those it leads; `*_firsts`: (scope_id, list, deadline, task_id), `led_*`
    keyed by lead unit."""
    counted = _counted_by_view(led_counts, seen).subquery("by_view")
    per_unit = (
        select(
            counted.c.view_id,
            counted.c.unit_id,
            *[_int(func.sum(counted.c[c])).label(c) for c in (*STATES, "in_week")],
        )
        .group_by(counted.c.view_id, counted.c.unit_id)
        .cte("per_unit")
    )
    p = per_unit.c
    come_due = p.overdue + p.done_on_time + p.done_late
    totals = _padded(
        TOTALS,
        p.view_id,
        cast(null(), Integer),
        [
            *[_int(func.sum(p[c])) for c in (*STATES, "in_week")],
            _int(func.count()),
            _int(func.sum(case((come_due > 0, 1), else_=0))),
        ],
    ).group_by(p.view_id)
    parts: list[Select[Any]] = [totals]
    if ranked > 0:
        rank = func.row_number().over(
            partition_by=p.view_id, order_by=(p.overdue.desc(), come_due.desc(), p.unit_id)
        )
        rated = select(per_unit, rank.label("rank")).where(come_due > 0).subquery("rated")
        r = rated.c
        parts.append(
            _padded(WORST, r.view_id, r.unit_id, [*[r[c] for c in STATES], r.rank]).where(
                r.rank <= ranked
            )
        )
    if listed > 0 and led_firsts is not None and seen_firsts is not None:
        parts.append(_firsts(led_firsts, seen_firsts, listed))
    return union_all(*parts)
