"""`nhacviec report`: the period report as a Word file or the tracking sheet as an Excel file."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from bot.reports.render import draw
from bot.settings import Settings
from bot.wiring import open_app
from handlers.directory import DirectoryCache
from handlers.domain import UnitId
from handlers.make_report import speaker_of_official
from handlers.ports import TaskScope
from handlers.report_data import ReportRequest, collect, completion


async def run_report(settings: Settings, args: argparse.Namespace) -> int:
    if args.to_day < args.from_day:
        return _fail("--to is before --from")
    started = datetime.now()
    async with open_app(settings, today=args.today) as app:
        async with app.uow_factory() as uow:
            directory = await DirectoryCache().get(uow)
        speaker: UnitId | None
        if args.handle:
            official = directory.by_handle(args.handle)
            if official is None:
                return _fail(f"Không có cán bộ với mã «{args.handle}».")
            scope = directory.scope_for(official)
            speaker = speaker_of_official(official, directory)
        else:
            # The whole tree, spoken for by the top unit (an admin's view of everything).
            scope = TaskScope(None)
            roots = [u for u in directory.units.values() if u.parent_id is None]
            speaker = roots[0].id if len(roots) == 1 else None
        unit_id = None
        if args.unit:
            unit = directory.find_unit(args.unit, scope.unit_ids) or next(
                (u for u in directory.units.values() if u.code == args.unit), None
            )
            if unit is None:
                return _fail(f"Không tìm thấy đơn vị «{args.unit}».")
            unit_id = speaker = unit.id
        today = app.clock().date()
        due_days = settings.due_soon_days

        def progress(done: int, total: int) -> None:
            if total >= 500:
                print(f"… {done}/{total} việc", file=sys.stderr)

        data = await collect(
            ReportRequest(
                args.from_day, args.to_day, unit_id, args.notice, overdue_only=args.overdue
            ),
            scope=scope,
            directory=directory,
            uow_factory=app.uow_factory,
            today=today,
            soon_until=app.calendar.add_working_days(today, due_days),
            speaker=speaker,
            progress=progress,
        )
    body = draw(data, args.format, args.template)
    args.output.write_bytes(body)
    seconds = (datetime.now() - started).total_seconds()
    t = data.total
    print(
        f"Đã ghi {args.output} ({len(data.rows)} việc, {data.period}; hoàn thành {t.done}, "
        f"quá hạn {t.overdue}, tỷ lệ hoàn thành {completion(t)}) trong {seconds:.1f} giây."
    )
    return 0


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
