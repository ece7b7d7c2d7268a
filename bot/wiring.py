"""Composition root: builds the engine, unit of work, calendar and conversation from Settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings
from handlers.calendar import WorkingCalendar, create_calendar
from handlers.conversation import Conversation
from handlers.ports import UnitOfWorkFactory
from storage.engine import create_engine, create_uow_factory
from storage.migrate import is_up_to_date


class SchemaOutdated(RuntimeError):
    pass


@dataclass(slots=True)
class App:
    settings: Settings
    engine: AsyncEngine
    uow_factory: UnitOfWorkFactory
    calendar: WorkingCalendar
    clock: Callable[[], datetime]

    def conversation(self) -> Conversation:
        return Conversation(
            uow_factory=self.uow_factory,
            clock=self.clock,
            calendar=self.calendar,
            due_soon_days=self.settings.due_soon_days,
            page_size=self.settings.page_size,
        )

    async def close(self) -> None:
        await self.engine.dispose()


def system_clock(settings: Settings, today: date | None = None) -> Callable[[], datetime]:
    """Wall-clock time in the configured zone; with `today`, that day at the current time."""
    tz = settings.tz

    def now() -> datetime:
        current = datetime.now(tz)
        return current if today is None else datetime.combine(today, current.timetz())

    return now


async def create_app(
    settings: Settings, *, today: date | None = None, check_schema: bool = True
) -> App:
    engine = create_engine(settings.database_url)
    if check_schema and not await is_up_to_date(engine):
        await engine.dispose()
        raise SchemaOutdated(
            "The database schema is missing or outdated: run `nhacviec db upgrade` first."
        )
    return App(
        settings=settings,
        engine=engine,
        uow_factory=create_uow_factory(engine),
        calendar=create_calendar(settings.extra_days_off, settings.extra_working_days),
        clock=system_clock(settings, today),
    )
