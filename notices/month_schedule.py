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

The row's own sentence comes first: a row the parser already gives to the body that opens it
("Trạm Y tế xã phối hợp …", "Công an xã rà soát …. Hội Phụ nữ xã vận động …") keeps its tasks
and leads, only dated by its month when they have no date; a date a row states is kept. A month's
rows end at the next section, a heading that is no month, "Tổ chức thực hiện", the closing or
the signature.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from notices.deadlines import DeadlineHit, dated_by, find_deadlines, pick_deadline
from notices.markers import MarkerKind
from notices.model import DeadlineKind, ParsedTask
from notices.plan_roles import plan_year
from notices.schedule_doers import row_doers, row_subject
from notices.structure import Item, is_closing, walk
from notices.task_basics import Context
from notices.text import match_form

# "Tháng 9/2011", "Tháng 09-2025", "Tháng 9.2025", "Tháng 8/ 2011 (từ 15- 8 )", "THÁNG 10 NĂM
# 2024:", "Tháng 7, 8 / 2012 : nghỉ hè":
# a line that opens with a month and its year; without a year only the month alone ("Tháng 9:").
_HEADING = re.compile(
    r"^[^\w]*tháng\s*(?P<months>\d{1,2}(?!\d)(?:\s*(?:,|-|–|và)\s*\d{1,2}(?!\d))*)"
    r"\s*(?:(?:/|năm|[-–.])\s*(?P<year>(?:19|20)\d\d)(?!\d))?(?P<rest>.*)$"
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
    tasks: list[ParsedTask],
    items: list[Item],
    context: Context,
    *,
    title: str,
    plan: bool,
    opening: list[str] | None = None,
) -> list[ParsedTask]:
    """The tasks with each row of a `plan`'s month schedule made its doer's task, due by the end
    of its month; a notice that is no plan (a report) keeps its tasks. `opening` is the last
    paragraph before the first item, which may be the first month line."""
    if not plan:
        return tasks
    rows = _rows(items, context, title, opening or [])
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
        if _read_by_its_sentences(row.text, [tasks[i] for i in own]):
            doers = None  # the body before its verb, or two sentences' bodies: the normal reader
        else:
            doers = row_doers(row.text) or _subject(row.text)
        if doers:
            hit = _row_deadline(row.text, row.month_end)
            base = tasks[own[0]] if own else ParsedTask(ref=row.item.ref, text="", lead=())
            task = dated_by(replace(base, text=row.text, lead=tuple(doers)), hit)
            if own:
                replaced[own[0]] = task
                replaced.update(dict.fromkeys(own[1:]))
            else:
                added.append((order[id(row.item)], task))
            continue
        for index in own:
            if tasks[index].deadline_kind is DeadlineKind.NONE:
                # the task's own sentence, not the row's: a date of another sentence stays there
                replaced[index] = dated_by(
                    tasks[index], _row_deadline(tasks[index].text, row.month_end)
                )
    return _merged(tasks, replaced, added, order, items)


def _subject(text: str) -> list[str] | None:
    subject = row_subject(text)
    return [subject] if subject else None


def _read_by_its_sentences(text: str, own: list[ParsedTask]) -> bool:
    """Whether the parser's own tasks of a row stand: several of them (two sentences naming two
    bodies), or one whose lead opens the row ("Văn phòng UBND xã tham mưu …")."""
    led = [task for task in own if task.lead]
    if len(led) > 1:
        return True
    opening = match_form(text)
    subject = row_subject(text)
    if subject and any(len(name) > len(subject) for task in led for name in task.lead):
        return (
            False  # "Tổ trưởng ký giáo án vào sáng thứ hai" read as a name: the role is the lead
        )
    return any(_opens(opening, match_form(name)) for task in led for name in task.lead)


def _opens(opening: str, name: str) -> bool:
    """Whether a row opens with `name` then its (lower-case) verb."""
    return opening.startswith(name) and bool(re.match(r"\s+[^\W\d_]", opening[len(name) :]))


