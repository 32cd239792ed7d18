"""A unit of work: one write transaction with its journal, committed whole or not at all."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session

from livcr_desktop.store.database import Database
from livcr_desktop.store.journal_writer import JournalWriter


class UnitOfWork:
    """`with UnitOfWork(db, actor_id) as uow:` changes rows and journals them; commit at the end."""

    session: Session
    journal: JournalWriter

    def __init__(self, db: Database, actor_id: str | None) -> None:
        self._db = db
        self._actor_id = actor_id

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
        try:
            if exc_type is None:
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()
