"""Tasks handed to one official of the lead unit, and the events of reassigning and delegating.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

On SQLite both tables are copied (batch mode): a CHECK constraint and a foreign key cannot be
changed in place there. PostgreSQL alters them in place.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = (
    "created",
    "reported",
    "confirmed",
    "rejected",
    "extension_requested",
    "extension_approved",
    "extension_refused",
    "note",
    "status_changed",
)
_NEW_KINDS = ("reassigned", "delegated")


def _kind_check(kinds: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def upgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("assignee_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_tasks_assignee_id_officials"), "officials", ["assignee_id"], ["id"]
        )
        batch.create_index(op.f("ix_tasks_assignee_id"), ["assignee_id"])
    with op.batch_alter_table("task_events") as batch:
        batch.drop_constraint(op.f("ck_task_events_kind"), type_="check")
        batch.create_check_constraint(
            op.f("ck_task_events_kind"), _kind_check(_KINDS + _NEW_KINDS)
        )


def downgrade() -> None:
    op.execute(
        sa.text(
            "DELETE FROM task_events WHERE kind IN ("
            + ", ".join(f"'{k}'" for k in _NEW_KINDS)
            + ")"
        )
    )
    with op.batch_alter_table("task_events") as batch:
        batch.drop_constraint(op.f("ck_task_events_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_task_events_kind"), _kind_check(_KINDS))
    with op.batch_alter_table("tasks") as batch:
        batch.drop_index(op.f("ix_tasks_assignee_id"))
        batch.drop_constraint(op.f("fk_tasks_assignee_id_officials"), type_="foreignkey")
        batch.drop_column("assignee_id")
