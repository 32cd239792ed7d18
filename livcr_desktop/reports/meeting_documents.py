"""The meeting documents: one invitee's invitation (their agenda) and the minutes of a meeting,
or one partner's extract of them, in the reader's language whatever the interface speaks.

Both are made from domain data the services have already cut down to what the reader may see,
and add nothing to it: an invitation lists only that invitee's items and names a case by its
code; an extract holds only the partner's items. Draft minutes say so on every page, so a draft
can never pass for the approved text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from livcr_desktop.domain.invitations import Invitation, InvitationItem
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.minutes import MinutesDocument
from livcr_desktop.reports.base import DocumentText, build_pdf, plain, standard_frame, styles
from livcr_desktop.reports.meeting_parts import (
    CONTENT_WIDTH,
    facts_table,
    grid_table,
    heading,
    meeting_styles,
    notice_box,
    section,
    table_line,
)
from livcr_desktop.reports.minutes_sections import (
    amendments_section,
    attendance_section,
    items_section,
    remarks_section,
    status_notice,
)

# -- invitation --------------------------------------------------------------------------------


def build_invitation_pdf(
    invitation: Invitation,
    target: Path | BinaryIO,
    language: Language,
    *,
    generated_at: datetime,
) -> None:
    """Write one invitee's invitation: the meeting, their own items only, the secrecy duty."""
    translate = DocumentText(language)
    title = translate("MeetingDocuments", "Invitation")
    subtitle = table_line(translate, invitation.livcr_name, invitation.table)
    addressee = ", ".join(p for p in (invitation.invitee, invitation.invitee_organisation) if p)
    story: list[Flowable] = [
        *heading(title, subtitle),
        facts_table(
            translate,
            starts_at=invitation.starts_at,
            ends_at=invitation.ends_at,
            place=invitation.place,
            chair=invitation.chair,
            first=[(translate("MeetingDocuments", "Addressed to"), addressee)],
        ),
        *section(translate("MeetingDocuments", "Agenda")),
        *_agenda(translate, invitation.items),
        *section(translate("MeetingDocuments", "Shared professional secrecy")),
        Paragraph(
            translate(
                "MeetingDocuments",
                "The LIVC-R meets under shared professional secrecy (art. 458ter Criminal Code). "
                "You may share what you know, but you are never obliged to. What you hear in the "
                "meeting stays secret: do not pass it on, not even within your own organisation. "
                "At the start of the meeting every participant confirms this duty, and the "
                "minutes record it.",
            ),
            styles()["body"],
        ),
    ]
    build_pdf(
        target,
        story,
        frame=standard_frame(translate, invitation.livcr_name, generated_at),
        title=f"{title} – {subtitle}",
        language=language,
    )


def _agenda(translate: DocumentText, items: tuple[InvitationItem, ...]) -> list[Flowable]:
    """The invitee's items, numbered, each case by its code."""
    mst = meeting_styles()
    if not items:
        return [
            Paragraph(
                translate("MeetingDocuments", "There is no item for you on this agenda."),
                mst["muted"],
            )
        ]
    intro = translate("MeetingDocuments", "Only the items to which you are invited are listed.")
    if any(item.kind is ItemKind.CASE for item in items):
        # Said only where there are cases: at the strategic table it would only puzzle.
        intro += " " + translate(
            "MeetingDocuments", "A case appears by its case code only, never by a name."
        )
    return [
        Paragraph(plain(intro), mst["muted"]),
        Spacer(1, 1.5 * mm),
        _agenda_table(translate, items),
    ]


def _agenda_table(translate: DocumentText, items: tuple[InvitationItem, ...]) -> Table:
    """No., item, kind and, where any item has one, the municipality (topics have none)."""
    with_towns = any(item.municipality for item in items)
    header = [
        translate("MeetingDocuments", "No."),
        translate("MeetingDocuments", "Item"),
        translate("MeetingDocuments", "Kind"),
    ]
    if with_towns:
        header.append(translate("MeetingDocuments", "Municipality"))
    rows = [
        [
            f"{item.number}.",
            Paragraph(plain(item.heading), styles()["cell_bold"]),
            item.kind.label.render(translate),
            *([item.municipality] if with_towns else []),
        ]
        for item in items
    ]
    widths = [14 * mm, 78 * mm, 44 * mm] if with_towns else [14 * mm, 100 * mm, 60 * mm]
    if with_towns:
        widths.append(CONTENT_WIDTH - sum(widths))
    return grid_table(header, rows, widths)


# -- minutes -----------------------------------------------------------------------------------


def build_minutes_pdf(
    document: MinutesDocument,
    target: Path | BinaryIO,
    language: Language,
    *,
    generated_at: datetime,
) -> None:
    """Write the minutes, or a partner's extract when `document.extract_for` is set."""
    translate = DocumentText(language)
    title = minutes_title(translate, document)
    subtitle = table_line(translate, document.livcr_name, document.table)
    frame = standard_frame(translate, document.livcr_name, generated_at)
    if document.approval is None:
        frame = replace(frame, watermark=translate("MeetingDocuments", "DRAFT"))
    story: list[Flowable] = [
        *heading(title, subtitle),
        *_extract_notice(translate, document),
        status_notice(translate, document.approval),
        Spacer(1, 4 * mm),
        facts_table(
            translate,
            starts_at=document.starts_at,
            ends_at=document.ends_at,
            place=document.place,
            chair=document.chair,
        ),
        *attendance_section(translate, document.attendance),
        *items_section(translate, document),
        *remarks_section(translate, document.remarks),
        *amendments_section(translate, document),
    ]
    build_pdf(
        target,
        story,
        frame=frame,
        title=f"{title} – {subtitle}",
        language=language,
    )


def minutes_title(translate: DocumentText, document: MinutesDocument) -> str:
    """'Minutes', or 'Extract of the minutes for <partner>'."""
    if document.is_extract:
        return translate("MeetingDocuments", "Extract of the minutes for {name}").format(
            name=document.extract_for
        )
    return translate("MeetingDocuments", "Minutes")


def _extract_notice(translate: DocumentText, document: MinutesDocument) -> list[Flowable]:
    if not document.is_extract:
        return []
    text = translate(
        "MeetingDocuments",
        "This extract holds only the items to which {name} was invited, and the attendance "
        "of the people invited to them. It is not the full minutes.",
    ).format(name=document.extract_for)
    return [
        notice_box([Paragraph(plain(text), meeting_styles()["notice"])], tone="info"),
        Spacer(1, 2 * mm),
    ]
