"""Reading the house rules in force, editing the draft, and recording its adoption.

The coordinator edits one draft. The strategic table discusses it as a "house rules" item and
adopts it by a signed consensus decision; the coordinator then records that adoption here, naming
the decision. The adoption is checked inside the write: the decision is signed, strategic, on a
house-rules item of a strategic-table meeting, not used for another version, and the draft was
not changed after the signature (the table adopted the text as it stands). The version applies
from the day the decision was signed; earlier versions stay readable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes, canonical_hash
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.decisions import DecisionKind, DecisionState
from livcr_desktop.domain.errors import ConflictError, NotFound, ValidationError
from livcr_desktop.domain.house_rules import (
    DEFAULT_RULES,
    AdoptedVersion,
    HouseRules,
    rules_from_json,
    version_in_force,
)
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import ItemKind, TableKind
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.profile import read_profile
from livcr_desktop.services.retention.house_rules_binding import signed_hash, text_hash
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    AgendaItemRow,
    DecisionRow,
    HouseRulesVersionRow,
    MeetingRow,
)
from livcr_desktop.store.private_files import private_file

DRAFT, ADOPTED = "draft", "adopted"

NO_DRAFT = QT_TRANSLATE_NOOP("HouseRules", "There is no draft of the house rules to adopt.")
NOT_A_HOUSE_RULES_DECISION = QT_TRANSLATE_NOOP(
    "HouseRules",
    "Only a signed decision of the strategic table on a “House rules” item adopts the house rules.",
)
DECISION_ALREADY_USED = QT_TRANSLATE_NOOP(
    "HouseRules", "This decision already adopted version {number} of the house rules."
)
DRAFT_CHANGED_AFTER = QT_TRANSLATE_NOOP(
    "HouseRules",
    "The draft was changed after the decision was signed: the strategic table adopted another "
    "text. Put the draft as it is now to the strategic table.",
)
VERSION_NOT_FOUND = QT_TRANSLATE_NOOP(
    "HouseRules", "This version of the house rules was not found."
)


@dataclass(frozen=True)
class VersionView:
    """An adopted version as people read it."""

    id: str
    number: int
    applies_from: date
    decision_id: str
    decision_wording: str
    meeting_day: date
    rules: HouseRules
    rules_hash: str


@dataclass(frozen=True)
class InForce:
    """The rules in force on a day, and which version they come from (None: the defaults)."""

    day: date
    rules: HouseRules
    version: VersionView | None


@dataclass(frozen=True)
class Draft:
    """The draft being written, and when it was last changed."""

    rules: HouseRules
    edited_at: datetime


@dataclass(frozen=True)
class AdoptableDecision:
    """A signed strategic decision on a house-rules item that no version used yet."""

    id: str
    wording: str
    signed_at: datetime
    meeting_day: date


def _rules(row: HouseRulesVersionRow) -> HouseRules:
    return rules_from_json(json.loads(row.content))


def read_versions(session: Session) -> list[VersionView]:
    """Every adopted version, newest first."""
    rows = session.execute(
        select(HouseRulesVersionRow, DecisionRow, MeetingRow.starts_at)
        .join(DecisionRow, DecisionRow.id == HouseRulesVersionRow.decision_id)
        .join(MeetingRow, MeetingRow.id == DecisionRow.meeting_id)
        .where(HouseRulesVersionRow.state == ADOPTED)
        .order_by(HouseRulesVersionRow.number.desc())
    ).all()
    return [
        VersionView(
            id=row.id,
            number=row.number or 0,
            applies_from=row.applies_from or date.min,
            decision_id=decision.id,
            decision_wording=decision.wording,
            meeting_day=local_date(starts_at),
            rules=_rules(row),
            rules_hash=row.rules_hash,
        )
        for row, decision, starts_at in rows
    ]


def rules_in_force(session: Session, day: date) -> InForce:
    """The house rules in force on `day` (the defaults before the first adoption)."""
    versions = read_versions(session)
    found = version_in_force(
        [AdoptedVersion(v.number, v.applies_from, v.rules) for v in versions], day
    )
    if found is None:
        return InForce(day, DEFAULT_RULES, None)
    view = next(v for v in versions if v.number == found.number)
    return InForce(day, view.rules, view)


class HouseRulesService:
    """The house rules for everyone who may read the LIVC-R's profile; the draft and the
    adoption for the coordinator."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def in_force(self, day: date | None = None) -> InForce:
        """The rules in force today (or on `day`)."""
        self._ws.require(Resource.LIVCR_PROFILE, Action.VIEW, entity="house_rules_version")
        with self._ws.db.read_session() as session:
            return rules_in_force(session, day or self._ws.today())

    def versions(self) -> list[VersionView]:
        """Every adopted version, newest first (earlier ones stay readable)."""
        self._ws.require(Resource.LIVCR_PROFILE, Action.VIEW, entity="house_rules_version")
        with self._ws.db.read_session() as session:
            return read_versions(session)

    def version(self, number: int) -> VersionView:
        """One adopted version by its number."""
        found = next((v for v in self.versions() if v.number == number), None)
        if found is None:
            raise NotFound(VERSION_NOT_FOUND)
        return found

    def draft(self) -> Draft | None:
        """The draft the coordinator is writing, if any."""
        self._ws.require(Resource.LIVCR_PROFILE, Action.EDIT, entity="house_rules_version")
        with self._ws.db.read_session() as session:
            row = self._draft_row(session)
            return Draft(_rules(row), row.edited_at) if row else None

    def save_draft(self, rules: HouseRules) -> None:
        """Write the draft (started from the rules in force when there is none)."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.LIVCR_PROFILE, Action.EDIT, entity="house_rules_version")
            cleaned = rules.validated().to_json()
            content = canonical_bytes(cleaned).decode("utf-8")
            row = self._draft_row(uow.session)
            now = self._ws.clock.now()
            if row is None:
                uow.journal.created(
                    HouseRulesVersionRow(
                        id=new_id(),
                        state=DRAFT,
                        number=None,
                        content=content,
                        rules_hash=canonical_hash(cleaned),
                        edited_by=self._ws.actor.member_id,
                        edited_at=now,
                        decision_id=None,
                        applies_from=None,
                        version=1,
                    ),
                    "house_rules.draft_created",
                )
            elif row.content != content:
                uow.journal.updated(
                    row,
                    "house_rules.draft_updated",
                    {
                        "content": content,
                        "rules_hash": canonical_hash(cleaned),
                        "edited_by": self._ws.actor.member_id,
                        "edited_at": now,
                    },
                )

    def adoptable_decisions(self) -> list[AdoptableDecision]:
        """Signed strategic decisions on house-rules items that adopted nothing yet, newest
        first."""
        self._ws.require(Resource.LIVCR_PROFILE, Action.EDIT, entity="house_rules_version")
        with self._ws.db.read_session() as session:
            used = set(
                session.scalars(
                    select(HouseRulesVersionRow.decision_id).where(
                        HouseRulesVersionRow.decision_id.is_not(None)
                    )
                )
            )
            rows = session.execute(
                select(DecisionRow, MeetingRow.starts_at)
                .join(AgendaItemRow, AgendaItemRow.id == DecisionRow.item_id)
                .join(MeetingRow, MeetingRow.id == DecisionRow.meeting_id)
                .where(
                    DecisionRow.kind == DecisionKind.STRATEGIC.value,
                    DecisionRow.state == DecisionState.SIGNED.value,
                    AgendaItemRow.kind == ItemKind.HOUSE_RULES.value,
                    MeetingRow.table_kind == TableKind.STRATEGIC.value,
                )
                .order_by(DecisionRow.signed_at.desc())
            ).all()
            return [
                AdoptableDecision(d.id, d.wording, d.signed_at, local_date(starts_at))
                for d, starts_at in rows
                if d.id not in used and d.signed_at is not None
            ]

    def adopt(self, decision_id: str) -> int:
        """Record that the strategic table adopted the draft by this signed decision; the
        version's number."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.LIVCR_PROFILE, Action.EDIT, entity="house_rules_version")
            session = uow.session
            draft = self._draft_row(session)
            if draft is None:
                raise ValidationError(NO_DRAFT)
            decision = session.get(DecisionRow, decision_id)
            if decision is None or not self._adopts(session, decision):
                raise ValidationError(NOT_A_HOUSE_RULES_DECISION)
            used = session.scalars(
                select(HouseRulesVersionRow).where(HouseRulesVersionRow.decision_id == decision_id)
            ).first()
            if used is not None:
                raise ConflictError(DECISION_ALREADY_USED, number=used.number)
            assert decision.signed_at is not None
            signed = signed_hash(decision)
            if signed is None:
                raise ValidationError(NOT_A_HOUSE_RULES_DECISION)
            if draft.edited_at > decision.signed_at or text_hash(draft.content) != signed:
                raise ConflictError(DRAFT_CHANGED_AFTER)
            last = session.scalars(
                select(HouseRulesVersionRow.number)
                .where(HouseRulesVersionRow.state == ADOPTED)
                .order_by(HouseRulesVersionRow.number.desc())
            ).first()
            number = (last or 0) + 1
            uow.journal.updated(
                draft,
                "house_rules.adopted",
                {
                    "state": ADOPTED,
                    "number": number,
                    "decision_id": decision.id,
                    "applies_from": local_date(decision.signed_at),
                },
            )
            return number

    def export_pdf(self, number: int | None, target: Path, language: Language) -> Path:
        """Write an adopted version (or, with None, the draft) as a PDF; journaled."""
        from livcr_desktop.reports.house_rules import HouseRulesDocument, build_house_rules

        with self._ws.db.read_session() as session:
            livcr_name = read_profile(session).name
        if number is None:
            draft = self.draft()
            if draft is None:
                raise NotFound(NO_DRAFT)
            document = HouseRulesDocument(livcr_name, draft.rules, None)
            entity_id = "draft"
        else:
            version = self.version(number)
            document = HouseRulesDocument(
                livcr_name,
                version.rules,
                version.number,
                applies_from=version.applies_from,
                decision_wording=version.decision_wording,
                meeting_day=version.meeting_day,
            )
            entity_id = version.id
        with private_file(target) as partial:
            build_house_rules(document, partial, language, generated_at=self._ws.clock.now())
            with self._ws.uow() as uow:
                uow.journal.access(
                    "house_rules_version",
                    entity_id,
                    "export.house_rules_pdf",
                    language=language.value,
                )
        return target

    @staticmethod
    def _adopts(session: Session, decision: DecisionRow) -> bool:
        item = session.get(AgendaItemRow, decision.item_id)
        meeting = session.get(MeetingRow, decision.meeting_id)
        return (
            decision.kind == DecisionKind.STRATEGIC.value
            and decision.state == DecisionState.SIGNED.value
            and decision.signed_at is not None
            and item is not None
            and item.kind == ItemKind.HOUSE_RULES.value
            and meeting is not None
            and meeting.table_kind == TableKind.STRATEGIC.value
        )

    @staticmethod
    def _draft_row(session: Session) -> HouseRulesVersionRow | None:
        return session.scalars(
            select(HouseRulesVersionRow).where(HouseRulesVersionRow.state == DRAFT)
        ).first()
