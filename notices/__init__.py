"""Pure library reading Vietnamese conclusion notices: text in, dataclasses out, no I/O, no clock.

`parse_notice(text)` returns a ParsedNotice; `notice_to_json` gives the `nhacviec parse --json`
shape. Readers in `notices.readers` turn .txt/.docx/.pdf bytes into text; they are the only
part that touches files. Every refusal is a NoticeError with a one-line Vietnamese `message`.
"""

from notices.errors import ClassifiedNoticeError, ErrorCode, NoticeError
from notices.model import (
    DeadlineKind,
    ParsedNotice,
    ParsedTask,
    Recurrence,
    notice_to_json,
    task_to_json,
)
from notices.parser import parse_notice

__all__ = [
    "ClassifiedNoticeError",
    "DeadlineKind",
    "ErrorCode",
    "NoticeError",
    "ParsedNotice",
    "ParsedTask",
    "Recurrence",
    "notice_to_json",
    "parse_notice",
    "task_to_json",
]
