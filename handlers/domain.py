"""Domain model: units, officials, chat accounts, notices, tasks, events, evidence, outbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NewType

# One vocabulary from the parser to the database: the notice library owns these two.
from notices.model import DeadlineKind as DeadlineKind
from notices.model import Recurrence as Recurrence

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
