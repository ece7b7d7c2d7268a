"""A scope's lists read the tasks it leads from the index alone: on PostgreSQL
`ix_tasks_lead_unit_id_status_deadline` INCLUDEs the task id, so «quá hạn» and «đến hạn» of a
province (thousands of overdue tasks counted for the total) no longer visit one table page per
task to learn its id. SQLite's indexes hold the row id already: nothing changes there.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_tasks_lead_unit_id_status_deadline"
COLUMNS = "lead_unit_id, status, deadline, deadline_kind, completed_on"


def _rebuild(include: str) -> None:
    op.execute(f"CREATE INDEX {NAME}_new ON tasks ({COLUMNS}){include}")
    op.execute(f"DROP INDEX {NAME}")
    op.execute(f"ALTER INDEX {NAME}_new RENAME TO {NAME}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild(" INCLUDE (id)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild("")
