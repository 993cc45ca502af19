"""web app: reviewers and panel members see only the reviews they are members of

Revision ID: 0007_review_members
Revises: 0006_web
Create Date: 2026-11-26 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_review_members"
down_revision = "0006_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_review_members_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["web_users.id"],
            name=op.f("fk_review_members_user_id_web_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_members")),
        sa.UniqueConstraint("review_id", "user_id", name=op.f("uq_review_members_review_id")),
    )
    op.create_index(op.f("ix_review_members_user_id"), "review_members", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_review_members_user_id"), table_name="review_members")
    op.drop_table("review_members")
