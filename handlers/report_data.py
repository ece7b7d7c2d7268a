"""What a period report holds (tasks in scope, their states, totals per unit), read through the
ports; the Word and Excel files are drawn from it at the edge by a `ReportRenderer`.

Which tasks a report over [start, end] lists:
- every task whose deadline falls in the period;
- every task still being worked on (open, reported, paused) that existed by the end of the period,
  whatever its deadline (an overdue task from an earlier period stays in the report until done);
- every task completed in the period.
A task created after the period's end is left out. A cancelled task is listed (status "Đã hủy")
when its deadline falls in the period, and a paused one is listed, but neither counts in the
summary, exactly as `thống kê` leaves them out. States are taken as of the earlier of `today` and
the period's end, with the same rule as `thống kê` (handlers/due.due_state; a reported task
counts as "chờ xác nhận"), so a report over a period reaching today has the totals `thống kê`
shows for the same tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Protocol

from handlers.directory import Directory
from handlers.domain import (
    DueState,
    EventKind,
    Notice,
    NoticeId,
    Task,
    TaskStatus,
    UnitId,
    fmt_date,
)
from handlers.due import days_overdue, due_state, is_overdue_on
from handlers.ports import TaskQuery, TaskScope, UnitOfWork, UnitOfWorkFactory, UnitStats
from notices.text import fold_key

PAGE = 500
ProgressFn = Callable[[int, int], None]

_COUNTED = frozenset({TaskStatus.OPEN, TaskStatus.REPORTED, TaskStatus.DONE})
_STATE_LABELS = {
    DueState.NO_DEADLINE: "Đang thực hiện",
    DueState.ON_TRACK: "Đang thực hiện",
    DueState.DUE_SOON: "Sắp đến hạn",
    DueState.OVERDUE: "Quá hạn",
    DueState.DONE_ON_TIME: "Hoàn thành đúng hạn",
    DueState.DONE_LATE: "Hoàn thành quá hạn",
}


@dataclass(frozen=True, slots=True)
class ReportRequest:
    start: date
    end: date
    unit_id: UnitId | None = None  # this unit's tree as lead unit (None: the whole scope)
    # "180/TB-BCĐ" (or "TB ngày 24/10/2023" for a notice without a number): only its tasks
    notice_number: str | None = None
    overdue_only: bool = False  # "xuất excel việc quá hạn": only what is overdue at the end


@dataclass(frozen=True, slots=True)
class ReportRow:
    no: int
    task_id: int
    text: str
    notice_number: str  # "180/TB-BCĐ" ("" when the task came from no notice)
    item_ref: str
    lead_unit: str
    lead_unit_id: UnitId
    support_units: str
    deadline: date | None
    deadline_label: str  # the deadline as written when it is no calendar day ("thường xuyên")
    status: str  # "Hoàn thành đúng hạn", "Quá hạn", "Đã hủy" …
    state: str  # the machine key: a DueState value, "reported", "paused" or "cancelled"
    result: str  # the report's note and evidence captions
    notes: str  # days overdue, a pending extension …
    reported_on: date | None
    confirmed_on: date | None

    @property
    def source(self) -> str:
        if not self.notice_number:
            return f"mục {self.item_ref}" if self.item_ref else ""
        return (
            f"{self.notice_number}, mục {self.item_ref}" if self.item_ref else self.notice_number
        )


@dataclass(frozen=True, slots=True)
class ReportData:
    request: ReportRequest
    as_of: date
    scope_name: str  # the unit the report speaks for ("UBND huyện Bắc Sơn")
    rows: tuple[ReportRow, ...]
    total: UnitStats
    per_unit: tuple[UnitStats, ...]
    unit_names: dict[UnitId, str] = field(default_factory=dict)
    notice_numbers: tuple[str, ...] = ()

    parent_name: str = ""  # the body above it ("UBND tỉnh Lạng Sơn"), "" at the top
    # Tasks overdue and not done at the end of each week of the period, up to its as-of day.
    overdue_trend: tuple[tuple[date, int], ...] = ()

    def unit_name(self, unit_id: UnitId | None) -> str:
        return self.unit_names.get(unit_id, "?") if unit_id is not None else "?"

    @property
    def in_progress(self) -> int:
        t = self.total
        return t.no_deadline + t.on_track + t.due_soon + t.reported

    @property
    def period(self) -> str:
        return f"từ {fmt_date(self.request.start)} đến {fmt_date(self.request.end)}"


def add_up(rows: list[UnitStats]) -> UnitStats:
    """The sum of per-unit counts (as `thống kê` adds them; not imported from show_stats,
    which depends on the turn that depends on this module)."""
    counts = {
        f.name: sum(getattr(r, f.name) for r in rows)
        for f in fields(UnitStats)
        if f.name != "unit_id"
    }
    return UnitStats(unit_id=UnitId(0), **counts)


def rate(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def completion(stats: UnitStats) -> str:
    """The completion rate `thống kê` shows: done over come due."""
    return rate(stats.done, stats.come_due)


class ReportRenderer(Protocol):
    """Draws a report file (fmt "docx" or "xlsx") from the data; built at the edge, off the
    event loop (`nhacviec run` draws in a child process under limits). A DomainError carries
    the line the user is shown when it gives up."""

    async def __call__(self, data: ReportData, fmt: str) -> bytes: ...


def included(task: Task, start: date, end: date) -> bool:
    """The module docstring's rule."""
    if task.created_at is not None and task.created_at.date() > end:
        return False
    due_in = task.deadline is not None and start <= task.deadline <= end
    if task.status is TaskStatus.CANCELLED:
        return due_in
    if task.status is TaskStatus.DONE:
        done_in = task.completed_on is not None and start <= task.completed_on <= end
        return due_in or done_in
    return True


