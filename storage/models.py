"""SQLAlchemy 2 typed models: the tables behind the repositories, every constraint named."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from handlers.domain import (
    DeadlineKind,
    EventKind,
    EvidenceKind,
    Recurrence,
    Role,
    TaskStatus,
    UnitKind,
)
from storage.types import UtcDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

OUTBOX_STATUSES = ("pending", "sending", "sent", "failed", "dead")


def one_of(column: str, values: Iterable[str], name: str | None = None) -> CheckConstraint:
    """A CHECK keeping a VARCHAR enum column inside its values (no native enum to migrate)."""
    allowed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=name or column)


def _values(enum: type[StrEnum]) -> list[str]:
    return [m.value for m in enum]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class UnitRow(Base):
    __tablename__ = "units"
    __table_args__ = (
        one_of("kind", _values(UnitKind)),
        Index(None, "parent_id"),
        Index(None, "path", postgresql_ops={"path": "varchar_pattern_ops"}),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    valid_to: Mapped[date | None] = mapped_column(Date)
    # Matched in memory (fuzzy, cached by org revision), so a JSON list is enough.
    aliases: Mapped[list[str]] = mapped_column(default=list)
    # '/1/17/342/': the ids from the root down to this unit, written by database triggers on
    # insert and on a change of parent (migration 0007), so "everything under X" is a range.
    path: Mapped[str | None] = mapped_column(String(255))


class OfficialRow(Base):
    __tablename__ = "officials"
    __table_args__ = (Index(None, "unit_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handle: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255), default="")
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    roles: Mapped[list[OfficialRoleRow]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="OfficialRoleRow.role"
    )


class OfficialRoleRow(Base):
    __tablename__ = "official_roles"
    __table_args__ = (one_of("role", _values(Role)), Index(None, "role"))

    official_id: Mapped[int] = mapped_column(
        ForeignKey("officials.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)


class ChatAccountRow(Base):
    __tablename__ = "chat_accounts"
    __table_args__ = (UniqueConstraint("channel", "external_id"), Index(None, "official_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)


class InviteRow(Base):
    __tablename__ = "invites"
    __table_args__ = (Index(None, "official_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id"))
    code_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class NoticeRow(Base):
    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(128), unique=True)
    doc_number: Mapped[str | None] = mapped_column(String(64))
    doc_type: Mapped[str | None] = mapped_column(String(32))
    issued_date: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(Text)
    signer: Mapped[str | None] = mapped_column(String(255))
    signer_title: Mapped[str | None] = mapped_column(String(255))
    source_name: Mapped[str | None] = mapped_column(String(255))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class TaskRow(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        one_of("status", _values(TaskStatus)),
        one_of("deadline_kind", _values(DeadlineKind)),
        one_of("recurrence", _values(Recurrence)),
        # Serves scope/lead filters and, being covering, the per-unit GROUP BY of stats() and
        # (with the id, migration 0012) the lists of a scope's led tasks.
        Index(
            "ix_tasks_lead_unit_id_status_deadline",
            "lead_unit_id",
            "status",
            "deadline",
            "deadline_kind",
            "completed_on",
            postgresql_include=["id"],
        ),
        Index(None, "status", "deadline"),
        # Checks a task seen through a supporting unit without reading its row.
        Index(
            "ix_tasks_id_status_deadline",
            "id",
            "status",
            "deadline",
            "deadline_kind",
            "completed_on",
            "lead_unit_id",
        ),
        # «tìm …» on PostgreSQL: LIKE '%…%' on the folded text through pg_trgm (migration 0007).
        Index(
            "ix_tasks_text_folded_trgm",
            "text_folded",
            postgresql_using="gin",
            postgresql_ops={"text_folded": "gin_trgm_ops"},
            info={"only_on": "postgresql"},
        ).ddl_if(dialect="postgresql"),
        # «tìm …» inside a scope, from the index alone (PostgreSQL, migration 0010): texts up
        # to 2,000 bytes (a B-tree entry must stay under 2,704), the longer ones apart.
        Index(
            "ix_tasks_search",
            "lead_unit_id",
            postgresql_include=["id", "status", "deadline", "text_folded"],
            postgresql_where=text("octet_length(text_folded) <= 2000"),
            info={"only_on": "postgresql"},
        ).ddl_if(dialect="postgresql"),
        Index(
            "ix_tasks_search_long",
            "lead_unit_id",
            postgresql_where=text("octet_length(text_folded) > 2000"),
            info={"only_on": "postgresql"},
        ).ddl_if(dialect="postgresql"),
        # A leader's directed tasks by status and deadline (migration 0010).
        Index(None, "directing_official_id", "status", "deadline"),
        Index(None, "assignee_id"),
        Index(None, "parent_id"),
        Index(None, "notice_id"),
        # Counts "as of" a moment: the tasks created since (migration 0011).
        Index(None, "created_at"),
        # The recurring templates by id, read a batch at a time to copy (PostgreSQL, 0014;
        # SQLite finds them through ix_tasks_status_deadline).
        Index(
            "ix_tasks_recurring_templates",
            "id",
            postgresql_where=text("recurrence IS NOT NULL AND deadline IS NULL"),
            info={"only_on": "postgresql"},
        ).ddl_if(dialect="postgresql"),
        # Task ids are shown to users: never hand out a deleted task's id again.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notices.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"))
    item_ref: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    text_folded: Mapped[str] = mapped_column(Text)
    lead_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    directing_official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"))
    directing_name: Mapped[str | None] = mapped_column(String(255))
    deadline: Mapped[date | None] = mapped_column(Date)
    deadline_kind: Mapped[str] = mapped_column(String(16))
    deadline_phrase: Mapped[str | None] = mapped_column(Text)
    recurrence: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    completed_on: Mapped[date | None] = mapped_column(Date)
    requested_deadline: Mapped[date | None] = mapped_column(Date)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    support: Mapped[list[TaskSupportRow]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="TaskSupportRow.position"
    )
    criteria: Mapped[list[TaskCriterionRow]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="TaskCriterionRow.position"
    )


class TaskSupportRow(Base):
    __tablename__ = "task_support"
    __table_args__ = (
        Index(None, "unit_id", "lead_unit_id", "task_id"),
        # The rows a scope root must look at: supporting units under it whose task may be led
        # outside it (migration 0011).
        Index(None, "shared_depth", "unit_path", "task_id"),
    )

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The task's lead unit, written by database triggers (migration 0008): scopes skip the
    # supported tasks whose lead they already see without reading those tasks.
    lead_unit_id: Mapped[int | None] = mapped_column(Integer)
    # The supporting unit's path and the depth of its lowest common ancestor with the task's
    # lead (0 in different trees), written by database triggers (migration 0011): a scope root
    # at depth d sees the lead of a row under it exactly when shared_depth >= d.
    unit_path: Mapped[str | None] = mapped_column(
        String(255).with_variant(String(255, collation="C"), "postgresql")
    )
    shared_depth: Mapped[int] = mapped_column(Integer, server_default="0")


class TaskCriterionRow(Base):
    __tablename__ = "task_criteria"
    __table_args__ = (
        # pattern ops let PostgreSQL use the index for the "7.3.%" prefix under any collation.
        Index(None, "code", "task_id", postgresql_ops={"code": "varchar_pattern_ops"}),
    )

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TaskCountRow(Base):
    """How many tasks each lead unit has per aggregate state, kept by database triggers
    (migration 0010): 'reported', 'done_on_time', 'done_late', 'no_deadline' (month 0), and
    'open' per deadline month (`month` = year * 12 + month - 1). Rows may hold 0."""

    __tablename__ = "task_counts"
    # A scope's counts read from the index alone (migration 0013).
    __table_args__ = (Index(None, "unit_id", "state", "month", "n"),)

    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class TaskEventRow(Base):
    """Append-only: rows are inserted, never updated or deleted."""

    __tablename__ = "task_events"
    __table_args__ = (one_of("kind", _values(EventKind)), Index(None, "task_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"))
    channel: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class EvidenceRow(Base):
    __tablename__ = "evidence"
    __table_args__ = (one_of("kind", _values(EvidenceKind)), Index(None, "task_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("task_events.id"))
    kind: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str] = mapped_column(Text)
    caption: Mapped[str] = mapped_column(Text, default="")


class OutboxRow(Base):
    """A message owed to one official. pending → sending (claimed under `claim_id` until
    `lease_until`) → sent; or back to pending (not before `not_before`), or `dead` (delivery
    failed for good) / `failed` (no chat to deliver to). `chat_channel`/`chat_ref` record
    where it went."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("rule", "recipient_id", "period"),
        one_of("status", OUTBOX_STATUSES),
        Index(None, "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule: Mapped[str] = mapped_column(String(64))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("officials.id"))
    period: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    channel: Mapped[str | None] = mapped_column(String(16))
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    not_before: Mapped[datetime | None]
    lease_until: Mapped[datetime | None]
    claim_id: Mapped[str | None] = mapped_column(String(32))
    chat_channel: Mapped[str | None] = mapped_column(String(16))
    chat_ref: Mapped[str | None] = mapped_column(String(64))


class OrgMetaRow(Base):
    """One row (id 1) holding the revisions caches key on: the org (units and officials) and
    the tasks (bumped once per committed unit of work that wrote a task)."""

    __tablename__ = "org_meta"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    task_revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ConversationStateRow(Base):
    """One chat's remembered step (a pending import preview, a numbered question, the last list
    for «tiếp»), as JSON, until `expires_at`: a restart or a second process continues it."""

    __tablename__ = "conversation_state"
    __table_args__ = (Index(None, "expires_at"),)

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    chat_ref: Mapped[str] = mapped_column(String(64), primary_key=True)
    slot: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    expires_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class SeenUpdateRow(Base):
    """An update a channel delivered (Telegram update_id, Zalo event key), kept for a while so a
    redelivery after a restart is not handled twice."""

    __tablename__ = "seen_updates"
    __table_args__ = (Index(None, "seen_at"),)

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    update_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    seen_at: Mapped[datetime]


class ChannelHealthRow(Base):
    """Each channel's last good contact (a poll, a webhook, a send) and its current trouble, for
    `nhacviec status` and the admins' alert (sent once per problem)."""

    __tablename__ = "channel_health"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_ok_at: Mapped[datetime | None]
    last_error_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    down_since: Mapped[datetime | None]
    alerted_at: Mapped[datetime | None]
