"""«thống kê» from a maintained aggregate: `task_counts` holds, per lead unit, how many of its
tasks are in each date-independent state (reported, done on time, done late, open without a
deadline) and how many open tasks fall due in each month. Statistics for a day sum the months
wholly before it (overdue) and after the "due soon" window (on track), and read only the open
tasks of the months the window touches from `tasks` itself. Database triggers keep the counts
(PostgreSQL: once per statement over its transition tables, so bulk writes and COPY are one
grouped upsert; SQLite: per row); rows that fall to zero stay, so the table never holds more
than units × (4 + months) rows.

Also, on PostgreSQL, a covering index for «tìm …» inside a scope (`ix_tasks_search`: the lead
unit, then the id, status, deadline and folded text of every task whose text fits in an index
entry), and an index for the tasks a leader directs (`directing_official_id, status, deadline`),
which the overdue and due lists of a leader's scope otherwise find by ANDing every open
overdue task of the country.

Triggers do not survive SQLite's copy-and-move of a table: a later migration that rebuilds
`tasks` in batch mode must create `task_counts_*` again (as for 0007–0009's; the test
`test_sqlite_triggers_survive_to_head` lists them).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTED = "('open', 'reported', 'done')"
SEARCH_INDEXED_BYTES = 2000  # storage.repositories.task_filters.SEARCH_INDEXED_BYTES


def _state(r: str) -> str:
    """The aggregate's state of a counted task `r` (its open dated tasks are kept by month)."""
    return f"""CASE
        WHEN {r}.status = 'reported' THEN 'reported'
        WHEN {r}.status = 'done' THEN CASE
            WHEN {r}.deadline IS NULL OR {r}.completed_on IS NULL
                OR {r}.completed_on < {r}.deadline
                OR ({r}.completed_on = {r}.deadline AND {r}.deadline_kind <> 'before_date')
            THEN 'done_on_time' ELSE 'done_late' END
        WHEN {r}.deadline IS NULL THEN 'no_deadline'
        ELSE 'open' END"""


def _month(r: str, postgres: bool) -> str:
    """year * 12 + month - 1 of an open task's deadline; 0 for every other state."""
    if postgres:
        index = (
            f"CAST(EXTRACT(YEAR FROM {r}.deadline) * 12"
            f" + EXTRACT(MONTH FROM {r}.deadline) - 1 AS INTEGER)"
        )
    else:  # dates are 'YYYY-MM-DD' text
        index = (
            f"CAST(substr({r}.deadline, 1, 4) AS INTEGER) * 12"
            f" + CAST(substr({r}.deadline, 6, 2) AS INTEGER) - 1"
        )
    return f"CASE WHEN {r}.status = 'open' AND {r}.deadline IS NOT NULL THEN {index} ELSE 0 END"


def _keys(source: str, postgres: bool, sign: str = "1") -> str:
    return (
        f"SELECT r.lead_unit_id AS unit_id, {_state('r')} AS state,"
        f" {_month('r', postgres)} AS month, {sign} AS n"
        f" FROM {source} r WHERE r.status IN {COUNTED}"
    )


def _pg_function() -> str:
    def upsert(rows: str) -> str:
        return f"""
        INSERT INTO task_counts AS c (unit_id, state, month, n)
        SELECT unit_id, state, month, sum(n) FROM ({rows}) k
        GROUP BY unit_id, state, month HAVING sum(n) <> 0
        ORDER BY unit_id, state, month
        ON CONFLICT (unit_id, state, month) DO UPDATE SET n = c.n + EXCLUDED.n;"""

    return f"""
    CREATE FUNCTION task_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN {upsert(_keys("new_rows", True))}
        ELSIF TG_OP = 'DELETE' THEN {upsert(_keys("old_rows", True, "-1"))}
        ELSE {upsert(_keys("new_rows", True) + " UNION ALL " + _keys("old_rows", True, "-1"))}
        END IF;
        RETURN NULL;
    END
    $$
    """


