"""Generating the art. 30 record and the DPIA facts sheet from the configuration.

The facts are read when the document is made, so the record always describes this LIVC-R as it
is configured today: its municipalities, its data-protection officer, the kinds of partner at
its tables, the roles and how many hold them, the retention terms and the security parameters
the code applies. Only counts of cases and persons reach the DPIA sheet, never a case. Both
exports are journaled.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.records_of_processing import (
    RECORDED_FAULT_RUN,
    FaultRun,
    ProcessingFacts,
    RetentionTerm,
    SecurityFacts,
)
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.reports.records_of_processing import build_art30_record, build_dpia_facts
from livcr_desktop.services.profile import read_profile
from livcr_desktop.services.retention.house_rules import rules_in_force
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import IDLE_LOCK_MINUTES
from livcr_desktop.store.keyslots import ACCOUNT_KDF
from livcr_desktop.store.models import (
    CaseRow,
    Member,
    OrganisationRow,
    PersonRow,
    RoleAssignment,
    SyncLinkRow,
)
from livcr_desktop.store.private_files import private_file

AFTER_CLOSURE = QT_TRANSLATE_NOOP("RecordsOfProcessing", "Case data after the case is closed")
AFTER_CLOSURE_FOR = QT_TRANSLATE_NOOP(
    "RecordsOfProcessing", "Case data after a case is closed with the reason \u201c{reason}\u201d"
)
NOT_PAST_SCREENING = QT_TRANSLATE_NOOP(
    "RecordsOfProcessing", "A signal or case that never passed screening onto the table"
)


def retention_terms(session: Session, day: date) -> tuple[RetentionTerm, ...]:
    """The retention terms of the house rules in force on `day` (their defaults, five years
    after closure, before the strategic table adopted a version)."""
    terms = rules_in_force(session, day).rules.retention
    return (
        RetentionTerm(AFTER_CLOSURE, terms.years_after_closure),
        *(
            RetentionTerm(AFTER_CLOSURE_FOR, years, reason.label)
            for reason, years in sorted(terms.per_reason.items())
            if years != terms.years_after_closure
        ),
        RetentionTerm(NOT_PAST_SCREENING, terms.years_not_past_screening),
    )


def _holders(session: Session, role: Role, day: date) -> list[str]:
    return list(
        session.scalars(
            select(Member.full_name)
            .join(RoleAssignment, RoleAssignment.member_id == Member.id)
            .where(
                RoleAssignment.role == role.value,
                RoleAssignment.starts_on <= day,
                (RoleAssignment.ends_on.is_(None)) | (RoleAssignment.ends_on >= day),
            )
            .distinct()
            .order_by(Member.full_name)
        )
    )


class ProcessingRecords:
    """The DPO's documents (the coordinator may print them too)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def facts(self, fault_run: FaultRun | None = RECORDED_FAULT_RUN) -> ProcessingFacts:
        """What both documents say, read now."""
        self._ws.require(
            Resource.RECORDS_OF_PROCESSING, Action.VIEW, entity="records_of_processing"
        )
        day = self._ws.today()
        with self._ws.db.read_session() as session:
            profile = read_profile(session)
            kinds = sorted(
                {
                    OrganisationKind(k)
                    for k in session.scalars(
                        select(OrganisationRow.kind).where(OrganisationRow.active.is_(True))
                    )
                },
                key=list(OrganisationKind).index,
            )
            roles = tuple((role.label, len(_holders(session, role, day))) for role in Role)
            closed = session.scalar(
                select(func.count()).where(CaseRow.status == CaseStatus.CLOSED.value)
            )
            total = session.scalar(select(func.count()).select_from(CaseRow))
            persons = session.scalar(select(func.count()).select_from(PersonRow))
            cipher = session.execute(text("PRAGMA cipher_version")).scalar() or "?"
            hub = session.scalars(select(SyncLinkRow)).first() is not None
            retention = retention_terms(session, day)
            return ProcessingFacts(
                livcr_name=profile.name,
                municipalities=tuple(m.name for m in profile.municipalities if m.active),
                data_protection_officers=tuple(
                    _holders(session, Role.DATA_PROTECTION_OFFICER, day)
                ),
                coordinators=tuple(_holders(session, Role.COORDINATOR, day)),
                partner_kinds=tuple(k.label for k in kinds),
                roles=roles,
                retention=retention,
                security=SecurityFacts(
                    cipher_version=str(cipher),
                    kdf_name="Argon2id" if ACCOUNT_KDF.name == "argon2id" else ACCOUNT_KDF.name,
                    kdf_iterations=ACCOUNT_KDF.iterations,
                    kdf_memory_mib=ACCOUNT_KDF.memory_kib // 1024,
                    kdf_lanes=ACCOUNT_KDF.lanes,
                    idle_lock_minutes=IDLE_LOCK_MINUTES.default,
                    hub_connected=hub,
                ),
                cases_open=int(total or 0) - int(closed or 0),
                cases_closed=int(closed or 0),
                persons=int(persons or 0),
                fault_run=fault_run,
            )

    def art30_pdf(self, language: Language) -> bytes:
        """The art. 30 record as PDF bytes (for the preview; not journaled until exported)."""
        buffer = BytesIO()
        build_art30_record(buffer, self.facts(), language, self._ws.clock.now())
        return buffer.getvalue()

    def dpia_pdf(
        self, language: Language, fault_run: FaultRun | None = RECORDED_FAULT_RUN
    ) -> bytes:
        """The DPIA facts sheet as PDF bytes."""
        buffer = BytesIO()
        build_dpia_facts(buffer, self.facts(fault_run), language, self._ws.clock.now())
        return buffer.getvalue()

    def export_art30(self, language: Language, target: Path) -> None:
        """Write the art. 30 record (journaled)."""
        self._ws.require(
            Resource.RECORDS_OF_PROCESSING, Action.EXPORT, entity="records_of_processing"
        )
        data = self.art30_pdf(language)
        with private_file(target) as partial:
            partial.write_bytes(data)
            with self._ws.uow() as uow:
                uow.journal.access(
                    "records_of_processing",
                    "-",
                    "export.art30_record_pdf",
                    language=language.value,
                )

    def export_dpia(
        self, language: Language, target: Path, fault_run: FaultRun | None = RECORDED_FAULT_RUN
    ) -> None:
        """Write the DPIA facts sheet (journaled)."""
        self._ws.require(
            Resource.RECORDS_OF_PROCESSING, Action.EXPORT, entity="records_of_processing"
        )
        data = self.dpia_pdf(language, fault_run)
        with private_file(target) as partial:
            partial.write_bytes(data)
            with self._ws.uow() as uow:
                uow.journal.access(
                    "records_of_processing", "-", "export.dpia_facts_pdf", language=language.value
                )
