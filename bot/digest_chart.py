"""The weekly digest's charts: completion per unit in the recipient's scope, and the overdue
tasks of the last weeks, drawn when the digest is sent (outbox rows hold text only, never
images)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta, tzinfo

from handlers.calendar import WorkingCalendar
from handlers.directory import Directory, DirectoryCache
from handlers.domain import OutboxMessage, TaskStatus
from handlers.messages import OutgoingFile
from handlers.ports import TaskQuery, UnitOfWorkFactory, UnitStats
from handlers.report_data import weekly_overdue
from scheduler.rules.weekly_digest import WEEKLY_DIGEST

log = logging.getLogger(__name__)

ChartDrawer = Callable[[Sequence[UnitStats], Directory], bytes | None]
TrendDrawer = Callable[[list[tuple[date, int]]], bytes | None]
TREND_WEEKS = 8
TREND_TASKS = 5_000  # overdue candidates read for the trend; a larger scope is cut, and said


def _draw_completion(rows: Sequence[UnitStats], directory: Directory) -> bytes | None:
    # matplotlib is imported only when a digest is sent, not by every command.
    from bot.reports.charts import completion_by_unit

    return completion_by_unit(rows, directory)


def _draw_trend(points: list[tuple[date, int]]) -> bytes | None:
    from bot.reports.charts import overdue_trend

    return overdue_trend(points)


class DigestChart:
    """Implements the dispatcher's Attachments port: a weekly digest row gets a PNG of the
    completion rate per unit of the recipient's scope, when there are units to compare."""

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        calendar: WorkingCalendar,
        tz: tzinfo,
        due_soon_days: int,
        draw: ChartDrawer = _draw_completion,
        draw_trend: TrendDrawer = _draw_trend,
    ) -> None:
        self._uow_factory = uow_factory
        self._calendar = calendar
        self._tz = tz
        self._due_soon_days = due_soon_days
        self._draw = draw
        self._draw_trend = draw_trend
        self._directories = DirectoryCache()
        self._drawing = asyncio.Lock()  # one figure at a time, off the event loop

    async def files_for(self, rows: Sequence[OutboxMessage]) -> tuple[OutgoingFile, ...]:
        digest = next((r for r in rows if r.rule == WEEKLY_DIGEST), None)
        if digest is None:
            return ()
        # The day the digest was written for, as its text counts: a late send draws the same.
        due = digest.due_at
        today = (due.astimezone(self._tz) if due.tzinfo is not None else due).date()
        soon_until = self._calendar.add_working_days(today, self._due_soon_days)
        async with self._uow_factory() as uow:
            directory = await self._directories.get(uow)
            official = directory.official(digest.recipient_id)
            if official is None:
                return ()
            scope = directory.scope_for(official)
            per_unit = await uow.tasks.stats(scope, today, soon_until, None)
            # Tasks that may have been late in the last weeks: a deadline before today.
            late = await uow.tasks.find(
                TaskQuery(scope, _COUNTED, due_to=today, limit=TREND_TASKS)
            )
        if late.total > len(late.items):
            log.warning("digest trend: %d tasks, %d read", late.total, len(late.items))
        points = list(
            weekly_overdue(list(late.items), today - timedelta(weeks=TREND_WEEKS), today)
        )
        files = []
        async with self._drawing:
            png = await asyncio.to_thread(self._draw, per_unit, directory)
            trend = (
                await asyncio.to_thread(self._draw_trend, points)
                if any(n for _, n in points)
                else None
            )
        if png is not None:
            name = f"ti-le-hoan-thanh-{today:%Y-%m-%d}.png"
            caption = f"Tỷ lệ hoàn thành theo đơn vị, ngày {today:%d/%m/%Y}"
            files.append(OutgoingFile(name, png, "image/png", caption))
        if trend is not None:
            name = f"viec-qua-han-{today:%Y-%m-%d}.png"
            caption = f"Số việc quá hạn chưa xong, {TREND_WEEKS} tuần đến {today:%d/%m/%Y}"
            files.append(OutgoingFile(name, trend, "image/png", caption))
        return tuple(files)


_COUNTED = frozenset({TaskStatus.OPEN, TaskStatus.REPORTED, TaskStatus.DONE})
