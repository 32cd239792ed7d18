"""After the chair signed: the transfer note (PDF, the receiving LIVC-R's language) and the
sealed hand-over bundle, encrypted to the receiving LIVC-R's key and signed with this LIVC-R's.

The bundle is the file format of the sealed bundles (services/bundles/container.py: a tar with
the age ciphertext, its minisign signature and the sender's minisign key), so IT can check and
open it with the standard `age` and `minisign` commands. Inside, the manifest has the kind
"handover" and carries the table's signed decision with the chair's public key, so the
receiving app verifies the decision itself. Only the coordinator's laptop that holds the
LIVC-R's hand-over key makes it. Both files are an export, journaled; nothing is written when
any part fails (the note's language lacking a translation, no key on this laptop).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyrage
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.handover import HandoverStatus, content_from_json
from livcr_desktop.domain.handover_bundle import HandoverManifest
from livcr_desktop.domain.handover_keys import minisign_line
from livcr_desktop.domain.permissions import Action
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.bundles.container import write_bundle
from livcr_desktop.services.handover.content import load_handover, refuse
from livcr_desktop.services.handover.keys import RECEIVER_WITHDRAWN, require_own_key
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, DecisionRow, OtherLivcrRow, SigningKeyRow
from livcr_desktop.store.private_files import private_file

NOT_DECIDED = QT_TRANSLATE_NOOP(
    "Handover",
    "This hand-over is “{status}”: the transfer note and the bundle are made only once the "
    "table decided it and the chair signed.",
)
BUNDLE_SUFFIX = ".livcr-handover"


@dataclass(frozen=True)
class SentFiles:
    note: Path
    bundle: Path
    receiver: str


def _decision(session: Session, decision_id: str | None) -> tuple[DecisionRow, str]:
    row = session.get(DecisionRow, decision_id) if decision_id else None
    assert row is not None and row.signed_content and row.signature, "a decided hand-over"
    key = session.get(SigningKeyRow, row.signing_key_id)
    assert key is not None
    return row, key.public_key


def send(workspace: Workspace, handover_id: str, folder: Path) -> SentFiles:
    """Write the transfer note and the sealed bundle into `folder` (journaled as an export)."""
    from livcr_desktop.reports.transfer_note import transfer_note_bytes

    now = workspace.clock.now()
    with workspace.uow() as uow:
        session = uow.session
        row = load_handover(workspace, session, handover_id, Action.EXPORT)
        status = HandoverStatus(row.status)
        if status not in (HandoverStatus.SIGNED, HandoverStatus.SENT):
            refuse(workspace, row, "send", ConflictError(NOT_DECIDED, status=status.label))
        own = require_own_key(session)
        receiver = session.get(OtherLivcrRow, row.receiving_livcr_id)
        case = session.get(CaseRow, row.case_id)
        assert receiver is not None and case is not None
        if not receiver.active:
            refuse(
                workspace,
                row,
                "send",
                ConflictError(RECEIVER_WITHDRAWN, name=receiver.name),
            )
        content = content_from_json(json.loads(row.decided_content or "{}"))
        decision, signer_public = _decision(session, row.decision_id)
        pdf = transfer_note_bytes(content, content_hash=row.decided_hash or "", generated_at=now)
        manifest = HandoverManifest(
            handover_id=row.id,
            sender_fingerprint=own.public.fingerprint,
            recipient_fingerprint=receiver.fingerprint,
            made_at=now.isoformat(),
            content=content,
            content_hash=row.decided_hash or "",
            decision=json.loads(decision.signed_content or "{}"),
            signature=decision.signature or "",
            signer_public=signer_public,
            note_pdf=pdf,
        )
        folder.mkdir(parents=True, exist_ok=True)
        note_path = folder / f"transfer-note-{case.code}.pdf"
        bundle_path = folder / f"handover-{case.code}{BUNDLE_SUFFIX}"
        sender_key = (
            f"untrusted comment: LIVC-R {own.public.name}\n"
            f"{minisign_line(own.public.sign_public_hex)}\n"
        )
        with private_file(note_path) as partial:
            partial.write_bytes(pdf)
        write_bundle(
            bundle_path,
            manifest.to_bytes(),
            [pyrage.x25519.Recipient.from_str(receiver.age_recipient)],
            own.signer,
            trusted_comment=f"livcr handover {row.id}",
            sender_key_text=sender_key,
        )
        uow.journal.updated(
            row,
            "handover.sent",
            {
                "status": HandoverStatus.SENT.value,
                "sent_at": now,
                "sent_by": workspace.actor.member_id,
                "updated_at": now,
            },
            scope_id=row.case_id,
        )
        uow.journal.access(
            "handover",
            row.id,
            "export.handover_bundle",
            scope_id=row.case_id,
            language=content.receiver.language.value,
        )
        return SentFiles(note_path, bundle_path, receiver.name)
