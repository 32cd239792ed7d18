"""The feedback form's PDF: in memory for the preview the table reads together, and as a file
for the Information Officer to hand over. Both are journaled; a refusal (an incomplete
translation of the form's language) is journaled as an attempt.

An approved form is printed from its frozen content, never from the rows, so the PDF is always
what the table approved, with its hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.feedback import FormContent
from livcr_desktop.domain.permissions import Action
from livcr_desktop.services.feedback.content import content_of, load_form, refuse
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.private_files import private_file


@dataclass(frozen=True)
class FormPdf:
    """A form's PDF and what it was made from."""

    data: bytes
    content: FormContent
    content_hash: str | None
    case_id: str


def _build(workspace: Workspace, form_id: str, action: Action) -> FormPdf:
    from livcr_desktop.reports.feedback_form import feedback_pdf_bytes

    with workspace.db.read_session() as session:
        form = load_form(workspace, session, form_id, action)
        content = content_of(session, form)
        content_hash, case_id = form.content_hash, form.case_id
    try:
        data = feedback_pdf_bytes(
            content, generated_at=workspace.clock.now(), content_hash=content_hash
        )
    except ValidationError as error:
        refuse(workspace, form, "pdf", error)
    return FormPdf(data, content, content_hash, case_id)


def form_pdf(workspace: Workspace, form_id: str) -> FormPdf:
    """The form's PDF in its own language, in memory (journaled as reading the form)."""
    pdf = _build(workspace, form_id, Action.VIEW)
    with workspace.uow() as uow:
        uow.journal.access(
            "feedback_form", form_id, "access.feedback_form_opened", scope_id=pdf.case_id
        )
    return pdf


def export_form_pdf(workspace: Workspace, form_id: str, target: Path) -> Path:
    """Write the form's PDF to the file the person chose (journaled as an export)."""
    pdf = _build(workspace, form_id, Action.EXPORT)
    with private_file(target) as partial:
        partial.write_bytes(pdf.data)
        with workspace.uow() as uow:
            uow.journal.access(
                "feedback_form",
                form_id,
                "export.feedback_form_pdf",
                scope_id=pdf.case_id,
                language=pdf.content.language.value,
            )
    return target
