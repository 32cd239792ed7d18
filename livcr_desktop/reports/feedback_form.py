"""The feedback form to the LTF as a PDF, in the form's own language (nl, fr or de).

The police officer who reads it must see at once what the LIVC-R tells the LTF and what it does
not: both lists are printed with the same weight, side by side in colour and in words. Terms and
abbreviations are those of the document's language (LTF/TFL, LIVC-R/CSIL-R, PGE/EPV), taken
from the translation catalogue; a form is never printed with a text the catalogue of its
language lacks, because a half-translated official document would show the Dutch or English
words to a reader of another language. An approved form is printed from its frozen content and
shows that content's hash; a draft says in large letters that it may not be passed on.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.feedback import (
    TRANSLATION_INCOMPLETE,
    Answer,
    FormContent,
    FormPurpose,
)
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.signals import GgbCategory
from livcr_desktop.i18n.catalog import catalog
from livcr_desktop.i18n.formatting import BRUSSELS, format_date, format_time
from livcr_desktop.reports.base import (
    ACCENT,
    FONT_BOLD,
    MARKING_RED,
    DocumentText,
    build_pdf,
    standard_frame,
    styles,
)

FLOWS = colors.HexColor("#1f6f43")
FLOWS_TINT = colors.HexColor("#eef7f1")
KEPT = MARKING_RED
KEPT_TINT = colors.HexColor("#fbeeee")
WIDTH = 174 * mm


class CheckedText(DocumentText):
    """The document's translations, noting every text the catalogue does not have (called
    `translate` where it is used, so that lupdate collects the texts)."""

    def __init__(self, language: Language) -> None:
        super().__init__(language)
        self.missing: set[tuple[str, str]] = set()
        self._translator = catalog(language).translator

    def __call__(self, context: str, source: str) -> str:
        if self._translator is not None and not self._translator.translate(context, source):
            self.missing.add((context, source))
        return super().__call__(context, source)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraphs(text: str, style: str) -> Paragraph:
    return Paragraph(_escape(text).replace("\n", "<br/>"), styles()[style])


def _box(title: str, rows: Sequence[Flowable], ink: colors.Color, tint: colors.Color) -> Table:
    """A section with a coloured band: the same weight for what flows and what does not."""
    st = styles()
    heading = Paragraph(
        f"<font color='{ink.hexval()}'>{_escape(title)}</font>",
        st["h2"].clone("box_heading", spaceBefore=0, spaceAfter=0),
    )
    table = Table([[heading], *[[row] for row in rows]], colWidths=[WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint),
                ("LINEBEFORE", (0, 0), (0, -1), 4, ink),
                ("BOX", (0, 0), (-1, -1), 0.6, ink),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return table


def _mark(symbol: str, text: str, colour: colors.Color, *, bold: bool = False) -> Paragraph:
    st = styles()
    body = f"<b>{_escape(text)}</b>" if bold else _escape(text).replace("\n", "<br/>")
    return Paragraph(
        f"<font name='{FONT_BOLD}' color='{colour.hexval()}'>{symbol}</font>&nbsp;&nbsp;{body}",
        st["body"].clone("mark", leftIndent=12, firstLineIndent=-12),
    )


def _identification(content: FormContent, translate: CheckedText) -> Table:
    st = styles()
    language = content.language
    rows: list[tuple[str, str]] = [
        (translate("FeedbackPdf", "LIVC-R"), content.livcr_name),
        (translate("FeedbackPdf", "Municipality"), content.municipality),
        (translate("FeedbackPdf", "For the LTF"), content.ltf_name),
        (translate("FeedbackPdf", "Reference known to the LTF"), content.ltf_reference),
        (translate("FeedbackPdf", "Case code of the LIVC-R"), content.case_code),
    ]
    category = GgbCategory(content.ggb_category)
    if category not in (GgbCategory.UNKNOWN, GgbCategory.NONE):
        rows.append(
            (
                translate("FeedbackPdf", "Category in the Common Database (as shared by the IO)"),
                category.label.render(translate),
            )
        )
    rows.append(
        (
            translate("FeedbackPdf", "Consultations concerned"),
            ", ".join(format_date(d, language, "long") for d in content.consultation_dates),
        )
    )
    number = translate("FeedbackPdf", "no. {number}").format(number=content.version_number)
    if content.replaces_id:
        number += " – " + translate("FeedbackPdf", "replaces an earlier version of this form")
    rows.append((translate("FeedbackPdf", "Form"), number))
    table = Table(
        [[Paragraph(_escape(k), st["cell_bold"]), _paragraphs(v, "cell")] for k, v in rows],
        colWidths=[62 * mm, WIDTH - 62 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#c9d2dc")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _decision_line(kind: DecisionKind, translate: CheckedText) -> str:
    """A decision as the LTF reads it: what the table decided, not the motion it voted on."""
    lines = {
        DecisionKind.REFER_TO_LTF: translate("FeedbackPdf", "The case is referred to the LTF"),
        DecisionKind.FOLLOW_UP: translate("FeedbackPdf", "The case is followed up in the LIVC-R"),
        DecisionKind.STOP_FOLLOW_UP: translate(
            "FeedbackPdf", "The follow-up in the LIVC-R is stopped"
        ),
        DecisionKind.START_TRAJECTORY: translate(
            "FeedbackPdf", "A personalised guidance trajectory is started"
        ),
        DecisionKind.EVALUATE_TRAJECTORY: translate(
            "FeedbackPdf", "The guidance trajectory is evaluated"
        ),
        DecisionKind.CLOSE_CASE: translate("FeedbackPdf", "The case is closed in the LIVC-R"),
    }
    return lines.get(kind) or translate("FeedbackPdf", "Another decision of the table")


def _flows(content: FormContent, translate: CheckedText) -> Table:
    st = styles()
    language = content.language
    rows: list[Flowable] = []
    if content.decisions:
        rows.append(
            Paragraph(_escape(translate("FeedbackPdf", "Decisions of the table")), st["h3"])
        )
        for ref in content.decisions:
            label = _decision_line(DecisionKind(ref.kind), translate)
            rows.append(
                _mark("✓", f"{label} ({format_date(ref.signed_on, language, 'long')})", FLOWS)
            )
    rows.append(Paragraph(_escape(translate("FeedbackPdf", "What the table decided")), st["h3"]))
    rows.append(
        _mark(
            "✓",
            translate("FeedbackPdf", "The case is followed up in the LIVC-R: {answer}").format(
                answer=content.followed_up.label.render(translate)
            ),
            FLOWS,
        )
    )
    trajectory = content.trajectory.label.render(translate)
    if content.trajectory is Answer.YES and content.service_kind is not None:
        trajectory = translate("FeedbackPdf", "yes, carried by: {service}").format(
            service=content.service_kind.label.render(translate)
        )
    rows.append(
        _mark(
            "✓",
            translate(
                "FeedbackPdf", "A personalised guidance trajectory was started: {answer}"
            ).format(answer=trajectory),
            FLOWS,
        )
    )
    if content.purpose is FormPurpose.REFERRAL or content.reason:
        rows.append(
            Paragraph(_escape(translate("FeedbackPdf", "Reason for the referral")), st["h3"])
        )
        rows.append(_paragraphs(content.reason or "—", "body"))
    rows.append(
        Paragraph(_escape(translate("FeedbackPdf", "Information the table shares")), st["h3"])
    )
    if content.shared:
        for number, text in enumerate(content.shared, start=1):
            rows.append(_mark(f"{number}.", text, FLOWS))
    else:
        rows.append(
            _paragraphs(translate("FeedbackPdf", "No further information is shared."), "body")
        )
    return _box(translate("FeedbackPdf", "✓  What flows to the LTF"), rows, FLOWS, FLOWS_TINT)


def _kept(content: FormContent, translate: CheckedText) -> Table:
    rows: list[Flowable] = [_mark("✗", w.label.render(translate), KEPT) for w in content.withheld]
    rows += [_mark("✗", text, KEPT) for text in content.withheld_extra]
    rows.append(
        _paragraphs(
            translate(
                "FeedbackPdf",
                "This information stays within the LIVC-R under shared professional secrecy "
                "(art. 458ter Criminal Code).",
            ),
            "small",
        )
    )
    return _box(translate("FeedbackPdf", "✗  What does NOT flow to the LTF"), rows, KEPT, KEPT_TINT)


def approval_table(rows: Sequence[tuple[str, str]]) -> Table:
    """The framed table of an approval: decided, signed by, the signature's fingerprint and
    the content's hash (fourth row, in a fixed-width font). Shared with the transfer note."""
    st = styles()
    table = Table(
        [[Paragraph(_escape(k), st["cell_bold"]), _paragraphs(v, "cell")] for k, v in rows],
        colWidths=[50 * mm, WIDTH - 50 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("FONT", (1, 3), (1, 3), "Courier", 8.5),
            ]
        )
    )
    return table


