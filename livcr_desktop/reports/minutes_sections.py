"""The body of the minutes: the approval state, attendance with the secrecy acknowledgements,
each item (summary, effective participants, action points, decisions), the general remarks,
and the amendments made after approval, kept apart from the approved text they correct."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.minutes import (
    LEFT_AT,
    ActionLine,
    Amendment,
    Approval,
    AttendanceLine,
    MinutesDocument,
    MinutesItem,
)
from livcr_desktop.domain.minutes_erasure import ERASED_ITEM_LINE
from livcr_desktop.domain.minutes_sealing import SEALED_ITEM_LINE
from livcr_desktop.domain.retention import REVIEW_AT_18_REASON
from livcr_desktop.i18n.formatting import format_date, format_time
from livcr_desktop.reports.base import DocumentText, plain, text_paragraphs
from livcr_desktop.reports.meeting_parts import (
    CONTENT_WIDTH,
    START_SPACE,
    grid_table,
    local_day,
    meeting_styles,
    moment_text,
    notice_box,
    section,
)
from livcr_desktop.reports.minutes_decisions import decisions_section
from livcr_desktop.reports.minutes_people import item_people_flowables

# -- approval state ----------------------------------------------------------------------------


def status_notice(translate: DocumentText, approval: Approval | None) -> Flowable:
    """A framed statement of whether these minutes are a draft or approved (and how)."""
    mst = meeting_styles()
    if approval is None:
        return notice_box(
            [
                Paragraph(
                    translate("MeetingDocuments", "Draft – not approved yet"), mst["notice_bold"]
                ),
                Paragraph(
                    translate(
                        "MeetingDocuments",
                        "The text may still change. Do not pass it on as the approved minutes.",
                    ),
                    mst["notice"],
                ),
            ],
            tone="draft",
        )
    return notice_box(
        [
            Paragraph(translate("MeetingDocuments", "Approved"), mst["notice_bold"]),
            Paragraph(plain(_approval_text(translate, approval)), mst["notice"]),
            Paragraph(
                translate("MeetingDocuments", "Fingerprint of the approved text (SHA-256):"),
                mst["notice"],
            ),
            Paragraph(approval.content_hash, mst["hash"]),
            Paragraph(
                translate(
                    "MeetingDocuments",
                    "The approved text is frozen: any change to it would change this "
                    "fingerprint. Corrections are listed as amendments at the end.",
                ),
                mst["muted"],
            ),
        ],
        tone="approved",
    )


def _approval_text(translate: DocumentText, approval: Approval) -> str:
    language = translate.language
    if approval.via_meeting_on is not None:
        return translate(
            "MeetingDocuments",
            "Approved by the meeting of {date} (recorded by {name} on {moment}).",
        ).format(
            date=format_date(approval.via_meeting_on, language, "long"),
            name=approval.approved_by,
            moment=moment_text(approval.approved_at, language),
        )
    return translate("MeetingDocuments", "Approved on {date} by {name}.").format(
        date=format_date(local_day(approval.approved_at), language, "long"),
        name=approval.approved_by,
    )


# -- attendance --------------------------------------------------------------------------------


def attendance_section(
    translate: DocumentText, attendance: tuple[AttendanceLine, ...]
) -> list[Flowable]:
    """Who was invited and came, with the moment each confirmed the secrecy duty."""
    rows = [
        [
            line.name,
            line.organisation,
            _attendance(translate, line),
            _acknowledged(translate, line.secrecy_acknowledged_at),
        ]
        for line in attendance
    ]
    header = [
        translate("MeetingDocuments", "Name"),
        translate("MeetingDocuments", "Organisation"),
        translate("MeetingDocuments", "Attendance"),
        translate("MeetingDocuments", "Secrecy duty confirmed"),
    ]
    widths = [50 * mm, 54 * mm, 32 * mm, CONTENT_WIDTH - 136 * mm]
    return [
        *section(translate("MeetingDocuments", "Attendance")),
        grid_table(header, rows, widths),
        Spacer(1, 1.5 * mm),
        Paragraph(
            translate(
                "MeetingDocuments",
                "Secrecy duty confirmed: the time at which the participant confirmed the duty of "
                "shared professional secrecy (art. 458ter §2 Criminal Code) at this meeting.",
            ),
            meeting_styles()["muted"],
        ),
    ]


def _attendance(translate: DocumentText, line: AttendanceLine) -> str:
    """'Present', or 'Present, left at 15:20' for someone who left before the end."""
    attendance = line.attendance.label.render(translate)
    if line.left_at is None:
        return attendance
    return LEFT_AT.render(
        translate, attendance=attendance, time=format_time(line.left_at, translate.language)
    )


def _acknowledged(translate: DocumentText, moment: datetime | None) -> str:
    if moment is None:
        return "–"
    return format_time(moment, translate.language)


# -- items -------------------------------------------------------------------------------------


def items_section(translate: DocumentText, document: MinutesDocument) -> list[Flowable]:
    """Every item in order; case items are headed by their code only."""
    story = section(translate("MeetingDocuments", "Agenda items"))
    if not document.items:
        story.append(
            Paragraph(
                translate("MeetingDocuments", "There are no items in this document."),
                meeting_styles()["muted"],
            )
        )
    for item in document.items:
        story.extend(item_flowables(translate, item))
    return story


def item_flowables(translate: DocumentText, item: MinutesItem) -> list[Flowable]:
    """One item: heading, kind and municipality, then what was said, agreed and decided."""
    mst = meeting_styles()
    story: list[Flowable] = [
        # A heading needs a few lines of its item under it; asking the whole first paragraph
        # to fit (keepWithNext) would leave half-empty pages before every long summary.
        CondPageBreak(START_SPACE),
        Paragraph(f"{item.position}. {plain(item.heading)}", mst["item"]),
        Paragraph(_item_meta(translate, item), mst["meta"]),
    ]
    if item.erased is not None:
        line = ERASED_ITEM_LINE.render(
            translate,
            day=format_date(item.erased.erased_on, translate.language, "long"),
            rule=item.erased.rule_label.render(translate),
        )
        story.append(Paragraph(plain(line), mst["muted"]))
        return story
    if item.sealed is not None:
        # Its case is not on this laptop: the text travels in the case's scope only.
        story.append(Paragraph(plain(SEALED_ITEM_LINE.render(translate)), mst["muted"]))
        return story
    summary = text_paragraphs(item.summary, mst["prose"])
    if summary:
        story.extend(summary)
    elif not item.postponed:
        story.append(Paragraph(translate("MeetingDocuments", "No summary recorded."), mst["muted"]))
    story.extend(_participants(translate, item))
    story.extend(item_people_flowables(translate, item))
    story.extend(_action_points(translate, item.action_points))
    story.extend(decisions_section(translate, item.decisions))
    return story


def _item_meta(translate: DocumentText, item: MinutesItem) -> str:
    """'Case · Proefdorp', then why retention put the case there for its review at 18 (as the
    agenda says it), with a red 'postponed' when the item moved to a later meeting."""
    parts = [plain(item.kind.label.render(translate))]
    if item.municipality:
        parts.append(plain(item.municipality))
    if item.turned_eighteen_on is not None:
        parts.append(plain(REVIEW_AT_18_REASON.render(translate)))
    if item.postponed:
        postponed = translate("MeetingDocuments", "Postponed to a later meeting")
        parts.append(f'<font color="#a4161a"><b>{plain(postponed)}</b></font>')
    return " · ".join(parts)


def _participants(translate: DocumentText, item: MinutesItem) -> list[Flowable]:
    """Who took part in discussing the item: the people whose consensus its decisions need.
    Shown for every case item (an empty list is worth seeing there), for topics only if any."""
    if not item.effective_participants and item.kind is not ItemKind.CASE:
        return []
    names = ", ".join(item.effective_participants) or translate("MeetingDocuments", "none recorded")
    label = translate("MeetingDocuments", "Effective participants:")
    return [Paragraph(f"<b>{plain(label)}</b> {plain(names)}", meeting_styles()["notice"])]


def _action_points(translate: DocumentText, points: tuple[ActionLine, ...]) -> list[Flowable]:
    if not points:
        return []
    language = translate.language
    rows = [[p.owner, p.description, format_date(p.due_on, language, "medium")] for p in points]
    header = [
        translate("MeetingDocuments", "Who"),
        translate("MeetingDocuments", "What"),
        translate("MeetingDocuments", "By"),
    ]
    widths = [50 * mm, CONTENT_WIDTH - 78 * mm, 28 * mm]
    return [
        Paragraph(translate("MeetingDocuments", "Action points"), meeting_styles()["label"]),
        grid_table(header, rows, widths),
    ]


# -- remarks and amendments --------------------------------------------------------------------


def remarks_section(translate: DocumentText, remarks: str) -> list[Flowable]:
    """The coordinator's general text (opening, announcements, next date), if any."""
    paragraphs = text_paragraphs(remarks, meeting_styles()["prose"])
    if not paragraphs:
        return []
    return [
        *section(translate("MeetingDocuments", "General remarks")),
        *paragraphs,
    ]


