"""Outbox delivery state: retry time, claim lease and token, and the chat a message went to.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Plain ADD/DROP COLUMN of nullable columns, which SQLite (≥ 3.35) and PostgreSQL both do in
place, so the table (and its named CHECK and UNIQUE constraints) is never copied.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)

COLUMNS = (
    ("not_before", TZ),
    ("lease_until", TZ),
    ("claim_id", sa.String(length=32)),
    ("chat_channel", sa.String(length=16)),
    ("chat_ref", sa.String(length=64)),
)


def upgrade() -> None:
    for name, type_ in COLUMNS:
        op.add_column("outbox", sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    for name, _ in reversed(COLUMNS):
        op.drop_column("outbox", name)
