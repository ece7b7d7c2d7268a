"""Vietnamese texts of pushed reminders: the quarterly review and weekly digest for those who
oversee, the due-soon and overdue lists for a unit's staff, and the catch-up label."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import Enum

from handlers.calendar import WorkingCalendar
from handlers.directory import Directory
from handlers.domain import Task
from handlers.due import last_on_time_day, working_days_overdue
from handlers.ports import UnitStats
from handlers.reminder_queries import DIGEST_UNITS, WeekReview
from handlers.render import completion_rate, fmt_date, task_item

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
STAFF_LISTED = 10  # tasks named in a staff reminder; the rest are counted
UNITS_LISTED = DIGEST_UNITS  # units named in the digest (the store ranks them)
EXTEND_HINT = "«gia hạn N đến dd/mm lý do»"


class ReviewStep(Enum):
    """The quarterly review's steps through the last month of a quarter."""

    OPEN = "open"  # review what is left, start gathering evidence
    RESULTS = "results"  # report results before the data cut-off
    CUT_OFF = "cut_off"  # the snapshot on the cut-off day


def quarter_label(quarter: int, year: int) -> str:
    return f"quý {ROMAN[quarter]}/{year}"


def late_label(day: date) -> str:
    return f"(Nhắc bù: hệ thống tạm ngừng, lẽ ra gửi ngày {fmt_date(day)})\n"


def fit(text: str, limit: int) -> str:
    """Cut at a line boundary so one reminder fits one message of the strictest channel."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 2].rsplit("\n", 1)[0]
    return cut + "\n…"


def more_line(shown: int, total: int, hint: str) -> list[str]:
    return [f"… và {total - shown} việc khác — {hint}"] if total > shown else []


def working_days_left(task: Task, today: date, calendar: WorkingCalendar) -> int:
    """Working days after today up to the last on-time day (0 when that is today)."""
    assert task.deadline is not None
    last = last_on_time_day(task.deadline, task.deadline_kind)
    count = 0
    day = today
    while day < last:
        day = calendar.add_working_days(day, 1)
        if day <= last:
            count += 1
    return count


def due_soon_line(task: Task, today: date, calendar: WorkingCalendar) -> str:
    assert task.deadline is not None
    left = working_days_left(task, today, calendar)
    if left:
        when = f"còn {left} ngày làm việc"
    elif last_on_time_day(task.deadline, task.deadline_kind) <= today:
        when = "hạn chót là hôm nay"
    else:
        when = "hôm nay là ngày làm việc cuối trước hạn"
    return task_item(task, f"hạn {fmt_date(task.deadline)} ({when})")


class LateDays:
    """`working_days_overdue` for the many tasks of one firing (one day, one calendar): the
    working days from each day to `today` are counted once, walking back from `today`,
    instead of walking from every task's deadline (two years of days for an old task)."""

    def __init__(self, today: date, calendar: WorkingCalendar) -> None:
        self.today = today
        self.calendar = calendar
        self._after: dict[date, int] = {today: 0}  # working days in (day, today]
        self._lowest = today

    def of(self, task: Task) -> int:
        if task.deadline is None:
            return 0
        last = last_on_time_day(task.deadline, task.deadline_kind)
        if last >= self.today:
            return 0
        while self._lowest > last:
            lowest = self._lowest
            count = self._after[lowest] + self.calendar.is_working_day(lowest)
            self._lowest = lowest - timedelta(days=1)
            self._after[self._lowest] = count
        return self._after[last]


def overdue_label(
    task: Task, today: date, calendar: WorkingCalendar, late_days: LateDays | None = None
) -> str:
    """How late a task is, in working days like the due-soon count (0 only on a day off
    right after the deadline, when no reminder fires)."""
    if late_days is not None and late_days.today == today and late_days.calendar is calendar:
        late = late_days.of(task)
    else:
        late = working_days_overdue(task, today, calendar)
    how = f"quá hạn {late} ngày làm việc" if late else "đã quá hạn"
    return f"hạn {fmt_date(task.deadline)}, {how}"


def overdue_line(
    task: Task,
    today: date,
    calendar: WorkingCalendar,
    directory: Directory | None = None,
    late_days: LateDays | None = None,
) -> str:
    unit = [directory.unit_name(task.lead_unit_id)] if directory is not None else []
    return task_item(task, *unit, overdue_label(task, today, calendar, late_days))


def plain_line(task: Task, directory: Directory, with_deadline: bool = True) -> str:
    deadline = [f"hạn {fmt_date(task.deadline)}"] if with_deadline and task.deadline else []
    return task_item(task, directory.unit_name(task.lead_unit_id), *deadline)


