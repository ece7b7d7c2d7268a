"""A scope finds the tasks it sees only through a supporting unit without reading the supporting
rows whose lead it sees anyway. Each `task_support` row carries its supporting unit's path
(`unit_path`) and how many units are above-or-equal both the supporting unit and the task's lead
(`shared_depth`: the depth of their lowest common ancestor, 0 in different trees). A supporting
unit under a scope root at depth d ('/1/17/' is at depth 2) has its task's lead inside that
subtree exactly when `shared_depth >= d`, so the rows a scope must look at are the index range
`shared_depth IN (0 … d-1) AND unit_path under the root`: a province's leader no longer reads its
~25,000 supporting rows to learn that none is led outside. Unit ids are unique in the tree, so
the shared depth is the number of ids the two paths have in common.

Both columns are kept by triggers (the supporting row's insert, a change of the task's lead, a
change of a unit's path), so bulk loads and COPY get them too. An unknown path gives depth 0,
"maybe outside": the row is then looked at and the task's own lead decides.

Also an index on `tasks.created_at` for counts "as of" a moment (the digest's `created_before`).

Triggers do not survive SQLite's copy-and-move of a table: a later migration that rebuilds
`units`, `tasks` or `task_support` in batch mode must create them again (the test
`test_sqlite_triggers_survive_to_head` lists them).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sqlite_shared_depth(unit_path: str, lead_path: str) -> str:
    """SQL: how many ids of `unit_path` ('/1/17/342/') also stand in `lead_path` (JSON1
    splits the path; SQLite triggers allow no recursive CTE). A NULL path gives 0."""
    return (
        "(SELECT count(*) FROM json_each('[' || replace(trim("
        + unit_path
        + ", '/'), '/', ',') || ']') AS segment WHERE instr("
        + lead_path
        + ", '/' || segment.value || '/') > 0)"
    )


_SQLITE_LEAD_PATH_OF_TASK = (
    "(SELECT u.path FROM tasks t JOIN units u ON u.id = t.lead_unit_id WHERE t.id = {task})"
)

_SQLITE = (
    f"""
    CREATE TRIGGER task_support_lead AFTER INSERT ON task_support BEGIN
        UPDATE task_support
        SET lead_unit_id = (SELECT t.lead_unit_id FROM tasks t WHERE t.id = NEW.task_id),
            unit_path = (SELECT u.path FROM units u WHERE u.id = NEW.unit_id),
            shared_depth = {
        _sqlite_shared_depth(
            "(SELECT u.path FROM units u WHERE u.id = NEW.unit_id)",
            _SQLITE_LEAD_PATH_OF_TASK.format(task="NEW.task_id"),
        )
    }
        WHERE task_id = NEW.task_id AND unit_id = NEW.unit_id;
    END
    """,
    f"""
    CREATE TRIGGER tasks_support_lead AFTER UPDATE OF lead_unit_id ON tasks
    WHEN OLD.lead_unit_id IS NOT NEW.lead_unit_id BEGIN
        UPDATE task_support
        SET lead_unit_id = NEW.lead_unit_id,
            shared_depth = {
        _sqlite_shared_depth(
            "task_support.unit_path", "(SELECT u.path FROM units u WHERE u.id = NEW.lead_unit_id)"
        )
    }
        WHERE task_id = NEW.id;
    END
    """,
    f"""
    CREATE TRIGGER units_support_paths AFTER UPDATE OF path ON units
    WHEN OLD.path IS NOT NEW.path BEGIN
        UPDATE task_support
        SET unit_path = NEW.path,
            shared_depth = {
        _sqlite_shared_depth(
            "NEW.path", _SQLITE_LEAD_PATH_OF_TASK.format(task="task_support.task_id")
        )
    }
        WHERE unit_id = NEW.id;
        UPDATE task_support
        SET shared_depth = {
        _sqlite_shared_depth(
            "(SELECT u.path FROM units u WHERE u.id = task_support.unit_id)", "NEW.path"
        )
    }
        WHERE task_id IN (SELECT t.id FROM tasks t WHERE t.lead_unit_id = NEW.id);
    END
    """,
)
_SQLITE_BACKFILL = f"""
UPDATE task_support
SET unit_path = (SELECT u.path FROM units u WHERE u.id = task_support.unit_id),
    shared_depth = {
    _sqlite_shared_depth(
        "(SELECT u.path FROM units u WHERE u.id = task_support.unit_id)",
        _SQLITE_LEAD_PATH_OF_TASK.format(task="task_support.task_id"),
    )
}
"""

_PG = (
    """
    CREATE FUNCTION shared_path_depth(unit_path text, lead_path text) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$
        SELECT count(*)::integer
        FROM unnest(string_to_array(btrim(unit_path, '/'), '/')) AS segment
        WHERE strpos(lead_path, '/' || segment || '/') > 0
    $$
    """,
    """
    CREATE OR REPLACE FUNCTION task_support_set_lead() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.lead_unit_id := (SELECT t.lead_unit_id FROM tasks t WHERE t.id = NEW.task_id);
        NEW.unit_path := (SELECT u.path FROM units u WHERE u.id = NEW.unit_id);
        NEW.shared_depth := shared_path_depth(
            NEW.unit_path, (SELECT u.path FROM units u WHERE u.id = NEW.lead_unit_id));
        RETURN NEW;
    END
    $$
    """,
    "DROP TRIGGER task_support_lead ON task_support",
    """
    CREATE TRIGGER task_support_lead BEFORE INSERT OR UPDATE OF task_id, unit_id
    ON task_support FOR EACH ROW EXECUTE FUNCTION task_support_set_lead()
    """,
    """
    CREATE OR REPLACE FUNCTION tasks_move_support_lead() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE task_support
        SET lead_unit_id = NEW.lead_unit_id,
            shared_depth = shared_path_depth(
                unit_path, (SELECT u.path FROM units u WHERE u.id = NEW.lead_unit_id))
        WHERE task_id = NEW.id;
        RETURN NULL;
    END
    $$
    """,
    # Both ends' paths are read from `units` (not from the row), so whichever end of a row is
    # moved last within a subtree's move leaves it right.
    """
    CREATE FUNCTION units_move_support_paths() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE task_support s
        SET unit_path = NEW.path,
            shared_depth = shared_path_depth(NEW.path, (
                SELECT u.path FROM tasks t JOIN units u ON u.id = t.lead_unit_id
                WHERE t.id = s.task_id))
        WHERE s.unit_id = NEW.id;
        UPDATE task_support s
        SET shared_depth = shared_path_depth(
            (SELECT u.path FROM units u WHERE u.id = s.unit_id), NEW.path)
        WHERE s.task_id IN (SELECT t.id FROM tasks t WHERE t.lead_unit_id = NEW.id);
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER units_support_paths AFTER UPDATE ON units FOR EACH ROW
    WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION units_move_support_paths()
    """,
)
_PG_BACKFILL = """
UPDATE task_support s
SET unit_path = su.path, shared_depth = shared_path_depth(su.path, lu.path)
FROM units su, tasks t, units lu
WHERE su.id = s.unit_id AND t.id = s.task_id AND lu.id = t.lead_unit_id
"""

# 0008's bodies, for the downgrade.
_PG_0008 = (
    """
    CREATE OR REPLACE FUNCTION task_support_set_lead() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.lead_unit_id := (SELECT t.lead_unit_id FROM tasks t WHERE t.id = NEW.task_id);
        RETURN NEW;
    END
    $$
    """,
    "DROP TRIGGER task_support_lead ON task_support",
    """
    CREATE TRIGGER task_support_lead BEFORE INSERT OR UPDATE OF task_id ON task_support
    FOR EACH ROW EXECUTE FUNCTION task_support_set_lead()
    """,
    """
    CREATE OR REPLACE FUNCTION tasks_move_support_lead() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE task_support SET lead_unit_id = NEW.lead_unit_id WHERE task_id = NEW.id;
        RETURN NULL;
    END
    $$
    """,
)
_SQLITE_0008 = (
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
    path_type = sa.String(length=255)
    if postgres:
        # Paths are compared as bytes ('/' before the digits) under any database collation.
        path_type = sa.String(length=255, collation="C")
    with op.batch_alter_table("task_support") as batch:
        batch.add_column(sa.Column("unit_path", path_type, nullable=True))
        batch.add_column(
            sa.Column("shared_depth", sa.Integer(), nullable=False, server_default="0")
        )
    if postgres:
        for statement in _PG:
            op.execute(statement)
        op.execute(_PG_BACKFILL)
    else:
        op.execute("DROP TRIGGER task_support_lead")
        op.execute("DROP TRIGGER tasks_support_lead")
        for statement in _SQLITE:
            op.execute(statement)
        op.execute(_SQLITE_BACKFILL)
    op.create_index(
        op.f("ix_task_support_shared_depth_unit_path_task_id"),
        "task_support",
        ["shared_depth", "unit_path", "task_id"],
    )
    op.create_index(op.f("ix_tasks_created_at"), "tasks", ["created_at"])


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.drop_index(op.f("ix_tasks_created_at"), table_name="tasks")
    op.drop_index(
        op.f("ix_task_support_shared_depth_unit_path_task_id"), table_name="task_support"
    )
    if postgres:
        op.execute("DROP TRIGGER units_support_paths ON units")
        op.execute("DROP FUNCTION units_move_support_paths()")
        for statement in _PG_0008:
            op.execute(statement)
        op.execute("DROP FUNCTION shared_path_depth(text, text)")
    else:
        op.execute("DROP TRIGGER units_support_paths")
        op.execute("DROP TRIGGER tasks_support_lead")
        op.execute("DROP TRIGGER task_support_lead")
    with op.batch_alter_table("task_support") as batch:
        batch.drop_column("shared_depth")
        batch.drop_column("unit_path")
    if not postgres:
        # After the batch rebuild of task_support, which would have dropped them.
        for statement in _SQLITE_0008:
            op.execute(statement)
