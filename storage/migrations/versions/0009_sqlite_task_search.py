"""«tìm …» on SQLite through an FTS5 trigram index of the folded task text (`task_text`, an
external-content table over `tasks`, kept in sync by triggers); PostgreSQL has its trigram
index since 0007, so nothing changes there.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CREATE = (
    """
    CREATE VIRTUAL TABLE task_text USING fts5(
        text_folded, content='tasks', content_rowid='id', tokenize='trigram'
    )
    """,
    "INSERT INTO task_text (task_text) VALUES ('rebuild')",
    """
    CREATE TRIGGER tasks_text_insert AFTER INSERT ON tasks BEGIN
        INSERT INTO task_text (rowid, text_folded) VALUES (NEW.id, NEW.text_folded);
    END
    """,
    """
    CREATE TRIGGER tasks_text_delete AFTER DELETE ON tasks BEGIN
        INSERT INTO task_text (task_text, rowid, text_folded)
        VALUES ('delete', OLD.id, OLD.text_folded);
    END
    """,
    """
    CREATE TRIGGER tasks_text_update AFTER UPDATE OF text_folded ON tasks BEGIN
        INSERT INTO task_text (task_text, rowid, text_folded)
        VALUES ('delete', OLD.id, OLD.text_folded);
        INSERT INTO task_text (rowid, text_folded) VALUES (NEW.id, NEW.text_folded);
    END
    """,
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("tasks_text_update", "tasks_text_delete", "tasks_text_insert"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE task_text")
