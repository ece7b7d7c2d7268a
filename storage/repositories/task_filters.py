"""WHERE clauses and the derived-state CASE behind task listings and statistics."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, case, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.domain import DeadlineKind, DueState, EventKind, TaskStatus
from handlers.ports import TaskQuery, TaskScope
from storage.dialect import dotted_prefix, id_in
from storage.models import TaskCriterionRow, TaskEventRow, TaskRow, TaskSupportRow

STATS_STATUSES = (TaskStatus.OPEN, TaskStatus.REPORTED, TaskStatus.DONE)


def in_scope(session: AsyncSession, scope: TaskScope) -> list[ColumnElement[bool]]:
    """Lead or a supporting unit in scope, or directed by the scope's official."""
    if scope.unit_ids is None:
        return []
    units = sorted(scope.unit_ids)
    supported = select(TaskSupportRow.task_id).where(TaskSupportRow.unit_id.in_(units))
    # Every OR branch is an index lookup, so a narrow scope never scans all tasks.
    visible: list[ColumnElement[bool]] = [
        TaskRow.lead_unit_id.in_(units),
        id_in(session, TaskRow.id, supported),
    ]
    if scope.directing_official_id is not None:
        visible.append(TaskRow.directing_official_id == scope.directing_official_id)
    return [or_(*visible)]


def overdue_on(day: date) -> ColumnElement[bool]:
    """Late on `day`: the deadline has passed, or it is today and the phrase said "trước ngày"."""
    return and_(
        TaskRow.deadline <= day,
        or_(TaskRow.deadline < day, TaskRow.deadline_kind == DeadlineKind.BEFORE_DATE.value),
    )


def matching(session: AsyncSession, query: TaskQuery) -> list[ColumnElement[bool]]:
    where = in_scope(session, query.scope)
    where.append(TaskRow.status.in_(sorted(s.value for s in query.statuses)))
    if query.due_from is not None:
        where.append(TaskRow.deadline >= query.due_from)
    if query.due_to is not None:
        where.append(TaskRow.deadline <= query.due_to)
    if query.overdue_on is not None:
        where.append(overdue_on(query.overdue_on))
    if query.lead_unit_ids is not None:
        where.append(TaskRow.lead_unit_id.in_(sorted(query.lead_unit_ids)))
    if query.directing_official_id is not None:
        where.append(TaskRow.directing_official_id == query.directing_official_id)
    if query.criterion:
        codes = select(TaskCriterionRow.task_id).where(
            dotted_prefix(session, TaskCriterionRow.code, query.criterion)
        )
        where.append(TaskRow.id.in_(codes))
    if query.created_before is not None:
        where.append(TaskRow.created_at <= query.created_before)
    if query.recurring:
        where.append(TaskRow.recurrence.is_not(None))
    if query.deadline_kinds is not None:
        where.append(TaskRow.deadline_kind.in_(sorted(k.value for k in query.deadline_kinds)))
    if query.returned:
        rejected = select(TaskEventRow.task_id).where(
            TaskEventRow.kind == EventKind.REJECTED.value
        )
        where.append(id_in(session, TaskRow.id, rejected))
    if query.awaiting_decision:
        where.append(
            or_(
                TaskRow.status == TaskStatus.REPORTED.value,
                TaskRow.requested_deadline.is_not(None),
            )
        )
    if query.recurring_templates:
        # Every unit's copy of a recurring item given to a group is a template of its own
        # (its parent is the group's first copy); dated occurrences have a deadline.
        where += [TaskRow.recurrence.is_not(None), TaskRow.deadline.is_(None)]
    # A search key (folded words, space-padded): phrases, not syllables, so "so hoa" does not
    # match "hồ sơ … văn hóa".
    phrase = query.text
    if phrase:
        where.append(TaskRow.text_folded.contains(phrase, autoescape=True))
    return where


def derived_state(today: date, soon_until: date) -> ColumnElement[str]:
    """The state of an open/reported/done task on `today`, named as the UnitStats fields:
    the DueState values, plus 'reported' (awaiting confirmation) kept apart."""
    on_time = or_(
        TaskRow.deadline.is_(None),
        # A done task without a completion date gives no evidence of lateness.
        TaskRow.completed_on.is_(None),
        TaskRow.completed_on < TaskRow.deadline,
        and_(
            TaskRow.completed_on == TaskRow.deadline,
            TaskRow.deadline_kind != DeadlineKind.BEFORE_DATE.value,
        ),
    )
    return case(
        (TaskRow.status == TaskStatus.REPORTED.value, TaskStatus.REPORTED.value),
        (
            TaskRow.status == TaskStatus.DONE.value,
            case((on_time, DueState.DONE_ON_TIME.value), else_=DueState.DONE_LATE.value),
        ),
        (TaskRow.deadline.is_(None), DueState.NO_DEADLINE.value),
        (overdue_on(today), DueState.OVERDUE.value),
        (TaskRow.deadline <= soon_until, DueState.DUE_SOON.value),
        else_=DueState.ON_TRACK.value,
    )
