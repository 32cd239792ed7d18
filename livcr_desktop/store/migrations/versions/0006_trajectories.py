"""Trajectories, goals, actions, updates, evaluations

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 08:22:07.775472
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "life_domain",
        sa.Column("key", sa.String(length=40), nullable=True),
        sa.Column("custom_name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_life_domain")),
    )
    op.create_table(
        "trajectory",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("started_by_decision_id", sa.String(length=36), nullable=False),
        sa.Column("lead_organisation_id", sa.String(length=36), nullable=False),
        sa.Column("case_manager_member_id", sa.String(length=36), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("interval_months", sa.Integer(), nullable=False),
        sa.Column("next_evaluation_due", sa.Date(), nullable=False),
        sa.Column("engagement", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(length=30), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("closed_by_decision_id", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_trajectory_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["case_manager_member_id"],
            ["member.id"],
            name=op.f("fk_trajectory_case_manager_member_id_member"),
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_decision_id"],
            ["decision.id"],
            name=op.f("fk_trajectory_closed_by_decision_id_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["lead_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_trajectory_lead_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["started_by_decision_id"],
            ["decision.id"],
            name=op.f("fk_trajectory_started_by_decision_id_decision"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectory")),
    )
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.create_index("ix_trajectory_case", ["case_id", "started_on"], unique=False)
        batch_op.create_index("ix_trajectory_due", ["state", "next_evaluation_due"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_trajectory_lead_organisation_id"), ["lead_organisation_id"], unique=False
        )

    op.create_table(
        "trajectory_evaluation",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("ratings", sa.Text(), nullable=False),
        sa.Column("protective_factors", sa.Text(), nullable=False),
        sa.Column("proposal", sa.String(length=20), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("author_member_id", sa.String(length=36), nullable=False),
        sa.Column("author_organisation_id", sa.String(length=36), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_member_id"],
            ["member.id"],
            name=op.f("fk_trajectory_evaluation_author_member_id_member"),
        ),
        sa.ForeignKeyConstraint(
            ["author_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_trajectory_evaluation_author_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_trajectory_evaluation_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_trajectory_evaluation_decision_id_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_trajectory_evaluation_trajectory_id_trajectory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectory_evaluation")),
    )
    with op.batch_alter_table("trajectory_evaluation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectory_evaluation_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            "ix_trajectory_evaluation_trajectory", ["trajectory_id", "evaluated_on"], unique=False
        )

    op.create_table(
        "trajectory_goal",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("domain_ids", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_trajectory_goal_trajectory_id_trajectory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectory_goal")),
    )
    with op.batch_alter_table("trajectory_goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectory_goal_trajectory_id"), ["trajectory_id"], unique=False
        )

    op.create_table(
        "trajectory_partner",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_trajectory_partner_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_trajectory_partner_trajectory_id_trajectory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectory_partner")),
    )
    with op.batch_alter_table("trajectory_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectory_partner_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_trajectory_partner_trajectory_id"), ["trajectory_id"], unique=False
        )

    op.create_table(
        "trajectory_update",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("author_member_id", sa.String(length=36), nullable=False),
        sa.Column("author_organisation_id", sa.String(length=36), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("corrects_update_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_member_id"],
            ["member.id"],
            name=op.f("fk_trajectory_update_author_member_id_member"),
        ),
        sa.ForeignKeyConstraint(
            ["author_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_trajectory_update_author_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_trajectory_update_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["corrects_update_id"],
            ["trajectory_update.id"],
            name=op.f("fk_trajectory_update_corrects_update_id_trajectory_update"),
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_trajectory_update_trajectory_id_trajectory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectory_update")),
    )
    with op.batch_alter_table("trajectory_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trajectory_update_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_trajectory_update_trajectory", ["trajectory_id", "happened_on"], unique=False
        )

    op.create_table(
        "trajectory_action",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_organisation_id", sa.String(length=36), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["trajectory_goal.id"],
            name=op.f("fk_trajectory_action_goal_id_trajectory_goal"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_trajectory_action_owner_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_trajectory_action_trajectory_id_trajectory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectory_action")),
    )
    with op.batch_alter_table("trajectory_action", schema=None) as batch_op:
        batch_op.create_index(
            "ix_trajectory_action_owner", ["owner_organisation_id", "status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_trajectory_action_trajectory_id"), ["trajectory_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("trajectory_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_action_trajectory_id"))
        batch_op.drop_index("ix_trajectory_action_owner")

    op.drop_table("trajectory_action")
    with op.batch_alter_table("trajectory_update", schema=None) as batch_op:
        batch_op.drop_index("ix_trajectory_update_trajectory")
        batch_op.drop_index(batch_op.f("ix_trajectory_update_case_id"))

    op.drop_table("trajectory_update")
    with op.batch_alter_table("trajectory_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_partner_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_trajectory_partner_organisation_id"))

    op.drop_table("trajectory_partner")
    with op.batch_alter_table("trajectory_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_goal_trajectory_id"))

    op.drop_table("trajectory_goal")
    with op.batch_alter_table("trajectory_evaluation", schema=None) as batch_op:
        batch_op.drop_index("ix_trajectory_evaluation_trajectory")
        batch_op.drop_index(batch_op.f("ix_trajectory_evaluation_case_id"))

    op.drop_table("trajectory_evaluation")
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_lead_organisation_id"))
        batch_op.drop_index("ix_trajectory_due")
        batch_op.drop_index("ix_trajectory_case")

    op.drop_table("trajectory")
    op.drop_table("life_domain")