def _approval(content: FormContent, content_hash: str, translate: CheckedText) -> list[Flowable]:
    st = styles()
    approval = content.approval
    assert approval is not None
    language = content.language
    groups = " ".join(content_hash[i : i + 8] for i in range(0, len(content_hash), 8))
    rows = [
        (
            translate("FeedbackPdf", "Approved"),
            translate(
                "FeedbackPdf",
                "by consensus of all {count} effectively participating members, on {date}",
            ).format(
                count=len(approval.participants),
                date=format_date(approval.signed_at.astimezone(BRUSSELS).date(), language, "long")
                + ", "
                + format_time(approval.signed_at, language),
            ),
        ),
        (
            translate("FeedbackPdf", "Signed by"),
            f"{approval.signer_name} ({approval.signer_organisation})",
        ),
        (translate("FeedbackPdf", "Signature fingerprint"), approval.fingerprint),
        (translate("FeedbackPdf", "Content hash (SHA-256)"), groups),
    ]
    table = approval_table(rows)
    note = translate(
        "FeedbackPdf",
        "The hash identifies the approved content: any change to the form gives another hash. "
        "A change after approval is a new form, approved again by consensus.",
    )
    heading = Paragraph(_escape(translate("FeedbackPdf", "Approval")), st["h2"])
    return [KeepTogether([heading, table, Spacer(1, 2 * mm), _paragraphs(note, "small")])]


