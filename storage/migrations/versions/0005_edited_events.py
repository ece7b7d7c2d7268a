"""Corrections to a task (deadline, supporting units, text) are events of their own.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

On SQLite the events table is copied (batch mode): a CHECK constraint cannot change in place.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
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
    "reassigned",
    "delegated",
)


def _kind_check(kinds: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def upgrade() -> None:
    with op.batch_alter_table("task_events") as batch:
        batch.drop_constraint(op.f("ck_task_events_kind"), type_="check")
        batch.create_check_constraint(
            op.f("ck_task_events_kind"), _kind_check((*_KINDS, "edited"))
        )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM task_events WHERE kind = 'edited'"))
    with op.batch_alter_table("task_events") as batch:
        batch.drop_constraint(op.f("ck_task_events_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_task_events_kind"), _kind_check(_KINDS))