async def collect(
    request: ReportRequest,
    *,
    scope: TaskScope,
    directory: Directory,
    uow_factory: UnitOfWorkFactory,
    today: date,
    soon_until: date,
    speaker: UnitId | None = None,
    progress: ProgressFn | None = None,
) -> ReportData:
    """The report's rows and totals for the tasks the scope sees (module docstring);
    `speaker` is the unit the report speaks for (its heading)."""
    as_of = min(today, request.end)
    soon = soon_until if as_of == today else as_of
    lead_ids = directory.expand([request.unit_id]) if request.unit_id is not None else None
    wanted_notice = fold_key(request.notice_number) if request.notice_number else None
    tasks: list[Task] = []
    notices: dict[NoticeId, Notice | None] = {}
    async with uow_factory() as uow:
        offset = 0
        while True:
            page = await uow.tasks.find(
                TaskQuery(
                    scope=scope,
                    statuses=frozenset(TaskStatus),
                    lead_unit_ids=lead_ids,
                    limit=PAGE,
                    offset=offset,
                )
            )
            for task in page.items:
                if not included(task, request.start, request.end):
                    continue
                if task.notice_id is not None and task.notice_id not in notices:
                    notices[task.notice_id] = await uow.notices.get(task.notice_id)
                if wanted_notice is not None and not _from_notice(task, notices, wanted_notice):
                    continue
                tasks.append(task)
            offset += len(page.items)
            if not page.items or offset >= page.total:
                break
        tasks.sort(key=lambda t: (directory.unit_name(t.lead_unit_id), _deadline_key(t), t.id))
        rows: list[ReportRow] = []
        counts: dict[UnitId, dict[str, int]] = {}
        if request.overdue_only:
            tasks = [t for t in tasks if _state(t, as_of, soon) == DueState.OVERDUE.value]
        for no, task in enumerate(tasks, 1):
            state = _state(task, as_of, soon)
            if task.status in _COUNTED:
                by_state = counts.setdefault(task.lead_unit_id, {})
                by_state[state] = by_state.get(state, 0) + 1
            rows.append(await _row(no, task, state, uow, directory, notices, as_of))
            if progress is not None and (no % 100 == 0 or no == len(tasks)):
                progress(no, len(tasks))
    per_unit = tuple(UnitStats(u, **counts[u]) for u in sorted(counts))
    used = {r.notice_number for r in rows}
    numbers = sorted({label(n) for n in notices.values() if n is not None} & used)
    return ReportData(
        request=request,
        as_of=as_of,
        overdue_trend=weekly_overdue(tasks, request.start, as_of),
        scope_name=directory.unit_name(speaker) if speaker is not None else "",
        parent_name=_parent_name(directory, speaker),
        rows=tuple(rows),
        total=add_up(list(per_unit)),
        per_unit=per_unit,
        unit_names={u.unit_id: directory.unit_name(u.unit_id) for u in per_unit},
        notice_numbers=tuple(numbers),
    )


