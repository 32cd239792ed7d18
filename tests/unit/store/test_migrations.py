"""Alembic on the encrypted database: the first migration upgraded to head equals the models."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.engine import DataKey, create_database_file, make_engine
from livcr_desktop.store.errors import SchemaTooNew
from livcr_desktop.store.migrate import (
    SCHEMA_HEAD,
    SchemaAction,
    alembic_config,
    current_revision,
    head_revision,
    include_name,
    prepare_schema,
)
from livcr_desktop.store.models import Base


def first_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    return next(r.revision for r in script.walk_revisions() if r.down_revision is None)


@pytest.fixture
def engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    key = DataKey(secrets.token_bytes(32))
    path = DataFolder(tmp_path).db_path
    create_database_file(path, key)
    engine = make_engine(path, key)
    yield engine
    engine.dispose()


def test_the_head_constant_names_the_newest_migration_script() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_a_new_database_is_created_from_the_models_and_stamped(engine) -> None:  # type: ignore[no-untyped-def]
    assert prepare_schema(engine) is SchemaAction.CREATED
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    assert prepare_schema(engine) is SchemaAction.CURRENT


FIRST_REVISION_ROWS = (
    "INSERT INTO livcr_profile VALUES ('LIVC-R Oud', 'nl', '2025-01-01 00:00:00', 'p1', 1)",
    "INSERT INTO municipality VALUES ('Proefdorp', 1, 0, 'm1', 1)",
    "INSERT INTO organisation VALUES ('Preventiedienst', 'municipality', 'm1', 1, 'o1', 1)",
    "INSERT INTO member VALUES ('Tessa Test', 'o1', NULL, NULL, NULL, 1, 'mb1', 1)",
    "INSERT INTO account VALUES ('mb1', 'tessa.test', 'nl', 1, '2025-01-01 00:00:00', NULL, 'a1', 1)",
)


def test_the_first_migration_upgraded_to_head_matches_the_models(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), first_revision())
        for statement in FIRST_REVISION_ROWS:
            conn.execute(text(statement))
    backups: list[tuple[str | None, str]] = []
    action = prepare_schema(engine, before_upgrade=lambda cur, head: backups.append((cur, head)))
    if head_revision() == first_revision():
        assert action is SchemaAction.CURRENT and backups == []
    else:
        assert action is SchemaAction.UPGRADED
        assert backups == [(first_revision(), head_revision())]
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
        assert differences == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        account = conn.execute(text("SELECT username, must_change_passphrase FROM account")).one()
        assert tuple(account) == ("tessa.test", 0)


def test_amendments_written_before_0008_stay_as_corrections_of_the_whole_minutes(engine) -> None:  # type: ignore[no-untyped-def]
    # 0008 rebuilds minutes_amendment (SQLite's batch mode) to add item_id: the rows must come
    # through, as general amendments, which is what they were.
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), first_revision())
        for statement in FIRST_REVISION_ROWS:
            conn.execute(text(statement))
        command.upgrade(alembic_config(conn), "0007")
        conn.execute(
            text(
                "INSERT INTO meeting (id, version, table_kind, starts_at, ends_at, place, "
                "chair_member_id, status, minutes_remarks, cancel_reason, created_at, "
                "minutes_approved_at) VALUES ('mt1', 1, 'operational', '2025-02-01 13:00:00', "
                "'2025-02-01 15:00:00', 'Zaal 2', 'mb1', 'held', '', '', "
                "'2025-01-20 09:00:00', '2025-02-02 09:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO minutes_amendment (id, version, meeting_id, author_member_id, text, "
                "written_at) VALUES ('am1', 1, 'mt1', 'mb1', 'Zaal 3, niet zaal 2.', "
                "'2025-02-03 10:00:00')"
            )
        )
    assert prepare_schema(engine) is SchemaAction.UPGRADED
    with engine.connect() as conn:
        row = conn.execute(text("SELECT id, meeting_id, text, item_id FROM minutes_amendment"))
        assert [tuple(r) for r in row] == [("am1", "mt1", "Zaal 3, niet zaal 2.", None)]
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_a_database_from_a_newer_version_is_refused_untouched(engine) -> None:  # type: ignore[no-untyped-def]
    prepare_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from-the-future'"))
    with pytest.raises(SchemaTooNew):
        prepare_schema(engine)
    with engine.connect() as conn:
        assert current_revision(conn) == "from-the-future"


def test_0009_rebuilds_the_search_index_keyed_by_case_and_back(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn, conn.begin():
        command.upgrade(alembic_config(conn), first_revision())
        for statement in FIRST_REVISION_ROWS:
            conn.execute(text(statement))
        command.upgrade(alembic_config(conn), "0008")
        for person, case, code, first in (
            ("p1", "c1", "001", "Jonas"),
            ("p2", "c2", "002", "Mira"),
        ):
            conn.execute(
                text(
                    "INSERT INTO person (id, version, kind, first_names, last_name, description, "
                    "group_name, address, phone, intends_to_settle, match_key, created_at) "
                    f"VALUES ('{person}', 1, 'person', '{first}', 'Fictief', '', '', '', '', 0, "
                    "'k', '2025-03-01 09:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO case_file (id, version, code, year, number, person_id, "
                    "municipality_id, status, opened_on, subject_name, subject_sort, "
                    "subject_kind, ltf_primary_follow_up, ggb_category, ltf_priority, "
                    f"updated_at) VALUES ('{case}', 1, 'TER-2025-{code}', 2025, {int(code)}, "
                    f"'{person}', 'm1', 'signalled', '2025-03-01', '{first} Fictief', "
                    f"'fictief {first.lower()}', 'person', 0, 'unknown', 'unknown', "
                    "'2025-03-01 09:00:00')"
                )
            )
        for note, case, visibility, body in (
            ("n1", "c1", "table", "Moeder gebeld"),
            ("n2", "c1", "organisation", "Budgetbegeleiding intern"),
            ("n3", "c2", "table", "Huisbezoek gepland"),
        ):
            conn.execute(
                text(
                    "INSERT INTO case_note (id, version, case_id, author_member_id, "
                    "author_organisation_id, visibility, body, written_at) VALUES "
                    f"('{note}', 1, '{case}', 'mb1', 'o1', '{visibility}', '{body}', "
                    "'2025-03-02 10:00:00')"
                )
            )

    assert prepare_schema(engine) is SchemaAction.UPGRADED
    with engine.connect() as conn:
        keys = dict(conn.execute(text("SELECT id, search_key FROM case_file")).all())
        assert sorted(keys.values()) == [1, 2]

        def found(sql: str) -> list[int]:
            return [row[0] for row in conn.execute(text(sql))]

        assert found("SELECT rowid FROM case_search WHERE case_search MATCH 'mira'") == [keys["c2"]]
        assert found(
            "SELECT rowid FROM table_note_search WHERE table_note_search MATCH 'moeder'"
        ) == [keys["c1"]]
        assert found(
            "SELECT d.case_key FROM own_note_search_doc d JOIN own_note_search s "
            "ON s.rowid = d.id WHERE own_note_search MATCH 'budget*' AND d.organisation_id = 'o1'"
        ) == [keys["c1"]]
        # The same tables as a database created at this version.
        upgraded = found_schema(conn)
    fresh = new_engine(tmp_path / "fresh")
    try:
        prepare_schema(fresh)
        with fresh.connect() as conn:
            assert found_schema(conn) == upgraded
    finally:
        fresh.dispose()

    with engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), "0008")
        cases = conn.execute(
            text("SELECT case_id FROM case_search WHERE case_search MATCH 'names : jonas'")
        ).all()
        notes = conn.execute(
            text("SELECT note_id FROM note_search WHERE note_search MATCH 'budgetbegeleiding'")
        ).all()
        assert [tuple(r) for r in cases] == [("c1",)] and [tuple(r) for r in notes] == [("n2",)]
        columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(case_file)")]
        assert "search_key" not in columns


def found_schema(conn) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The search index's tables and indexes, as SQLite holds them."""
    rows = conn.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND (name LIKE '%search%' "
            "OR tbl_name LIKE '%search%') ORDER BY name"
        )
    ).all()
    return [(name, " ".join(sql.split()).replace("IF NOT EXISTS ", "")) for name, sql in rows]


def new_engine(folder: Path):  # type: ignore[no-untyped-def]
    """An engine on a new empty encrypted database in `folder`."""
    folder.mkdir()
    path = DataFolder(folder).db_path
    key = DataKey(secrets.token_bytes(32))
    create_database_file(path, key)
    return make_engine(path, key)
