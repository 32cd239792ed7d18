"""Importing a hand-over from another LIVC-R: the receiving coordinator's app checks the bundle
and registers it as a signal "from another LIVC-R", linked to the sending case's code.

Refused with a message, and nothing changed, when the file is damaged or truncated, was signed
by an LIVC-R not registered here (or forged), is not for this LIVC-R, carries a decision whose
signature does not hold, or was imported before. The order of the checks is the order of trust:
the sender's signature over the ciphertext first (against the registered key only, never the key
the file carries), then the decryption, then the manifest, then the table's signed decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.decisions import DecisionKind, Position
from livcr_desktop.domain.decisions import content_from_json as decision_from_json
from livcr_desktop.domain.errors import ConflictError, DomainError, ValidationError
from livcr_desktop.domain.handover import NOT_A_HANDOVER, HandoverContent
from livcr_desktop.domain.handover_bundle import HandoverManifest
from livcr_desktop.domain.handover_keys import minisign_key_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.persons import PersonDetails
from livcr_desktop.domain.signals import SignalDraft, SignalSource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Translate
from livcr_desktop.services.bundles.container import (
    read_bundle,
    signature_holds,
    signature_key_id,
)
from livcr_desktop.services.bundles.device_keys import minisign_public
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.cases.writes import add_signal, open_case
from livcr_desktop.services.handover.keys import require_own_key
from livcr_desktop.services.handover.own_identities import NOT_FOR_US, RETIRED_KEY, open_sealed
from livcr_desktop.services.handover.received_note import keep_note
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.models import (
    CaseRow,
    HandoverReceivedRow,
    MunicipalityRow,
    OtherLivcrRow,
)

UNKNOWN_SENDER = QT_TRANSLATE_NOOP(
    "Handover",
    "This hand-over was not signed by an LIVC-R registered here (or it was forged). Register "
    "the sending LIVC-R's key first, after comparing its fingerprint with its coordinator.",
)
DECISION_BROKEN = QT_TRANSLATE_NOOP(
    "Handover",
    "The table's decision in this hand-over does not hold (its signature or its consensus): "
    "it is not imported. Ask the sending LIVC-R.",
)
ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Handover", "This hand-over was already imported: it is case {code}."
)
NO_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "Handover", "Choose the member municipality where the person now lives."
)
SIGNAL_TEXT = QT_TRANSLATE_NOOP(
    "Handover",
    "Hand-over from {livcr} (their case {code}), decided by their table on {day}.",
)
TRAJECTORY_TEXT = QT_TRANSLATE_NOOP(
    "Handover", "A personalised guidance trajectory ran there ({service})."
)


@dataclass(frozen=True)
class Imported:
    case_id: str
    case_code: str
    sender: str
    sending_case_code: str
    decision_fingerprint: str
    note_pdf: bytes
    linked: bool = False
    """Whether the signal went to the case of a person already known here."""


def _open(workspace: Workspace, path: Path) -> tuple[HandoverManifest, OtherLivcrRow]:
    """The manifest of a bundle that holds, and the registered LIVC-R that sent it."""
    try:
        sealed = read_bundle(path)
        key_id = signature_key_id(sealed.signature)
    except DomainError as exc:
        raise ValidationError(NOT_A_HANDOVER, field="file") from exc
    with workspace.db.read_session() as session:
        require_own_key(session)
        sender = next(
            (
                row
                for row in session.scalars(
                    select(OtherLivcrRow).where(OtherLivcrRow.active.is_(True))
                )
                if minisign_key_id(row.sign_public) == key_id
            ),
            None,
        )
        if sender is None or not signature_holds(sealed, minisign_public(sender.sign_public)):
            raise ValidationError(UNKNOWN_SENDER, field="file")
        session.expunge(sender)
    plaintext, fingerprint = open_sealed(workspace, sealed)
    manifest = HandoverManifest.from_bytes(plaintext)
    if manifest.recipient_fingerprint != fingerprint:
        raise ValidationError(NOT_FOR_US, field="file")
    if manifest.sender_fingerprint != sender.fingerprint:
        raise ValidationError(UNKNOWN_SENDER, field="file")
    _check_decision(manifest)
    return manifest, sender


def _reason(error: DomainError) -> str:
    """Which check refused a file, as a code for the audit trail."""
    reasons = {
        NOT_A_HANDOVER: "damaged",
        UNKNOWN_SENDER: "unknown_sender",
        NOT_FOR_US: "not_for_this_livcr",
        DECISION_BROKEN: "decision_broken",
        RETIRED_KEY: "sealed_to_retired_key",
    }
    return reasons.get(error.message.text, error.code)


def _check_decision(manifest: HandoverManifest) -> None:
    """The table's decision: signed by the key the sending LIVC-R vouches for, a hand-over of
    this case, agreed by every effective participant."""
    try:
        decision = decision_from_json(manifest.decision)
        data = decision.to_bytes()
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(DECISION_BROKEN, field="file") from exc
    agreed = {p.member_id for p in decision.positions if p.position is Position.AGREE}
    everyone = {p.member_id for p in decision.participants}
    approval = manifest.content.approval
    if (
        not signing.signature_valid(manifest.signer_public, data, manifest.signature)
        or decision.kind is not DecisionKind.HAND_OVER
        or decision.case_code != manifest.content.case_code
        or decision.parameters.get("handover_id") != manifest.handover_id
        or not everyone
        or not everyone <= agreed
        or approval is None
        or approval.decision_id != decision.decision_id
        or manifest.content.content_hash() != manifest.content_hash
    ):
        raise ValidationError(DECISION_BROKEN, field="file")


def _description(content: HandoverContent, translate: Translate) -> str:
    approval = content.approval
    assert approval is not None
    lines = [
        SIGNAL_TEXT.render(
            translate,
            livcr=content.sender_name,
            code=content.case_code,
            day=approval.signed_at.date().isoformat(),
        )
    ]
    if content.trajectory_ran:
        service = content.service_kind.label.render(translate) if content.service_kind else "—"
        lines.append(TRAJECTORY_TEXT.render(translate, service=service))
    lines.extend(content.texts)
    return "\n".join(lines)


def checked(workspace: Workspace, path: Path) -> tuple[HandoverManifest, OtherLivcrRow]:
    """The manifest of a hand-over that passed every check and was not imported before, and
    its sender; a refusal is journaled (which check refused it, no content)."""
    workspace.require(Resource.HANDOVER, Action.CREATE, entity="handover")
    try:
        manifest, sender = _open(workspace, path)
    except DomainError as error:
        workspace.refuse_with(
            Refusal("handover", "-", "handover.import_refused", {"reason": _reason(error)}),
            error,
        )
    with workspace.db.read_session() as session:
        seen = session.get(HandoverReceivedRow, manifest.handover_id)
        if seen is not None:
            code = session.scalar(select(CaseRow.code).where(CaseRow.id == seen.case_id))
            raise ConflictError(ALREADY_IMPORTED, code=code or "")
    return manifest, sender


def import_handover(
    workspace: Workspace,
    path: Path,
    translate: Translate,
    *,
    municipality_id: str | None = None,
    link_case_id: str | None = None,
) -> Imported:
    """Check the bundle and register it as a signal from another LIVC-R: a new case, or, when
    the coordinator chose so (services/handover/known_person), a signal on the case of the
    person already known here (`link_case_id`, checked as any signal on an existing case)."""
    manifest, sender = checked(workspace, path)
    content = manifest.content
    with workspace.db.read_session() as session:
        if municipality_id is None and link_case_id is not None:
            municipality_id = session.scalar(
                select(CaseRow.municipality_id).where(CaseRow.id == link_case_id)
            )
        if municipality_id is None:
            municipality_id = session.scalars(
                select(MunicipalityRow.id)
                .where(MunicipalityRow.active.is_(True))
                .order_by(MunicipalityRow.position, MunicipalityRow.name)
            ).first()
        if municipality_id is None:
            raise ValidationError(NO_MUNICIPALITY, field="municipality")
    identity = content.identity
    contact = content.contact
    today, now = workspace.today(), workspace.clock.now()
    draft = SignalDraft(
        received_on=today,
        source=SignalSource.OTHER_LIVCR,
        municipality_id=municipality_id,
        description=_description(content, translate),
        other_livcr_name=content.sender_name,
        other_livcr_contact=", ".join(
            v for v in (contact.name, contact.organisation, contact.phone, contact.email) if v
        ),
    ).validated(today)
    person = PersonDetails(
        identity.kind,
        identity.first_names,
        identity.last_name,
        identity.birth_date,
        group_name=identity.group_name,
    ).validated(today)
    # One transaction: the case, its signal and the record of the import, or nothing at all.
    with workspace.uow() as uow:
        workspace.require(Resource.SIGNAL, Action.CREATE, entity="handover")
        if uow.session.get(HandoverReceivedRow, manifest.handover_id) is not None:
            raise ConflictError(ALREADY_IMPORTED, code="")
        if link_case_id is not None:
            case = load_case(workspace, uow.session, link_case_id, Resource.CASE, Action.VIEW)
        else:
            case = open_case(
                uow.journal,
                uow.session,
                municipality_id=municipality_id,
                person=person,
                opened_on=today,
                now=now,
            )
        add_signal(uow.journal, case, draft, registered_by=workspace.actor.account_id, now=now)
        uow.journal.created(
            HandoverReceivedRow(
                id=manifest.handover_id,
                sender_livcr_id=sender.id,
                sending_case_code=content.case_code,
                decision_id=str(manifest.decision.get("decision_id", "")),
                case_id=case.id,
                imported_at=now,
                imported_by=workspace.actor.member_id,
                version=1,
            ),
            "handover.imported",
            scope_id=case.id,
            note_sha256=keep_note(
                uow.session, manifest.handover_id, case.id, manifest.note_pdf, now
            ),
            linked_to_known_case=link_case_id is not None,
        )
        case_id, code = case.id, case.code
    approval = content.approval
    return Imported(
        case_id,
        code,
        content.sender_name,
        content.case_code,
        approval.fingerprint if approval else "",
        manifest.note_pdf,
        link_case_id is not None,
    )
