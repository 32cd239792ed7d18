"""Minutes figure: the PDF of a 40-item meeting, against a bare ReportLab document of the same
text built in the same run.

The meeting is the one the document tests check (tests/helpers/meetings.py): a fictional
LIVC-R, 40 case items with two-paragraph summaries, effective participants and an action point
each, held and closed through the services in a temporary folder. The floor lays out the same
texts as plain paragraphs in the same embedded font, with none of the minutes' structure (no
tables, notices, page frame or translation), so the ratio is the cost of that structure.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import Figure, median_ms
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.minutes import MinutesDocument
from livcr_desktop.reports.base import register_fonts, styles
from livcr_desktop.reports.meeting_documents import build_minutes_pdf
from livcr_desktop.services.meetings.minutes import MinutesService
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import hold_long_meeting, make_table

ITEMS = 40
PRINTED_AT = datetime(2026, 11, 24, 16, 30, tzinfo=UTC)


def forty_item_minutes(work: Path) -> MinutesDocument:
    """The draft minutes of a held 40-item meeting, made through the services."""
    livcr = make_livcr(work / "minutes")
    try:
        table = make_table(livcr)
        meeting = hold_long_meeting(table, items=ITEMS)
        return MinutesService(table.ws).minutes(meeting)
    finally:
        livcr.workspace.close()


def bare_texts(document: MinutesDocument) -> list[str]:
    """One text for each paragraph the minutes lay out (table cells included), in order: the
    same words and the same number of paragraphs, without the structure around them."""
    texts = ["Minutes", document.livcr_name, "Draft", "The text may still change."]
    texts += ["Date", "Time", "Place", document.place, "Chair", document.chair]
    texts += ["Name", "Organisation", "Attendance", "Secrecy duty confirmed"]
    for line in document.attendance:
        texts += [line.name, line.organisation, line.attendance.value, "14:00"]
    texts.append("Agenda items")
    for item in document.items:
        texts += [f"{item.position}. {item.heading}", f"{item.kind.value} · {item.municipality}"]
        texts += [block for block in re.split(r"\n\s*\n", item.summary) if block.strip()]
        texts.append("Effective participants: " + ", ".join(item.effective_participants))
        texts += ["Action points", "Who", "What", "By"]
        for point in item.action_points:
            texts += [point.owner, point.description, point.due_on.isoformat()]
    return texts


def build_bare(texts: list[str], target: io.BytesIO) -> None:
    """The floor: the same texts as plain paragraphs on A4, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = styles()["body"]
    SimpleDocTemplate(target, pagesize=A4).build([Paragraph(text, body) for text in texts])


def pages(pdf: bytes) -> int:
    """The number of pages (ReportLab writes one uncompressed /Type /Page object per page)."""
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def run(work: Path, repeat: int) -> list[Figure]:
    """Median time of `build_minutes_pdf` for 40 items, and of the bare document."""
    document = forty_item_minutes(work)
    texts = bare_texts(document)
    register_fonts()

    def minutes() -> bytes:
        target = io.BytesIO()
        build_minutes_pdf(document, target, Language.NL, generated_at=PRINTED_AT)
        return target.getvalue()

    def bare() -> bytes:
        target = io.BytesIO()
        build_bare(texts, target)
        return target.getvalue()

    minutes_pages, bare_pages = pages(minutes()), pages(bare())  # also warms the caches
    value = median_ms(minutes, repeat)
    floor = median_ms(bare, repeat)
    return [
        Figure(
            f"minutes PDF, {ITEMS} items ({minutes_pages} pages)",
            value,
            floor,
            f"bare ReportLab, same {len(texts)} texts, {bare_pages} pages",
            "< 1 s",
            met=value < 1000,
        )
    ]
