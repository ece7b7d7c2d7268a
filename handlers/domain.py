"""Domain model: units, officials, chat accounts, notices, tasks, events, evidence, outbox."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NewType

from handlers.errors import DomainError, NotAllowed

# One vocabulary from the parser to the database: the notice library owns these two.
from notices.model import DeadlineKind as DeadlineKind
from notices.model import Recurrence as Recurrence
from notices.text import search_key

UnitId = NewType("UnitId", int)
OfficialId = NewType("OfficialId", int)
NoticeId = NewType("NoticeId", int)
TaskId = NewType("TaskId", int)


class UnitKind(StrEnum):
    PROVINCE = "province"
    COMMUNE = "commune"
    AGENCY = "agency"
    LEGACY = "legacy"


class Role(StrEnum):
    ADMIN = "admin"
    LEADER = "leader"
    CHAIR = "chair"
    STAFF = "staff"


class TaskStatus(StrEnum):
    OPEN = "open"
    REPORTED = "reported"
    DONE = "done"
    PAUSED = "paused"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """How the status reads in a Vietnamese sentence ("việc #12 đang tạm dừng")."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    TaskStatus.OPEN: "đang thực hiện",
    TaskStatus.REPORTED: "chờ xác nhận",
    TaskStatus.DONE: "đã hoàn thành",
    TaskStatus.PAUSED: "tạm dừng",
    TaskStatus.CANCELLED: "đã hủy",
}


class DueState(StrEnum):
    """Derived at query time from status, deadline and today; never stored."""

    NO_DEADLINE = "no_deadline"
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"


class EventKind(StrEnum):
    CREATED = "created"
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENSION_APPROVED = "extension_approved"
    EXTENSION_REFUSED = "extension_refused"
    NOTE = "note"
    STATUS_CHANGED = "status_changed"
    REASSIGNED = "reassigned"
    DELEGATED = "delegated"
    EDITED = "edited"


class EvidenceKind(StrEnum):
    NOTE = "note"
    IMAGE = "image"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class Unit:
    id: UnitId
    code: str
    name: str
    kind: UnitKind
    parent_id: UnitId | None = None
    aliases: tuple[str, ...] = ()
    successor_id: UnitId | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class Official:
    id: OfficialId
    handle: str
    name: str
    unit_id: UnitId
    roles: frozenset[Role]
    title: str = ""
    active: bool = True

    def has(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)


@dataclass(frozen=True, slots=True)
class ChatAccount:
    channel: str
    external_id: str
    official_id: OfficialId
    active: bool = True


@dataclass(frozen=True, slots=True)
class Notice:
    id: NoticeId
    fingerprint: str
    doc_number: str | None
    doc_type: str | None
    issued_date: date | None
    issuer: str | None
    title: str
    signer: str | None = None
    signer_title: str | None = None
    source_name: str | None = None


