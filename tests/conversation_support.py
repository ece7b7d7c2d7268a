"""A conversation over the demo org, driven by handle: shared by the conversation tests on the
in-memory FakeUnitOfWork (tests/unit/conversation) and on each test database
(tests/integration/conversation), which run the same test functions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.demo import SAMPLES
from handlers.calendar import create_calendar
from handlers.conversation import Conversation
from handlers.directory import Directory, DirectoryCache
from handlers.domain import Task, TaskStatus
from handlers.messages import Attachment, Incoming, Reply
from handlers.ports import TaskQuery, TaskScope, UnitOfWorkFactory

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = date(2023, 10, 25)
BAC_SON = (SAMPLES / "bac-son-2023-bcd-cchc-9-thang.txt").read_text(encoding="utf-8")


@dataclass
class Demo:
    """The demo org with the Bắc Sơn notice's tasks, on 25/10/2023 at 09:30."""

    conversation: Conversation
    uow_factory: UnitOfWorkFactory
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


async def open_demo(uow_factory: UnitOfWorkFactory) -> Demo:
    """A Demo over a store the demo data was already loaded into."""
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
    conversation = Conversation(
        uow_factory=uow_factory,
        clock=lambda: datetime(2023, 10, 25, 9, 30, tzinfo=TZ),
        calendar=create_calendar(),
    )
    return Demo(conversation, uow_factory, directory)


class FakeFetcher:
    """Remembers every file it was asked for and serves bytes put into it."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.asked: list[str] = []

    async def fetch(self, ref: str, max_bytes: int) -> bytes:
        self.asked.append(ref)
        return self.files[ref][: max_bytes + 1]


@dataclass
class Office:
    """The demo org without tasks, on 02/11/2023: where notices are imported."""

    uow_factory: UnitOfWorkFactory
    conversation: Conversation
    fetched: dict[str, bytes] = field(default_factory=dict)

    async def directory(self) -> Directory:
        async with self.uow_factory() as uow:
            return await DirectoryCache().get(uow)

    async def say(self, handle: str, text: str, *attachments: Attachment) -> str:
        official = (await self.directory()).by_handle(handle)
        assert official is not None
        incoming = Incoming(
            "telegram", f"chat-{handle}", text, official.id, attachments, today=date(2023, 11, 2)
        )
        return "\n".join(r.text for r in await self.conversation.handle(incoming))

    async def counts(self) -> tuple[int, int]:
        """How many tasks there are, and whether notice #1 exists."""
        async with self.uow_factory() as uow:
            page = await uow.tasks.find(
                TaskQuery(scope=TaskScope(None), statuses=frozenset(TaskStatus), limit=1)
            )
            notice = await uow.notices.get(1)  # type: ignore[arg-type]
        return page.total, 0 if notice is None else 1


def open_office(uow_factory: UnitOfWorkFactory) -> Office:
    """An Office over a store the demo org was already loaded into; the Telegram fetcher
    serves the Bắc Sơn notice ("bac-son") and a binary file ("binary")."""
    files = {"bac-son": BAC_SON.encode(), "binary": bytes(range(256)) * 20}
    conversation = Conversation(
        uow_factory=uow_factory,
        clock=lambda: datetime(2023, 11, 2, 9, tzinfo=TZ),
        calendar=create_calendar(),
        fetchers={"telegram": FakeFetcher(files)},
    )
    return Office(uow_factory, conversation)
