"""Reminder test world: the demo org with a few fixed tasks, every official linked to a
Telegram chat, a clock the test moves, and a sender that remembers what it delivered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest
import yaml
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.demo import demo_file
from handlers.calendar import create_calendar
from handlers.directory import Directory, DirectoryCache
from handlers.domain import DeadlineKind, NewTask, Official
from handlers.load_org import load_org
from handlers.messages import Reply
from handlers.sending import SendError
from scheduler.config import ChannelPacing, DispatchConfig, ReminderConfig
from scheduler.dispatcher import Dispatcher
from scheduler.reminders import Reminders
from scheduler.rules import enabled_rules
from storage.models import OutboxRow, TaskRow
from storage.uow import SqlUnitOfWork

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# When the world's tasks were created: before every day the tests step through (reminders
# leave out tasks created after the instant they describe).
CREATED = datetime(2023, 9, 29, 8, tzinfo=TZ)
FAST = ChannelPacing(rate=1000.0, chat_interval=0.0, max_chars=4000)


def local(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now.astimezone(UTC)

    def set(self, now: datetime) -> None:
        self.now = now


@dataclass
class Delivered:
    channel: str
    chat_ref: str
    text: str
    at: datetime


@dataclass
class FakeSender:
    """Remembers every delivery; `failures[chat_ref]` lists errors to raise, one per send."""

    channel: str
    clock: Callable[[], datetime]
    sent: list[Delivered] = field(default_factory=list)
    failures: dict[str, list[SendError]] = field(default_factory=dict)
    calls: int = 0

    async def send(self, chat_ref: str, reply: Reply) -> None:
        self.calls += 1
        queued = self.failures.get(chat_ref)
        if queued:
            raise queued.pop(0)
        self.sent.append(Delivered(self.channel, chat_ref, reply.text, self.clock()))

    def to(self, chat_ref: str) -> list[Delivered]:
        return [d for d in self.sent if d.chat_ref == chat_ref]


@dataclass(frozen=True)
class OutboxRecord:
    id: int
    rule: str
    handle: str
    period: str
    status: str
    attempts: int
    due_at: datetime
    chat_ref: str | None
    last_error: str | None
    text: str


async def outbox_rows(engine: AsyncEngine, directory: Directory) -> list[OutboxRecord]:
    handles = {o.id: o.handle for o in directory.officials.values()}
    async with engine.connect() as conn:
        rows = await conn.execute(select(OutboxRow).order_by(OutboxRow.id))
        return [
            OutboxRecord(
                r.id,
                r.rule,
                handles[r.recipient_id],
                r.period,
                r.status,
                r.attempts,
                r.due_at,
                r.chat_ref,
                r.last_error,
                r.text,
            )
            for r in rows
        ]


@dataclass
class World:
    engine: AsyncEngine
    uow_factory: Callable[[], SqlUnitOfWork]
    directory: Directory
    clock: FakeClock
    telegram: FakeSender
    config: ReminderConfig

    def official(self, handle: str) -> Official:
        found = self.directory.by_handle(handle)
        assert found is not None, handle
        return found

    def chat(self, handle: str) -> str:
        return f"tg-{handle}"

    def reminders(self, config: ReminderConfig | None = None) -> Reminders:
        return Reminders(
            uow_factory=self.uow_factory,
            calendar=create_calendar(),
            config=config or self.config,
            clock=self.clock,
        )

    def dispatcher(self, **dispatch: object) -> Dispatcher:
        config = replace(self.config.dispatch, **dispatch)  # type: ignore[arg-type]
        return Dispatcher(
            uow_factory=self.uow_factory,
            senders={"telegram": self.telegram},
            clock=self.clock,
            config=config,
        )

    async def outbox(self) -> list[OutboxRecord]:
        return await outbox_rows(self.engine, self.directory)


def fast_config() -> ReminderConfig:
    return ReminderConfig(
        dispatch=DispatchConfig(
            pacing=MappingProxyType({"telegram": FAST, "zalo": FAST}),
            backoff_seconds=60.0,
            max_attempts=3,
        )
    )


# (lead unit code, deadline, kind, text): a small, fixed set of tasks, so these tests do not
# move when the notice parser or the demo notice changes.
TASKS = [
    ("noi-vu", date(2023, 10, 27), DeadlineKind.ON_DATE, "Gửi sáng kiến cải cách hành chính"),
    ("noi-vu", date(2023, 12, 31), DeadlineKind.PERIOD_END, "Hoàn thành kế hoạch CCHC năm 2023"),
    ("noi-vu", date(2023, 12, 31), DeadlineKind.PERIOD_END, "Cập nhật chỉ số CCHC"),
    ("vp", None, DeadlineKind.ONGOING, "Theo dõi, đôn đốc thực hiện kết luận"),
    ("tckh", date(2023, 11, 30), DeadlineKind.BEFORE_DATE, "Báo cáo giải ngân vốn đầu tư công"),
    ("long-dong", date(2023, 12, 31), DeadlineKind.PERIOD_END, "Số hóa hồ sơ thủ tục hành chính"),
    ("hung-vu", date(2023, 12, 31), DeadlineKind.PERIOD_END, "Số hóa hồ sơ thủ tục hành chính"),
    ("long-dong", None, DeadlineKind.ONGOING, "Tuyên truyền cải cách hành chính"),
]


async def load_world(
    engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork], *, link: bool = True
) -> Directory:
    """The demo org (chairs chutichxa, chutichhungvu; leaders chutich, pct; staff noivu…),
    the tasks above (created at CREATED), and, with `link`, a Telegram chat `tg-<handle>`
    for every official."""
    await load_org(yaml.safe_load(demo_file("org.yaml")), uow_factory=uow_factory)
    async with uow_factory() as uow:
        directory = await DirectoryCache().get(uow)
        units = {u.code: u.id for u in directory.units.values()}
        for code, deadline, kind, text in TASKS:
            await uow.tasks.add(NewTask("1", text, units[code], deadline, kind))
        if link:
            for official in directory.officials.values():
                await uow.accounts.link("telegram", f"tg-{official.handle}", official.id)
        await uow.commit()
    await backdate_tasks(engine, CREATED)
    return directory


async def backdate_tasks(engine: AsyncEngine, created: datetime) -> None:
    """Set every task's creation time: the repository stamps the wall clock, the tests
    live in 2023."""
    async with engine.begin() as conn:
        await conn.execute(update(TaskRow).values(created_at=created))


@pytest.fixture
async def world(engine: AsyncEngine, uow_factory: Callable[[], SqlUnitOfWork]) -> World:
    directory = await load_world(engine, uow_factory)
    clock = FakeClock(local(date(2023, 10, 25), 9))
    sender = FakeSender("telegram", clock)
    return World(engine, uow_factory, directory, clock, sender, fast_config())


async def step_days(world: World, start: date, end: date) -> None:
    """Each day: every rule's job at its time, the dispatcher after it, and the hourly
    catch-up at noon (which must never add anything on a day without downtime)."""
    reminders = world.reminders()
    dispatcher = world.dispatcher()
    schedule = world.config.schedule
    rules = enabled_rules(schedule)
    times = sorted({rule.time_of(schedule) for rule in rules})
    day = start
    while day <= end:
        for wall in times:
            world.clock.set(local(day, wall.hour, wall.minute))
            for rule in rules:
                if rule.time_of(schedule) == wall:
                    await reminders.fire_rule(rule.name)
            await dispatcher.drain()
        world.clock.set(local(day, 12))
        caught_up = await reminders.catch_up()
        # The first day may owe what came before the test's start; later days never do.
        assert caught_up == 0 or day == start, day
        await dispatcher.drain()
        day += timedelta(days=1)
