"""Writing a meeting's documents to files: invitations (PDF and .ics), minutes and extracts.

Every file written is journaled as an export (who, which meeting, for whom, which language);
the files go straight to the folder the person chose, never through a temporary copy.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.services.meetings.invitations import InvitationService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.private_files import private_file


def file_slug(text: str) -> str:
    """A name safe on every file system: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "x"


def export_invitation(
    workspace: Workspace, meeting_id: str, member_id: str, folder: Path, language: Language
) -> tuple[Path, Path]:
    """Write one invitee's agenda (PDF) and calendar invitation (.ics) into `folder`."""
    from livcr_desktop.reports.calendar_invite import invitation_ics
    from livcr_desktop.reports.meeting_documents import build_invitation_pdf

    invitation = InvitationService(workspace).invitation(meeting_id, member_id)
    stem = f"{local_date(invitation.starts_at).isoformat()}-{file_slug(invitation.invitee)}"
    pdf = folder / f"{stem}.pdf"
    ics = folder / f"{stem}.ics"
    now = workspace.clock.now()
    with private_file(pdf) as pdf_part, private_file(ics) as ics_part:
        build_invitation_pdf(invitation, pdf_part, language, generated_at=now)
        ics_part.write_bytes(invitation_ics(invitation, language, stamp=now))
        with workspace.uow() as uow:
            uow.journal.access(
                "meeting",
                meeting_id,
                "export.invitation",
                member_id=member_id,
                language=language.value,
            )
    return pdf, ics


def export_minutes(
    workspace: Workspace,
    meeting_id: str,
    target: Path,
    language: Language,
    *,
    member_id: str | None = None,
) -> Path:
    """Write the minutes (or one partner's extract when `member_id` is given) as a PDF."""
    from livcr_desktop.reports.meeting_documents import build_minutes_pdf

    service = MinutesService(workspace)
    if member_id is None:
        workspace.require(Resource.MINUTES, Action.EXPORT, entity="meeting", entity_id=meeting_id)
    document = service.extract(meeting_id, member_id) if member_id else service.minutes(meeting_id)
    with private_file(target) as partial:
        build_minutes_pdf(document, partial, language, generated_at=workspace.clock.now())
        with workspace.uow() as uow:
            uow.journal.access(
                "meeting",
                meeting_id,
                "export.minutes_extract_pdf" if member_id else "export.minutes_pdf",
                member_id=member_id,
                language=language.value,
            )
    return target
