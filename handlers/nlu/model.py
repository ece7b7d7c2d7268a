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
