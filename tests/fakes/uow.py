"""FakeUnitOfWork: every port of handlers/ports.py in memory, with commit and rollback.

A fake that remembers: `FakeStore` holds the committed rows as plain dicts of domain
dataclasses. Each `async with` works on a copy taken when it opens; `commit()` writes back
the rows this unit of work changed and bumps the revision counters, and leaving without a
commit drops the copy. Units of work open at the same time each see their own snapshot and the
last commit of a row wins: there is no locking, so races between concurrent writers (two
dispatchers claiming the outbox) are tested on the SQL repositories only.

`tasks.find` and `tasks.stats` follow storage/repositories/task_filters.py; the contract test
in tests/integration/storage/test_fake_uow_contract.py keeps the two from drifting apart.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from handlers.domain import (
    ChatAccount,
    DeadlineKind,
    EventKind,
    Evidence,
    NewTask,
    Notice,
    NoticeId,
    Official,
    OfficialId,
    OutboxMessage,
    Recurrence,
    Task,
    TaskEvent,
    TaskId,
    TaskStatus,
    Unit,
    UnitId,
)
from handlers.due import due_state, is_overdue_on
from handlers.official_table import OfficialTable
from handlers.ports import (
    ChatAccountRepository,
    ConversationStateRepository,
    EventRepository,
    EvidenceRepository,
    InviteRepository,
    JsonValue,
    NewNotice,
    NewOccurrence,
    NewOfficial,
    NewUnit,
    NoticeRepository,
    OccurrenceRepository,
    OfficialRepository,
    OutboxRepository,
    RecurringTemplate,
    ReminderBatchRepository,
    ScopeDigest,
    SeenUpdateRepository,
    TaskPage,
    TaskQuery,
    TaskRepository,
    TaskScope,
    UnitOfWork,
    UnitRepository,
    UnitStats,
)
from handlers.reminder_queries import summarize

_MAX_ERROR_CHARS = 500
_STATS_STATUSES = frozenset({TaskStatus.OPEN, TaskStatus.REPORTED, TaskStatus.DONE})
# What tasks.save() leaves alone: the SQL repository writes only the other fields.
_TASK_IDENTITY = frozenset(
    {
        "id",
        "notice_id",
        "item_ref",
        "recurrence",
        "criteria",
        "directing_official_id",
        "directing_name",
        "parent_id",
        "created_at",
    }
)
_TABLES = (
    "units",
    "officials",
    "accounts",
    "invites",
    "notices",
    "tasks",
    "events",
    "evidence",
    "outbox",
    "task_search",  # task id -> NewTask.search_text, the SQL text_folded column
    "conversation_state",  # (channel, chat_ref, slot) -> _State
    "seen_updates",  # (channel, update_key) -> seen at
)


@dataclass(frozen=True, slots=True)
class _Invite:
    official_id: OfficialId
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class _Account:
    id: int
    account: ChatAccount


@dataclass(frozen=True, slots=True)
class _Outbox:
    """An outbox row: the message and the columns OutboxMessage does not carry."""

    message: OutboxMessage
    not_before: datetime | None = None
    lease_until: datetime | None = None
    claim_id: str | None = None
    sent_at: datetime | None = None
    chat_channel: str | None = None
    chat_ref: str | None = None


@dataclass
class FakeStore:
    """The committed state every FakeUnitOfWork of one factory shares."""

    tables: dict[str, dict[Any, Any]] = field(
        default_factory=lambda: {name: {} for name in _TABLES}
    )
    org_revision: int = 0
    task_revision: int = 0
    commits: int = 0
    _ids: dict[str, int] = field(default_factory=dict)
    # Who the rows belong to, for caches shared across units of work (a copy is another store).
    source: object = field(default_factory=object, compare=False, repr=False)

    def copy(self) -> FakeStore:
        """An independent store holding the same rows: seed once, hand each test its own."""
        return FakeStore(
            {name: dict(rows) for name, rows in self.tables.items()},
            self.org_revision,
            self.task_revision,
            self.commits,
            dict(self._ids),
        )

    def next_id(self, table: str) -> int:
        """Ids come from a shared sequence, as in PostgreSQL: a rollback does not reuse them."""
        self._ids[table] = self._ids.get(table, 0) + 1
        return self._ids[table]


class _Work:
    """One unit of work's view: the store's tables as they were at begin, plus its writes."""

    def __init__(self, store: FakeStore) -> None:
        self.store = store
        self.tables = {name: dict(rows) for name, rows in store.tables.items()}
        self.dirty: dict[str, set[Any]] = {name: set() for name in _TABLES}
        self.dropped: dict[str, set[Any]] = {name: set() for name in _TABLES}
        self.org_bumps = 0
        self.tasks_changed = False

    def put(self, table: str, key: Any, row: Any) -> None:
        self.tables[table][key] = row
        self.dirty[table].add(key)
        self.dropped[table].discard(key)

    def drop(self, table: str, key: Any) -> None:
        self.tables[table].pop(key, None)
        self.dirty[table].discard(key)
        self.dropped[table].add(key)

    def rows(self, table: str) -> Iterable[Any]:
        return self.tables[table].values()

    def commit(self) -> None:
        for name, keys in self.dirty.items():
            for key in keys:
                self.store.tables[name][key] = self.tables[name][key]
            keys.clear()
        for name, keys in self.dropped.items():
            for key in keys:
                self.store.tables[name].pop(key, None)
            keys.clear()
        self.store.org_revision += self.org_bumps
        self.org_bumps = 0
        if self.tasks_changed:
            self.store.task_revision += 1
            self.tasks_changed = False
        self.store.commits += 1


def _utc(at: datetime) -> datetime:
    """Stored as storage/types.UtcDateTime stores it: aware, read back in UTC."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime {at!r}: pass an aware datetime")
    return at.astimezone(UTC)


