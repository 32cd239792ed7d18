"""Two laptops writing at once, in one test: another write lands at the worst moment.

The worst moment for a check-then-act is just before the acting write takes the write lock:
a check made earlier in a read session would not see it. `just_before_the_write` runs the other
write there, so a test shows that the service checks again inside its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import JournalOperation


def just_before_the_write(
    monkeypatch: pytest.MonkeyPatch, workspace: Workspace, other_write: Callable[[], object]
) -> None:
    """Run `other_write` (on another workspace) once, right before `workspace` next opens a
    write transaction."""
    db = workspace.db
    original = db.write_session
    pending = [other_write]

    def write_session():  # type: ignore[no-untyped-def]
        while pending:
            pending.pop()()
        return original()

    monkeypatch.setattr(db, "write_session", write_session)


def journal_since(workspace: Workspace, count: int) -> list[str]:
    """The kinds of the operations journaled after the first `count` ones, in order."""
    with workspace.db.read_session() as session:
        return list(
            session.scalars(
                select(JournalOperation.kind)
                .order_by(JournalOperation.device_id, JournalOperation.device_seq)
                .offset(count)
            )
        )


def journal_size(workspace: Workspace) -> int:
    """How many operations the journal holds."""
    with workspace.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(JournalOperation)) or 0)
