"""A page of tasks read in one statement: its rows with their supporting units and criteria,
mapped straight to domain tasks (no ORM objects, no second and third query for the links)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, Subquery, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import (
    DeadlineKind,
    NoticeId,
    OfficialId,
    Recurrence,
    Task,
    TaskId,
    TaskStatus,
    UnitId,
)
from storage.models import TaskCriterionRow, TaskRow, TaskSupportRow

_t = TaskRow
COLUMNS = (
    _t.id,
    _t.notice_id,
    _t.item_ref,
    _t.text,
    _t.lead_unit_id,
    _t.status,
    _t.deadline,
    _t.deadline_kind,
    _t.deadline_phrase,
    _t.recurrence,
    _t.directing_official_id,
    _t.directing_name,
    _t.parent_id,
    _t.completed_on,
    _t.requested_deadline,
    _t.created_at,
    _t.assignee_id,
)


def page_rows(session: AsyncSession, page: Subquery, *extra: Any) -> Select[Any]:
    """`extra` columns of `page` (a subquery of task ids named `id`, at most a page of them)
    and each task's columns and links, in the listing order (soonest deadline first, none
    last, then id)."""
    return (
        select(
            *extra,
            *COLUMNS,
            _listed(session, TaskSupportRow.unit_id, TaskSupportRow).label("support"),
            _listed(session, TaskCriterionRow.code, TaskCriterionRow).label("criteria"),
        )
        .join_from(page, _t, _t.id == page.c.id)
        .order_by(_t.deadline.asc().nulls_last(), _t.id)
    )


def _listed(
    session: AsyncSession, value: Any, link: type[TaskSupportRow] | type[TaskCriterionRow]
) -> ColumnElement[Any]:
    """A task's linked values in their `position` order, as one column: an array on
    PostgreSQL; on SQLite a JSON array of [position, value] pairs (its group_concat and
    json_group_array promise no order), put in order by `_values`."""
    mine = link.task_id == _t.id
    if session.get_bind().dialect.name == "postgresql":
        ordered = select(value).where(mine).order_by(link.position)
        return func.array(ordered.scalar_subquery())
    pairs = select(func.json_group_array(func.json_array(link.position, value))).where(mine)
    return pairs.scalar_subquery()


def _values(raw: Any) -> list[Any]:
    if isinstance(raw, list):
        return raw
    return [value for _, value in sorted(json.loads(raw or "[]"))]


def to_task(row: Row[Any]) -> Task:
    """A row of `page_rows` as a domain task."""
    m = row._mapping
    return task_of(m.__getitem__, _values(m["criteria"]), _values(m["support"]))


def task_of(field: Callable[[str], Any], criteria: Iterable[str], support: Iterable[int]) -> Task:
    """The one mapping of a task's stored columns (`field(name)`) and links to a domain task:
    for a plain row (`to_task` here) and an ORM row (`tasks.to_task`) alike."""

    def maybe(kind: Callable[[Any], Any], name: str) -> Any:
        value = field(name)
        return kind(value) if value is not None else None

    return Task(
        id=TaskId(field("id")),
        notice_id=maybe(NoticeId, "notice_id"),
        item_ref=field("item_ref"),
        text=field("text"),
        lead_unit_id=UnitId(field("lead_unit_id")),
        status=TaskStatus(field("status")),
        deadline=field("deadline"),
        deadline_kind=DeadlineKind(field("deadline_kind")),
        deadline_phrase=field("deadline_phrase"),
        recurrence=maybe(Recurrence, "recurrence"),
        criteria=tuple(criteria),
        support_unit_ids=tuple(UnitId(u) for u in support),
        directing_official_id=maybe(OfficialId, "directing_official_id"),
        directing_name=field("directing_name"),
        parent_id=maybe(TaskId, "parent_id"),
        completed_on=field("completed_on"),
        requested_deadline=field("requested_deadline"),
        created_at=field("created_at"),
        assignee_id=maybe(OfficialId, "assignee_id"),
    )