def _row_deadline(text: str, month_end: date) -> DeadlineHit:
    """A row's own recurrence ("ký giáo án … hàng tuần") or date, else its month's end: a date
    the row states is kept, in its month or not ("… trước ngày 10/4/2026" under "Tháng 3")."""
    own = pick_deadline(find_deadlines(text, year=month_end.year, reference=None))
    if own is not None and (own.kind is DeadlineKind.RECURRING or own.deadline is not None):
        return own
    if any(_day_after(found, month_end) for found in _DAY.finditer(text)):
        # "từ ngày 25/3 đến ngày 05/4/2026" under "Tháng 3": the row runs past its month
        return DeadlineHit(DeadlineKind.NONE, None, "", None, 0, 0)
    return DeadlineHit(
        kind=DeadlineKind.PERIOD_END,
        deadline=month_end,
        phrase=f"tháng {month_end.month}/{month_end.year}",
        recurrence=None,
        start=0,
        end=0,
    )


# the end of a span the row runs to: "đến ngày 05/4/2026", "đến hết 10/4" ("chào mừng 8/3" under
# "Tháng 2" is the occasion, not the row's end)
_DAY = re.compile(
    r"(?<![^\W_])(?:đến|tới|hết)\s+(?:hết\s+)?(?:ngày\s+)?(?P<day>\d{1,2})\s*/\s*"
    r"(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}))?",
    re.IGNORECASE,
)


def _day_after(found: re.Match[str], month_end: date) -> bool:
    month = int(found.group("month"))
    year = int(found.group("year")) if found.group("year") else month_end.year
    return 1 <= month <= 12 and (year, month) > (month_end.year, month_end.month)


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


def _rows(items: list[Item], context: Context, title: str, opening: list[str]) -> list[_Row]:
    """Every row of a month schedule with its month's end; [] when the notice has none."""
    rows: list[_Row] = []
    headings = 0
    month: date | None = None
    scope: Item | None = None
    previous: tuple[int, int] | None = None
    for paragraph in opening:  # "Tháng 9/2025" before the first row: the rows are top-level
        found = _heading(paragraph)
        resolved = _resolve(found, None, context, title) if found else None
        if resolved is not None:
            previous, headings, month = resolved, 1, _month_end(*resolved)
    for item in walk(items):
        if month is not None and scope is not None and not _within(item, scope):
            month = None
        if month is not None and scope is None and _is_section(item):
            month = None  # a heading item with no parent: its rows end at the next section
        first = _heading(item.paragraphs[0]) if item.paragraphs else None
        if (
            first is None
            and month is not None
            and item.marker is not None
            and not _ends_month(item.paragraphs[0], first=True)
        ):
            text = _row_text(item.paragraphs)
            if text:
                rows.append(_Row(item, text, month))
        for index, paragraph in enumerate(item.paragraphs):
            found = _heading(paragraph)
            if found is None:
                if month is not None and _ends_month(paragraph, first=index == 0):
                    month = None
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


def _is_section(item: Item) -> bool:
    return item.marker is not None and item.marker.kind is not MarkerKind.BULLET


# "Tổ chức thực hiện:", "III. …", "HIỆU TRƯỞNG", "Nơi nhận:": where a month's rows end ("Tổ
# chức thực hiện chuyên đề …" is a row)
_SECTION_LINE = re.compile(
    r"^(?:(?:tổ chức thực hiện|nơi nhận)\s*(?::|$)|[ivxl]+\s*[.)/]|[a-zđ]\s*[.)]\s)"
)


def _ends_month(paragraph: str, *, first: bool) -> bool:
    """A paragraph after which no row of the month follows: a section or a heading that is no
    month (a short line ending with a colon after a row), the closing, the signer's title."""
    text = paragraph.strip().strip("*").strip()
    if _SECTION_LINE.match(match_form(text)) or is_closing(text):
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(text) <= 60:
        return True  # "HIỆU TRƯỞNG", "CHỦ TỊCH"
    return not first and text.endswith(":") and len(text.split()) <= 12


def _row_text(paragraphs: list[str]) -> str:
    """The row's paragraphs up to the next month heading or the end of its month."""
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if _heading(paragraph) is not None or (kept and _ends_month(paragraph, first=index == 0)):
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
