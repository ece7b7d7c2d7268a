"""Starting statistics for SQLite's query planner, so a fresh file picks the right indexes."""

from __future__ import annotations

from sqlalchemy import Connection, text

# Rows, then rows per distinct key prefix, as ANALYZE writes them; taken from an ANALYZE of
# 200,000 tasks over 1,000 units and 10,000 officials. Without any statistics SQLite takes
# `status IN (…)` for as selective as a unit id, answers a one-unit listing by walking every
# open task (150 ms instead of 5 ms at that size), and stays there until someone runs ANALYZE.
# A later ANALYZE (or PRAGMA optimize) replaces these with the real figures.
STAT1 = {
    ("tasks", "ix_tasks_lead_unit_id_status_deadline"): "200000 200 40 2 2 2",
    ("tasks", "ix_tasks_status_deadline"): "200000 40000 40",
    ("tasks", "ix_tasks_directing_official_id"): "200000 20",
    ("tasks", "ix_tasks_parent_id"): "200000 20",
    ("tasks", "ix_tasks_notice_id"): "200000 20",
    ("task_support", "ix_task_support_unit_id_lead_unit_id_task_id"): "90000 90 2 1",
    ("task_criteria", "ix_task_criteria_code_task_id"): "80000 80 1",
    ("task_events", "ix_task_events_task_id"): "600000 3",
    ("evidence", "ix_evidence_task_id"): "100000 2",
    ("officials", "ix_officials_unit_id"): "10000 10",
    ("official_roles", "ix_official_roles_role"): "10000 2500",
    ("chat_accounts", "ix_chat_accounts_official_id"): "12000 1",
    ("invites", "ix_invites_official_id"): "12000 1",
    ("outbox", "ix_outbox_status_due_at"): "100000 20000 2",
    ("units", "ix_units_parent_id"): "1000 20",
}


def seed_sqlite_planner_stats(connection: Connection) -> None:
    """Write STAT1 unless the tasks table has statistics already (a real ANALYZE wins)."""
    # Analysing only the schema table creates sqlite_stat1 without scanning any data.
    connection.exec_driver_sql("ANALYZE sqlite_schema")
    analysed = connection.execute(text("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'tasks' LIMIT 1"))
    if analysed.first() is not None:
        return
    connection.execute(
        text("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (:tbl, :idx, :stat)"),
        [{"tbl": tbl, "idx": idx, "stat": stat} for (tbl, idx), stat in STAT1.items()],
    )
    # Statistics are read when a connection loads the schema; this one reloads them now.
    connection.exec_driver_sql("ANALYZE sqlite_schema")