def quarterly_text(
    step: ReviewStep,
    *,
    quarter: str,
    unit: str,
    stats: UnitStats,
    cut_off: date,
    report: date,
    today: date,
) -> str:
    s = stats
    unfinished = s.on_track + s.due_soon + s.overdue + s.no_deadline
    if step is ReviewStep.OPEN:
        lines = [
            f"Nhắc việc kiểm điểm {quarter} — {unit}",
            f"Đã sang tháng cuối quý. Đơn vị còn {unfinished} việc chưa hoàn thành "
            f"({s.overdue} việc quá hạn) và {s.reported} việc chờ xác nhận.",
            "Đề nghị đồng chí chỉ đạo rà soát các việc còn lại và bắt đầu tổng hợp minh chứng "
            "kết quả thực hiện.",
            f"Chốt số liệu ngày {fmt_date(cut_off)}; hạn báo cáo quý ngày {fmt_date(report)}.",
        ]
    elif step is ReviewStep.RESULTS:
        lines = [
            f"Nhắc báo cáo kết quả {quarter} — {unit}",
            "Đề nghị đồng chí chỉ đạo báo cáo kết quả thực hiện nhiệm vụ trước ngày chốt số liệu "
            f"{fmt_date(cut_off)}.",
            f"Hiện còn {unfinished} việc chưa hoàn thành ({s.overdue} việc quá hạn) và "
            f"{s.reported} việc chờ xác nhận.",
            "Báo hoàn thành từng việc bằng «xong N» kèm minh chứng.",
        ]
    else:
        lines = [
            f"Chốt số liệu {quarter} — {unit}, ngày {fmt_date(today)}",
            f"Tổng số {s.total} việc: đã hoàn thành {s.done} (đúng hạn {s.done_on_time}, "
            f"quá hạn {s.done_late}); chờ xác nhận {s.reported}; quá hạn {s.overdue}; "
            f"đang thực hiện {s.on_track + s.due_soon + s.no_deadline}.",
            f"Tỷ lệ hoàn thành: {completion_rate(s)}.",
            f"Hạn gửi báo cáo quý: ngày {fmt_date(report)}.",
        ]
    lines.append("Gõ «quá hạn» hoặc «thống kê» để xem chi tiết.")
    return "\n".join(lines)


def quarterly_empty_text(*, quarter: str, unit: str) -> str:
    """The one line a chair gets, when configured, instead of a review with nothing in it."""
    return f"Kiểm điểm {quarter} — {unit}: đơn vị không có việc chưa hoàn thành hay chờ xác nhận."


def digest_title(review: WeekReview, home: str) -> str:
    return f"Tổng hợp tuần {review.week.start:%d/%m}–{fmt_date(review.week.end)} — {home}"


def digest_empty_text(review: WeekReview, *, home: str) -> str:
    """The one line sent, when configured, instead of a digest with every list empty."""
    return (
        f"{digest_title(review, home)}: tuần này không có việc quá hạn, đến hạn hay chờ xác nhận."
    )


def digest_text(
    review: WeekReview,
    *,
    home: str,
    today: date,
    directory: Directory,
    calendar: WorkingCalendar,
    late_days: LateDays | None = None,
) -> str:
    overdue, due, reported = review.overdue, review.due, review.reported
    lines = [
        digest_title(review, home),
        "",
        f"Quá hạn: {overdue.total} việc",
        *[overdue_line(t, today, calendar, directory, late_days) for t in overdue.items],
        *more_line(len(overdue.items), overdue.total, "gõ «quá hạn»"),
        f"Đến hạn trong tuần: {due.total} việc",
        *[plain_line(t, directory) for t in due.items],
        *more_line(len(due.items), due.total, "gõ «tuần này»"),
        f"Chờ xác nhận: {reported.total} việc",
        *[plain_line(t, directory, with_deadline=False) for t in reported.items],
        *more_line(len(reported.items), reported.total, "gõ «duyệt N» để xác nhận"),
        "",
        f"Tỷ lệ hoàn thành: {completion_rate(review.units.total)}",
    ]
    # A chair's digest counts a few hundred units (those leading tasks the commune supports):
    # the store sums and ranks them (UnitsSummary), only the shown units come here.
    units = review.units
    if units.units > 1 and units.rated:
        lines.append("Theo đơn vị (có việc đã đến hạn):")
        for s in units.worst[:UNITS_LISTED]:
            name = directory.unit_name(s.unit_id)
            lines.append(
                f"- {name}: quá hạn {s.overdue}, hoàn thành {completion_rate(s)} "
                f"{text_bar(s.done / s.come_due)}"
            )
        if units.rated > UNITS_LISTED:
            lines.append(f"… và {units.rated - UNITS_LISTED} đơn vị khác — gõ «thống kê»")
    return "\n".join(lines)


def text_bar(ratio: float, width: int = 10) -> str:
    """A completion rate drawn in text, for chats that get no chart: "▰▰▰▰▰▰▰▱▱▱"."""
    filled = round(max(0.0, min(1.0, ratio)) * width)
    return "▰" * filled + "▱" * (width - filled)


def due_soon_text(unit: str, tasks: Sequence[Task], today: date, calendar: WorkingCalendar) -> str:
    lines = [f"Việc sắp đến hạn — {unit}"]
    lines += [due_soon_line(t, today, calendar) for t in tasks[:STAFF_LISTED]]
    lines += more_line(min(STAFF_LISTED, len(tasks)), len(tasks), "gõ «tuần này»")
    lines.append(f"Gõ «xong N» khi đã hoàn thành, hoặc {EXTEND_HINT} nếu cần thêm thời gian.")
    return "\n".join(lines)


def overdue_text(
    unit: str,
    tasks: Sequence[Task],
    today: date,
    calendar: WorkingCalendar,
    late_days: LateDays | None = None,
) -> str:
    lines = [f"Việc quá hạn — {unit}: {len(tasks)} việc"]
    lines += [overdue_line(t, today, calendar, None, late_days) for t in tasks[:STAFF_LISTED]]
    lines += more_line(min(STAFF_LISTED, len(tasks)), len(tasks), "gõ «quá hạn»")
    lines.append(
        "Đề nghị khẩn trương hoàn thành và báo cáo («xong N» kèm minh chứng), "
        f"hoặc đề nghị gia hạn ({EXTEND_HINT})."
    )
    return "\n".join(lines)