def _utc_or_none(at: datetime | None) -> datetime | None:
    return None if at is None else _utc(at)


class FakeUnitRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def all(self) -> list[Unit]:
        return sorted(self._w.rows("units"), key=lambda u: u.id)

    async def upsert(self, unit: NewUnit) -> Unit:
        parent_id = self._id_of(unit.parent_code)
        successor_id = self._id_of(unit.successor_code)
        old = self._by_code(unit.code)
        unit_id = old.id if old else UnitId(self._w.store.next_id("units"))
        row = Unit(
            unit_id,
            unit.code,
            unit.name,
            unit.kind,
            parent_id,
            tuple(unit.aliases),
            successor_id,
            unit.valid_to,
        )
        self._w.put("units", unit_id, row)
        return row

    async def revision(self) -> int:
        return self._w.store.org_revision + self._w.org_bumps

    def source(self) -> Hashable:
        return self._w.store.source

    async def digest(self) -> str:
        # Every org row as this unit of work sees it, like the SQL digest of every column.
        rows = [sorted(self._w.rows(name), key=repr) for name in ("units", "officials")]
        return hashlib.sha256(repr(rows).encode()).hexdigest()

    async def bump_revision(self) -> None:
        self._w.org_bumps += 1

    def _by_code(self, code: str) -> Unit | None:
        return next((u for u in self._w.rows("units") if u.code == code), None)

    def _id_of(self, code: str | None) -> UnitId | None:
        if code is None:
            return None
        found = self._by_code(code)
        if found is None:
            raise LookupError(f"unknown unit code {code!r}")
        return found.id


class FakeOfficialRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def all(self) -> list[Official]:
        return sorted(self._w.rows("officials"), key=lambda o: o.id)

    async def table(self) -> OfficialTable:
        return OfficialTable(await self.all())

    async def get(self, official_id: OfficialId) -> Official | None:
        found: Official | None = self._w.tables["officials"].get(official_id)
        return found

    async def by_handle(self, handle: str) -> Official | None:
        return next((o for o in self._w.rows("officials") if o.handle == handle), None)

    async def upsert(self, official: NewOfficial) -> Official:
        unit = next((u for u in self._w.rows("units") if u.code == official.unit_code), None)
        if unit is None:
            raise LookupError(f"unknown unit code {official.unit_code!r}")
        old = await self.by_handle(official.handle)
        official_id = old.id if old else OfficialId(self._w.store.next_id("officials"))
        row = Official(
            official_id,
            official.handle,
            official.name,
            unit.id,
            frozenset(official.roles),
            official.title,
            official.active,
        )
        self._w.put("officials", official_id, row)
        return row


class FakeChatAccountRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def find(self, channel: str, external_id: str) -> ChatAccount | None:
        row: _Account | None = self._w.tables["accounts"].get((channel, external_id))
        return row.account if row else None

    async def link(self, channel: str, external_id: str, official_id: OfficialId) -> ChatAccount:
        key = (channel, external_id)
        old: _Account | None = self._w.tables["accounts"].get(key)
        row_id = old.id if old else self._w.store.next_id("accounts")
        account = ChatAccount(channel, external_id, official_id, True)
        self._w.put("accounts", key, _Account(row_id, account))
        return account

    async def for_official(self, official_id: OfficialId) -> list[ChatAccount]:
        rows = sorted(self._w.rows("accounts"), key=lambda r: r.id)
        return [r.account for r in rows if r.account.official_id == official_id]

    async def set_active(self, channel: str, external_id: str, active: bool) -> None:
        key = (channel, external_id)
        old: _Account | None = self._w.tables["accounts"].get(key)
        if old is not None:
            self._w.put("accounts", key, replace(old, account=replace(old.account, active=active)))

    async def move(self, channel: str, old_id: str, new_id: str) -> bool:
        old: _Account | None = self._w.tables["accounts"].get((channel, old_id))
        if old is None:
            return False
        self._w.drop("accounts", (channel, old_id))
        if (channel, new_id) not in self._w.tables["accounts"]:
            moved = replace(old.account, external_id=new_id, active=True)
            self._w.put("accounts", (channel, new_id), replace(old, account=moved))
        return True


class FakeInviteRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def create(
        self, official_id: OfficialId, code_hash: str, created_at: datetime, expires_at: datetime
    ) -> None:
        if code_hash in self._w.tables["invites"]:
            raise ValueError(f"duplicate invite code hash {code_hash!r}")
        invite = _Invite(official_id, _utc(created_at), _utc(expires_at))
        self._w.put("invites", code_hash, invite)

    async def redeem(self, code_hash: str, now: datetime) -> OfficialId | None:
        invite: _Invite | None = self._w.tables["invites"].get(code_hash)
        if invite is None or invite.used_at is not None or not invite.expires_at > now:
            return None
        self._w.put("invites", code_hash, replace(invite, used_at=_utc(now)))
        return invite.official_id


class FakeNoticeRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def add(self, notice: NewNotice) -> Notice:
        if await self.by_fingerprint(notice.fingerprint) is not None:
            raise ValueError(f"duplicate notice fingerprint {notice.fingerprint!r}")
        notice_id = NoticeId(self._w.store.next_id("notices"))
        row = Notice(notice_id, **dataclasses.asdict(notice))
        self._w.put("notices", notice_id, row)
        return row

    async def get(self, notice_id: NoticeId) -> Notice | None:
        found: Notice | None = self._w.tables["notices"].get(notice_id)
        return found

    async def by_fingerprint(self, fingerprint: str) -> Notice | None:
        return next((n for n in self._w.rows("notices") if n.fingerprint == fingerprint), None)


class FakeTaskRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def revision(self) -> int:
        # Like the SQL counter, bumped only when a commit writes tasks.
        return self._w.store.task_revision

    async def add(self, task: NewTask) -> Task:
        self._w.tasks_changed = True
        task_id = TaskId(self._w.store.next_id("tasks"))
        # Every field the two dataclasses share, so a field added to both needs no change here.
        shared = {f.name for f in dataclasses.fields(Task)} & {
            f.name for f in dataclasses.fields(NewTask)
        }
        values = {name: getattr(task, name) for name in shared}
        values["support_unit_ids"] = tuple(dict.fromkeys(task.support_unit_ids))
        values["criteria"] = tuple(dict.fromkeys(task.criteria))
        values["created_at"] = _utc(task.created_at or datetime.now(UTC))
        row = Task(id=task_id, **values)
        self._w.put("tasks", task_id, row)
        self._w.put("task_search", task_id, task.search_text)
        return row

    async def get(self, task_id: TaskId) -> Task | None:
        found: Task | None = self._w.tables["tasks"].get(task_id)
        return found

    async def save(self, task: Task) -> None:
        self._w.tasks_changed = True
        old = await self.get(task.id)
        if old is None:
            raise LookupError(f"task {task.id} does not exist")
        kept = {name: getattr(old, name) for name in _TASK_IDENTITY}
        saved = replace(task, **kept, support_unit_ids=tuple(dict.fromkeys(task.support_unit_ids)))
        self._w.put("tasks", task.id, saved)
        if saved.text != old.text:
            self._w.put("task_search", task.id, saved.search_text)

    async def find(self, query: TaskQuery) -> TaskPage:
        search = self._w.tables["task_search"]
        returned = {e.task_id for e in self._w.rows("events") if e.kind is EventKind.REJECTED}
        found = [
            t for t in self._w.rows("tasks") if _matches(t, search[t.id], query, t.id in returned)
        ]
        total = len(found)  # counted before the cursor cuts the listing, as in SQL
        if total <= query.offset or query.limit <= 0:
            return TaskPage(items=(), total=total)

        def order(deadline: date | None, task_id: int) -> tuple[bool, date, int]:
            # Soonest deadline first, tasks without one last, then by id.
            return (deadline is None, deadline or date.min, task_id)

        found.sort(key=lambda t: order(t.deadline, t.id))
        if query.after is not None:
            cursor = order(query.after.deadline, query.after.task_id)
            found = [t for t in found if order(t.deadline, t.id) > cursor]
        page = found[query.offset : query.offset + query.limit]
        return TaskPage(items=tuple(page), total=total)

    async def stats(
        self,
        scope: TaskScope,
        today: date,
        soon_until: date,
        lead_unit_ids: frozenset[UnitId] | None,
        *,
        created_before: datetime | None = None,
    ) -> list[UnitStats]:
        counts: dict[UnitId, dict[str, int]] = {}
        for task in self._w.rows("tasks"):
            if task.status not in _STATS_STATUSES or not _in_scope(task, scope):
                continue
            if created_before is not None and (task.created_at or created_before) > created_before:
                continue
            if lead_unit_ids is not None and task.lead_unit_id not in lead_unit_ids:
                continue
            state = (
                TaskStatus.REPORTED.value
                if task.status is TaskStatus.REPORTED
                else due_state(task, today, soon_until).value
            )
            by_state = counts.setdefault(task.lead_unit_id, {})
            by_state[state] = by_state.get(state, 0) + 1
        return [UnitStats(unit_id, **counts[unit_id]) for unit_id in sorted(counts)]

    async def children(self, parent_id: TaskId) -> list[Task]:
        return sorted((t for t in self._w.rows("tasks") if t.parent_id == parent_id), key=_id)


def _id(task: Task) -> int:
    return task.id


def _in_scope(task: Task, scope: TaskScope) -> bool:
    """Lead or a supporting unit in scope, or directed by the scope's official."""
    if scope.unit_ids is None:
        return True
    return (
        task.lead_unit_id in scope.unit_ids
        or any(u in scope.unit_ids for u in task.support_unit_ids)
        or (
            scope.directing_official_id is not None
            and task.directing_official_id == scope.directing_official_id
        )
    )


