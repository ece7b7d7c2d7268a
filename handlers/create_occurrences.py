"""Recurring obligations ("định kỳ hằng quý") get one dated occurrence task per period.

The templates are read a batch at a time (only what the due date needs), each one's next due
date is worked out here, and storage copies the batch's templates in a few statements
(`OccurrenceRepository.add`), skipping those that already have that occurrence."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from handlers.domain import DeadlineKind, Recurrence, TaskId
from handlers.ports import NewOccurrence, RecurringTemplate, UnitOfWorkFactory
from handlers.render import fmt_date
from handlers.retry import retry_conflicts
from notices.text import fold

# "trước ngày 31 tháng 3 hằng năm", "trước ngày 15/12 hằng năm": a fixed day of each year.
_DAY_OF_YEAR = re.compile(r"(\d{1,2})\s*(?:/|thang)\s*(\d{1,2})(?!\s*/\s*\d)")
BATCH = 5_000  # templates read and copied together


class Recurring(Protocol):
    """What a due date is worked out from (a Task, or a RecurringTemplate as read here)."""

    @property
    def recurrence(self) -> Recurrence | None: ...

    @property
    def deadline_phrase(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Occurrence:
    due: date
    label: str


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def next_occurrence(task: Recurring, today: date) -> Occurrence | None:
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


def occurrence_of(template_id: TaskId, template: Recurring, today: date) -> NewOccurrence | None:
    """The occurrence a template owes on `today` (a task "trước …" is due before its date)."""
    occurrence = next_occurrence(template, today)
    if occurrence is None:
        return None
    phrase = template.deadline_phrase
    before = "truoc" in fold(phrase or "")
    return NewOccurrence(
        template_id=template_id,
        deadline=occurrence.due,
        deadline_kind=DeadlineKind.BEFORE_DATE if before else DeadlineKind.ON_DATE,
        deadline_phrase=f"{phrase or 'định kỳ'} — kỳ {occurrence.label}, "
        f"hạn {fmt_date(occurrence.due)}",
        note=f"kỳ {occurrence.label}",
    )


async def create_occurrences(today: date, *, uow_factory: UnitOfWorkFactory, now: datetime) -> int:
    """Safe to repeat: an occurrence is created once per template and due date.

    Each batch is a transaction of its own: the per-unit counts (`task_counts`) a batch writes
    stay locked only until that batch commits, so a chat's write to a task of those units waits
    for one batch, not the whole run, and a run cut short keeps the batches it finished. A batch
    the database aborted to break a deadlock runs again (it skips what exists)."""
    created = 0
    after: TaskId | None = None
    while True:
        made, templates = await retry_conflicts(
            functools.partial(_copy_batch, after, today, uow_factory, now)
        )
        created += made
        if len(templates) < BATCH:
            break
        after = templates[-1].id
    return created


async def _copy_batch(
    after: TaskId | None, today: date, uow_factory: UnitOfWorkFactory, now: datetime
) -> tuple[int, list[RecurringTemplate]]:
    """The occurrences the next BATCH templates after `after` owe; (made, templates read)."""
    async with uow_factory() as uow:
        templates = await uow.occurrences.templates(after, BATCH)
        wanted = [o for t in templates if (o := occurrence_of(t.id, t, today)) is not None]
        made = await uow.occurrences.add(wanted, now)
        await uow.commit()
    return made, templates
