"""Creating recurring occurrences at national scale (2,000,000 tasks, ~29,000 templates) without
the two costs 0011 and the templates' reads added to it:

- `ix_tasks_recurring_templates` (PostgreSQL): the ids of the templates (`recurrence IS NOT
  NULL AND deadline IS NULL`, a partial index of ~1.5 % of the tasks). Each batch read its
  5,000 templates by id after the last one through a parallel pass over every task (~0.45 s a
  batch, 88,000 pages), the planner finding no index for them. SQLite reads them through
  `ix_tasks_status_deadline` (status, deadline NULL) and gets nothing here.
- `shared_path_depth` (0011) in PL/pgSQL, a loop over the path's ids, instead of SQL: an SQL
  function with a FROM clause is not inlined, and called from the PL/pgSQL trigger on every
  inserted supporting row it was planned again on each call (the trigger of an occurrence
  batch's ~2,200 supporting rows took 0.2-0.3 s, about half of that statement). Same answers:
  the number of ids of the first path that stand in the second, 0 for a NULL path.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEMPLATES = "recurrence IS NOT NULL AND deadline IS NULL"

_PG_DEPTH = """
CREATE OR REPLACE FUNCTION shared_path_depth(unit_path text, lead_path text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    shared integer := 0;
    segment text;
BEGIN
    IF unit_path IS NULL OR lead_path IS NULL THEN
        RETURN 0;
    END IF;
    FOREACH segment IN ARRAY string_to_array(btrim(unit_path, '/'), '/') LOOP
        IF strpos(lead_path, '/' || segment || '/') > 0 THEN
            shared := shared + 1;
        END IF;
    END LOOP;
    RETURN shared;
END
$$
"""
# 0011's body, for the downgrade.
_PG_DEPTH_0011 = """
CREATE OR REPLACE FUNCTION shared_path_depth(unit_path text, lead_path text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT count(*)::integer
    FROM unnest(string_to_array(btrim(unit_path, '/'), '/')) AS segment
    WHERE strpos(lead_path, '/' || segment || '/') > 0
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index(
        "ix_tasks_recurring_templates",
        "tasks",
        ["id"],
        postgresql_where=sa.text(TEMPLATES),
    )
    op.execute(_PG_DEPTH)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_PG_DEPTH_0011)
    op.drop_index("ix_tasks_recurring_templates", table_name="tasks")
