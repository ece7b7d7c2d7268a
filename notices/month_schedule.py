"""A plan's month-by-month schedule: each row under a month heading is due by that month's end.

"IV. LỊCH TRÌNH THỰC HIỆN" over "Tháng 9/2024", "- Khai giảng năm học mới Cả trường", "- Họp phụ
huynh Giáo viên chủ nhiệm Theo lịch của trường", "Tháng 10/2024", …: a plan (a school's, a
Đoàn's, a commune's) lays out its year as months, each a short list of rows whose doer is written
in a cell at the row's end (notices.schedule_doers). A row that names its doer is that doer's
task, due by the end of its month (a "hàng tuần" row recurs); a row that names nobody stays as
the rest of the parser reads it, dated by its month.

The month headings are unnumbered lines, which the item builder leaves as the last paragraph of
the row before them; they are read here in document order. A heading's year runs forward: a
"Tháng 5/2011" written after "Tháng 4/2012" in a 2011-2012 school year is May 2012. A report's
account of months already past is no schedule: a notice that is not a plan, or whose months all
ended before it was issued, is left alone.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from notices.deadlines import DeadlineHit, find_deadlines, pick_deadline
from notices.model import DeadlineKind, ParsedTask
from notices.plan_roles import plan_year
from notices.schedule_doers import row_doers, row_subject
from notices.structure import Item, walk
from notices.task_basics import Context
from notices.text import match_form

# "Tháng 9/2011", "Tháng 8/ 2011 (từ 15- 8 )", "THÁNG 10 NĂM 2024:", "Tháng 7, 8 / 2012 : nghỉ hè":
# a line that opens with a month and its year; without a year only the month alone ("Tháng 9:").
_HEADING = re.compile(
    r"^[^\w]*tháng\s*(?P<months>\d{1,2}(?:\s*(?:,|-|–|và)\s*\d{1,2})*)"
    r"\s*(?:(?:/|năm)\s*(?P<year>(?:19|20)\d\d)(?!\d))?(?P<rest>.*)$"
)
_BARE_REST = re.compile(r"^\s*[:.]?\s*(?:\([^)]*\))?\s*$")
# What a heading with its year may go on with on its line: its one row ("Tháng 6/2012 Coi và chấm
# thi …", "Tháng 7, 8/2012: nghỉ hè"), after a colon or a dash or as a capitalised start.
_ROW_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:[:–-]|(?=[^\W\d_])(?P<letter>.))")
_SCHOOL_YEAR = re.compile(r"năm học\s*((?:19|20)\d\d)")
_MIN_HEADINGS = 2  # one month line is a date in passing, not a schedule


@dataclass(frozen=True, slots=True)
class _Row:
    item: Item
    text: str
    month_end: date


def scheduled(
    tasks: list[ParsedTask], items: list[Item], context: Context, *, title: str, plan: bool
) -> list[ParsedTask]:
    """The tasks with each row of a `plan`'s month schedule made its doer's task, due by the end
    of its month; a notice that is no plan (a report) keeps its tasks."""
    if not plan:
        return tasks
    rows = _rows(items, context, title)
    if not rows:
        return tasks
    if context.reference is not None and all(r.month_end < context.reference for r in rows):
        return tasks  # months already past: an account of work done
    order = {id(item): index for index, item in enumerate(walk(items))}
    by_ref: dict[str, list[int]] = {}
    for index, task in enumerate(tasks):
        by_ref.setdefault(task.ref.split("/")[0], []).append(index)
    replaced: dict[int, ParsedTask | None] = {}
    added: list[tuple[int, ParsedTask]] = []
    for row in rows:
        own = by_ref.get(row.item.ref, [])
        doers = row_doers(row.text) or _subject(row.text)
        hit = _row_deadline(row, context)
        if doers:
            base = tasks[own[0]] if own else ParsedTask(ref=row.item.ref, text="", lead=())
            task = _dated(replace(base, text=row.text, lead=tuple(doers)), hit)
            if own:
                replaced[own[0]] = task
                replaced.update(dict.fromkeys(own[1:]))
            else:
                added.append((order[id(row.item)], task))
            continue
        for index in own:
            if tasks[index].deadline_kind is DeadlineKind.NONE:
                replaced[index] = _dated(tasks[index], hit)
    return _merged(tasks, replaced, added, order, items)


def _subject(text: str) -> list[str] | None:
    subject = row_subject(text)
    return [subject] if subject else None


def _row_deadline(row: _Row, context: Context) -> DeadlineHit:
    """A row's own recurrence ("ký giáo án … hàng tuần") or day, else its month's end."""
    own = pick_deadline(find_deadlines(row.text, year=row.month_end.year, reference=None))
    if own is not None and own.kind is DeadlineKind.RECURRING:
        return own
    if (
        own is not None
        and own.kind in (DeadlineKind.ON_DATE, DeadlineKind.BEFORE_DATE)
        and own.deadline is not None
        and own.deadline.replace(day=1) == row.month_end.replace(day=1)
    ):
        return own  # "… trước ngày 15/9" under "Tháng 9/2024"
    return DeadlineHit(
        kind=DeadlineKind.PERIOD_END,
        deadline=row.month_end,
        phrase=f"tháng {row.month_end.month}/{row.month_end.year}",
        recurrence=None,
        start=0,
        end=0,
    )


def _dated(task: ParsedTask, hit: DeadlineHit) -> ParsedTask:
    return replace(
        task,
        deadline=hit.deadline,
        deadline_kind=hit.kind,
        deadline_phrase=hit.phrase,
        recurrence=hit.recurrence,
    )


def _merged(
    tasks: list[ParsedTask],
    replaced: dict[int, ParsedTask | None],
    added: list[tuple[int, ParsedTask]],
    order: dict[int, int],
    items: list[Item],
) -> list[ParsedTask]:
    """The tasks in document order: a new row's task goes before the first task of a later item."""
    position = {item.ref: order[id(item)] for item in walk(items)}
    keyed: list[tuple[int, int, ParsedTask]] = []
    last = -1
    for index, task in enumerate(tasks):
        last = position.get(task.ref.split("/")[0], last)
        kept = replaced.get(index, task) if index in replaced else task
        if kept is not None:
            keyed.append((last, 0, kept))
    keyed.extend((at, 1, task) for at, task in added)
    keyed.sort(key=lambda entry: (entry[0], entry[1]))
    return [task for _, _, task in keyed]


