"""What the reminders would send over a range of days, to whom, when and on which channel,
computed like a firing but never written or sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from handlers.calendar import WorkingCalendar
from handlers.directory import DirectoryCache
from handlers.domain import ChatAccount, OfficialId
from handlers.ports import UnitOfWork, UnitOfWorkFactory
from scheduler.compose import compose
from scheduler.config import ReminderConfig
from scheduler.context import ComposeContext
from scheduler.occurrences import occurrences_between
from scheduler.routing import choose_chat
from scheduler.rules.base import instant

SCHEDULED_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class PreviewItem:
    at: datetime  # UTC
    rule: str
    recipient: str  # handle
    channel: str | None  # None: the recipient has no active chat, nothing would arrive
    text: str

    def to_json(self, tz: tzinfo) -> dict[str, str | None]:
        local = self.at.astimezone(tz)
        return {
            "date": local.date().isoformat(),
            "time": local.strftime("%H:%M"),
            "rule": self.rule,
            "recipient": self.recipient,
            "channel": self.channel,
            "text": self.text,
        }


async def preview(
    start: date,
    end: date,
    *,
    uow_factory: UnitOfWorkFactory,
    calendar: WorkingCalendar,
    config: ReminderConfig,
) -> list[PreviewItem]:
    """Rules' occurrences on start..end (each described as of its own day), plus rows
    already pending in the outbox for those days. Recipients whose row already exists are
    not composed again: a sent row would not be sent twice, a pending one is listed as is."""
    items: list[PreviewItem] = []
    async with uow_factory() as uow:  # never committed
        directory = await DirectoryCache().get(uow)
        chats = _Chats(uow, config)
        for occ in occurrences_between(start, end, config.schedule, calendar, config.tz):
            skip = frozenset(await uow.outbox.recipients(occ.rule, occ.period))
            # As if every earlier day had fired: only the day's own thresholds are owed.
            since = occ.day - timedelta(days=1)
            # Described as of the occurrence's instant, from today's data: a task created
            # after it is left out (the preview of past days never names it).
            ctx = ComposeContext(
                uow, directory, calendar, config, occ.day, False, skip, since, as_of=occ.at
            )
            for draft in await compose(occ, ctx):
                official = directory.official(draft.recipient_id)
                handle = official.handle if official else str(draft.recipient_id)
                channel = await chats.channel(draft.recipient_id, None)
                items.append(PreviewItem(occ.at, occ.rule, handle, channel, draft.text))
        first = instant(start, time(0, 0), config.tz)
        after = instant(end + timedelta(days=1), time(0, 0), config.tz)
        for row in await uow.outbox.scheduled(first, after, SCHEDULED_LIMIT):
            official = directory.official(row.recipient_id)
            handle = official.handle if official else str(row.recipient_id)
            channel = await chats.channel(row.recipient_id, row.channel)
            items.append(PreviewItem(row.due_at, row.rule, handle, channel, row.text))
    return sorted(items, key=lambda i: (i.at, i.rule, i.recipient))


class _Chats:
    """The channel each recipient would be reached on (any configured or not)."""

    def __init__(self, uow: UnitOfWork, config: ReminderConfig) -> None:
        self._uow = uow
        self._order = config.dispatch.channel_order
        self._accounts: dict[OfficialId, list[ChatAccount]] = {}

    async def channel(self, official_id: OfficialId, wanted: str | None) -> str | None:
        if official_id not in self._accounts:
            self._accounts[official_id] = await self._uow.accounts.for_official(official_id)
        chat = choose_chat(self._accounts[official_id], order=self._order, wanted=wanted)
        return chat.channel if chat else None