@dataclass(frozen=True, slots=True)
class Task:
    id: TaskId
    notice_id: NoticeId | None
    item_ref: str
    text: str
    lead_unit_id: UnitId
    status: TaskStatus
    deadline: date | None
    deadline_kind: DeadlineKind
    deadline_phrase: str | None = None
    recurrence: Recurrence | None = None
    criteria: tuple[str, ...] = ()
    support_unit_ids: tuple[UnitId, ...] = ()
    directing_official_id: OfficialId | None = None
    directing_name: str | None = None
    parent_id: TaskId | None = None
    completed_on: date | None = None
    requested_deadline: date | None = None
    created_at: datetime | None = None
    # An official of the lead unit the task was handed to inside the unit (None: the unit).
    assignee_id: OfficialId | None = None

    # --- Transitions: each checks its rule on the task's state and returns the task as it is
    # after the act, with the events to record. Who may act (scope, roles) is the caller's check;
    # facts the rule needs from outside (who reported, whether the actor reviews) are arguments.

    @property
    def search_text(self) -> str:
        """The text as storage indexes it for search: folded words, space-padded."""
        return search_key(self.text)

    @property
    def deadline_label(self) -> str:
        """How the deadline was given when it is no calendar day ("thường xuyên")."""
        return self.deadline_phrase or _KIND_WORDS.get(self.deadline_kind, "không có hạn")

    @property
    def active(self) -> bool:
        """Still being worked on: open, or reported and waiting for a decision."""
        return self.status in (TaskStatus.OPEN, TaskStatus.REPORTED)

    def report(self, act: Act, note: str = "", attachments: int = 0) -> Change:
        """The lead unit says the task is done; it waits for a reviewer's decision."""
        if self.status is TaskStatus.REPORTED:
            raise DomainError(f"Việc #{self.id} đã được báo hoàn thành, đang chờ xác nhận.")
        self._require_open("báo xong")
        return self._change(
            act,
            EventKind.REPORTED,
            note,
            {"attachments": attachments},
            status=TaskStatus.REPORTED,
            completed_on=act.today,
        )

    def confirm(self, act: Act, reporter_id: OfficialId | None, *, by_admin: bool) -> Change:
        """A reviewer accepts the report; nobody but an admin confirms their own report."""
        self._require_reported()
        if reporter_id is not None and reporter_id == act.actor_id and not by_admin:
            raise NotAllowed("Bạn không thể tự xác nhận báo cáo của chính mình.")
        return self._change(act, EventKind.CONFIRMED, status=TaskStatus.DONE)

    def return_(self, act: Act, reason: str = "") -> Change:
        """A reviewer sends the report back: the task is open again, its completion date gone."""
        self._require_reported()
        return self._change(
            act, EventKind.REJECTED, reason, status=TaskStatus.OPEN, completed_on=None
        )

    def reopen(
        self, act: Act, reason: str = "", *, reporter_id: OfficialId | None, reviewer: bool
    ) -> Change:
        """Undo a report (its reporter or a reviewer), or reopen a confirmed, paused or
        cancelled task (a reviewer)."""
        if self.status is TaskStatus.OPEN:
            raise DomainError(f"Việc #{self.id} đang thực hiện, không cần mở lại.")
        if self.status is not TaskStatus.REPORTED and not reason.strip():
            raise DomainError(
                f"Mở lại việc đã đóng cần nêu lý do. Ví dụ: «mở lại {self.id} vì …»."
            )
        if self.status is TaskStatus.REPORTED:
            if reporter_id != act.actor_id and not reviewer:
                raise NotAllowed("Chỉ người đã báo cáo hoặc lãnh đạo mới mở lại việc này.")
        elif not reviewer:
            raise NotAllowed(f"Chỉ lãnh đạo hoặc Văn phòng mới mở lại việc {self.status.label}.")
        return self._moved_to(TaskStatus.OPEN, act, reason, completed_on=None)

    def request_extension(
        self, act: Act, new_deadline: date, reason: str = "", *, direct: bool
    ) -> Change:
        """Ask for a later deadline; `direct` (a reviewer above the lead unit) sets it at once.
        Only an open task with a calendar deadline can be extended, and only with a reason."""
        if self.status is TaskStatus.REPORTED:
            raise DomainError(
                f"Việc #{self.id} đã báo hoàn thành, đang chờ xác nhận: không gia hạn nữa."
            )
        if not self.active:
            raise DomainError(f"Việc #{self.id} không còn thực hiện, không cần gia hạn.")
        if self.deadline is None or self.deadline_kind in _NO_CALENDAR_DEADLINE:
            raise DomainError(
                f"Việc #{self.id} không có thời hạn theo ngày ({self.deadline_label}), "
                "nên không cần gia hạn."
            )
        if self.requested_deadline is not None and not direct:
            raise DomainError(
                f"Việc #{self.id} đã có đề nghị gia hạn đến {fmt_date(self.requested_deadline)} "
                "đang chờ lãnh đạo xem xét."
            )
        if not reason.strip():
            raise DomainError(
                f"Đề nghị gia hạn cần nêu lý do. Ví dụ: «gia hạn {self.id} đến "
                f"{fmt_date(new_deadline)} vì chờ số liệu»."
            )
        if new_deadline <= act.today or new_deadline <= self.deadline:
            raise DomainError(
                f"Hạn mới {fmt_date(new_deadline)} phải sau hôm nay và sau hạn hiện tại "
                f"({fmt_date(self.deadline)})."
            )
        data = self._deadline_move(new_deadline)
        if direct:
            return self._change(
                act, EventKind.EXTENSION_APPROVED, reason, data, **_extended_to(new_deadline)
            )
        return self._change(
            act, EventKind.EXTENSION_REQUESTED, reason, data, requested_deadline=new_deadline
        )

    def decide_extension(self, act: Act, approve: bool, reason: str = "") -> Change:
        """A reviewer grants the pending request (the new deadline applies) or refuses it."""
        new = self.requested_deadline
        if new is None:
            raise DomainError(f"Việc #{self.id} không có đề nghị gia hạn nào đang chờ.")
        data = self._deadline_move(new)
        if approve:
            return self._change(
                act, EventKind.EXTENSION_APPROVED, reason, data, **_extended_to(new)
            )
        return self._change(
            act, EventKind.EXTENSION_REFUSED, reason, data, requested_deadline=None
        )

    def cancel(self, act: Act, reason: str = "") -> Change:
        """The task is dropped (the notice was withdrawn, the work is no longer needed): it leaves
        every list and stays in history; a reason is required."""
        if not reason.strip():
            raise DomainError(f"Hủy việc cần nêu lý do. Ví dụ: «hủy việc {self.id} vì …».")
        if self.status is TaskStatus.CANCELLED:
            raise DomainError(f"Việc #{self.id} đã hủy rồi.")
        if self.status is TaskStatus.DONE:
            raise DomainError(f"Việc #{self.id} đã hoàn thành, không thể hủy.")
        return self._moved_to(TaskStatus.CANCELLED, act, reason, requested_deadline=None)

    def correct_deadline(self, act: Act, deadline: date, reason: str = "") -> Change:
        """An admin or the directing leader fixes the deadline (a typo in the notice, a new
        instruction); unlike an extension it may move the deadline earlier."""
        self._require_active("sửa hạn")
        if deadline == self.deadline and self.deadline_kind is DeadlineKind.ON_DATE:
            raise DomainError(f"Hạn của việc #{self.id} đã là {fmt_date(deadline)}.")
        data = {"field": "deadline", **self._deadline_move(deadline)}
        return self._change(
            act,
            EventKind.EDITED,
            reason,
            data,
            deadline=deadline,
            deadline_kind=DeadlineKind.ON_DATE,
            deadline_phrase=f"sửa thành ngày {fmt_date(deadline)}",
            requested_deadline=None,
        )

    def change_support(
        self,
        act: Act,
        add: tuple[UnitId, ...] = (),
        remove: tuple[UnitId, ...] = (),
        reason: str = "",
    ) -> Change:
        """Supporting units added or removed; the lead never supports its own task."""
        self._require_active("đổi đơn vị phối hợp")
        if self.lead_unit_id in add:
            raise DomainError(f"Đơn vị này đang chủ trì việc #{self.id}.")
        kept = [u for u in self.support_unit_ids if u not in remove]
        support = tuple(dict.fromkeys([*kept, *add]))
        if support == self.support_unit_ids:
            raise DomainError(f"Đơn vị phối hợp của việc #{self.id} không thay đổi.")
        data = {"field": "support", "from": list(self.support_unit_ids), "to": list(support)}
        return self._change(act, EventKind.EDITED, reason, data, support_unit_ids=support)

    def rewrite(self, act: Act, text: str, reason: str = "") -> Change:
        """The task's wording corrected; the old wording stays in the event."""
        self._require_active("sửa nội dung")
        text = " ".join(text.split())
        if len(text) < 10:
            raise DomainError("Nội dung mới quá ngắn. Ví dụ: «sửa nội dung việc 12 thành: …».")
        if text == self.text:
            raise DomainError(f"Nội dung việc #{self.id} không thay đổi.")
        data = {"field": "text", "from": self.text, "to": text}
        return self._change(act, EventKind.EDITED, reason, data, text=text)

    def reassign(self, act: Act, lead_unit_id: UnitId, reason: str = "") -> Change:
        """Another unit leads the task; a delegation inside the old unit ends with it."""
        self._require_active("đổi đơn vị chủ trì")
        if lead_unit_id == self.lead_unit_id:
            raise DomainError(f"Việc #{self.id} đã do đơn vị này chủ trì.")
        return self._change(
            act,
            EventKind.REASSIGNED,
            reason,
            {"from": self.lead_unit_id, "to": lead_unit_id},
            lead_unit_id=lead_unit_id,
            support_unit_ids=tuple(u for u in self.support_unit_ids if u != lead_unit_id),
            assignee_id=None,
        )

    def delegate(self, act: Act, assignee: Official) -> Change:
        """Hand the task to one official of the lead unit; the unit keeps seeing it."""
        self._require_active("giao cho cán bộ")
        if assignee.unit_id != self.lead_unit_id or not assignee.active:
            raise DomainError(f"{assignee.name} không thuộc đơn vị chủ trì việc #{self.id}.")
        if assignee.id == self.assignee_id:
            raise DomainError(f"Việc #{self.id} đã giao cho {assignee.name} rồi.")
        return self._change(
            act,
            EventKind.DELEGATED,
            "",
            {"from": self.assignee_id, "to": assignee.id},
            assignee_id=assignee.id,
        )

    def _require_open(self, action: str) -> None:
        if self.status is TaskStatus.DONE:
            raise DomainError(f"Việc #{self.id} đã hoàn thành rồi.")
        if self.status is not TaskStatus.OPEN:
            raise DomainError(f"Việc #{self.id} {self.status.label}, không thể {action}.")

    def _require_active(self, action: str) -> None:
        if not self.active:
            raise DomainError(f"Việc #{self.id} {self.status.label}, không thể {action}.")

    def _require_reported(self) -> None:
        if self.status is TaskStatus.DONE:
            raise DomainError(f"Việc #{self.id} đã hoàn thành rồi.")
        if self.status is not TaskStatus.REPORTED:
            raise DomainError(f"Việc #{self.id} chưa được báo hoàn thành.")

    def _moved_to(self, status: TaskStatus, act: Act, reason: str, **fields: Any) -> Change:
        """A status change outside the report cycle, recorded with where it came from."""
        data = {"from": self.status.value, "to": status.value}
        return self._change(act, EventKind.STATUS_CHANGED, reason, data, status=status, **fields)

    def _deadline_move(self, new: date) -> dict[str, Any]:
        return {
            "old": self.deadline.isoformat() if self.deadline else None,
            "new": new.isoformat(),
        }

    def _change(
        self,
        act: Act,
        kind: EventKind,
        message: str = "",
        data: dict[str, Any] | None = None,
        **fields: Any,
    ) -> Change:
        event = TaskEvent(
            self.id, kind, act.at, act.actor_id, act.channel, message.strip(), data or {}
        )
        return Change(replace(self, **fields), (event,))


