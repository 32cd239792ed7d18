"""A unit of work: one write transaction with its journal, committed whole or not at all.

A unit of work can also refuse. The checks that guard a write run inside the transaction that
acts on it (read with the write lock held, so nobody can change them in between), and when one
fails the whole transaction rolls back. The refusal itself must still reach the journal: the
data-protection officer has to see what was tried. So the unit of work remembers the refusal,
rolls back, and journals it in a fresh short transaction before the error reaches the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from types import MappingProxyType, TracebackType
from typing import Any, NoReturn, Self

from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.services.changes import ChangeSet
from livcr_desktop.store.database import Database
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.signing import Signer


@dataclass(frozen=True)
class Refusal:
    """What was tried and refused, as the journal records it: the record, the kind
    ("access.denied", "feedback_form.refused" ...) and details such as the attempt, never text."""

    entity: str
    entity_id: str
    kind: str
    details: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    scope_id: str | None = None

    def journal(self, journal: JournalWriter) -> None:
        """Append this refusal to a journal."""
        journal.access(
            self.entity, self.entity_id, self.kind, scope_id=self.scope_id, **self.details
        )


_active: ContextVar[UnitOfWork | None] = ContextVar("livcr_unit_of_work", default=None)


class UnitOfWork:
    """`with UnitOfWork(db, actor_id) as uow:` changes rows and journals them; commit at the end.

    `uow.refuse(refusal, error)` ends it instead: nothing of this transaction is kept but the
    refusal. A unit of work that has refused never commits, even if the error was caught inside
    the `with` block, and the error is raised again at its end.

    At the commit the transaction's operations are signed by `signer` (the author's key, held
    by the workspace while they are signed in) or, with none, by the device's own key.

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
        signer: Signer | None = None,
        after_commit: Callable[[ChangeSet], None] | None = None,
    ) -> None:
        self._db = db
        self._actor_id = actor_id
        self.signer = signer
        """Who signs at the commit; a sign-in sets it once it has opened the person's key."""
        self._after_commit = after_commit
        self._refusals: list[tuple[Refusal, DomainError]] = []
        self._token: Token[UnitOfWork | None] | None = None

    @staticmethod
    def active(db: Database) -> UnitOfWork | None:
        """The unit of work open on this database in the current thread, if any: a refusal
        decided while it is open belongs to it (a second write transaction would wait for the
        write lock this one holds)."""
        current = _active.get()
        return current if current is not None and current._db is db else None

    def __enter__(self) -> Self:
        self.session = self._db.write_session()
        self.session.begin()
        self.journal = self._db.journal(self.session, self._actor_id)
        self._token = _active.set(self)
        return self

    def refuse(self, refusal: Refusal, error: DomainError) -> NoReturn:
        """Refuse the whole unit of work: roll back, journal `refusal`, raise `error`."""
        self._refusals.append((refusal, error))
        raise error

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        committed = False
        try:
            if exc_type is None and not self._refusals:
                self._seal()
                self.session.commit()
                committed = True
            else:
                self.session.rollback()
        finally:
            self.session.close()
            if self._token is not None:
                _active.reset(self._token)
                self._token = None
        if committed and self._after_commit is not None:
            self._after_commit(ChangeSet.of(self.journal.appended(), self.journal.reads()))
        if self._refusals:
            self._journal_refusals()
            if exc is None:
                raise self._refusals[-1][1]

    def _seal(self) -> None:
        if not self.journal.appended():
            return
        signer = self.signer or self._db.device_signer(self.journal)
        self.journal.seal(signer)

    def _journal_refusals(self) -> None:
        """Journal the refusals in a fresh transaction, now that the refused one has let go of
        the write lock; if even that fails, its error reaches the caller instead of silence."""
        with UnitOfWork(self._db, self._actor_id, signer=self.signer) as uow:
            for refusal, _ in self._refusals:
                refusal.journal(uow.journal)
