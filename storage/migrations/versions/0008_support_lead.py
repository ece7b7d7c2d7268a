"""Each supporting-unit row carries its task's lead unit (kept by triggers), so a scope finds
the tasks it sees only through a supporting unit from the supporting rows' index alone, without
reading every supported task of the province to learn that its lead is in scope anyway.

Triggers do not survive SQLite's copy-and-move of a table: a later migration that rebuilds
`tasks` or `task_support` in batch mode must create them again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PG = (
    """
    CREATE FUNCTION task_support_set_lead() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.lead_unit_id := (SELECT t.lead_unit_id FROM tasks t WHERE t.id = NEW.task_id);
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER task_support_lead BEFORE INSERT OR UPDATE OF task_id ON task_support
    FOR EACH ROW EXECUTE FUNCTION task_support_set_lead()
    """,
    """
    CREATE FUNCTION tasks_move_support_lead() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE task_support SET lead_unit_id = NEW.lead_unit_id WHERE task_id = NEW.id;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER tasks_support_lead AFTER UPDATE OF lead_unit_id ON tasks
    FOR EACH ROW WHEN (OLD.lead_unit_id IS DISTINCT FROM NEW.lead_unit_id)
    EXECUTE FUNCTION tasks_move_support_lead()
    """,
)
_SQLITE = (
    """
    CREATE TRIGGER task_support_lead AFTER INSERT ON task_support BEGIN
        UPDATE task_support
        SET lead_unit_id = (SELECT t.lead_unit_id FROM tasks t WHERE t.id = NEW.task_id)
        WHERE task_id = NEW.task_id AND unit_id = NEW.unit_id;
    END
    """,
    """
    CREATE TRIGGER tasks_support_lead AFTER UPDATE OF lead_unit_id ON tasks
    WHEN OLD.lead_unit_id IS NOT NEW.lead_unit_id BEGIN
        UPDATE task_support SET lead_unit_id = NEW.lead_unit_id WHERE task_id = NEW.id;
    END
    """,
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("task_support") as batch:
        batch.add_column(sa.Column("lead_unit_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE task_support SET lead_unit_id = "
        "(SELECT t.lead_unit_id FROM tasks t WHERE t.id = task_support.task_id)"
    )
    op.create_index(
        op.f("ix_task_support_unit_id_lead_unit_id_task_id"),
        "task_support",
        ["unit_id", "lead_unit_id", "task_id"],
    )
    # The new index serves every lookup by unit the old one did.
    op.drop_index(op.f("ix_task_support_unit_id_task_id"), table_name="task_support")
    for statement in _PG if postgres else _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER tasks_support_lead ON tasks")
        op.execute("DROP FUNCTION tasks_move_support_lead()")
        op.execute("DROP TRIGGER task_support_lead ON task_support")
        op.execute("DROP FUNCTION task_support_set_lead()")
    else:
        op.execute("DROP TRIGGER tasks_support_lead")
        op.execute("DROP TRIGGER task_support_lead")
    op.create_index(
        op.f("ix_task_support_unit_id_task_id"), "task_support", ["unit_id", "task_id"]
    )
    op.drop_index(op.f("ix_task_support_unit_id_lead_unit_id_task_id"), table_name="task_support")
    with op.batch_alter_table("task_support") as batch:
        batch.drop_column("lead_unit_id")
