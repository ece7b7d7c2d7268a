"""Texts for those who oversee: the quarterly review reminders to commune chairs and the
weekly digest to leaders and chairs."""

from __future__ import annotations

from datetime import date, timedelta

from handlers.domain import Official, Role, TaskStatus
from handlers.ports import TaskQuery, UnitStats
from handlers.render import completion_rate, fmt_date
from handlers.show_stats import add_up
from scheduler.context import ComposeContext, Draft
from scheduler.occurrences import Occurrence, quarter_of
from scheduler.texts import fit, late_label, more_line, overdue_line, plain_line, quarter_label

LISTED = 3
UNITS_LISTED = 8
OPEN = frozenset({TaskStatus.OPEN})


async def quarterly(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    """Chairs, in the last month of the quarter: open tasks and gather evidence, then report
    results, then the data cut-off snapshot."""
    drafts = []
    for chair in ctx.officials_with(Role.CHAIR):
        rows = await ctx.uow.tasks.stats(
            ctx.directory.scope_for(chair), ctx.today, ctx.soon_until(), None
        )
        text = _quarterly_text(occurrence, ctx, chair, add_up(rows))
        drafts.append(Draft(chair.id, fit(text, ctx.config.max_chars)))
    return drafts


def _quarterly_text(occ: Occurrence, ctx: ComposeContext, chair: Official, s: UnitStats) -> str:
    schedule = ctx.config.schedule
    year, month = occ.nominal.year, occ.nominal.month
    quarter = quarter_label(quarter_of(occ.nominal), year)
    cut_off = fmt_date(date(year, month, schedule.quarterly_days[-1]))
    report = fmt_date(date(year, month, schedule.quarterly_report_day))
    unit = ctx.directory.unit_name(chair.unit_id)
    unfinished = s.on_track + s.due_soon + s.overdue + s.no_deadline
    last_stage = len(schedule.quarterly_days) - 1
    if occ.stage == 0:
        lines = [
            f"Nhắc việc kiểm điểm {quarter} — {unit}",
            f"Đã sang tháng cuối quý. Đơn vị còn {unfinished} việc chưa hoàn thành "
            f"({s.overdue} việc quá hạn) và {s.reported} việc chờ xác nhận.",
            "Đề nghị đồng chí chỉ đạo rà soát các việc còn lại và bắt đầu tổng hợp minh chứng "
            "kết quả thực hiện.",
            f"Chốt số liệu ngày {cut_off}; hạn báo cáo quý ngày {report}.",
        ]
    elif occ.stage < last_stage or last_stage == 0:
        lines = [
            f"Nhắc báo cáo kết quả {quarter} — {unit}",
            "Đề nghị đồng chí chỉ đạo báo cáo kết quả thực hiện nhiệm vụ trước ngày chốt số liệu "
            f"{cut_off}.",
            f"Hiện còn {unfinished} việc chưa hoàn thành ({s.overdue} việc quá hạn) và "
            f"{s.reported} việc chờ xác nhận.",
            "Báo hoàn thành từng việc bằng «xong N» kèm minh chứng.",
        ]
    else:
        lines = [
            f"Chốt số liệu {quarter} — {unit}, ngày {fmt_date(ctx.today)}",
            f"Tổng số {s.total} việc: đã hoàn thành {s.done} (đúng hạn {s.done_on_time}, "
            f"quá hạn {s.done_late}); chờ xác nhận {s.reported}; quá hạn {s.overdue}; "
            f"đang thực hiện {s.on_track + s.due_soon + s.no_deadline}.",
            f"Tỷ lệ hoàn thành: {completion_rate(s)}.",
            f"Hạn gửi báo cáo quý: ngày {report}.",
        ]
    lines.append("Gõ «quá hạn» hoặc «thống kê» để xem chi tiết.")
    prefix = late_label(occ.day) if ctx.late else ""
    return prefix + "\n".join(lines)


async def digest(occurrence: Occurrence, ctx: ComposeContext) -> list[Draft]:
    """Leaders and chairs, weekly: overdue, due this week, awaiting confirmation, rates."""
    drafts = []
    for official in ctx.officials_with(Role.LEADER, Role.CHAIR):
        text = await _digest_text(occurrence, ctx, official)
        if text is not None:
            drafts.append(Draft(official.id, fit(text, ctx.config.max_chars)))
    return drafts


async def _digest_text(occ: Occurrence, ctx: ComposeContext, official: Official) -> str | None:
    directory, today, tasks = ctx.directory, ctx.today, ctx.uow.tasks
    scope = directory.scope_for(official)
    rows = await tasks.stats(scope, today, ctx.soon_until(), None)
    if not rows:
        return None  # nothing in this official's scope: no digest
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    overdue = await tasks.find(TaskQuery(scope, OPEN, overdue_on=today, limit=LISTED))
    due = await tasks.find(TaskQuery(scope, OPEN, due_from=today, due_to=sunday, limit=LISTED))
    reported = await tasks.find(TaskQuery(scope, frozenset({TaskStatus.REPORTED}), limit=LISTED))
    home = directory.unit_name(directory.government_of(official.unit_id))
    lines = [
        f"Tổng hợp tuần {monday:%d/%m}–{fmt_date(sunday)} — {home}",
        "",
        f"Quá hạn: {overdue.total} việc",
        *[overdue_line(t, today, directory) for t in overdue.items],
        *more_line(len(overdue.items), overdue.total, "gõ «quá hạn»"),
        f"Đến hạn trong tuần: {due.total} việc",
        *[plain_line(t, directory) for t in due.items],
        *more_line(len(due.items), due.total, "gõ «tuần này»"),
        f"Chờ xác nhận: {reported.total} việc",
        *[plain_line(t, directory, with_deadline=False) for t in reported.items],
        *more_line(len(reported.items), reported.total, "gõ «duyệt N» để xác nhận"),
        "",
        f"Tỷ lệ hoàn thành: {completion_rate(add_up(rows))}",
    ]
    rated = [s for s in rows if s.come_due]
    if len(rows) > 1 and rated:
        ranked = sorted(rated, key=lambda s: (-s.overdue, -s.come_due, s.unit_id))
        lines.append("Theo đơn vị (có việc đã đến hạn):")
        for s in ranked[:UNITS_LISTED]:
            name = directory.unit_name(s.unit_id)
            lines.append(f"- {name}: quá hạn {s.overdue}, hoàn thành {completion_rate(s)}")
        if len(ranked) > UNITS_LISTED:
            lines.append(f"… và {len(ranked) - UNITS_LISTED} đơn vị khác — gõ «thống kê»")
    prefix = late_label(occ.day) if ctx.late else ""
    return prefix + "\n".join(lines)
