"""Who else took part in the consultations about the person, as parts of an access answer: a
one-off guest at an item of their case (who received what was shared there, having
acknowledged the secrecy duty of art. 458ter Criminal Code), and a partner who refused to take
part (with the motivation) or was represented by a supervisor. The person may know who received
their data (GDPR art. 15(1)(c)); the coordinator still decides on every part."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.access_export import ExportPart, Section
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.item_people import StanceKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.store.models import (
    AgendaItemRow,
    ItemGuestRow,
    ItemStanceRow,
    MeetingRow,
    Member,
    OrganisationRow,
)

GUEST = QT_TRANSLATE_NOOP("AccessExport", "Guest at a consultation")
STANCE_TITLES = {
    StanceKind.REFUSAL: QT_TRANSLATE_NOOP("AccessExport", "A partner refused to take part"),
    StanceKind.REPRESENTATION: QT_TRANSLATE_NOOP("AccessExport", "A partner was represented"),
}
GUEST_NAME = QT_TRANSLATE_NOOP("AccessExport", "Guest")
ORGANISATION = QT_TRANSLATE_NOOP("AccessExport", "Organisation")
FUNCTION = QT_TRANSLATE_NOOP("AccessExport", "Function")
SECRECY = QT_TRANSLATE_NOOP("AccessExport", "Secrecy duty acknowledged on")
MOTIVATION = QT_TRANSLATE_NOOP("AccessExport", "Motivation")
REPRESENTED_BY = QT_TRANSLATE_NOOP("AccessExport", "Represented by")


def item_people_parts(session: Session, case_id: str) -> Iterator[ExportPart]:
    """The guests, then the refusals and representations, at the items of the case."""
    guests = session.execute(
        select(ItemGuestRow, MeetingRow.starts_at)
        .join(AgendaItemRow, AgendaItemRow.id == ItemGuestRow.item_id)
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .where(AgendaItemRow.case_id == case_id)
        .order_by(MeetingRow.starts_at, ItemGuestRow.secrecy_acknowledged_at)
    )
    for guest, starts_at in guests:
        fields = (
            (GUEST_NAME, guest.full_name),
            (ORGANISATION, guest.organisation),
            (FUNCTION, guest.function_title),
            (SECRECY, local_date(guest.secrecy_acknowledged_at).isoformat()),
        )
        yield ExportPart(
            f"item_guest:{guest.id}",
            Section.CONSULTATIONS,
            GUEST,
            local_date(starts_at),
            tuple((label, value) for label, value in fields if value),
        )
    stances = session.execute(
        select(ItemStanceRow, OrganisationRow.name, MeetingRow.starts_at)
        .join(AgendaItemRow, AgendaItemRow.id == ItemStanceRow.item_id)
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .join(Member, Member.id == ItemStanceRow.member_id)
        .join(OrganisationRow, OrganisationRow.id == Member.organisation_id)
        .where(AgendaItemRow.case_id == case_id)
        .order_by(MeetingRow.starts_at, ItemStanceRow.recorded_at)
    )
    for stance, organisation, starts_at in stances:
        kind = StanceKind(stance.kind)
        fields = (
            (ORGANISATION, organisation),
            (MOTIVATION, stance.motivation),
            (REPRESENTED_BY, stance.representative_name),
            (FUNCTION, stance.representative_function),
        )
        yield ExportPart(
            f"item_stance:{stance.id}",
            Section.CONSULTATIONS,
            STANCE_TITLES[kind],
            local_date(starts_at),
            tuple((label, value) for label, value in fields if value),
        )
