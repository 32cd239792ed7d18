"""The answer to an access request (GDPR art. 15): the person's data as the LIVC-R holds it, in
the person's language, without the parts the coordinator ticked out.

Addressed to the person (or whoever asked for them), so its marking says it is personal rather
than quoting the secrecy of the tables; the ground on which parts were left out is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from livcr_desktop.domain.access_export import ExportPart, Section
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.reports.base import (
    DocumentText,
    build_pdf,
    plain,
    standard_frame,
    styles,
    text_paragraphs,
)

LIGHT = colors.HexColor("#d6dde6")


@dataclass(frozen=True)
class AccessAnswer:
    """What the answer says besides the parts."""

    livcr_name: str
    case_code: str
    received_on: date
    requester: Text
    outcome: Text
    ground: Text | None
    ground_note: str
    parts: Sequence[ExportPart]
    left_out: int


def _iso_day(value: str, language: Language) -> str:
    try:
        return format_date(date.fromisoformat(value), language)
    except ValueError:
        return value


def _part(part: ExportPart, translate: DocumentText, language: Language) -> list[Flowable]:
    """A part: its title line, its labelled facts, its text (kept on one page when short)."""
    s = styles()
    title = part.title.render(translate)
    if part.status is not None:
        title += f" – {part.status.render(translate)}"
    if part.day is not None:
        title = f"{format_date(part.day, language)} · {title}"
    flow: list[Flowable] = [Paragraph(plain(title), s["h3"])]
    if part.fields:
        rows = [
            [
                Paragraph(plain(label.render(translate)), s["cell_bold"]),
                Paragraph(plain(_iso_day(value, language)), s["cell"]),
            ]
            for label, value in part.fields
        ]
        table = Table(rows, colWidths=[45 * mm, 129 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        flow.append(table)
    if part.text:
        flow += text_paragraphs(part.text, s["body"])
    return [KeepTogether(flow)] if len(part.text) < 1200 else flow


def build_access_answer(
    target: Path | BinaryIO, answer: AccessAnswer, language: Language, generated_at: datetime
) -> None:
    """Write the answer as a PDF in `language`."""
    translate = DocumentText(language)
    s = styles()
    story: list[Flowable] = [
        Paragraph(plain(translate("AccessAnswer", "Your personal data at the LIVC-R")), s["title"]),
        Paragraph(
            plain(
                translate(
                    "AccessAnswer",
                    "This is the answer of {livcr} to the request for access (GDPR art. 15) "
                    "received on {day}, made by: {requester}.",
                ).format(
                    livcr=answer.livcr_name,
                    day=format_date(answer.received_on, language),
                    requester=answer.requester.render(translate),
                )
            ),
            s["body"],
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            plain(
                translate("AccessAnswer", "Decision: {outcome}").format(
                    outcome=answer.outcome.render(translate)
                )
            ),
            s["label"],
        ),
    ]
    if answer.left_out:
        story.append(
            Paragraph(
                plain(
                    QT_TRANSLATE_NOOP(
                        "AccessAnswer",
                        "Some information is not included in this copy (%n part(s)).",
                        None,
                        1,
                    ).render(translate, count=answer.left_out)
                ),
                s["body"],
            )
        )
    if answer.ground is not None:
        story.append(
            Paragraph(
                plain(
                    translate("AccessAnswer", "Legal ground: {ground}").format(
                        ground=answer.ground.render(translate)
                    )
                ),
                s["body"],
            )
        )
        story += text_paragraphs(answer.ground_note, s["body"])
    story.append(
        Paragraph(
            plain(
                translate(
                    "AccessAnswer",
                    "You may lodge a complaint with the Data Protection Authority "
                    "(www.dataprotectionauthority.be). Information the police hold about you "
                    "can be reached through the Supervisory Body for Police Information.",
                )
            ),
            s["small"],
        )
    )
    for section in Section:
        parts = [p for p in answer.parts if p.section is section]
        if not parts:
            continue
        story.append(Paragraph(plain(section.label.render(translate)), s["h2"]))
        for part in parts:
            story += _part(part, translate, language)
    if not answer.parts:
        story.append(
            Paragraph(
                plain(translate("AccessAnswer", "The LIVC-R holds no data about you to show.")),
                s["body"],
            )
        )
    frame = standard_frame(
        translate,
        answer.livcr_name,
        generated_at,
        marking=translate(
            "AccessAnswer",
            "PERSONAL – answer to an access request, for the person concerned only",
        ),
    )
    build_pdf(
        target,
        story,
        frame=frame,
        title=translate("AccessAnswer", "Your personal data at the LIVC-R"),
        language=language,
    )
