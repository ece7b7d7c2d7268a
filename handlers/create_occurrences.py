"""Recurring obligations ("định kỳ hằng quý") get one dated occurrence task per period."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from handlers.domain import DeadlineKind, EventKind, NewTask, Recurrence, Task, TaskEvent
from handlers.ports import TaskQuery, TaskScope, UnitOfWork, UnitOfWorkFactory
from handlers.render import fmt_date
from notices.text import fold

# "trước ngày 31 tháng 3 hằng năm", "trước ngày 15/12 hằng năm": a fixed day of each year.
_DAY_OF_YEAR = re.compile(r"(\d{1,2})\s*(?:/|thang)\s*(\d{1,2})(?!\s*/\s*\d)")
_PAGE = 200


@dataclass(frozen=True, slots=True)
class Occurrence:
    due: date
    label: str


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def next_occurrence(task: Task, today: date) -> Occurrence | None:
    """The first due date on or after `today`: the end of the current period, or for a yearly
    obligation with a named day, that day this year (or next year once it has passed)."""
    year, month = today.year, today.month
    if task.recurrence is Recurrence.MONTHLY:
        return Occurrence(_month_end(year, month), f"tháng {month}/{year}")
    if task.recurrence is Recurrence.QUARTERLY:
        quarter = (month - 1) // 3 + 1
        return Occurrence(_month_end(year, quarter * 3), f"quý {quarter}/{year}")
    if task.recurrence is Recurrence.HALF_YEARLY:
        first_half = month <= 6
        due = _month_end(year, 6 if first_half else 12)
        return Occurrence(due, f"6 tháng {'đầu' if first_half else 'cuối'} năm {year}")
    if task.recurrence is Recurrence.YEARLY:
        named = _DAY_OF_YEAR.search(fold(task.deadline_phrase or ""))
        if named is None:
            return Occurrence(date(year, 12, 31), f"năm {year}")
        day, mon = int(named[1]), int(named[2])
        try:
            due = date(year, mon, day)
            if due < today:
                due = date(year + 1, mon, day)
        except ValueError:
            return None
        return Occurrence(due, f"năm {due.year}")
    return None


async def _ensure(uow: UnitOfWork, template: Task, today: date, now: datetime) -> bool:
    occurrence = next_occurrence(template, today)
    if occurrence is None:
        return False
    existing = await uow.tasks.children(template.id)
    if any(child.deadline == occurrence.due for child in existing):
        return False
    before = "truoc" in fold(template.deadline_phrase or "")
    task = await uow.tasks.add(
        NewTask(
            item_ref=template.item_ref,
            text=template.text,
            lead_unit_id=template.lead_unit_id,
            deadline=occurrence.due,
            deadline_kind=DeadlineKind.BEFORE_DATE if before else DeadlineKind.ON_DATE,
            notice_id=template.notice_id,
            deadline_phrase=f"{template.deadline_phrase or 'định kỳ'} — kỳ {occurrence.label}, "
            f"hạn {fmt_date(occurrence.due)}",
            criteria=template.criteria,
            support_unit_ids=template.support_unit_ids,
            directing_official_id=template.directing_official_id,
            directing_name=template.directing_name,
            parent_id=template.id,
            created_at=now,
        )
    )
    await uow.events.add(
        TaskEvent(task.id, EventKind.CREATED, now, None, "scheduler", f"kỳ {occurrence.label}")
    )
    return True


async def create_occurrences(today: date, *, uow_factory: UnitOfWorkFactory, now: datetime) -> int:
    """Safe to repeat: an occurrence is created once per template and due date."""
    created = 0
    async with uow_factory() as uow:
        query = TaskQuery(scope=TaskScope(None), recurring_templates=True, limit=_PAGE)
        while True:
            page = await uow.tasks.find(query)
            for template in page.items:
                created += await _ensure(uow, template, today, now)
            if query.offset + len(page.items) >= page.total or not page.items:
                break
            query = replace(query, offset=query.offset + _PAGE)
        await uow.commit()
    return created
