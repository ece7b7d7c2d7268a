"""A conversation over the demo org and the Bắc Sơn notice's tasks, on each test database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.demo import load_demo_data
from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import Directory, DirectoryCache
from handlers.domain import Task, TaskStatus
from handlers.messages import Attachment, Incoming, Reply
from handlers.ports import TaskQuery, TaskScope
from storage.uow import SqlUnitOfWork

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = date(2023, 10, 25)


@dataclass
class Demo:
    conversation: Conversation
    uow_factory: Callable[[], SqlUnitOfWork]
    directory: Directory

    async def say(
        self,
        handle: str,
        text: str,
        *,
        today: date = TODAY,
        attachments: tuple[Attachment, ...] = (),
    ) -> str:
        official = self.directory.by_handle(handle)
        assert official is not None, handle
        incoming = Incoming("console", handle, text, official.id, attachments, today=today)
        return "\n".join(r.text for r in await self.conversation.handle(incoming))

    async def raw(self, incoming: Incoming) -> list[Reply]:
        return await self.conversation.handle(incoming)

    async def tasks(self) -> list[Task]:
        async with self.uow_factory() as uow:
            page = await uow.tasks.find(
                TaskQuery(scope=TaskScope(None), statuses=frozenset(TaskStatus), limit=10_000)
            )
        return list(page.items)

    async def task(self, unit_code: str, ref: str) -> Task:
        unit = next(u for u in self.directory.units.values() if u.code == unit_code)
        found = [t for t in await self.tasks() if t.lead_unit_id == unit.id and t.item_ref == ref]
        assert len(found) == 1, (unit_code, ref, found)
        return found[0]


@pytest.fixture
async def demo(uow_factory: Callable[[], SqlUnitOfWork]) -> Demo:
    await load_demo_data(uow_factory, TZ)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
    conversation = Conversation(
        uow_factory=uow_factory,
        clock=lambda: datetime(2023, 10, 25, 9, 30, tzinfo=TZ),
        calendar=create_calendar(),
    )
    return Demo(conversation, uow_factory, directory)