def _rows(items: list[Item], context: Context, title: str) -> list[_Row]:
    """Every row of a month schedule with its month's end; [] when the notice has none."""
    rows: list[_Row] = []
    headings = 0
    month: date | None = None
    scope: Item | None = None
    previous: tuple[int, int] | None = None
    for item in walk(items):
        if month is not None and scope is not None and not _within(item, scope):
            month = None
        first = _heading(item.paragraphs[0]) if item.paragraphs else None
        if first is None and month is not None and item.marker is not None:
            text = _row_text(item.paragraphs)
            if text:
                rows.append(_Row(item, text, month))
        for paragraph in item.paragraphs:
            found = _heading(paragraph)
            if found is None:
                continue
            resolved = _resolve(found, previous, context, title)
            if resolved is None:
                continue
            previous = resolved
            headings += 1
            month = _month_end(*resolved)
            # the rows after a heading are the heading item's children, or the items after it
            scope = item if item.children else item.parent
    return rows if headings >= _MIN_HEADINGS else []


def _within(item: Item, scope: Item) -> bool:
    node: Item | None = item
    while node is not None:
        if node is scope:
            return True
        node = node.parent
    return False


def _row_text(paragraphs: list[str]) -> str:
    """The row's paragraphs up to the next month heading."""
    kept: list[str] = []
    for paragraph in paragraphs:
        if _heading(paragraph) is not None:
            break
        kept.append(paragraph.strip())
    return " ".join(kept).strip()


def _heading(paragraph: str) -> tuple[int, int | None] | None:
    """(last month, written year) of a month heading line; None for any other paragraph."""
    text = paragraph.strip().strip("*").strip()
    if len(text) > 160:
        return None
    found = _HEADING.match(match_form(text))
    if found is None:
        return None
    year = int(found.group("year")) if found.group("year") else None
    rest = text[found.start("rest") :]
    if not _BARE_REST.match(rest) and (year is None or not _goes_on_with_row(rest)):
        return None  # "Tháng 12 năm 2025, UBND tỉnh đã …", "… của Bộ Chính trị": a sentence
    if not text.lstrip("-+•* ").startswith("T"):
        return None  # a heading is written "Tháng"/"THÁNG"; "tháng …" goes on a sentence
    month = int(re.findall(r"\d+", found.group("months"))[-1])
    if not 1 <= month <= 12:
        return None
    return month, year


def _goes_on_with_row(rest: str) -> bool:
    found = _ROW_AFTER.match(rest)
    return found is not None and (found.group("letter") or "A").isupper()


def _resolve(
    heading: tuple[int, int | None],
    previous: tuple[int, int] | None,
    context: Context,
    title: str,
) -> tuple[int, int] | None:
    """(year, month) of a heading: the year written, else the one that keeps months running on
    from the previous heading; a written year that would run back is a slip of the pen."""
    month, year = heading
    if previous is not None:
        running = previous[0] if month >= previous[1] else previous[0] + 1
        if year is None or (year, month) < previous:
            year = running
    if year is None:
        school = _SCHOOL_YEAR.search(match_form(title))
        if school:
            first = int(school.group(1))
            year = first if month >= 8 else first + 1
        else:
            year = plan_year(title) or context.year
    return (year, month) if year is not None else None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