def _matches(task: Task, search_text: str, q: TaskQuery, was_returned: bool) -> bool:
    """The WHERE clause of task_filters.matching(), one task at a time."""
    due = task.deadline
    # A condition on the deadline is false for a task without one, as NULL is in SQL.
    checks = (
        _in_scope(task, q.scope),
        task.status in q.statuses,
        q.due_from is None or (due is not None and due >= q.due_from),
        q.due_to is None or (due is not None and due <= q.due_to),
        q.overdue_on is None or is_overdue_on(due, task.deadline_kind, q.overdue_on),
        q.lead_unit_ids is None or task.lead_unit_id in q.lead_unit_ids,
        q.directing_official_id is None or task.directing_official_id == q.directing_official_id,
        not q.criterion
        or any(c == q.criterion or c.startswith(q.criterion + ".") for c in task.criteria),
        not q.recurring_templates or (task.recurrence is not None and due is None),
        not q.recurring or task.recurrence is not None,
        q.deadline_kinds is None or task.deadline_kind in q.deadline_kinds,
        q.created_before is None or (task.created_at or q.created_before) <= q.created_before,
        not q.returned or was_returned,
        not q.awaiting_decision
        or task.status is TaskStatus.REPORTED
        or task.requested_deadline is not None,
        # The query's text is a search key already: a substring test finds whole-word phrases.
        not q.text or q.text in search_text,
    )
    return all(checks)


class FakeEventRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def add(self, event: TaskEvent) -> TaskEvent:
        event_id = self._w.store.next_id("events")
        row = replace(event, at=_utc(event.at), data=dict(event.data), id=event_id)
        self._w.put("events", event_id, row)
        return replace(event, id=event_id)

    async def for_task(self, task_id: TaskId) -> list[TaskEvent]:
        rows = sorted(
            (e for e in self._w.rows("events") if e.task_id == task_id),
            key=lambda e: (e.at, e.id),
        )
        return [replace(e, data=dict(e.data)) for e in rows]


class FakeEvidenceRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def add(self, evidence: Evidence) -> Evidence:
        evidence_id = self._w.store.next_id("evidence")
        row = replace(evidence, id=evidence_id)
        self._w.put("evidence", evidence_id, row)
        return row

    async def for_task(self, task_id: TaskId) -> list[Evidence]:
        return sorted(
            (e for e in self._w.rows("evidence") if e.task_id == task_id),
            key=lambda e: e.id or 0,
        )


