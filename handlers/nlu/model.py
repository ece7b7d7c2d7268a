"""What a short question means: the intent and the filters it names, as frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Intent(StrEnum):
    HELP = "help"
    UNKNOWN = "unknown"  # nothing in the message was understood
    START = "start"
    DUE = "due"
    OVERDUE = "overdue"
    LIST = "list"
    DETAIL = "detail"
    DONE = "done"
    REOPEN = "reopen"
    CONFIRM = "confirm"
    REJECT = "reject"
    EXTEND = "extend"
    STATS = "stats"
    SEARCH = "search"
    IMPORT = "import"
    NEXT = "next"  # "tiếp", "xem thêm", "trang 2", "/tiep"
    QUEUE = "queue"  # what awaits the asker's decision: "chờ duyệt"
    DECIDE_EXTENSION = "decide_extension"  # "đồng ý gia hạn 12", "không duyệt gia hạn 12"
    DELEGATE = "delegate"  # "giao việc 12 cho chị Lan"
    EDIT = "edit"  # change a task's deadline, lead, support or text
    CANCEL = "cancel"  # "hủy việc 12"
    GREETING = "greeting"  # "chào", "cảm ơn", "ok"
    REPORT = "report"  # "báo cáo quý 4", "xuất excel việc quá hạn"
    CHOICE = "choice"  # a bare number answering a numbered question


@dataclass(frozen=True, slots=True)
class DateRange:
    """Both ends inclusive."""

    start: date
    end: date


@dataclass(frozen=True, slots=True)
class NameMatch:
    """`name` is the official name when resolved (`id` set), else the phrase as typed."""

    name: str
    id: int | None
    typed: str


@dataclass(frozen=True, slots=True)
class Understanding:
    intent: Intent
    range: DateRange | None = None
    task_id: int | None = None
    unit: NameMatch | None = None
    person: NameMatch | None = None
    criterion: str | None = None
    query: str | None = None
    note: str | None = None
    new_deadline: date | None = None
    mine: bool = False
    code: str | None = None
    page: int | None = None
    communes: bool = False  # "các xã", "các phường": every commune, side by side
    choice: int | None = None  # the number of a numbered answer ("2")
    status: str | None = None  # a status filter: "done", "returned", "reported"
    deadline_kind: str | None = None  # a deadline filter: "none", "ongoing", "recurring"
    approve: bool | None = None  # an extension decision: granted or refused
    bare: bool = False  # a task number alone: what to do with it is the bot's question
    sure: bool = False  # the words name which decision is meant (a report, not an extension)
    # What a correction changes: "deadline", "lead", "support_add", "support_remove", "text".
    edit: str | None = None
    spreadsheet: bool = False  # a report asked for as Excel ("xuất excel"), not Word
    problem: str | None = None  # why the message cannot be answered as typed ("Năm 0000 …")

    def to_json(self) -> dict[str, object]:
        """The `nhacviec understand --json` contract other tools read: these keys, nothing more."""
        span = None
        if self.range is not None:
            span = {"from": self.range.start.isoformat(), "to": self.range.end.isoformat()}
        return {
            "intent": self.intent.value,
            "range": span,
            "task_id": self.task_id,
            "unit": self.unit.name if self.unit else None,
            "person": self.person.name if self.person else None,
            "criterion": self.criterion,
            "query": self.query,
        }