def weekly_overdue(tasks: list[Task], start: date, end: date) -> tuple[tuple[date, int], ...]:
    """How many tasks were overdue and not yet done on each Sunday from `start` to `end` (and
    on `end`): done means completed by that day (the completion day is known for done and
    reported tasks); cancelled and paused tasks are left out."""
    days = [start + timedelta(days=(6 - start.weekday()) % 7)]
    while days[-1] + timedelta(days=7) <= end:
        days.append(days[-1] + timedelta(days=7))
    days = [d for d in days if d <= end]
    if not days or days[-1] != end:
        days.append(end)
    counted = [t for t in tasks if t.status in _COUNTED and t.deadline is not None]
    return tuple(
        (
            day,
            sum(
                1
                for t in counted
                if is_overdue_on(t.deadline, t.deadline_kind, day)
                and (t.completed_on is None or t.completed_on > day)
            ),
        )
        for day in days
    )


def _parent_name(directory: Directory, unit_id: UnitId | None) -> str:
    unit = directory.units.get(unit_id) if unit_id is not None else None
    return directory.unit_name(unit.parent_id) if unit and unit.parent_id else ""


def _from_notice(task: Task, notices: dict[NoticeId, Notice | None], wanted: str) -> bool:
    notice = notices.get(task.notice_id) if task.notice_id is not None else None
    return notice is not None and wanted in (
        fold_key(notice.doc_number or ""),
        fold_key(label(notice)),
    )


def label(notice: Notice) -> str:
    """The notice's number, or its type and date when it was issued without one."""
    if notice.doc_number:
        return notice.doc_number
    kind = notice.doc_type or "Thông báo"
    return f"{kind} ngày {fmt_date(notice.issued_date)}" if notice.issued_date else kind


def _deadline_key(task: Task) -> tuple[int, date]:
    return (0, task.deadline) if task.deadline is not None else (1, date.max)


def _state(task: Task, as_of: date, soon_until: date) -> str:
    if task.status is TaskStatus.CANCELLED:
        return "cancelled"
    if task.status is TaskStatus.PAUSED:
        return "paused"
    if task.status is TaskStatus.REPORTED:
        return "reported"
    return due_state(task, as_of, soon_until).value


def status_label(state: str) -> str:
    if state == "cancelled":
        return "Đã hủy"
    if state == "paused":
        return "Tạm dừng"
    if state == "reported":
        return "Chờ xác nhận"
    return _STATE_LABELS[DueState(state)]


async def _row(
    no: int,
    task: Task,
    state: str,
    uow: UnitOfWork,
    directory: Directory,
    notices: dict[NoticeId, Notice | None],
    as_of: date,
) -> ReportRow:
    events = await uow.events.for_task(task.id)
    evidence = await uow.evidence.for_task(task.id)
    reported_on = confirmed_on = None
    report_note = ""
    for event in events:
        if event.kind is EventKind.REPORTED:
            reported_on, report_note = event.at.date(), event.message
        elif event.kind is EventKind.CONFIRMED:
            confirmed_on = event.at.date()
    captions = [e.caption for e in evidence if e.caption and e.caption != report_note]
    result = "; ".join(p for p in (report_note, *captions) if p)
    if not result and (files := len(evidence)):
        result = f"{files} tệp minh chứng"
    notice = notices.get(task.notice_id) if task.notice_id is not None else None
    notes: list[str] = []
    if state == DueState.OVERDUE.value:
        notes.append(f"quá hạn {days_overdue(task, as_of)} ngày")
    if task.requested_deadline is not None:
        notes.append(f"xin gia hạn đến {fmt_date(task.requested_deadline)}")
    if task.directing_name:
        notes.append(f"chỉ đạo: {task.directing_name}")
    return ReportRow(
        no=no,
        task_id=task.id,
        text=task.text,
        notice_number=label(notice) if notice else "",
        item_ref=task.item_ref,
        lead_unit=directory.unit_name(task.lead_unit_id),
        lead_unit_id=task.lead_unit_id,
        support_units=", ".join(directory.unit_name(u) for u in task.support_unit_ids),
        deadline=task.deadline,
        deadline_label="" if task.deadline is not None else task.deadline_label,
        status=status_label(state),
        state=state,
        result=result,
        notes="; ".join(notes),
        reported_on=reported_on,
        confirmed_on=confirmed_on,
    )