class FakeOutboxRepository:
    """The claim/lease rules of storage/repositories/outbox.py on a dict of rows."""

    def __init__(self, work: _Work) -> None:
        self._w = work

    async def add_once(self, message: OutboxMessage) -> bool:
        key = (message.rule, message.recipient_id, message.period)
        if any(
            (r.message.rule, r.message.recipient_id, r.message.period) == key for r in self._rows()
        ):
            return False
        row_id = self._w.store.next_id("outbox")
        stored = replace(message, id=row_id, due_at=_utc(message.due_at))
        self._w.put("outbox", row_id, _Outbox(stored))
        return True

    async def recipients(self, rule: str, period: str) -> set[OfficialId]:
        return {
            r.message.recipient_id
            for r in self._rows()
            if (r.message.rule, r.message.period) == (rule, period)
        }

    async def latest_period(self, rule: str, before: str) -> str | None:
        periods = [
            r.message.period
            for r in self._rows()
            if r.message.rule == rule and r.message.period < before
        ]
        return max(periods, default=None)

    async def claim(
        self,
        now: datetime,
        limit: int,
        lease_until: datetime,
        claim_id: str,
        *,
        companions: int = 0,
    ) -> list[OutboxMessage]:
        claimable = [
            r
            for r in self._rows()
            if _due(r, now)
            or (
                r.message.status == "sending" and r.lease_until is not None and r.lease_until < now
            )
        ]
        picked = self._oldest_first(claimable)[:limit]
        people = {r.message.recipient_id for r in picked}
        taken = {id(r) for r in picked}
        more = [r for r in claimable if r.message.recipient_id in people and id(r) not in taken]
        picked += self._oldest_first(more)[: max(0, companions)]
        claimed = []
        for row in self._oldest_first(picked):
            message = replace(row.message, status="sending", attempts=row.message.attempts + 1)
            self._put(replace(row, message=message, claim_id=claim_id, lease_until=lease_until))
            claimed.append(message)
        return claimed

    async def renew(self, claim_ids: Sequence[str], lease_until: datetime) -> int:
        renewed = 0
        for row in self._rows():
            if row.message.status == "sending" and row.claim_id in claim_ids:
                self._put(replace(row, lease_until=lease_until))
                renewed += 1
        return renewed

    async def mark_sent(
        self, ids: Sequence[int], claim_id: str, now: datetime, channel: str, chat_ref: str
    ) -> int:
        return self._update_claimed(
            ids,
            claim_id,
            lambda r: replace(
                r,
                message=replace(r.message, status="sent", last_error=None),
                sent_at=_utc(now),
                lease_until=None,
                chat_channel=channel,
                chat_ref=chat_ref,
            ),
        )

    async def release(
        self,
        ids: Sequence[int],
        claim_id: str,
        not_before: datetime,
        error: str,
        *,
        refund_attempt: bool = False,
    ) -> int:
        def back(r: _Outbox) -> _Outbox:
            attempts = r.message.attempts
            if refund_attempt and attempts > 0:
                attempts -= 1
            message = replace(
                r.message,
                status="pending",
                attempts=attempts,
                last_error=error[:_MAX_ERROR_CHARS],
            )
            return replace(r, message=message, not_before=_utc(not_before), lease_until=None)

        return self._update_claimed(ids, claim_id, back)

    async def mark_dead(self, ids: Sequence[int], claim_id: str, error: str) -> int:
        return self._update_claimed(ids, claim_id, _ended("dead", error))

    async def mark_undeliverable(self, ids: Sequence[int], claim_id: str, error: str) -> int:
        return self._update_claimed(ids, claim_id, _ended("failed", error))

    async def failed(self, limit: int) -> list[OutboxMessage]:
        rows = [r.message for r in self._rows() if r.message.status in ("dead", "failed")]
        return sorted(rows, key=lambda m: m.id or 0, reverse=True)[:limit]

    async def scheduled(self, start: datetime, end: datetime, limit: int) -> list[OutboxMessage]:
        rows = (
            r
            for r in self._rows()
            if r.message.status == "pending" and start <= r.message.due_at < end
        )
        return [r.message for r in self._oldest_first(rows)][:limit]

    async def next_due(self) -> datetime | None:
        found: list[datetime] = []
        for r in self._rows():
            if r.message.status == "pending":
                ready = r.message.due_at
                if r.not_before is not None and r.not_before > ready:
                    ready = r.not_before
                found.append(ready)
            elif r.message.status == "sending" and r.lease_until is not None:
                found.append(r.lease_until)
        return min(found, default=None)

    def _rows(self) -> Iterable[_Outbox]:
        return self._w.rows("outbox")

    def _put(self, row: _Outbox) -> None:
        self._w.put("outbox", row.message.id, row)

    @staticmethod
    def _oldest_first(rows: Iterable[_Outbox]) -> list[_Outbox]:
        return sorted(rows, key=lambda r: (r.message.due_at, r.message.id or 0))

    def _update_claimed(
        self, ids: Sequence[int], claim_id: str, change: Callable[[_Outbox], _Outbox]
    ) -> int:
        done = 0
        for row_id in dict.fromkeys(ids):
            row: _Outbox | None = self._w.tables["outbox"].get(row_id)
            if row is None or row.message.status != "sending" or row.claim_id != claim_id:
                continue
            self._put(change(row))
            done += 1
        return done


