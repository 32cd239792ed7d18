"""The LIVC-R's life domains: read by every evaluation form and chart, changed by the coordinator.

Until the coordinator first changes the list (or the first evaluation or goal needs the records),
the nine defaults are shown from the domain model; they are written with their fixed ids in the
same transaction as that first write, so the list is never half there. Domains are retired, never
deleted, because earlier evaluations rated them.

Two laptops of a synced LIVC-R may both write the defaults before either hears of the other's
(a partner's first goal, the coordinator's first added domain): their records must be the same
record, or the second `life_domain.added` could not be replayed and would be quarantined. So a
default's every field is derived from the LIVC-R, never from the moment: its fixed id, key and
position, and as creation time the LIVC-R's own (the profile every laptop holds). The apply
takes a second add with the same values as the record already there (store/apply_rows).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.life_domains import (
    DefaultDomain,
    LifeDomain,
    check_may_retire,
    default_domains,
    validate_domain_name,
)
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import LifeDomainRow, LivcrProfileRow

DOMAIN_NOT_FOUND = QT_TRANSLATE_NOOP("LifeDomains", "This life domain does not exist.")


def read_domains(session: Session) -> tuple[LifeDomain, ...]:
    """Every life domain (in use and retired) in the LIVC-R's order."""
    rows = session.scalars(select(LifeDomainRow).order_by(LifeDomainRow.position)).all()
    if not rows:
        return default_domains()
    return tuple(
        LifeDomain(
            row.id,
            DefaultDomain(row.key) if row.key else None,
            row.custom_name,
            row.position,
            row.active,
        )
        for row in rows
    )


def ensure_domains(journal: JournalWriter, session: Session, now: datetime) -> None:
    """Write the default domains if the LIVC-R has no records of them yet (same transaction)."""
    if session.scalar(select(func.count()).select_from(LifeDomainRow)):
        return
    created_at = defaults_created_at(session, now)
    for domain in default_domains():
        assert domain.key is not None
        journal.created(
            LifeDomainRow(
                id=domain.id,
                key=domain.key.value,
                custom_name="",
                position=domain.position,
                active=True,
                created_at=created_at,
                version=1,
            ),
            "life_domain.added",
        )
    session.flush()


def defaults_created_at(session: Session, now: datetime) -> datetime:
    """When the default domains were created: when the LIVC-R was, the same on every laptop
    (`now` only where no profile is held, which no laptop that writes records lacks)."""
    created = session.scalar(select(LivcrProfileRow.created_at).limit(1))
    return created if created is not None else now


class LifeDomainService:
    """Reading and configuring the life domains of the LIVC-R."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def domains(self) -> tuple[LifeDomain, ...]:
        """The domains as everyone signed in sees them (names are not case content)."""
        with self._ws.db.read_session() as session:
            return read_domains(session)

    def may_configure(self) -> bool:
        """Whether the signed-in person may change the list (to enable the buttons)."""
        return self._ws.may(Resource.LIVCR_PROFILE, Action.EDIT)

    @contextmanager
    def _write(self) -> Iterator[UnitOfWork]:
        """A unit of work that first checks, under its write lock, that the person may still
        configure the list (a role ended on another laptop a moment earlier refuses it)."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.LIVCR_PROFILE, Action.EDIT, entity="life_domain")
            yield uow

    def add(self, name: str) -> str:
        """Add a domain of the LIVC-R's own, at the end of the list."""
        with self._write() as uow:
            ensure_domains(uow.journal, uow.session, self._ws.clock.now())
            domains = read_domains(uow.session)
            cleaned = validate_domain_name(name, domains)
            row = LifeDomainRow(
                id=new_id(),
                key=None,
                custom_name=cleaned,
                position=max((d.position for d in domains), default=-1) + 1,
                active=True,
                created_at=self._ws.clock.now(),
                version=1,
            )
            uow.journal.created(row, "life_domain.added")
            return row.id

    def rename(self, domain_id: str, name: str) -> None:
        """Give a domain another name; its ratings stay with it."""
        with self._write() as uow:
            row = self._row(uow, domain_id)
            cleaned = validate_domain_name(name, read_domains(uow.session), renaming_id=domain_id)
            if cleaned != row.custom_name:
                uow.journal.updated(
                    row, "life_domain.renamed", {"custom_name": cleaned}, previous=row.custom_name
                )

    def retire(self, domain_id: str) -> None:
        """Stop rating a domain from now on (earlier ratings stay readable)."""
        with self._write() as uow:
            row = self._row(uow, domain_id)
            check_may_retire(read_domains(uow.session), domain_id)
            if row.active:
                uow.journal.updated(row, "life_domain.retired", {"active": False})

    def restore(self, domain_id: str) -> None:
        """Take a retired domain back into use."""
        with self._write() as uow:
            row = self._row(uow, domain_id)
            if not row.active:
                uow.journal.updated(row, "life_domain.restored", {"active": True})

    def move(self, domain_id: str, offset: int) -> None:
        """Move a domain up (-1) or down (+1) in the order forms and charts show."""
        with self._write() as uow:
            self._row(uow, domain_id)
            rows = list(uow.session.scalars(select(LifeDomainRow).order_by(LifeDomainRow.position)))
            index = next(i for i, r in enumerate(rows) if r.id == domain_id)
            target = index + offset
            if not 0 <= target < len(rows):
                return
            rows.insert(target, rows.pop(index))
            for position, row in enumerate(rows):
                if row.position != position:
                    uow.journal.updated(row, "life_domain.moved", {"position": position})

    def _row(self, uow: UnitOfWork, domain_id: str) -> LifeDomainRow:
        ensure_domains(uow.journal, uow.session, self._ws.clock.now())
        row = uow.session.get(LifeDomainRow, domain_id)
        if row is None:
            raise NotFound(DOMAIN_NOT_FOUND)
        return row
