"""Meetings, agenda items, invitees, attendance, action points, minutes amendments

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 07:58:15.793799
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("table_kind", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("chair_member_id", sa.String(length=36), nullable=False),
        sa.Column("series_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("minutes_remarks", sa.Text(), nullable=False),
        sa.Column("minutes_approved_at", sa.DateTime(), nullable=True),
        sa.Column("minutes_approved_by", sa.String(length=36), nullable=True),
        sa.Column("minutes_approved_via", sa.String(length=36), nullable=True),
        sa.Column("minutes_hash", sa.String(length=64), nullable=True),
        sa.Column("minutes_snapshot", sa.Text(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_member_id"], ["member.id"], name=op.f("fk_meeting_chair_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["minutes_approved_by"],
            ["member.id"],
            name=op.f("fk_meeting_minutes_approved_by_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_starts", ["starts_at"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("postponed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_agenda_item_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_agenda_item_municipality_id_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_agenda_item_meeting_position", ["meeting_id", "position"], unique=False
        )

    op.create_table(
        "meeting_participant",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("attendance", sa.String(length=20), nullable=False),
        sa.Column("secrecy_acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_participant_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_meeting_participant_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participant")),
        sa.UniqueConstraint(
            "meeting_id", "member_id", name=op.f("uq_meeting_participant_meeting_id_member_id")
        ),
    )
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "minutes_amendment",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("author_member_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_member_id"],
            ["member.id"],
            name=op.f("fk_minutes_amendment_author_member_id_member"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_minutes_amendment_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_amendment")),
    )
    with op.batch_alter_table("minutes_amendment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minutes_amendment_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "action_point",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("owner_member_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_action_point_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_action_point_item_id_agenda_item")
        ),
        sa.ForeignKeyConstraint(
            ["owner_member_id"], ["member.id"], name=op.f("fk_action_point_owner_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_point")),
    )
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_point_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_point_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            "ix_action_point_owner", ["owner_member_id", "done_on", "due_on"], unique=False
        )

    op.create_table(
        "item_invitee",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("effective", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_item_invitee_item_id_agenda_item")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_item_invitee_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_invitee")),
        sa.UniqueConstraint("item_id", "member_id", name=op.f("uq_item_invitee_item_id_member_id")),
    )
    with op.batch_alter_table("item_invitee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_invitee_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_item_invitee_member_id"), ["member_id"], unique=False)

    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda_item_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_case_note_agenda_item_id"), ["agenda_item_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_note_agenda_item_id"))
        batch_op.drop_column("agenda_item_id")

    with op.batch_alter_table("item_invitee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_invitee_member_id"))
        batch_op.drop_index(batch_op.f("ix_item_invitee_item_id"))

    op.drop_table("item_invitee")
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.drop_index("ix_action_point_owner")
        batch_op.drop_index(batch_op.f("ix_action_point_item_id"))
        batch_op.drop_index(batch_op.f("ix_action_point_case_id"))

    op.drop_table("action_point")
    with op.batch_alter_table("minutes_amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_amendment_meeting_id"))

    op.drop_table("minutes_amendment")
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participant_member_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participant_meeting_id"))

    op.drop_table("meeting_participant")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_item_meeting_position")
        batch_op.drop_index(batch_op.f("ix_agenda_item_case_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_starts")

    op.drop_table("meeting")
