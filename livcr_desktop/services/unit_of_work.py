"""A unit of work: one write transaction with its journal, committed whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session

from livcr_desktop.services.changes import ChangeSet
from livcr_desktop.store.database import Database
from livcr_desktop.store.journal_writer import JournalWriter


class UnitOfWork:
    """`with UnitOfWork(db, actor_id) as uow:` changes rows and journals them; commit at the end.

    `after_commit` hears what the transaction journaled, once it is committed (never after a
    rollback): the workspace announces it so open screens refresh.
    """

    session: Session
    journal: JournalWriter

    def __init__(
        self,
        db: Database,
        actor_id: str | None,
        *,
        after_commit: Callable[[ChangeSet], None] | None = None,
    ) -> None:
        self._db = db
        self._actor_id = actor_id
        self._after_commit = after_commit

    def __enter__(self) -> Self:
        self.session = self._db.write_session()
        self.session.begin()
        self.journal = self._db.journal(self.session, self._actor_id)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        committed = False
        try:
            if exc_type is None:
                self.session.commit()
                committed = True
            else:
                self.session.rollback()
        finally:
            self.session.close()
        if committed and self._after_commit is not None:
            self._after_commit(ChangeSet.of(self.journal.appended(), self.journal.reads()))
