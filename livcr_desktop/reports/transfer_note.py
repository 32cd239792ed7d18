"""The transfer note of a hand-over to another LIVC-R, as a PDF in the receiving LIVC-R's
language (nl, fr or de), marked confidential exactly as the feedback form is.

It says what crosses to the other LIVC-R and, with the same weight, what never does (notes,
summaries, positions, updates, evaluations). It is printed only from the frozen content the
table decided, with that content's hash and the decision's signature fingerprint, and never with
a text the catalogue of its language lacks (a half-translated official document would show
another language's words to its reader).
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.feedback import TRANSLATION_INCOMPLETE
from livcr_desktop.domain.handover import HandoverContent
from livcr_desktop.domain.persons import SubjectKind
from livcr_desktop.i18n.formatting import BRUSSELS, format_date, format_time
from livcr_desktop.reports.base import build_pdf, standard_frame, styles
from livcr_desktop.reports.feedback_form import (
    FLOWS,
    FLOWS_TINT,
    KEPT,
    KEPT_TINT,
    WIDTH,
    CheckedText,
    _box,
    _escape,
    _mark,
    _paragraphs,
    approval_table,
)


def _table(rows: list[tuple[str, str]], first: float) -> Table:
    st = styles()
    table = Table(
        [[Paragraph(_escape(k), st["cell_bold"]), _paragraphs(v, "cell")] for k, v in rows],
        colWidths=[first, WIDTH - first],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _identification(content: HandoverContent, translate: CheckedText) -> Table:
    language = content.receiver.language
    identity = content.identity
    rows = [
        (translate("TransferNote", "From the LIVC-R"), content.sender_name),
        (translate("TransferNote", "Case code of the sending LIVC-R"), content.case_code),
        (translate("TransferNote", "To the LIVC-R"), content.receiver.name),
    ]
    if content.receiver.municipality:
        rows.append((translate("TransferNote", "Municipality"), content.receiver.municipality))
    if identity.kind is SubjectKind.GROUP:
        rows.append((translate("TransferNote", "Group"), identity.group_name))
    else:
        rows.append((translate("TransferNote", "Person"), identity.display))
        if identity.birth_date is not None:
            rows.append(
                (
                    translate("TransferNote", "Date of birth"),
                    format_date(identity.birth_date, language, "long"),
                )
            )
    return _table(rows, 62 * mm)


def _flows(content: HandoverContent, translate: CheckedText) -> Table:
    st = styles()
    rows: list[Flowable] = []
    if content.trajectory_ran and content.service_kind is not None:
        trajectory = translate("TransferNote", "yes, led by: {service}").format(
            service=content.service_kind.label.render(translate)
        )
    elif content.trajectory_ran:
        trajectory = translate("TransferNote", "yes")
    else:
        trajectory = translate("TransferNote", "no")
    rows.append(
        _mark(
            "✓",
            translate("TransferNote", "A personalised guidance trajectory ran: {answer}").format(
                answer=trajectory
            ),
            FLOWS,
        )
    )
    contact = content.contact
    rows.append(Paragraph(_escape(translate("TransferNote", "Contact person")), st["h3"]))
    lines = [contact.name, contact.organisation, contact.phone, contact.email]
    rows.append(_mark("✓", "\n".join(line for line in lines if line), FLOWS))
    rows.append(
        Paragraph(_escape(translate("TransferNote", "Information the table passes on")), st["h3"])
    )
    if content.texts:
        for number, text in enumerate(content.texts, start=1):
            rows.append(_mark(f"{number}.", text, FLOWS))
    else:
        rows.append(
            _paragraphs(translate("TransferNote", "No further information is passed on."), "body")
        )
    return _box(
        translate("TransferNote", "✓  What goes to the other LIVC-R"), rows, FLOWS, FLOWS_TINT
    )


def _kept(translate: CheckedText) -> Table:
    withheld = (
        translate("TransferNote", "Notes of the consultation and of the partners"),
        translate("TransferNote", "Summaries and minutes of the meetings"),
        translate("TransferNote", "Positions of the participants"),
        translate("TransferNote", "Updates and evaluations of the guidance trajectory"),
    )
    rows: list[Flowable] = [_mark("✗", text, KEPT) for text in withheld]
    rows.append(
        _paragraphs(
            translate(
                "TransferNote",
                "This information stays within the sending LIVC-R under shared professional "
                "secrecy (art. 458ter Criminal Code).",
            ),
            "small",
        )
    )
    return _box(
        translate("TransferNote", "✗  What does NOT go to the other LIVC-R"), rows, KEPT, KEPT_TINT
    )


def _approval(content: HandoverContent, content_hash: str, translate: CheckedText) -> Flowable:
    st = styles()
    approval = content.approval
    assert approval is not None
    language = content.receiver.language
    groups = " ".join(content_hash[i : i + 8] for i in range(0, len(content_hash), 8))
    rows = [
        (
            translate("TransferNote", "Decided"),
            translate(
                "TransferNote",
                "by consensus of all {count} effectively participating members, on {date}",
            ).format(
                count=len(approval.participants),
                date=format_date(approval.signed_at.astimezone(BRUSSELS).date(), language, "long")
                + ", "
                + format_time(approval.signed_at, language),
            ),
        ),
        (
            translate("TransferNote", "Signed by"),
            f"{approval.signer_name} ({approval.signer_organisation})",
        ),
        (translate("TransferNote", "Signature fingerprint"), approval.fingerprint),
        (translate("TransferNote", "Content hash (SHA-256)"), groups),
    ]
    table = approval_table(rows)
    heading = Paragraph(_escape(translate("TransferNote", "Decision of the table")), st["h2"])
    return KeepTogether([heading, table])


def transfer_note_bytes(
    content: HandoverContent, *, content_hash: str, generated_at: datetime
) -> bytes:
    """The note as PDF bytes in the receiving LIVC-R's language; ValidationError (nothing made)
    when the catalogue of that language lacks any of its texts."""
    st = styles()
    translate = CheckedText(content.receiver.language)
    title = translate("TransferNote", "Transfer note to another LIVC-R")
    story: list[Flowable] = [
        Paragraph(_escape(title), st["title"]),
        Spacer(1, 4 * mm),
        _identification(content, translate),
        Spacer(1, 6 * mm),
        _flows(content, translate),
        Spacer(1, 5 * mm),
        KeepTogether([_kept(translate)]),
        Spacer(1, 4 * mm),
        _paragraphs(
            translate(
                "TransferNote",
                "The person moved. Nothing crosses from one LIVC-R to another without the "
                "consensus of all members who effectively took part in the consultation; this "
                "note holds only what the table decided to pass on, and no information covered "
                "by professional secrecy that was revealed during the consultation.",
            ),
            "small",
        ),
    ]
    if content.approval is not None:
        story.append(_approval(content, content_hash, translate))
    frame = standard_frame(translate, content.sender_name, generated_at)
    frame = replace(frame, generated=f"SHA-256 {content_hash[:16]}… · {frame.generated}")
    if translate.missing:
        raise ValidationError(
            TRANSLATION_INCOMPLETE,
            field="language",
            language=content.receiver.language.endonym,
            count=len(translate.missing),
        )
    buffer = io.BytesIO()
    build_pdf(buffer, story, frame=frame, title=title, language=content.receiver.language)
    return buffer.getvalue()
