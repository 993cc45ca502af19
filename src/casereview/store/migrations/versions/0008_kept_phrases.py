"""publish: phrases a checker found to hold an ordinary word, not a name of the case

Revision ID: 0008_kept_phrases
Revises: 0007_review_members
Create Date: 2026-11-26 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_kept_phrases"
down_revision = "0007_review_members"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_phrases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("phrase", sa.String(length=200), nullable=False),
        sa.Column("kept_by", sa.String(length=100), nullable=False),
        sa.Column("kept_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_kept_phrases_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_phrases")),
        sa.UniqueConstraint("review_id", "phrase", name=op.f("uq_kept_phrases_review_id")),
    )


def downgrade() -> None:
    op.drop_table("kept_phrases")
