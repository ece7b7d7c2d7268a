"""«báo cáo quý 4», «xuất excel», «/baocao»: the period report as a Word or Excel file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from handlers.context import Asker, named_unit
from handlers.directory import Directory
from handlers.domain import Official, Role, TaskStatus, UnitId
from handlers.messages import OutgoingFile, Reply
from handlers.ports import TaskQuery, UnitOfWorkFactory
from handlers.report_data import ReportRenderer, ReportRequest, collect, completion
from handlers.turn import Turn

LONG_REPORT = 1_000  # tasks in scope from which the chat is told the report is on its way
MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True, slots=True)
class MakeReport:
    request: ReportRequest
    fmt: str  # "docx" or "xlsx"
    speaker: UnitId  # the unit the report speaks for (its heading)


def quarter_of(day: date) -> tuple[date, date]:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    next_start = (
        date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    )
    return start, next_start - timedelta(days=1)


def speaker_of(asker: Asker) -> UnitId:
    return speaker_of_official(asker.official, asker.directory)


def speaker_of_official(official: Official, directory: Directory) -> UnitId:
    """Leaders and admins speak for their administration, everyone else for their unit."""
    if official.has(Role.LEADER, Role.ADMIN):
        return directory.government_of(official.unit_id)
    return official.unit_id


async def make_report(
    cmd: MakeReport, *, asker: Asker, uow_factory: UnitOfWorkFactory, renderer: ReportRenderer
) -> Reply:
    data = await collect(
        cmd.request,
        scope=asker.scope,
        directory=asker.directory,
        uow_factory=uow_factory,
        today=asker.today,
        soon_until=asker.soon_until,
        speaker=cmd.speaker,
    )
    t = data.total
    name = f"bao-cao-{cmd.request.start:%d%m%Y}-{cmd.request.end:%d%m%Y}.{cmd.fmt}"
    kind = "Word" if cmd.fmt == "docx" else "Excel"
    summary = (
        f"Báo cáo ({kind}) {data.period}, {data.scope_name}: {len(data.rows)} việc; "
        f"hoàn thành {t.done} (đúng hạn {t.done_on_time}, quá hạn {t.done_late}), "
        f"quá hạn chưa xong {t.overdue}, đang thực hiện {data.in_progress}; "
        f"tỷ lệ hoàn thành {completion(t)}."
    )
    file = OutgoingFile(name, await renderer(data, cmd.fmt), MIME[cmd.fmt], caption=summary)
    return Reply(summary, files=(file,))


async def on_report(turn: Turn) -> Reply:
    """The period is the one asked («quý 4», «tháng 11»), else the current quarter; «excel» in
    the message asks for the tracking sheet, anything else for the Word report."""
    meaning, asker = turn.meaning, turn.asker
    fmt = "xlsx" if meaning.spreadsheet else "docx"
    start, end = (
        (meaning.range.start, meaning.range.end) if meaning.range else quarter_of(asker.today)
    )
    unit_id: UnitId | None = None
    speaker = speaker_of(asker)
    if meaning.unit is not None:
        unit_id, _ = named_unit(meaning.unit, asker)
        speaker = unit_id
    renderer = turn.services.reports
    if renderer is None:
        unit = f' --unit "{asker.directory.unit_name(unit_id)}"' if unit_id else ""
        return Reply(
            "Xuất báo cáo qua chat chưa được bật trên máy chủ này. Văn phòng có thể chạy: "
            f"nhacviec report --from {start:%Y-%m-%d} --to {end:%Y-%m-%d}{unit} "
            f"--format {fmt}{' --overdue' if meaning.status == 'overdue' else ''} "
            f"-o bao-cao.{fmt} --as {asker.official.handle}"
        )
    request = ReportRequest(start, end, unit_id, overdue_only=meaning.status == "overdue")
    cmd = MakeReport(request, fmt, speaker)
    if turn.say_now is not None:
        async with turn.uow_factory() as uow:
            page = await uow.tasks.find(TaskQuery(asker.scope, frozenset(TaskStatus), limit=0))
        if page.total >= LONG_REPORT:
            await turn.say_now(Reply(f"Đang tạo báo cáo ({page.total} việc trong phạm vi)…"))
    return await make_report(cmd, asker=asker, uow_factory=turn.uow_factory, renderer=renderer)
