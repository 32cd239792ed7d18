"""Alembic environment: always online, on the connection the app hands over (already keyed)."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from livcr_desktop.store.migrate import include_name
from livcr_desktop.store.models import Base
from livcr_desktop.store.models.base import UtcDateTime


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    # Our UTC wrapper only changes Python-side conversion; in the DDL it is a plain DATETIME.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    return False


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables instead
    compare_type=True,
    render_item=_render_item,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
