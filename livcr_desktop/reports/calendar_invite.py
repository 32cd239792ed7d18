"""The calendar file (.ics) that goes with an invitation: when and where the table meets, and
nothing about who or what.

Calendars are synchronised to phones, mail servers and colleagues' shared views, far outside the
LIVC-R's control, so the file carries no personal data at all: no invitee, no chair, no
ORGANIZER or ATTENDEE, no case code, no agenda. Its description points to the PDF invitation,
which is where the agenda lives.

Choices that make Outlook and Thunderbird open it cleanly:
- METHOD:PUBLISH, not REQUEST. REQUEST is an iTIP scheduling message that must name an ORGANIZER
  and ATTENDEEs (RFC 5546 §3.2.2) and makes clients offer accept/decline replies by e-mail; we
  name no one and want no replies. PUBLISH is an entry to add to one's own calendar.
- Times in UTC (the "Z" form): no VTIMEZONE block to get wrong; each client shows the meeting in
  its own time zone, which for a Belgian partner is Brussels time.
- A stable UID from the meeting's id: importing the file again after the meeting moved updates
  the entry instead of adding a second one (the later DTSTAMP wins, RFC 5546 §2.1.5).
- CLASS:PRIVATE, so colleagues who can see the recipient's calendar see only that they are busy.
- icalendar writes CRLF line endings and folds long lines, as RFC 5545 requires.
"""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar, Event

from livcr_desktop.domain.invitations import Invitation
from livcr_desktop.domain.languages import Language
from livcr_desktop.reports.base import DocumentText
from livcr_desktop.reports.meeting_parts import table_line

PRODUCT_ID = "-//LIVC-R Desktop//Meeting invitation//{language}"


def invitation_ics(invitation: Invitation, language: Language, *, stamp: datetime) -> bytes:
    """The calendar file of an invitation, as bytes (UTF-8, CRLF line endings)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID.format(language=language.value.upper()))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(_event(invitation, DocumentText(language), stamp))
    ical: bytes = calendar.to_ical()
    return ical


def meeting_uid(meeting_id: str) -> str:
    """The same for every invitee and every re-export of one meeting."""
    return f"meeting-{meeting_id}@livcr-desktop"


def _event(invitation: Invitation, translate: DocumentText, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", meeting_uid(invitation.meeting_id))
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("sequence", 0)
    event.add("dtstart", invitation.starts_at.astimezone(UTC))
    event.add("dtend", invitation.ends_at.astimezone(UTC))
    event.add("summary", table_line(translate, invitation.livcr_name, invitation.table))
    event.add("location", invitation.place)
    event.add(
        "description",
        translate(
            "MeetingDocuments",
            "The agenda is in the PDF invitation that came with this calendar entry. To protect "
            "the people discussed, this entry holds no agenda, no names and no case codes.",
        ),
    )
    event.add("class", "PRIVATE")
    event.add("transp", "OPAQUE")
    event.add("status", "CONFIRMED")
    return event