def _due(row: _Outbox, now: datetime) -> bool:
    """Pending, due by `now` and past its retry time."""
    return (
        row.message.status == "pending"
        and row.message.due_at <= now
        and (row.not_before is None or row.not_before <= now)
    )


def _ended(status: str, error: str) -> Callable[[_Outbox], _Outbox]:
    def end(r: _Outbox) -> _Outbox:
        message = replace(r.message, status=status, last_error=error[:_MAX_ERROR_CHARS])
        return replace(r, message=message, lease_until=None)

    return end


@dataclass(frozen=True, slots=True)
class _State:
    value: str  # JSON text, as the database keeps it: a caller's later edits never leak in
    expires_at: datetime


class FakeConversationStateRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def get(self, channel: str, chat_ref: str, slot: str, now: datetime) -> JsonValue:
        row: _State | None = self._w.tables["conversation_state"].get((channel, chat_ref, slot))
        if row is None or not row.expires_at > now:
            return None
        value: JsonValue = json.loads(row.value)
        return value

    async def put(
        self,
        channel: str,
        chat_ref: str,
        slot: str,
        value: JsonValue,
        expires_at: datetime,
        now: datetime,
    ) -> None:
        _utc(now)
        row = _State(json.dumps(value, ensure_ascii=False), _utc(expires_at))
        self._w.put("conversation_state", (channel, chat_ref, slot), row)

    async def delete(self, channel: str, chat_ref: str, slot: str) -> bool:
        key = (channel, chat_ref, slot)
        found = key in self._w.tables["conversation_state"]
        self._w.drop("conversation_state", key)
        return found

    async def purge_expired(self, now: datetime, limit: int) -> int:
        rows = self._w.tables["conversation_state"].items()
        expired = sorted((r.expires_at, k) for k, r in rows if r.expires_at <= now)[:limit]
        for _, key in expired:
            self._w.drop("conversation_state", key)
        return len(expired)


class FakeSeenUpdateRepository:
    def __init__(self, work: _Work) -> None:
        self._w = work

    async def add(self, channel: str, update_key: str, now: datetime) -> bool:
        if (channel, update_key) in self._w.tables["seen_updates"]:
            return False
        self._w.put("seen_updates", (channel, update_key), _utc(now))
        return True

    async def purge(self, before: datetime, limit: int) -> int:
        rows = self._w.tables["seen_updates"].items()
        old = sorted((at, k) for k, at in rows if at < before)[:limit]
        for _, key in old:
            self._w.drop("seen_updates", key)
        return len(old)


class FakeReminderBatchRepository:
    """The batch answers one recipient at a time, from the fake's own tasks and outbox."""

    def __init__(self, tasks: TaskRepository, outbox: OutboxRepository) -> None:
        self._tasks = tasks
        self._outbox = outbox

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
        found = {}
        open_ = frozenset({TaskStatus.OPEN})
        for official_id, scope in scopes.items():
            base = TaskQuery(scope, open_, limit=listed, created_before=created_before)
            per_unit = await self._tasks.stats(
                scope, today, soon_until, None, created_before=created_before
            )
            found[official_id] = ScopeDigest(
                units=summarize(per_unit, ranked),
                overdue=await self._tasks.find(replace(base, overdue_on=today)),
                due=await self._tasks.find(replace(base, due_from=today, due_to=due_to)),
                reported=await self._tasks.find(
                    replace(base, statuses=frozenset({TaskStatus.REPORTED}))
                ),
            )
        return found

    async def add_once(self, messages: Sequence[OutboxMessage]) -> int:
        return sum([await self._outbox.add_once(m) for m in messages])


