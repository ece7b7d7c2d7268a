"""The conversation core: one Incoming in, replies out; identifies the asker and routes intents."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta

from handlers.add_evidence import AddEvidence, add_evidence
from handlers.calendar import WorkingCalendar
from handlers.context import Asker
from handlers.directory import Directory, DirectoryCache
from handlers.domain import Official, OfficialId, Role, TaskStatus, UnitId, UnitKind
from handlers.errors import DomainError
from handlers.help_text import ONBOARDING, help_text, not_understood
from handlers.import_dialog import FileFetcher, ImportDialog
from handlers.invites import LinkAccount, link_account
from handlers.list_tasks import ListTasks, list_tasks
from handlers.memory import BoundedMemory
from handlers.messages import Incoming, Reply
from handlers.nlu import Intent, Understanding, understand
from handlers.ports import TaskQuery, TaskScope, UnitOfWork, UnitOfWorkFactory
from handlers.render import fmt_date
from handlers.reopen_task import ReopenTask, reopen_task
from handlers.report_done import ReportDone, report_done
from handlers.request_extension import RequestExtension, request_extension
from handlers.review_report import ReviewReport, review_report
from handlers.show_stats import ShowStats, StatsCache, show_stats
from handlers.show_task import ShowTask, show_task
from notices.text import fold

log = logging.getLogger(__name__)

SORRY = "Xin lỗi, hệ thống đang gặp sự cố khi xử lý tin nhắn này. Vui lòng thử lại sau ít phút."
EVIDENCE_WINDOW = timedelta(minutes=30)  # a photo this soon after «xong N» belongs to N
_MEMORY = 5000  # chats whose last list / last report is remembered for «tiếp» and evidence
ChatKey = tuple[str, str]


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
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._calendar = calendar
        self._due_soon_days = due_soon_days
        self._page_size = page_size
        self._directories = DirectoryCache()
        self._last_list: BoundedMemory[ChatKey, ListTasks] = BoundedMemory(_MEMORY)
        self._last_report: BoundedMemory[ChatKey, tuple[int, datetime]] = BoundedMemory(_MEMORY)
        self._stats_cache = StatsCache()
        self._imports = ImportDialog(
            uow_factory=uow_factory, fetchers=fetchers if fetchers is not None else {}
        )

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """Never raises: a refusal becomes its Vietnamese sentence, a bug a short apology."""
        try:
            return await self._handle(incoming)
        except DomainError as refusal:
            return [Reply(refusal.message)]
        except Exception:
            log.exception(
                "failed to handle a message from %s chat %s", incoming.channel, incoming.chat_ref
            )
            return [Reply(SORRY)]

    async def _handle(self, incoming: Incoming) -> list[Reply]:
        now = self._clock()
        today = incoming.today or now.date()
        async with self._uow_factory() as uow:
            directory = await self._directories.get(uow)
            official = await self._identify(uow, incoming, directory)
        text = incoming.payload or incoming.text
        meaning = understand(text, today, directory.names)
        if official is None:
            if meaning.intent is Intent.START and meaning.code:
                cmd = LinkAccount(incoming.channel, incoming.chat_ref, meaning.code, now)
                return [
                    await link_account(cmd, directory=directory, uow_factory=self._uow_factory)
                ]
            return [Reply(ONBOARDING)]
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
        if not incoming.attachments and self._imports.expects(key, text):
            return [await self._imports.step(key, asker, text)]
        if incoming.attachments and meaning.intent is not Intent.DONE:
            return [await self._attachments(key, asker, incoming)]
        return [await self._route(meaning, asker, key, incoming)]

    async def _attachments(self, key: ChatKey, asker: Asker, incoming: Incoming) -> Reply:
        """Files right after «xong N» are its evidence; otherwise an admin's notice file
        starts an import."""
        last = self._last_report.get(key)
        if last is not None and asker.now - last[1] <= EVIDENCE_WINDOW:
            cmd = AddEvidence(last[0], incoming.attachments, incoming.text)
            return await add_evidence(cmd, asker=asker, uow_factory=self._uow_factory)
        notice = next((a for a in incoming.attachments if ImportDialog.is_notice_file(a)), None)
        if notice is not None and asker.official.has(Role.ADMIN):
            return await self._imports.from_file(key, asker, notice)
        return Reply(
            "Tệp/ảnh này chưa gắn được với việc nào. Gõ «xong N» kèm tệp để báo hoàn thành."
        )

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

    async def _route(
        self, meaning: Understanding, asker: Asker, key: ChatKey, incoming: Incoming
    ) -> Reply:
        intent, uow = meaning.intent, self._uow_factory
        if intent is Intent.START:
            return Reply(
                f"Tài khoản này đã liên kết với {asker.official.name}.\n"
                + help_text(asker.official)
            )
        if intent in (Intent.DUE, Intent.OVERDUE, Intent.LIST, Intent.SEARCH):
            cmd = self._list_command(meaning, asker)
            self._last_list.remember(key, cmd)
            return await list_tasks(cmd, asker=asker, uow_factory=uow)
        if intent is Intent.NEXT:
            last = self._last_list.get(key)
            if last is None:
                return Reply("Không có danh sách nào để xem tiếp. Thử «việc đến hạn tuần này».")
            offset = last.query.offset + last.query.limit
            if meaning.page:
                offset = (meaning.page - 1) * last.query.limit
            cmd = replace(last, query=replace(last.query, offset=offset))
            self._last_list.remember(key, cmd)
            return await list_tasks(cmd, asker=asker, uow_factory=uow)
        if intent is Intent.IMPORT:
            return self._imports.start_paste(key, asker)
        if intent is Intent.STATS:
            return await show_stats(
                self._stats_command(meaning, asker, incoming.text),
                asker=asker,
                uow_factory=uow,
                cache=self._stats_cache,
            )
        if (
            intent
            in (
                Intent.DETAIL,
                Intent.DONE,
                Intent.CONFIRM,
                Intent.REJECT,
                Intent.EXTEND,
                Intent.REOPEN,
            )
            and meaning.task_id is None
        ):
            return Reply(_ASK_ID[intent])
        task_id = meaning.task_id
        if task_id is None:
            asked_for_help = fold(incoming.text).strip(" ?/!.") in _HELP_WORDS
            if asked_for_help or incoming.attachments:
                return Reply(help_text(asker.official))
            return Reply(not_understood(asker.official))
        if intent is Intent.DETAIL:
            return await show_task(ShowTask(task_id), asker=asker, uow_factory=uow)
        if intent is Intent.DONE:
            reply = await report_done(
                ReportDone(task_id, meaning.note, incoming.attachments),
                asker=asker,
                uow_factory=uow,
            )
            self._last_report.remember(key, (task_id, asker.now))
            return reply
        if intent in (Intent.CONFIRM, Intent.REJECT):
            cmd_r = ReviewReport(task_id, intent is Intent.CONFIRM, meaning.note)
            return await review_report(cmd_r, asker=asker, uow_factory=uow)
        if intent is Intent.REOPEN:
            return await reopen_task(
                ReopenTask(task_id, meaning.note), asker=asker, uow_factory=uow
            )
        if intent is Intent.EXTEND:
            if meaning.new_deadline is None:
                return Reply(f"Gia hạn đến ngày nào? Ví dụ: «gia hạn {task_id} đến 15/12 vì …».")
            cmd_x = RequestExtension(task_id, meaning.new_deadline, meaning.note)
            return await request_extension(cmd_x, asker=asker, uow_factory=uow)
        return Reply(help_text(asker.official))

    def _list_command(self, meaning: Understanding, asker: Asker) -> ListTasks:
        query = TaskQuery(scope=asker.scope, limit=self._page_size)
        words: list[str] = []
        if meaning.intent is Intent.DUE:
            start, end = (
                (meaning.range.start, meaning.range.end)
                if meaning.range
                else (asker.today, asker.today + timedelta(days=6))
            )
            query = replace(query, due_from=start, due_to=end)
            title = f"Việc đến hạn {_period(start, end)}"
            empty = f"Không có việc nào đến hạn {_period(start, end)}."
        elif meaning.intent is Intent.OVERDUE:
            query = replace(query, overdue_on=asker.today, statuses=frozenset({_OPEN}))
            if meaning.range:
                query = replace(query, due_from=meaning.range.start, due_to=meaning.range.end)
            title = f"Việc quá hạn tính đến {fmt_date(asker.today)}"
            empty = f"Không có việc nào quá hạn tính đến {fmt_date(asker.today)}."
        elif meaning.intent is Intent.SEARCH:
            text = fold(meaning.query or "").strip()
            if not text:
                raise DomainError("Bạn muốn tìm gì? Ví dụ: «tìm số hóa hồ sơ».")
            query = replace(query, text=text, statuses=_NOT_CANCELLED)
            title = f"Kết quả tìm «{meaning.query}»"
            empty = f"Không tìm thấy việc nào có «{meaning.query}»."
        else:
            title, empty = "Danh sách việc đang thực hiện", "Không có việc nào đang thực hiện."
            if meaning.range:
                query = replace(query, due_from=meaning.range.start, due_to=meaning.range.end)
                words.append(_period(meaning.range.start, meaning.range.end))
        query, filters = self._filters(query, meaning, asker)
        words += filters
        if words:
            title += " — " + ", ".join(words)
            empty = empty.rstrip(".") + f" ({', '.join(words)})."
        return ListTasks(query, title, empty)

    def _filters(
        self, query: TaskQuery, meaning: Understanding, asker: Asker
    ) -> tuple[TaskQuery, list[str]]:
        directory, words = asker.directory, []
        if meaning.unit is not None:
            unit_id, name = self._unit(meaning, asker)
            query = replace(query, lead_unit_ids=directory.expand([unit_id]))
            words.append(name)
        if meaning.person is not None:
            person = directory.official(
                OfficialId(meaning.person.id) if meaning.person.id is not None else None
            )
            if person is None:
                raise DomainError(f"Không tìm thấy cán bộ «{meaning.person.typed}».")
            if person.has(Role.LEADER, Role.CHAIR, Role.ADMIN):
                query = replace(query, directing_official_id=person.id)
                words.append(f"do {person.name} chỉ đạo")
            else:
                query = replace(query, lead_unit_ids=frozenset({person.unit_id}))
                words.append(f"của {person.name}")
        if meaning.criterion:
            query = replace(query, criterion=meaning.criterion)
            words.append(f"tiêu chí {meaning.criterion}")
        if meaning.mine:
            me = asker.official
            directing = me.id if me.has(Role.LEADER, Role.CHAIR, Role.ADMIN) else None
            query = replace(query, scope=TaskScope(frozenset({me.unit_id}), directing))
            words.append("của tôi")
        return query, words

    @staticmethod
    def _unit(meaning: Understanding, asker: Asker) -> tuple[UnitId, str]:
        """The unit a question names; a name several units share (every commune has a "Văn
        phòng") is read inside the asker's scope."""
        assert meaning.unit is not None
        if meaning.unit.id is not None:
            return UnitId(meaning.unit.id), meaning.unit.name
        unit = asker.directory.find_unit(meaning.unit.typed, asker.scope.unit_ids)
        if unit is None:
            raise DomainError(f"Không tìm thấy đơn vị «{meaning.unit.typed}».")
        return unit.id, unit.name

    def _stats_command(self, meaning: Understanding, asker: Asker, text: str) -> ShowStats:
        directory = asker.directory
        if meaning.unit is not None:
            unit_id, name = self._unit(meaning, asker)
            return ShowStats(directory.expand([unit_id]), name)
        if "cac xa" in fold(text) or "cac phuong" in fold(text):
            communes = frozenset(
                u.id for u in directory.units.values() if u.kind is UnitKind.COMMUNE
            )
            return ShowStats(communes, "các xã, phường")
        return ShowStats()


def _period(start: date, end: date) -> str:
    if start == end:
        return f"ngày {fmt_date(start)}"
    return f"từ {fmt_date(start)} đến {fmt_date(end)}"


_ASK_ID = {
    Intent.DETAIL: "Bạn muốn xem việc số mấy? Ví dụ: «xem 12».",
    Intent.DONE: "Bạn báo xong việc số mấy? Ví dụ: «xong 12 đã gửi báo cáo số 45».",
    Intent.CONFIRM: "Duyệt việc số mấy? Ví dụ: «duyệt 12».",
    Intent.REJECT: "Trả lại việc số mấy? Ví dụ: «trả lại 12 thiếu minh chứng».",
    Intent.EXTEND: "Gia hạn việc số mấy? Ví dụ: «gia hạn 12 đến 15/12 vì chờ số liệu».",
    Intent.REOPEN: "Mở lại việc số mấy? Ví dụ: «mở lại 12».",
}

_HELP_WORDS = frozenset({"", "help", "start", "tro giup", "giup", "huong dan", "menu", "lenh"})
_OPEN = TaskStatus.OPEN
_NOT_CANCELLED = frozenset(s for s in TaskStatus if s is not TaskStatus.CANCELLED)