def _story(
    content: FormContent, content_hash: str | None, translate: CheckedText
) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(_escape(translate("FeedbackPdf", "Feedback form to the LTF")), st["title"]),
        Paragraph(_escape(content.purpose.label.render(translate)), st["h3"]),
    ]
    if content.approval is None or content_hash is None:
        warning = translate(
            "FeedbackPdf",
            "DRAFT – not approved by the table. This form may not be passed on to the LTF.",
        )
        draft = Table(
            [[Paragraph(_escape(warning), st["label"].clone("draft", textColor=MARKING_RED))]],
            colWidths=[WIDTH],
        )
        draft.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, MARKING_RED),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story += [Spacer(1, 2 * mm), draft]
    story += [
        Spacer(1, 4 * mm),
        _identification(content, translate),
        Spacer(1, 6 * mm),
        _flows(content, translate),
        Spacer(1, 5 * mm),
        KeepTogether([_kept(content, translate)]),
        Spacer(1, 4 * mm),
        _paragraphs(
            translate(
                "FeedbackPdf",
                "Under art. 458ter §2 of the Criminal Code and the law of 30 July 2018 on the "
                "LIVC-R, a feedback form goes to the LTF only after the consensus of all members "
                "who effectively took part in the consultation, and it contains no information "
                "covered by professional secrecy that was revealed during the consultation.",
            ),
            "small",
        ),
    ]
    if content.approval is not None and content_hash is not None:
        story += _approval(content, content_hash, translate)
    return story


def build_feedback_pdf(
    content: FormContent,
    target: Path | BinaryIO,
    *,
    generated_at: datetime,
    content_hash: str | None,
) -> None:
    """Write the form as a PDF in its language; ValidationError (nothing written) when the
    catalogue of that language lacks any of the form's texts."""
    translate = CheckedText(content.language)
    story = _story(content, content_hash, translate)
    frame = standard_frame(translate, content.livcr_name, generated_at)
    if content_hash is None:
        frame = replace(
            frame, generated=translate("FeedbackPdf", "DRAFT") + " · " + frame.generated
        )
    else:
        frame = replace(frame, generated=f"SHA-256 {content_hash[:16]}… · {frame.generated}")
    title = translate("FeedbackPdf", "Feedback form to the LTF")
    if translate.missing:
        raise ValidationError(
            TRANSLATION_INCOMPLETE,
            field="language",
            language=content.language.endonym,
            count=len(translate.missing),
        )
    buffer = io.BytesIO()
    build_pdf(buffer, story, frame=frame, title=title, language=content.language)
    data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)


def feedback_pdf_bytes(
    content: FormContent, *, generated_at: datetime, content_hash: str | None
) -> bytes:
    """The form's PDF in memory (for the preview: no file with personal data is written)."""
    buffer = io.BytesIO()
    build_feedback_pdf(content, buffer, generated_at=generated_at, content_hash=content_hash)
    return buffer.getvalue()


__all__ = ["CheckedText", "approval_table", "build_feedback_pdf", "feedback_pdf_bytes"]
