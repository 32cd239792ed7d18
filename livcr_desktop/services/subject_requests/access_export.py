"""The answer to an access request: the person's data gathered for the coordinator's review,
then exported as a PDF in the person's language without the parts ticked out.

Before anything is written the secrecy guard compares every text that stays with every part
that was ticked out: a note that repeats a police signal would otherwise hand the person what
the restriction withholds. A hit refuses the export (journaled with the number of passages,
never the text); the coordinator ticks out the part that repeats it, or rewrites nothing and
decides again. Gathering the data and the export are journaled.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from livcr_desktop.domain.access_export import ExportPart, guard_index
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.secrecy_guard import Passage, SecrecyOverlap
from livcr_desktop.domain.subject_requests import Outcome, RequestKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.reports.access_answer import AccessAnswer, build_access_answer
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.subject_requests.person_data import person_parts
from livcr_desktop.services.subject_requests.register import RequestEntry, SubjectRequestService
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.private_files import private_file

NOT_ACCESS = QT_TRANSLATE_NOOP(
    "SubjectRequests", "Only a request for access is answered with a copy of the data."
)
NOT_DECIDED = QT_TRANSLATE_NOOP(
    "SubjectRequests", "Decide on the request before exporting the answer."
)
UNKNOWN_PART = QT_TRANSLATE_NOOP(
    "SubjectRequests", "The data changed since the review; open the review again."
)
DOCUMENT_LANGUAGES = (Language.NL, Language.FR, Language.DE)


class GuardedParts(SecrecyOverlap):
    """Texts that stay repeat parts that were ticked out; `parts` names the parts they are in."""

    def __init__(self, passages: list[Passage], parts: tuple[str, ...]) -> None:
        super().__init__(passages)
        self.parts = parts


@dataclass(frozen=True)
class AccessReview:
    """What the coordinator reviews: the request and every part, with the default ticks."""

    request: RequestEntry
    parts: tuple[ExportPart, ...]


class AccessExportService:
    """Reviewing and exporting the answer to an access request (coordinator only)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def review(self, request_id: str) -> AccessReview:
        """Every part about the request's person (journaled: the coordinator read them)."""
        request = self._request(request_id)
        with self._ws.db.read_session() as session:
            parts = tuple(person_parts(session, request.case_id))
        with self._ws.uow() as uow:
            uow.journal.access(
                "subject_request",
                request_id,
                "access.access_export_reviewed",
                scope_id=request.case_id,
            )
        return AccessReview(request, parts)

    def export(
        self,
        request_id: str,
        included: Collection[str],
        language: Language,
        target: Path,
    ) -> int:
        """Write the answer with the `included` parts (by key); returns how many were left out.

        Raises GuardedParts when a text that stays repeats one that was ticked out."""
        request = self._request(request_id)
        if request.outcome is Outcome.PENDING:
            raise ValidationError(NOT_DECIDED, field="outcome")
        with self._ws.db.read_session() as session:
            parts = person_parts(session, request.case_id)
        known = {p.key for p in parts}
        if not set(included) <= known:
            raise ValidationError(UNKNOWN_PART, field="parts")
        kept = [p for p in parts if p.key in included]
        left_out = [p for p in parts if p.key not in included]
        passages, guarded = _guard(kept, left_out)
        answer = AccessAnswer(
            livcr_name=ProfileService(self._ws).profile().name,
            case_code=request.case_code,
            received_on=request.received_on,
            requester=request.requester.label,
            outcome=request.outcome.label,
            ground=request.ground.label if request.ground else None,
            ground_note=request.ground_note,
            parts=kept,
            left_out=len(left_out),
        )
        buffer = BytesIO()
        if not passages:
            build_access_answer(buffer, answer, language, self._ws.clock.now())
        with self._ws.uow() as uow:
            if passages:
                uow.refuse(
                    Refusal(
                        "subject_request",
                        request_id,
                        "access.access_export_refused",
                        {"passages": len(passages)},
                        scope_id=request.case_id,
                    ),
                    GuardedParts(passages, guarded),
                )
            with private_file(target) as partial:
                partial.write_bytes(buffer.getvalue())
                uow.journal.access(
                    "subject_request",
                    request_id,
                    "export.access_request_pdf",
                    scope_id=request.case_id,
                    parts=len(kept),
                    left_out=len(left_out),
                    language=language.value,
                )
        return len(left_out)

    def _request(self, request_id: str) -> RequestEntry:
        self._ws.require(
            Resource.SUBJECT_REQUEST,
            Action.EXPORT,
            entity="subject_request",
            entity_id=request_id,
        )
        request = SubjectRequestService(self._ws).entry(request_id)
        if request.kind is not RequestKind.ACCESS:
            raise ValidationError(NOT_ACCESS, field="kind")
        return request


def _guard(
    kept: list[ExportPart], left_out: list[ExportPart]
) -> tuple[list[Passage], tuple[str, ...]]:
    """The passages of kept texts that repeat a ticked-out part, and the kept parts with one."""
    if not left_out:
        return [], ()
    index = guard_index(left_out)
    passages: list[Passage] = []
    guarded: list[str] = []
    for part in kept:
        found = [p for text in part.texts() for p in index.check(text)]
        if found:
            passages += found
            guarded.append(part.key)
    return passages, tuple(guarded)
