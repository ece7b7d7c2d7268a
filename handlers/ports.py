"""Ports the conversation core needs from storage: narrow Protocols and their query values."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from handlers.domain import (
    ChatAccount,
    DeadlineKind,
    Evidence,
    NewTask,
    Notice,
    NoticeId,
    Official,
    OfficialId,
    OutboxMessage,
    Recurrence,
    Role,
    Task,
    TaskEvent,
    TaskId,
    TaskStatus,
    Unit,
    UnitId,
    UnitKind,
)
from handlers.official_table import OfficialTable
from notices.model import JsonValue as JsonValue  # what a conversation slot keeps

ACTIVE_STATUSES = frozenset({TaskStatus.OPEN, TaskStatus.REPORTED})


@dataclass(frozen=True, slots=True)
class TaskScope:
    """Which tasks an official may see.

    A task is visible when its lead unit or one of its supporting units is in `unit_ids`
    (None means every unit), or when `directing_official_id` directs it.

    `subtree_roots`, when given, says the same set another way: `unit_ids` is exactly these
    units and every unit under them, so storage matches "under X" by the units' paths instead
    of listing thousands of ids.
    """

    unit_ids: frozenset[UnitId] | None
    directing_official_id: OfficialId | None = None
    subtree_roots: frozenset[UnitId] = frozenset()


@dataclass(frozen=True, slots=True)
class TaskCursor:
    """Where a page of a listing ended (its last task's deadline and id): the next page starts
    right after it, however many tasks were added or closed before it meanwhile."""

    deadline: date | None
    task_id: TaskId


@dataclass(frozen=True, slots=True)
class TaskQuery:
    """A filtered, paged task listing inside a scope. Results are ordered soonest deadline first
    (tasks without a deadline last), then by id."""

    scope: TaskScope
    statuses: frozenset[TaskStatus] = ACTIVE_STATUSES
    due_from: date | None = None
    due_to: date | None = None
    overdue_on: date | None = None
    lead_unit_ids: frozenset[UnitId] | None = None
    directing_official_id: OfficialId | None = None
    criterion: str | None = None
    # A search key (notices.text.search_key: folded words between single spaces, padded by one
    # on each side), matched as a substring of the task's `NewTask.search_text`.
    text: str | None = None
    recurring_templates: bool = False  # only recurring obligations without a date of their own
    recurring: bool = False  # only tasks that recur ("việc định kỳ"), dated or not
    deadline_kinds: frozenset[DeadlineKind] | None = None  # "việc không thời hạn", "thường xuyên"
    returned: bool = False  # only tasks a reviewer has returned at least once ("bị trả lại")
    # Only what awaits a reviewer's decision: a report to confirm or an extension to decide.
    awaiting_decision: bool = False
    created_before: datetime | None = None  # only tasks that existed then (reminders of a day)
    limit: int = 10
    offset: int = 0
    # Keyset paging: only tasks after this one in the listing order (then `offset` more skipped).
    after: TaskCursor | None = None


@dataclass(frozen=True, slots=True)
class TaskPage:
    items: tuple[Task, ...]
    total: int

    @property
    def cursor(self) -> TaskCursor | None:
        """The `TaskQuery.after` that continues this listing; None for an empty page."""
        if not self.items:
            return None
        last = self.items[-1]
        return TaskCursor(last.deadline, last.id)


@dataclass(frozen=True, slots=True)
class UnitStats:
    """Counts of one lead unit's tasks by derived state on a snapshot day."""

    unit_id: UnitId
    no_deadline: int = 0
    on_track: int = 0
    due_soon: int = 0
    overdue: int = 0
    reported: int = 0
    done_on_time: int = 0
    done_late: int = 0

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def come_due(self) -> int:
        """Tasks that count in the completion rate: overdue, reported past due, and every done."""
        return self.overdue + self.done

    @property
    def total(self) -> int:
        return (
            self.no_deadline
            + self.on_track
            + self.due_soon
            + self.overdue
            + self.reported
            + self.done_on_time
            + self.done_late
        )


@dataclass(frozen=True, slots=True)
class NewUnit:
    code: str
    name: str
    kind: UnitKind
    parent_code: str | None = None
    aliases: tuple[str, ...] = ()
    successor_code: str | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class NewOfficial:
    handle: str
    name: str
    unit_code: str
    roles: frozenset[Role]
    title: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class NewNotice:
    fingerprint: str
    doc_number: str | None
    doc_type: str | None
    issued_date: date | None
    issuer: str | None
    title: str
    signer: str | None = None
    signer_title: str | None = None
    source_name: str | None = None


class UnitRepository(Protocol):
    async def all(self) -> list[Unit]: ...
    async def upsert(self, unit: NewUnit) -> Unit:
        """Insert or update by `code`; parent/successor codes must already exist."""
        ...

    async def revision(self) -> int:
        """A number that changes whenever units or officials change (for caches)."""
        ...

    async def digest(self) -> str:
        """A digest of every unit and official (roles included) as stored: equal digests,
        equal org, whichever database they were read from (a cache of the org keys on it)."""
        ...

    def source(self) -> Hashable:
        """What the rows are read from (the engine; a fake's store), the same for every unit of
        work over it: with `revision`, it says when two caches would read the same org."""
        ...

    async def bump_revision(self) -> None: ...


class OfficialRepository(Protocol):
    async def all(self) -> list[Official]: ...
    async def table(self) -> OfficialTable:
        """`all()` as columns (`handlers/official_table.py`): no `Official` made per row."""
        ...

    async def get(self, official_id: OfficialId) -> Official | None: ...
    async def by_handle(self, handle: str) -> Official | None: ...
    async def upsert(self, official: NewOfficial) -> Official:
        """Insert or update by `handle`."""
        ...


class ChatAccountRepository(Protocol):
    async def find(self, channel: str, external_id: str) -> ChatAccount | None: ...
    async def link(self, channel: str, external_id: str, official_id: OfficialId) -> ChatAccount:
        """Bind a chat to an official (re-binding an existing chat moves it)."""
        ...

    async def for_official(self, official_id: OfficialId) -> list[ChatAccount]: ...
    async def set_active(self, channel: str, external_id: str, active: bool) -> None: ...

    async def move(self, channel: str, old_id: str, new_id: str) -> bool:
        """The chat now has another id on its channel (a Telegram group upgraded to a
        supergroup): the account follows it; when the new id is already linked, the old one
        goes. False when no account had the old id."""
        ...


class InviteRepository(Protocol):
    async def create(
        self, official_id: OfficialId, code_hash: str, created_at: datetime, expires_at: datetime
    ) -> None: ...

    async def redeem(self, code_hash: str, now: datetime) -> OfficialId | None:
        """Mark an unused, unexpired code used and return its official; None otherwise."""
        ...


class NoticeRepository(Protocol):
    async def add(self, notice: NewNotice) -> Notice: ...
    async def get(self, notice_id: NoticeId) -> Notice | None: ...
    async def by_fingerprint(self, fingerprint: str) -> Notice | None: ...


class TaskRepository(Protocol):
    async def revision(self) -> int:
        """A number that changes whenever a committed unit of work wrote a task (for caches)."""
        ...

    async def add(self, task: NewTask) -> Task: ...
    async def get(self, task_id: TaskId) -> Task | None: ...
    async def save(self, task: Task) -> None:
        """Persist the mutable fields: status, deadline, deadline kind/phrase, completed_on,
        requested_deadline."""
        ...

    async def find(self, query: TaskQuery) -> TaskPage: ...
    async def stats(
        self,
        scope: TaskScope,
        today: date,
        soon_until: date,
        lead_unit_ids: frozenset[UnitId] | None,
        *,
        created_before: datetime | None = None,
    ) -> list[UnitStats]:
        """Per lead unit counts of active and done tasks (paused and cancelled left out);
        with `created_before`, of the tasks that existed then."""
        ...

    async def children(self, parent_id: TaskId) -> list[Task]: ...


class EventRepository(Protocol):
    async def add(self, event: TaskEvent) -> TaskEvent: ...
    async def for_task(self, task_id: TaskId) -> list[TaskEvent]: ...


class EvidenceRepository(Protocol):
    async def add(self, evidence: Evidence) -> Evidence: ...
    async def for_task(self, task_id: TaskId) -> list[Evidence]: ...


@dataclass(frozen=True, slots=True)
class UnitsSummary:
    """A scope's per-unit counts (`TaskRepository.stats`) as a pushed summary shows them: their
    sum (unit_id 0), how many units lead a counted task, how many of those have a task come
    due (`rated`: overdue or done), and the first rated units (`worst`), most overdue first,
    then most come due, then by unit id (handlers.reminder_queries.summarize)."""

    total: UnitStats
    units: int = 0
    rated: int = 0
    worst: tuple[UnitStats, ...] = ()


@dataclass(frozen=True, slots=True)
class ScopeDigest:
    """What one official's scope holds for a pushed summary, as `TaskRepository` would answer
    it: its per-unit counts summed and ranked (`stats`, summarized), and the first tasks and
    totals of the open overdue list, the open tasks due from the day to `due_to`, and those
    awaiting confirmation (`find`)."""

    units: UnitsSummary
    overdue: TaskPage
    due: TaskPage
    reported: TaskPage


class ReminderBatchRepository(Protocol):
    """Reminders for many recipients at once: a handful of statements per batch, not a few
    per recipient."""

    async def digests(
        self,
        scopes: Mapping[OfficialId, TaskScope],
        today: date,
        soon_until: date,
        due_to: date,
        listed: int,
        created_before: datetime | None = None,
        ranked: int = 0,
    ) -> dict[OfficialId, ScopeDigest]:
        """Each official's ScopeDigest (lists cut to `listed` tasks, ordered like `find`; the
        `ranked` worst units)."""
        ...

    async def add_once(self, messages: Sequence[OutboxMessage]) -> int:
        """`OutboxRepository.add_once` for many rows; returns how many were inserted."""
        ...


@dataclass(frozen=True, slots=True)
class RecurringTemplate:
    """A recurring obligation without a date of its own, as `create_occurrences` reads it."""

    id: TaskId
    recurrence: Recurrence
    deadline_phrase: str | None


@dataclass(frozen=True, slots=True)
class NewOccurrence:
    """A template's dated occurrence: a copy of the template (text, units, criteria, notice,
    direction) with this deadline, and its creation event's message."""

    template_id: TaskId
    deadline: date
    deadline_kind: DeadlineKind
    deadline_phrase: str
    note: str


class OccurrenceRepository(Protocol):
    """Recurring templates and their occurrences, many per statement."""

    async def templates(self, after: TaskId | None, limit: int) -> list[RecurringTemplate]:
        """Active recurring templates with an id above `after`, by id, at most `limit`."""
        ...

    async def add(self, occurrences: Sequence[NewOccurrence], now: datetime) -> int:
        """Create each occurrence (and its `created` event by the scheduler, at `now`) unless
        its template already has a child with that deadline; returns how many were made."""
        ...


class OutboxRepository(Protocol):
    """Owed messages. A row is claimed (`sending`, under a claim id and a lease) before it is
    sent and marked after; every mark names the claim id and does nothing when the claim was
    lost (its lease expired and someone else took the row)."""

    async def add_once(self, message: OutboxMessage) -> bool:
        """Insert unless (rule, recipient, period) exists; True when inserted."""
        ...

    async def recipients(self, rule: str, period: str) -> set[OfficialId]:
        """Who already has a row for (rule, period), whatever its status."""
        ...

    async def latest_period(self, rule: str, before: str) -> str | None:
        """The greatest period below `before` that has a row of `rule` (a rule's periods
        sort as text: ISO dates, ISO weeks)."""
        ...

    async def claim(
        self,
        now: datetime,
        limit: int,
        lease_until: datetime,
        claim_id: str,
        *,
        companions: int = 0,
    ) -> list[OutboxMessage]:
        """Move up to `limit` deliverable rows to `sending` and count an attempt: pending rows
        due by `now` and past their retry time, and `sending` rows whose lease expired (their
        claimer died). Concurrent claimers get disjoint rows. Oldest first. With `companions`,
        also up to that many more deliverable rows for the recipients of those (rows that
        merge into the same messages)."""
        ...

    async def renew(self, claim_ids: Sequence[str], lease_until: datetime) -> int:
        """Extend the lease of every row still `sending` under one of `claim_ids` (a claimer
        still at work), so no other claim takes them while their send or mark is under way."""
        ...

    async def mark_sent(
        self, ids: Sequence[int], claim_id: str, now: datetime, channel: str, chat_ref: str
    ) -> int:
        """Claimed rows delivered to (channel, chat_ref); returns how many were still ours."""
        ...

    async def release(
        self,
        ids: Sequence[int],
        claim_id: str,
        not_before: datetime,
        error: str,
        *,
        refund_attempt: bool = False,
    ) -> int:
        """Claimed rows back to pending, to be tried again from `not_before`; a refunded
        attempt (429, blocked chat) does not count towards dead-lettering."""
        ...

    async def mark_dead(self, ids: Sequence[int], claim_id: str, error: str) -> int:
        """Claimed rows that will never be delivered as they are (status `dead`)."""
        ...

    async def mark_undeliverable(self, ids: Sequence[int], claim_id: str, error: str) -> int:
        """Claimed rows whose recipient has no chat to deliver to (status `failed`)."""
        ...

    async def failed(self, limit: int) -> list[OutboxMessage]:
        """Dead and undeliverable rows, newest first (what admins must look at)."""
        ...

    async def scheduled(self, start: datetime, end: datetime, limit: int) -> list[OutboxMessage]:
        """Pending rows due in [start, end), oldest first."""
        ...

    async def next_due(self) -> datetime | None:
        """The earliest instant a pending or leased row becomes claimable; None if none."""
        ...


class ConversationStateRepository(Protocol):
    """Each chat's remembered steps (a pending import preview, a numbered question, the last
    list for «tiếp»…), one JSON value per (channel, chat, slot) until it expires: a restart or
    a second process continues the conversation."""

    async def get(self, channel: str, chat_ref: str, slot: str, now: datetime) -> JsonValue:
        """The slot's value; None when it is missing or expired by `now`."""
        ...

    async def put(
        self,
        channel: str,
        chat_ref: str,
        slot: str,
        value: JsonValue,
        expires_at: datetime,
        now: datetime,
    ) -> None:
        """Insert or replace the slot's value."""
        ...

    async def delete(self, channel: str, chat_ref: str, slot: str) -> bool:
        """Remove the slot; True when this call removed a row (of two processes deleting the
        same slot at once, one gets True: a claim)."""
        ...

    async def purge_expired(self, now: datetime, limit: int) -> int:
        """Delete up to `limit` rows expired by `now`; how many went."""
        ...


class SeenUpdateRepository(Protocol):
    """Channel updates already taken for handling, so a redelivery is not handled twice."""

    async def add(self, channel: str, update_key: str, now: datetime) -> bool:
        """Record the key; True when it was new, False when it was seen before."""
        ...

    async def purge(self, before: datetime, limit: int) -> int:
        """Delete up to `limit` keys seen before `before`; how many went."""
        ...


class UnitOfWork(Protocol):
    units: UnitRepository
    officials: OfficialRepository
    accounts: ChatAccountRepository
    invites: InviteRepository
    notices: NoticeRepository
    tasks: TaskRepository
    events: EventRepository
    evidence: EvidenceRepository
    outbox: OutboxRepository
    reminder_batches: ReminderBatchRepository
    occurrences: OccurrenceRepository
    conversation_state: ConversationStateRepository
    seen_updates: SeenUpdateRepository

    async def __aenter__(self) -> Self: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back unless commit() was called; a transaction the database aborted to break
        a deadlock leaves as handlers.retry.WriteConflict."""
        ...

    async def reserve_task_counts(self, tasks: Sequence[NewTask]) -> None:
        """Before adding several tasks in one transaction: take now, in the one order every
        writer follows, the locks their inserts will need (PostgreSQL's per-unit count rows),
        so two such transactions wait for each other instead of deadlocking."""
        ...

    async def commit(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