_NO_CALENDAR_DEADLINE = frozenset(
    {DeadlineKind.ONGOING, DeadlineKind.RECURRING, DeadlineKind.NONE}
)
_KIND_WORDS = {
    DeadlineKind.ONGOING: "thường xuyên",
    DeadlineKind.RECURRING: "định kỳ",
    DeadlineKind.NONE: "không có hạn",
}


def _extended_to(deadline: date) -> dict[str, Any]:
    """The fields of a task whose deadline was moved by an extension."""
    return {
        "deadline": deadline,
        "deadline_kind": DeadlineKind.ON_DATE,
        "deadline_phrase": f"gia hạn đến ngày {fmt_date(deadline)}",
        "requested_deadline": None,
    }


def fmt_date(day: date | None) -> str:
    """A day as users read it: dd/mm/yyyy (a dash when there is none)."""
    return day.strftime("%d/%m/%Y") if day else "—"


@dataclass(frozen=True, slots=True)
class Act:
    """Who acts, when and through which channel: stamped on the events a transition returns."""

    actor_id: OfficialId | None
    at: datetime
    today: date
    channel: str


@dataclass(frozen=True, slots=True)
class Change:
    """A transition's outcome: the task after the act and the events to record with it."""

    task: Task
    events: tuple[TaskEvent, ...]


