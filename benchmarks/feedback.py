"""Feedback-form figures: the form's PDF, and the secrecy guard over a case with 2,000
confidential records.

The demo LIVC-R (with its draft form) is made in the run's temporary folder; 2,000 fictional
trajectory-style notes are added to the draft's case through the same write function the app
uses. Each figure stands beside a floor measured in the same run: a bare ReportLab document of
about the same size, and the bare SQL read of the same confidential texts.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import Figure, median_ms
from livcr_desktop.domain.feedback import ApprovalRecord
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.writes import write_note
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.feedback.composing import FeedbackService
from livcr_desktop.services.feedback.content import content_of
from livcr_desktop.services.workspace import Workspace

RECORDS = 2000
WORDS = [
    "gesprek",
    "afspraak",
    "nagekomen",
    "sfeer",
    "rustig",
    "gespannen",
    "school",
    "stage",
    "werk",
    "zoektocht",
    "moeder",
    "vader",
    "broer",
    "zus",
    "vrienden",
    "sport",
    "club",
    "voetbal",
    "online",
    "filmpjes",
    "slaap",
    "huis",
    "verhuis",
    "schuld",
    "budget",
    "begeleider",
    "traject",
    "doel",
    "evaluatie",
    "vooruitgang",
    "zorg",
    "ocmw",
    "caw",
    "cgg",
    "jeugdhuis",
    "leerkracht",
    "klas",
    "examen",
    "diploma",
    "ontmoeting",
    "buurt",
    "moskee",
    "vereniging",
    "vrijwilliger",
    "muziek",
    "gaming",
]
ITEM = (
    "De LIVC-R volgt de casus verder op met een begeleidingstraject op maat. Een volgende "
    "bespreking is gepland binnen drie maanden; de jongere werkt mee aan de afspraken en de "
    "school blijft betrokken."
)


def _draft(workspace: Workspace) -> tuple[str, str]:
    from sqlalchemy import select

    from livcr_desktop.store.models import FeedbackFormRow

    with workspace.db.read_session() as session:
        form = session.scalars(
            select(FeedbackFormRow).where(FeedbackFormRow.status == "draft")
        ).first()
        assert form is not None, "the demo has a draft form"
        return form.id, form.case_id


def _fill_records(workspace: Workspace, case_id: str) -> None:
    """2,000 fictional notes of about 300 characters each, in one transaction."""
    rng = random.Random(7)
    actor = workspace.actor
    now = workspace.clock.now()
    with workspace.uow() as uow:
        for n in range(RECORDS):
            sentences = [
                " ".join(rng.choice(WORDS) for _ in range(10)).capitalize() + "." for _ in range(4)
            ]
            write_note(
                uow.journal,
                uow.session,
                case_id=case_id,
                author_member_id=actor.member_id,
                author_organisation_id=actor.organisation_id,
                visibility=NoteVisibility.TABLE,
                body=f"Verslag {n} (fictief): " + " ".join(sentences),
                now=now,
            )


def _bare_pdf(paragraphs: int) -> bytes:
    """A plain ReportLab document of about the form's size: the floor of the PDF figure."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from livcr_desktop.reports.base import styles

    st = styles()
    story = [Paragraph("Terugkoppelingsfiche aan de LTF", st["title"])]
    story.append(Table([[f"Label {n}", f"Waarde {n}"] for n in range(8)]))
    story += [Paragraph(f"{n}. {ITEM}", st["body"]) for n in range(paragraphs)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def run(work: Path, repeat: int) -> list[Figure]:
    """The PDF and guard figures."""
    from livcr_desktop.reports.feedback_form import feedback_pdf_bytes

    workspace = create_demo(work / "feedback")
    try:
        form_id, case_id = _draft(workspace)
        _fill_records(workspace, case_id)
        service = FeedbackService(workspace)
        with workspace.db.read_session() as session:
            from livcr_desktop.store.models import FeedbackFormRow

            row = session.get(FeedbackFormRow, form_id)
            assert row is not None
            draft = content_of(session, row)
        content = replace(
            draft,
            reason=ITEM,
            shared=(ITEM,) * 6,
            approval=ApprovalRecord(
                "d",
                datetime.now(UTC),
                "Bram Verzonnen",
                "Gemeente",
                "ABCD 1234 EF56",
                (("a", "b"),),
            ),
        )
        moment = datetime.now(UTC)
        feedback_pdf_bytes(content, generated_at=moment, content_hash="0" * 64)  # warm fonts
        _bare_pdf(10)
        pdf = median_ms(
            lambda: feedback_pdf_bytes(content, generated_at=moment, content_hash="0" * 64),
            max(repeat, 5),
        )
        bare_pdf = median_ms(lambda: _bare_pdf(10), max(repeat, 5))

        raw_sql = "SELECT id, body FROM case_note WHERE case_id = ?"

        def bare_read() -> None:
            with workspace.db.read_session() as session:
                session.connection().exec_driver_sql(raw_sql, (case_id,)).fetchall()

        service.check_text(form_id, ITEM)  # warm the page cache, as a composer already open
        samples = []
        for _ in range(max(repeat, 5)):
            start = time.perf_counter()
            passages = service.check_text(form_id, ITEM)
            samples.append((time.perf_counter() - start) * 1000)
        guard = sorted(samples)[len(samples) // 2]
        floor = median_ms(bare_read, max(repeat, 5))
        del passages
    finally:
        workspace.close()
    return [
        Figure(
            "feedback form PDF (approved, 8 texts)",
            pdf,
            bare_pdf,
            "bare ReportLab document, same size",
            "< 100 ms",
            pdf < 100,
        ),
        Figure(
            f"secrecy guard, one item over {RECORDS} records",
            guard,
            floor,
            f"bare SQL read of the {RECORDS} texts",
            "< 200 ms",
            guard < 200,
        ),
    ]
