"""Leader-scope queries without scanning the tree: a materialised path on every unit ('/1/17/342/',
kept right by triggers on insert and on a change of parent, so bulk loads and COPY get it too),
a covering index for the tasks a scope sees through a supporting unit, and on PostgreSQL a
trigram index on the folded task text for «tìm …».

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("nhacviec.migrations")

_BACKFILL = """
WITH RECURSIVE tree (id, path) AS (
    SELECT id, '/' || CAST(id AS VARCHAR(16)) || '/' FROM units WHERE parent_id IS NULL
    UNION ALL
    SELECT u.id, t.path || CAST(u.id AS VARCHAR(16)) || '/' FROM units u JOIN tree t
    ON u.parent_id = t.id
)
UPDATE units SET path = (SELECT tree.path FROM tree WHERE tree.id = units.id)
"""

# A unit's path is its parent's path and its own id; moving a unit rewrites its subtree's paths.
_PG_FUNCTION = """
CREATE FUNCTION units_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.path := COALESCE((SELECT p.path FROM units p WHERE p.id = NEW.parent_id), '/')
        || NEW.id || '/';
    IF TG_OP = 'UPDATE' AND OLD.path IS NOT NULL AND NEW.path <> OLD.path THEN
        UPDATE units SET path = NEW.path || substr(path, length(OLD.path) + 1)
        WHERE path LIKE OLD.path || '_%';
    END IF;
    RETURN NEW;
END
$$
"""
_PG_TRIGGER = """
CREATE TRIGGER units_path BEFORE INSERT OR UPDATE OF parent_id ON units
FOR EACH ROW EXECUTE FUNCTION units_set_path()
"""
_SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER units_path_insert AFTER INSERT ON units BEGIN
        UPDATE units SET path = COALESCE(
            (SELECT p.path FROM units p WHERE p.id = NEW.parent_id), '/') || NEW.id || '/'
        WHERE id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER units_path_move AFTER UPDATE OF parent_id ON units
    WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
        UPDATE units SET path = COALESCE(
            (SELECT p.path FROM units p WHERE p.id = NEW.parent_id), '/') || NEW.id || '/'
            || substr(path, length(OLD.path) + 1)
        WHERE substr(path, 1, length(OLD.path)) = OLD.path;
    END
    """,
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("units") as batch:
        batch.add_column(sa.Column("path", sa.String(length=255), nullable=True))
    op.execute(_BACKFILL)
    op.create_index(
        op.f("ix_units_path"),
        "units",
        ["path"],
        postgresql_ops={"path": "varchar_pattern_ops"},
    )
    if postgres:
        op.execute(_PG_FUNCTION)
        op.execute(_PG_TRIGGER)
    else:
        for trigger in _SQLITE_TRIGGERS:
            op.execute(trigger)
    # Tasks seen through a supporting unit are checked here (status, deadline, and for
    # statistics the lead and the derived state) without reading each task's row.
    op.create_index(
        "ix_tasks_id_status_deadline",
        "tasks",
        ["id", "status", "deadline", "deadline_kind", "completed_on", "lead_unit_id"],
    )
    if postgres:
        _trigram_index()


def _trigram_index() -> None:
    bind = op.get_bind()
    available = bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).first()
    if available is None:
        log.warning("pg_trgm is not available: «tìm …» reads every task in scope (no index)")
        return
    # A savepoint: a refused CREATE EXTENSION (no privilege) must not abort the migration.
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as error:
        log.warning("pg_trgm could not be installed (%s): «tìm …» has no index", error)
        return
    op.execute(
        "CREATE INDEX ix_tasks_text_folded_trgm ON tasks USING gin (text_folded gin_trgm_ops)"
    )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute("DROP INDEX IF EXISTS ix_tasks_text_folded_trgm")
        op.execute("DROP TRIGGER units_path ON units")
        op.execute("DROP FUNCTION units_set_path()")
    else:
        op.execute("DROP TRIGGER units_path_move")
        op.execute("DROP TRIGGER units_path_insert")
    op.drop_index("ix_tasks_id_status_deadline", table_name="tasks")
    op.drop_index(op.f("ix_units_path"), table_name="units")
    with op.batch_alter_table("units") as batch:
        batch.drop_column("path")
