"""Bring a database to the current schema: create and stamp a new one, upgrade an older one.

Alembic runs on the app's own keyed connection inside one transaction: on SQLite, DDL is
transactional, so an upgrade either applies whole or leaves the database as it was. Before any
upgrade the caller makes an encrypted backup (see `prepare_schema`'s `before_upgrade`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError

from livcr_desktop.store.errors import SchemaTooNew
from livcr_desktop.store.models import Base
from livcr_desktop.store.models.search import SEARCH_TABLES

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("livcr.store.migrate")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"

SCHEMA_HEAD = "0032"
"""The newest migration. Kept here so that opening an up-to-date database never has to import
Alembic (a fifth of a second at every start); a test checks it against the migration scripts."""


class SchemaAction(Enum):
    """What `prepare_schema` had to do."""

    CREATED = "created"
    UPGRADED = "upgraded"
    CURRENT = "current"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """What Alembic compares: everything but the search index, which is managed by hand."""
    del parent_names
    if type_ == "table" and name is not None:
        return not name.startswith(SEARCH_TABLES)
    return True


def alembic_config(connection: Connection | None = None, device_id: str | None = None) -> Config:
    """An Alembic configuration for the package's migrations, bound to a connection (and the
    migrating device, whose key signs the journal's checkpoint in 0010)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    if device_id is not None:
        config.attributes["device_id"] = device_id
    return config


def head_revision() -> str:
    """The newest migration among the scripts (SCHEMA_HEAD must equal it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def known_revisions() -> set[str]:
    """Every revision this version of the app can upgrade from."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision the database is stamped with (None for a database never stamped)."""
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:  # no alembic_version table: a new, empty database
        return None


def prepare_schema(
    engine: Engine,
    before_upgrade: Callable[[str | None, str], None] | None = None,
    *,
    device_id: str | None = None,
) -> SchemaAction:
    """Create or upgrade the schema; `before_upgrade(current, head)` runs before an upgrade."""
    with engine.connect() as conn:
        current = current_revision(conn)
        conn.rollback()
        if current == SCHEMA_HEAD:
            return SchemaAction.CURRENT
        from alembic import command

        head = head_revision()
        has_tables = bool(inspect(conn).get_table_names())
        conn.rollback()
        if current is None and not has_tables:
            with conn.begin():
                Base.metadata.create_all(conn)
                command.stamp(alembic_config(conn), "head")
            log.info("created a new schema at %s", head)
            return SchemaAction.CREATED
        if current == head:
            return SchemaAction.CURRENT
        if current is not None and current not in known_revisions():
            raise SchemaTooNew(current)
        if before_upgrade is not None:
            before_upgrade(current, head)
        # Batch migrations rebuild tables; foreign keys are checked once at the end instead.
        # The pragma only works outside a transaction, so it goes to the driver connection
        # directly (SQLAlchemy would open a transaction first).
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn, device_id), "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration left {len(problems)} broken references")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")
        log.info("upgraded the schema from %s to %s", current, head)
        return SchemaAction.UPGRADED