def amendments_section(translate: DocumentText, document: MinutesDocument) -> list[Flowable]:
    """Corrections recorded after approval, framed apart so no one reads them as approved text.
    An extract holds only the general ones and those about its own items (`limited_to`)."""
    amendments = document.amendments
    if not amendments:
        return []
    mst = meeting_styles()
    story: list[Flowable] = [
        *section(translate("MeetingDocuments", "Amendments after approval")),
        Paragraph(
            translate(
                "MeetingDocuments",
                "These corrections were recorded after the minutes were approved. They are not "
                "part of the approved text above, which stays as it was approved; read the two "
                "together.",
            ),
            mst["muted"],
        ),
        Spacer(1, 2 * mm),
    ]
    for amendment in amendments:
        item = document.item_of(amendment)
        story += [CondPageBreak(START_SPACE), _amendment_box(translate, amendment, item)]
        story.append(Spacer(1, 2 * mm))
    return story


def _amendment_box(
    translate: DocumentText, amendment: Amendment, item: MinutesItem | None
) -> Flowable:
    """One correction, headed by when and by whom, and by the item it corrects (by number and
    heading, the case code for a case, as the items above are headed: never a person's name),
    so the reader knows which part of the approved text to read it with."""
    mst = meeting_styles()
    moment = moment_text(amendment.written_at, translate.language)
    if item is None:
        heading = translate("MeetingDocuments", "Amendment of {moment} by {name}").format(
            moment=moment, name=amendment.author
        )
    else:
        heading = translate(
            "MeetingDocuments", "Amendment of {moment} by {name}, about item {number}: {heading}"
        ).format(moment=moment, name=amendment.author, number=item.position, heading=item.heading)
    return notice_box(
        [
            Paragraph(plain(heading), mst["label"]),
            *text_paragraphs(amendment.text, mst["notice"]),
        ],
        tone="info",
    )
