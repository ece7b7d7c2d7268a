"""State that must survive a restart: each chat's conversation step, the channel updates already
handled, and each channel's health.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "conversation_state",
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("chat_ref", sa.String(length=64), nullable=False),
        sa.Column("slot", sa.String(length=32), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("channel", "chat_ref", "slot", name=op.f("pk_conversation_state")),
    )
    op.create_index(op.f("ix_conversation_state_expires_at"), "conversation_state", ["expires_at"])
    op.create_table(
        "seen_updates",
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("update_key", sa.String(length=128), nullable=False),
        sa.Column("seen_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("channel", "update_key", name=op.f("pk_seen_updates")),
    )
    op.create_index(op.f("ix_seen_updates_seen_at"), "seen_updates", ["seen_at"])
    op.create_table(
        "channel_health",
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("last_ok_at", TZ, nullable=True),
        sa.Column("last_error_at", TZ, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("down_since", TZ, nullable=True),
        sa.Column("alerted_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("channel", name=op.f("pk_channel_health")),
    )


def downgrade() -> None:
    op.drop_table("channel_health")
    op.drop_index(op.f("ix_seen_updates_seen_at"), table_name="seen_updates")
    op.drop_table("seen_updates")
    op.drop_index(op.f("ix_conversation_state_expires_at"), table_name="conversation_state")
    op.drop_table("conversation_state")
