"""Who else was at an item, in the minutes: the one-off guests with the moment each
acknowledged the secrecy duty of art. 458ter Criminal Code in the app, and the partners who
refused to take part (with their motivation, decree of 21 May 2021) or were represented by a
supervisor. Shown under the item's participants, only when there is one."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from livcr_desktop.domain.item_people import StanceKind
from livcr_desktop.domain.minutes import MinutesItem
from livcr_desktop.domain.minutes_people import GuestLine, StanceLine
from livcr_desktop.i18n.formatting import format_time
from livcr_desktop.reports.base import DocumentText, plain
from livcr_desktop.reports.meeting_parts import CONTENT_WIDTH, grid_table, meeting_styles


def item_people_flowables(translate: DocumentText, item: MinutesItem) -> list[Flowable]:
    """The item's guests, then its refusals and representations (nothing when none)."""
    return [*_guests(translate, item.guests), *_stances(translate, item.stances)]


def _guests(translate: DocumentText, guests: tuple[GuestLine, ...]) -> list[Flowable]:
    if not guests:
        return []
    rows = [
        [
            g.full_name,
            ", ".join(p for p in (g.organisation, g.function_title) if p),
            format_time(g.acknowledged_at, translate.language),
        ]
        for g in guests
    ]
    header = [
        translate("MeetingDocuments", "Guest"),
        translate("MeetingDocuments", "Organisation and function"),
        translate("MeetingDocuments", "Secrecy duty acknowledged"),
    ]
    widths = [50 * mm, CONTENT_WIDTH - 95 * mm, 45 * mm]
    return [
        Paragraph(translate("MeetingDocuments", "One-off guests at this item"), _label()),
        grid_table(header, rows, widths),
        Spacer(1, 1.5 * mm),
        Paragraph(
            translate(
                "MeetingDocuments",
                "Each guest acknowledged the duty of shared professional secrecy (art. 458ter "
                "§2 Criminal Code) in the app before taking part in this item.",
            ),
            meeting_styles()["muted"],
        ),
    ]


def _stances(translate: DocumentText, stances: tuple[StanceLine, ...]) -> list[Flowable]:
    if not stances:
        return []
    story: list[Flowable] = [
        Paragraph(translate("MeetingDocuments", "Refusals and representations"), _label())
    ]
    for stance in stances:
        who = f"{stance.name} ({stance.organisation})" if stance.organisation else stance.name
        if stance.kind is StanceKind.REFUSAL:
            what = translate(
                "MeetingDocuments", "refused to take part in this item. Motivation: {motivation}"
            ).format(motivation=stance.motivation)
        else:
            what = translate("MeetingDocuments", "was represented by {name}, {function}.").format(
                name=stance.representative_name, function=stance.representative_function
            )
        story.append(Paragraph(f"<b>{plain(who)}</b> {plain(what)}", meeting_styles()["notice"]))
    return story


def _label() -> ParagraphStyle:
    return meeting_styles()["label"]