class FakeOccurrenceRepository:
    """Each occurrence made one at a time through the fake's own tasks and events, as the SQL
    batch copies them: the template's text, units, criteria, notice and direction."""

    def __init__(self, work: _Work, tasks: TaskRepository, events: EventRepository) -> None:
        self._w = work
        self._tasks = tasks
        self._events = events

    async def templates(self, after: TaskId | None, limit: int) -> list[RecurringTemplate]:
        active = (TaskStatus.OPEN, TaskStatus.REPORTED)
        found = sorted(
            (
                t
                for t in self._w.rows("tasks")
                if t.recurrence is not None and t.deadline is None and t.status in active
            ),
            key=_id,
        )
        return [
            RecurringTemplate(t.id, Recurrence(t.recurrence), t.deadline_phrase)
            for t in found
            if after is None or t.id > after
        ][:limit]

    async def add(self, occurrences: Sequence[NewOccurrence], now: datetime) -> int:
        made = 0
        for o in sorted(occurrences, key=lambda o: o.template_id):
            template = await self._tasks.get(o.template_id)
            assert template is not None
            if any(c.deadline == o.deadline for c in await self._tasks.children(template.id)):
                continue
            task = await self._tasks.add(
                NewTask(
                    item_ref=template.item_ref,
                    text=template.text,
                    lead_unit_id=template.lead_unit_id,
                    deadline=o.deadline,
                    deadline_kind=DeadlineKind(o.deadline_kind),
                    notice_id=template.notice_id,
                    deadline_phrase=o.deadline_phrase,
                    criteria=template.criteria,
                    support_unit_ids=template.support_unit_ids,
                    directing_official_id=template.directing_official_id,
                    directing_name=template.directing_name,
                    parent_id=template.id,
                    created_at=now,
                )
            )
            await self._events.add(
                TaskEvent(task.id, EventKind.CREATED, now, None, "scheduler", o.note)
            )
            made += 1
        return made


class FakeUnitOfWork:
    """Repositories exist only inside `async with`; leaving without commit() drops the writes."""

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

    def __init__(self, store: FakeStore) -> None:
        self.store = store
        self._work: _Work | None = None
        # What reserve_task_counts was asked for (one process: there is nothing to lock).
        self.reserved: list[tuple[NewTask, ...]] = []

    async def __aenter__(self) -> Self:
        if self._work is not None:
            raise RuntimeError("this unit of work is already open")
        work = self._work = _Work(self.store)
        self.units = FakeUnitRepository(work)
        self.officials = FakeOfficialRepository(work)
        self.accounts = FakeChatAccountRepository(work)
        self.invites = FakeInviteRepository(work)
        self.notices = FakeNoticeRepository(work)
        self.tasks = FakeTaskRepository(work)
        self.events = FakeEventRepository(work)
        self.evidence = FakeEvidenceRepository(work)
        self.outbox = FakeOutboxRepository(work)
        self.reminder_batches = FakeReminderBatchRepository(self.tasks, self.outbox)
        self.occurrences = FakeOccurrenceRepository(work, self.tasks, self.events)
        self.conversation_state = FakeConversationStateRepository(work)
        self.seen_updates = FakeSeenUpdateRepository(work)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # After commit() this only discards what came later; without it, everything.
        self._work = None

    async def reserve_task_counts(self, tasks: Sequence[NewTask]) -> None:
        if self._work is None:
            raise RuntimeError("reserve_task_counts() outside `async with`")
        self.reserved.append(tuple(tasks))

    async def commit(self) -> None:
        if self._work is None:
            raise RuntimeError("commit() outside `async with`")
        self._work.commit()


class FakeUnitOfWorkFactory:
    """A UnitOfWorkFactory over one FakeStore: call it for a fresh FakeUnitOfWork."""

    def __init__(self, store: FakeStore | None = None) -> None:
        self.store = store if store is not None else FakeStore()

    def __call__(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self.store)


def create_fake_uow_factory(store: FakeStore | None = None) -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory(store)


if TYPE_CHECKING:
    # mypy checks here that the fake satisfies the port it stands in for.
    _implements: type[UnitOfWork] = FakeUnitOfWork
