"""What answers each intent: one table from intent to handler. A handler lives in its use-case
module and takes the Turn; the few answers that need no use case are here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from handlers.add_evidence import on_attachments
from handlers.ask import answered
from handlers.corrections import on_cancel, on_delegate, on_edit
from handlers.help_text import greeting, help_text, not_understood
from handlers.list_tasks import on_list, on_next
from handlers.make_report import on_report
from handlers.messages import Reply
from handlers.nlu import Intent, Understanding, understand
from handlers.reopen_task import on_reopen
from handlers.report_done import on_done
from handlers.request_extension import on_extend
from handlers.review_report import on_decide_extension, on_review
from handlers.show_queue import on_queue
from handlers.show_stats import on_stats
from handlers.show_task import on_detail
from handlers.turn import Handler, Turn


async def on_start(turn: Turn) -> Reply:
    """«/start CODE» from a chat that is already linked."""
    official = turn.asker.official
    return Reply(f"Tài khoản này đã liên kết với {official.name}.\n" + help_text(official))


async def on_import(turn: Turn) -> Reply:
    return await turn.services.imports.start_paste(turn.key, turn.asker)


async def on_help(turn: Turn) -> Reply:
    if turn.incoming.attachments:
        return await on_attachments(turn)
    return Reply(help_text(turn.asker.official))


async def on_unknown(turn: Turn) -> Reply:
    if turn.incoming.attachments:
        return await on_attachments(turn)
    return Reply(not_understood(turn.asker.official, turn.incoming.payload or turn.incoming.text))


async def on_greeting(turn: Turn) -> Reply:
    return Reply(greeting(turn.asker.official, turn.incoming.text))


async def on_choice(turn: Turn) -> Reply:
    """A bare number: the answer to the chat's open question, else the task with that number."""
    number = turn.meaning.choice or 0
    chosen = await answered(turn, number)
    if chosen is None:
        detail = Understanding(Intent.DETAIL, task_id=number)
        return await on_detail(replace(turn, meaning=detail))
    asker = turn.asker
    meaning = understand(chosen, asker.today, asker.directory.names)
    return await ROUTES[meaning.intent](replace(turn, meaning=meaning))


def needs_task(handler: Handler, question: str) -> Handler:
    """A handler for a message that must name a task: without one, ask which."""

    async def route(turn: Turn) -> Reply:
        if turn.meaning.task_id is None:
            return Reply(question)
        return await handler(turn)

    return route


ROUTES: Mapping[Intent, Handler] = MappingProxyType(
    {
        Intent.HELP: on_help,
        Intent.UNKNOWN: on_unknown,
        Intent.START: on_start,
        Intent.DUE: on_list,
        Intent.OVERDUE: on_list,
        Intent.LIST: on_list,
        Intent.SEARCH: on_list,
        Intent.NEXT: on_next,
        Intent.STATS: on_stats,
        Intent.IMPORT: on_import,
        Intent.DETAIL: needs_task(on_detail, "Bạn muốn xem việc số mấy? Ví dụ: «xem 12»."),
        Intent.DONE: needs_task(
            on_done, "Bạn báo xong việc số mấy? Ví dụ: «xong 12 đã gửi báo cáo số 45»."
        ),
        Intent.CONFIRM: needs_task(on_review, "Duyệt việc số mấy? Ví dụ: «duyệt 12»."),
        Intent.REJECT: needs_task(
            on_review, "Trả lại việc số mấy? Ví dụ: «trả lại 12 thiếu minh chứng»."
        ),
        Intent.EXTEND: needs_task(
            on_extend, "Gia hạn việc số mấy? Ví dụ: «gia hạn 12 đến 15/12 vì chờ số liệu»."
        ),
        Intent.REOPEN: needs_task(on_reopen, "Mở lại việc số mấy? Ví dụ: «mở lại 12»."),
        Intent.QUEUE: on_queue,
        Intent.DECIDE_EXTENSION: needs_task(
            on_decide_extension, "Duyệt gia hạn việc số mấy? Ví dụ: «đồng ý gia hạn 12»."
        ),
        Intent.GREETING: on_greeting,
        Intent.CHOICE: on_choice,
        Intent.DELEGATE: needs_task(
            on_delegate, "Giao việc số mấy? Ví dụ: «giao việc 12 cho chị Lan»."
        ),
        Intent.EDIT: needs_task(on_edit, "Sửa việc số mấy? Ví dụ: «sửa hạn 12 thành 30/12»."),
        Intent.CANCEL: needs_task(on_cancel, "Hủy việc số mấy? Ví dụ: «hủy việc 12 vì …»."),
        Intent.REPORT: on_report,
    }
)