@dataclass(frozen=True, slots=True)
class NewTask:
    """What a use case asks storage to create; the id and timestamps come back on Task."""

    item_ref: str
    text: str
    lead_unit_id: UnitId
    deadline: date | None
    deadline_kind: DeadlineKind
    notice_id: NoticeId | None = None
    deadline_phrase: str | None = None
    recurrence: Recurrence | None = None
    criteria: tuple[str, ...] = ()
    support_unit_ids: tuple[UnitId, ...] = ()
    directing_official_id: OfficialId | None = None
    directing_name: str | None = None
    parent_id: TaskId | None = None
    status: TaskStatus = TaskStatus.OPEN
    created_at: datetime | None = None  # when the use case made it (None: when stored)

    @property
    def search_text(self) -> str:
        """The text as storage indexes it for search: folded words, space-padded."""
        return search_key(self.text)


@dataclass(frozen=True, slots=True)
class TaskEvent:
    task_id: TaskId
    kind: EventKind
    at: datetime
    actor_id: OfficialId | None
    channel: str
    message: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    task_id: TaskId
    kind: EvidenceKind
    ref: str
    caption: str = ""
    event_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """A message owed to one recipient; (rule, recipient, period) is unique."""

    rule: str
    recipient_id: OfficialId
    period: str
    text: str
    due_at: datetime
    id: int | None = None
    status: str = "pending"
    attempts: int = 0
    channel: str | None = None
    last_error: str | None = None
