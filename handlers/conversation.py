"""The conversation core: one Incoming in, replies out. It identifies the asker, understands the
message, routes it through the intent table; the chats' pending steps live in the database
(handlers.memory.ChatState), so a restart continues them."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from handlers.add_evidence import on_attachments
from handlers.ask import PENDING, drop_question
from handlers.calendar import WorkingCalendar
from handlers.collect_pages import PAGE_WINDOW
from handlers.context import Asker
from handlers.directory import Directory, DirectoryCache
from handlers.domain import Official, Role
from handlers.errors import DomainError
from handlers.help_text import ONBOARDING
from handlers.import_dialog import FileFetcher, ImportDialog, SayNow
from handlers.invites import InviteThrottle, LinkAccount, link_account
from handlers.memory import ChatState, Slot, StatsCache
from handlers.messages import Incoming, Reply
from handlers.nlu import Intent, understand
from handlers.nlu.name_free import needs_names
from handlers.notice_reader import NoticeReader
from handlers.ports import UnitOfWork, UnitOfWorkFactory
from handlers.report_data import ReportRenderer
from handlers.routes import ROUTES
from handlers.sanitize import MESSAGE_LIMIT, NOTE_LIMIT, PASTE_LIMIT, clean_text, too_long
from handlers.turn import Services, Turn

log = logging.getLogger(__name__)
T = TypeVar("T")

Claim = Callable[[UnitOfWork], Awaitable[bool]]
"""A channel's record that it took an update for handling (bot.channels.SeenUpdates.claim):
called last in the message's first transaction, which then commits before any handler acts;
False means the update was handled before and the message gets no answer."""

SORRY = "Xin lỗi, hệ thống đang gặp sự cố khi xử lý tin nhắn này. Vui lòng thử lại sau ít phút."


class Conversation:
    """Channel-neutral: every channel (console, Telegram, Zalo) calls `handle`."""

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Callable[[], datetime],
        calendar: WorkingCalendar,
        due_soon_days: int = 3,
        page_size: int = 8,
        fetchers: Mapping[str, FileFetcher] | None = None,
        reports: ReportRenderer | None = None,
        reader: NoticeReader | None = None,
        page_window: timedelta = PAGE_WINDOW,
    ) -> None:
        self._uow_factory = uow_factory
        self._invite_throttle = InviteThrottle()
        self._clock = clock
        self._calendar = calendar
        self._due_soon_days = due_soon_days
        self._directories = DirectoryCache()
        self._services = Services(
            uow_factory=uow_factory,
            page_size=page_size,
            memory=ChatState(uow_factory),
            stats_cache=StatsCache(),
            imports=ImportDialog(
                uow_factory=uow_factory,
                fetchers=fetchers if fetchers is not None else {},
                reader=reader,
                page_window=page_window,
            ),
            reports=reports,
        )

    async def handle(
        self, incoming: Incoming, *, say_now: SayNow | None = None, claim: Claim | None = None
    ) -> list[Reply]:
        """Never raises: a refusal becomes its Vietnamese sentence, a bug a short apology.
        `say_now` lets long work tell the chat it has started before the answer comes; with
        `claim`, an update the channel handled before gets no reply (an empty list)."""
        try:
            reply = await self._handle(sanitized(incoming), say_now, claim)
            return [] if reply is None else [_composed(reply)]
        except DomainError as refusal:
            return [Reply(refusal.message)]
        except Exception:
            log.exception(
                "failed to handle a message from %s chat %s", incoming.channel, incoming.chat_ref
            )
            return [Reply(SORRY)]

    async def _handle(
        self, incoming: Incoming, say_now: SayNow | None, claim: Claim | None
    ) -> Reply | None:
        now = self._clock()
        today = incoming.today or now.date()
        read_ahead: dict[str, Any] = {}
        async with self._uow_factory() as uow:
            # While the org's first name index is built (a national one: seconds), a question
            # that looks up no name is answered at once; one that may, waits for the index.
            text = incoming.payload or incoming.text
            names = self._directories.has_names or needs_names(text, today)
            directory = await self._directories.get(uow, names=names)
            official = await self._identify(uow, incoming, directory)
            if directory.names_pending and official is not None and official.has(Role.ADMIN):
                directory = await self._directories.get(uow)  # an import's step names units
            if official is not None:
                # Every message asks whether a numbered question is open: read with the rest.
                read_ahead[PENDING.name] = await _read_slot(uow, incoming, PENDING, now)
            if claim is not None:
                # The channel's seen update rides on this transaction (one fewer per message)
                # and is committed before any handler acts, as when it had its own.
                if not await claim(uow):
                    return None
                await uow.commit()
        meaning = understand(text, today, directory.names)
        if official is None:
            if meaning.intent is Intent.START and meaning.code:
                cmd = LinkAccount(incoming.channel, incoming.chat_ref, meaning.code, now)
                return await link_account(
                    cmd,
                    directory=directory,
                    uow_factory=self._uow_factory,
                    throttle=self._invite_throttle,
                )
            return Reply(ONBOARDING)
        asker = Asker(
            official=official,
            scope=directory.scope_for(official),
            directory=directory,
            channel=incoming.channel,
            today=today,
            soon_until=self._calendar.add_working_days(today, self._due_soon_days),
            now=now,
        )
        key = (incoming.channel, incoming.chat_ref)
        turn = Turn(asker, meaning, incoming, key, self._services, say_now, read_ahead)
        imports = self._services.imports
        # Only an admin imports, so only an admin's chat can be in the middle of one.
        if (
            not incoming.attachments
            and official.has(Role.ADMIN)
            and await imports.expects(turn.key, text, now)
        ):
            if len(text) > PASTE_LIMIT:
                return Reply(too_long("Văn bản dán", len(text), PASTE_LIMIT))
            return await imports.step(turn.key, asker, text, say_now)
        if len(text) > MESSAGE_LIMIT:
            return Reply(too_long("Tin nhắn", len(text), MESSAGE_LIMIT))
        if meaning.problem is not None:
            return Reply(meaning.problem)
        if meaning.note is not None and len(meaning.note) > NOTE_LIMIT:
            return Reply(too_long("Nội dung ghi kèm", len(meaning.note), NOTE_LIMIT))
        if incoming.attachments and len(text) > NOTE_LIMIT:
            return Reply(too_long("Chú thích của tệp", len(text), NOTE_LIMIT))
        if incoming.attachments and meaning.intent is not Intent.DONE:
            return await on_attachments(turn)
        if meaning.intent is not Intent.CHOICE:
            await drop_question(turn)  # a question left unanswered is not answered later
        return await ROUTES[meaning.intent](turn)

    async def _identify(
        self, uow: UnitOfWork, incoming: Incoming, directory: Directory
    ) -> Official | None:
        if incoming.official_id is not None:
            official = directory.official(incoming.official_id)
        else:
            account = await uow.accounts.find(incoming.channel, incoming.chat_ref)
            if account is None:
                return None
            if not account.active:
                # The user blocked the bot earlier and now writes again: resume pushing.
                await uow.accounts.set_active(incoming.channel, incoming.chat_ref, True)
                await uow.commit()
            official = directory.official(account.official_id)
        return official if official is not None and official.active else None


async def _read_slot(
    uow: UnitOfWork, incoming: Incoming, slot: Slot[T], now: datetime
) -> T | None:
    """A chat's slot read in an open unit of work, as ChatState.get reads it: an unreadable
    value is forgotten, as if expired."""
    raw = await uow.conversation_state.get(incoming.channel, incoming.chat_ref, slot.name, now)
    if raw is None:
        return None
    try:
        return slot.decode(raw)
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        log.warning(
            "unreadable %s state of a %s chat dropped (%s)", slot.name, incoming.channel, exc
        )
        return None


def sanitized(incoming: Incoming) -> Incoming:
    """The message with its text, button payload and file names cleaned (see handlers.sanitize)."""
    return replace(
        incoming,
        text=clean_text(incoming.text),
        payload=None if incoming.payload is None else clean_text(incoming.payload),
        attachments=tuple(replace(a, name=clean_text(a.name)) for a in incoming.attachments),
    )


def _composed(reply: Reply) -> Reply:
    """Every reply NFC: stored words shown in a new neighbourhood (a capitalised first letter,
    a mark after a quote) may compose or decompose, and channels compare and cut NFC text."""
    if unicodedata.is_normalized("NFC", reply.text):
        return reply
    return replace(reply, text=unicodedata.normalize("NFC", reply.text))
