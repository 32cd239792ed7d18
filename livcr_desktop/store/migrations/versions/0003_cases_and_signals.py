"""Cases, signals, persons, notes, links, full-text search and the journal's case scope

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 07:27:45.189732
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("first_names", sa.String(length=160), nullable=False),
        sa.Column("last_name", sa.String(length=160), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("group_name", sa.String(length=160), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("residence_municipality_id", sa.String(length=36), nullable=True),
        sa.Column("intends_to_settle", sa.Boolean(), nullable=False),
        sa.Column("match_key", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["residence_municipality_id"],
            ["municipality.id"],
            name=op.f("fk_person_residence_municipality_id_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_match_key"), ["match_key"], unique=False)

    op.create_table(
        "case_file",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("close_reason", sa.String(length=30), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("subject_name", sa.String(length=400), nullable=False),
        sa.Column("subject_sort", sa.String(length=400), nullable=False),
        sa.Column("subject_kind", sa.String(length=20), nullable=False),
        sa.Column("ltf_primary_follow_up", sa.Boolean(), nullable=False),
        sa.Column("ggb_category", sa.String(length=20), nullable=False),
        sa.Column("ltf_priority", sa.String(length=10), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_case_file_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_case_file_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("code", name=op.f("uq_case_file_code")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_case_file_year_number")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index("ix_case_file_follow_up", ["next_follow_up"], unique=False)
        batch_op.create_index(
            "ix_case_file_municipality_code", ["municipality_id", "code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_file_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_case_file_status_code", ["status", "code"], unique=False)
        batch_op.create_index("ix_case_file_subject_sort", ["subject_sort"], unique=False)
        batch_op.create_index("ix_case_file_updated", ["updated_at"], unique=False)

    op.create_table(
        "case_link",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("livcr_name", sa.String(length=160), nullable=False),
        sa.Column("contact", sa.String(length=300), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_link_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_link")),
    )
    with op.batch_alter_table("case_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_link_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_note",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("author_member_id", sa.String(length=36), nullable=False),
        sa.Column("author_organisation_id", sa.String(length=36), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("corrects_note_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_member_id"], ["member.id"], name=op.f("fk_case_note_author_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["author_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_case_note_author_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_note_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["corrects_note_id"],
            ["case_note.id"],
            name=op.f("fk_case_note_corrects_note_id_case_note"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_note")),
    )
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_note_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_participant",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_participant_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_case_participant_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_participant")),
    )
    with op.batch_alter_table("case_participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_participant_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_case_participant_member", ["member_id", "until", "case_id"], unique=False
        )

    op.create_table(
        "signal",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("signalling_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("signalling_person", sa.String(length=160), nullable=False),
        sa.Column("ltf_shared_info", sa.Text(), nullable=False),
        sa.Column("other_livcr_name", sa.String(length=160), nullable=False),
        sa.Column("other_livcr_contact", sa.String(length=300), nullable=False),
        sa.Column("registered_by", sa.String(length=36), nullable=True),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("screening_outcome", sa.String(length=30), nullable=True),
        sa.Column("screening_reason", sa.Text(), nullable=True),
        sa.Column("screened_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_signal_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_signal_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["signalling_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_signal_signalling_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal")),
    )
    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signal_case_id"), ["case_id"], unique=False)

    with op.batch_alter_table("journal_operation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scope_id", sa.String(length=36), nullable=True))
        batch_op.create_index("ix_journal_operation_scope", ["scope_id", "hlc"], unique=False)

    with op.batch_alter_table("livcr_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "case_code_scheme",
                sa.String(length=60),
                server_default="TER-{year}-{number:03d}",
                nullable=False,
            )
        )
    # Full-text search (FTS5) inside the encrypted database; written out here, not imported,
    # so that this migration stays what it was when later versions change the models.
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS case_search USING fts5("
        "case_id UNINDEXED, code, names, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS note_search USING fts5("
        "note_id UNINDEXED, case_id UNINDEXED, organisation_id UNINDEXED, visibility UNINDEXED, "
        "body, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS note_search")
    op.execute("DROP TABLE IF EXISTS case_search")
    with op.batch_alter_table("livcr_profile", schema=None) as batch_op:
        batch_op.drop_column("case_code_scheme")

    with op.batch_alter_table("journal_operation", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_operation_scope")
        batch_op.drop_column("scope_id")

    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signal_case_id"))

    op.drop_table("signal")
    with op.batch_alter_table("case_participant", schema=None) as batch_op:
        batch_op.drop_index("ix_case_participant_member")
        batch_op.drop_index(batch_op.f("ix_case_participant_case_id"))

    op.drop_table("case_participant")
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_note_case_id"))

    op.drop_table("case_note")
    with op.batch_alter_table("case_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_link_case_id"))

    op.drop_table("case_link")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index("ix_case_file_updated")
        batch_op.drop_index("ix_case_file_subject_sort")
        batch_op.drop_index("ix_case_file_status_code")
        batch_op.drop_index(batch_op.f("ix_case_file_person_id"))
        batch_op.drop_index("ix_case_file_municipality_code")
        batch_op.drop_index("ix_case_file_follow_up")

    op.drop_table("case_file")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_match_key"))

    op.drop_table("person")
