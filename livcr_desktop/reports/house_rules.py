"""The house rules of the LIVC-R as a document: the sections its coordinator wrote and the
settings the app enforces, for a version the strategic table adopted or for the draft it is
about to discuss (marked DRAFT on every page)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.house_rules import HouseRules, Section
from livcr_desktop.domain.languages import Language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.reports.base import (
    ACCENT,
    DocumentText,
    PageFrame,
    build_pdf,
    plain,
    standard_frame,
    styles,
    text_paragraphs,
)


@dataclass(frozen=True)
class HouseRulesDocument:
    """What the document shows: the rules, and how this version came about."""

    livcr_name: str
    rules: HouseRules
    number: int | None
    """The adopted version's number; None for the draft."""
    applies_from: date | None = None
    decision_wording: str = ""
    meeting_day: date | None = None


def build_house_rules(
    document: HouseRulesDocument,
    target: Path | BinaryIO,
    language: Language,
    *,
    generated_at: datetime,
) -> None:
    """Write the house rules as a PDF in `language`."""
    translate = DocumentText(language)
    st = styles()
    title = translate("HouseRulesPdf", "House rules of the LIVC-R")
    story: list[Flowable] = [Paragraph(plain(title), st["title"])]
    story.append(Paragraph(plain(document.livcr_name), st["h3"]))
    if document.number is None:
        status = translate(
            "HouseRulesPdf",
            "Draft to be discussed by the strategic table: not in force. It applies once the "
            "strategic table adopts it by a signed consensus decision.",
        )
    else:
        status = translate(
            "HouseRulesPdf",
            "Version {number}, adopted by the strategic table at its meeting of {meeting} by a "
            "signed consensus decision; in force from {day}.",
        ).format(
            number=document.number,
            meeting=format_date(document.meeting_day, language) if document.meeting_day else "",
            day=format_date(document.applies_from, language) if document.applies_from else "",
        )
    story.append(Paragraph(plain(status), st["body"]))
    if document.decision_wording:
        story.append(
            Paragraph(
                plain(
                    translate("HouseRulesPdf", "Decision: “{wording}”").format(
                        wording=document.decision_wording
                    )
                ),
                st["small"],
            )
        )
    rules = document.rules
    for section in Section:
        story.append(Paragraph(plain(translate("HouseRules", section.label.source)), st["h2"]))
        text = rules.section(section)
        if text:
            story += text_paragraphs(text, st["body"])
        else:
            story.append(
                Paragraph(plain(translate("HouseRulesPdf", "(not written yet)")), st["small"])
            )
    story.append(Paragraph(plain(translate("HouseRulesPdf", "Settings the app applies")), st["h2"]))
    story.append(_settings_table(rules, translate, language))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(plain(_closing(rules, translate)), st["small"]))
    build_pdf(
        target,
        story,
        frame=_frame(translate, document, generated_at),
        title=title,
        language=language,
    )


def _closing(rules: HouseRules, translate: DocumentText) -> str:
    """Why the terms are the LIVC-R's own, and who decides an erasure: as these rules say."""
    if rules.retention.erasure_by_table:
        return translate(
            "HouseRulesPdf",
            "No Belgian text fixes a retention term for the data of an LIVC-R; these "
            "terms are the LIVC-R's own choice. When a case reaches its term, the app "
            "lists it for the coordinator and the data-protection officer and proposes "
            "its erasure to the operational table.",
        )
    return translate(
        "HouseRulesPdf",
        "No Belgian text fixes a retention term for the data of an LIVC-R; these terms are the "
        "LIVC-R's own choice. When a case reaches its term, the app lists it for the coordinator "
        "and the data-protection officer; the coordinator erases it once the data-protection "
        "officer has confirmed the erasure.",
    )


def _frame(
    translate: DocumentText, document: HouseRulesDocument, generated_at: datetime
) -> PageFrame:
    """The usual frame with an internal marking; the draft carries DRAFT on every page."""
    frame = standard_frame(
        translate,
        document.livcr_name,
        generated_at,
        marking=translate("HouseRulesPdf", "INTERNAL – house rules of the LIVC-R"),
    )
    if document.number is None:
        return replace(frame, watermark=translate("HouseRulesPdf", "DRAFT"))
    return frame


def _settings_table(rules: HouseRules, translate: DocumentText, language: Language) -> Table:
    st = styles()
    terms = rules.retention

    def years(count: int) -> str:
        if count == 1:
            return translate("HouseRulesPdf", "1 year")
        return translate("HouseRulesPdf", "{count} years").format(count=count)

    rows: list[tuple[str, str]] = [
        (translate("HouseRulesPdf", "Retention after closure"), years(terms.years_after_closure)),
    ]
    for reason in CloseReason:
        if reason in terms.per_reason:
            rows.append(
                (
                    translate("HouseRulesPdf", "… closed as “{reason}”").format(
                        reason=translate("CloseReason", reason.label.source)
                    ),
                    years(terms.per_reason[reason]),
                )
            )
    rows += [
        (
            translate("HouseRulesPdf", "Retention of a case closed without reaching the table"),
            years(terms.years_not_past_screening),
        ),
        (
            translate("HouseRulesPdf", "Review when a person who was a minor turns 18"),
            translate("HouseRulesPdf", "yes")
            if terms.review_at_eighteen
            else translate("HouseRulesPdf", "no"),
        ),
        (
            translate("HouseRulesPdf", "Who decides an erasure"),
            translate("HouseRulesPdf", "the operational table")
            if terms.erasure_by_table
            else translate("HouseRulesPdf", "the coordinator, with the DPO's confirmation"),
        ),
        (
            translate("HouseRulesPdf", "Smallest count shown in the figures"),
            str(rules.small_count_threshold),
        ),
        (
            translate("HouseRulesPdf", "The operational table meets"),
            translate("HouseRulesPdf", "every month")
            if rules.meeting_every_months == 1
            else translate("HouseRulesPdf", "every {count} months").format(
                count=rules.meeting_every_months
            ),
        ),
        (
            translate("HouseRulesPdf", "Working languages"),
            ", ".join(_language_name(code, translate) for code in rules.working_languages),
        ),
    ]
    table = Table(
        [
            [Paragraph(plain(label), st["cell_bold"]), Paragraph(plain(value), st["cell"])]
            for label, value in rows
        ],
        colWidths=[105 * mm, 69 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
            ]
        )
    )
    return table


def _language_name(language: Language, translate: DocumentText) -> str:
    names = {
        Language.NL: translate("HouseRulesPdf", "Dutch"),
        Language.FR: translate("HouseRulesPdf", "French"),
        Language.DE: translate("HouseRulesPdf", "German"),
        Language.EN: translate("HouseRulesPdf", "English"),
    }
    return names[language]