_PG = (
    _pg_function(),
    """CREATE TRIGGER task_counts_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION task_counts_apply()""",
    """CREATE TRIGGER task_counts_update AFTER UPDATE ON tasks
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION task_counts_apply()""",
    """CREATE TRIGGER task_counts_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION task_counts_apply()""",
    """CREATE FUNCTION task_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM task_counts;
        RETURN NULL;
    END
    $$""",
    """CREATE TRIGGER task_counts_truncate AFTER TRUNCATE ON tasks
    FOR EACH STATEMENT EXECUTE FUNCTION task_counts_clear()""",
)


def _sqlite_add(r: str) -> str:
    return (
        "INSERT INTO task_counts (unit_id, state, month, n)"
        f" SELECT {r}.lead_unit_id, {_state(r)}, {_month(r, False)}, 1"
        f" WHERE {r}.status IN {COUNTED}"
        " ON CONFLICT (unit_id, state, month) DO UPDATE SET n = n + 1;"
    )


def _sqlite_remove(r: str) -> str:
    return (
        "UPDATE task_counts SET n = n - 1"
        f" WHERE {r}.status IN {COUNTED} AND unit_id = {r}.lead_unit_id"
        f" AND state = {_state(r)} AND month = {_month(r, False)};"
    )


_SQLITE = (
    f"CREATE TRIGGER task_counts_insert AFTER INSERT ON tasks BEGIN {_sqlite_add('NEW')} END",
    f"CREATE TRIGGER task_counts_delete AFTER DELETE ON tasks BEGIN {_sqlite_remove('OLD')} END",
    "CREATE TRIGGER task_counts_update"
    " AFTER UPDATE OF status, deadline, deadline_kind, completed_on, lead_unit_id ON tasks"
    f" BEGIN {_sqlite_remove('OLD')} {_sqlite_add('NEW')} END",
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "task_counts",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("unit_id", "state", "month", name=op.f("pk_task_counts")),
    )
    op.execute(
        "INSERT INTO task_counts (unit_id, state, month, n)"
        f" SELECT unit_id, state, month, count(*) FROM ({_keys('tasks', postgres)}) k"
        " GROUP BY unit_id, state, month"
    )
    for statement in _PG if postgres else _SQLITE:
        op.execute(statement)
    op.create_index(
        op.f("ix_tasks_directing_official_id_status_deadline"),
        "tasks",
        ["directing_official_id", "status", "deadline"],
    )
    # The new index serves every lookup by directing official the old one did.
    op.drop_index(op.f("ix_tasks_directing_official_id"), table_name="tasks")
    if postgres:
        # «tìm …» in a scope tests every task the scope leads: from this index alone rather
        # than from one table page per task. A B-tree entry must stay under 2,704 bytes:
        # longer texts (few) are found through the second index and read from the table.
        op.create_index(
            "ix_tasks_search",
            "tasks",
            ["lead_unit_id"],
            postgresql_include=["id", "status", "deadline", "text_folded"],
            postgresql_where=sa.text(f"octet_length(text_folded) <= {SEARCH_INDEXED_BYTES}"),
        )
        op.create_index(
            "ix_tasks_search_long",
            "tasks",
            ["lead_unit_id"],
            postgresql_where=sa.text(f"octet_length(text_folded) > {SEARCH_INDEXED_BYTES}"),
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_tasks_search_long", table_name="tasks")
        op.drop_index("ix_tasks_search", table_name="tasks")
    op.create_index(op.f("ix_tasks_directing_official_id"), "tasks", ["directing_official_id"])
    op.drop_index(op.f("ix_tasks_directing_official_id_status_deadline"), table_name="tasks")
    if op.get_bind().dialect.name == "postgresql":
        for trigger in ("truncate", "delete", "update", "insert"):
            op.execute(f"DROP TRIGGER task_counts_{trigger} ON tasks")
        op.execute("DROP FUNCTION task_counts_clear()")
        op.execute("DROP FUNCTION task_counts_apply()")
    else:
        for trigger in ("update", "delete", "insert"):
            op.execute(f"DROP TRIGGER task_counts_{trigger}")
    op.drop_table("task_counts")
