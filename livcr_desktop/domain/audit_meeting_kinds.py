"""The journal kinds of meetings, agendas, the live meeting and minutes, with their labels.

None of these shows payload details in the audit trail: summaries and notes are case content.
"""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory


MEETING_KINDS: tuple[KindInfo, ...] = (
    # planning and the agenda
    KindInfo("meeting.planned", QT_TRANSLATE_NOOP("AuditKind", "Meeting planned"), C.CHANGE),
    KindInfo("meeting.rescheduled", QT_TRANSLATE_NOOP("AuditKind", "Meeting moved"), C.CHANGE),
    KindInfo("meeting.cancelled", QT_TRANSLATE_NOOP("AuditKind", "Meeting cancelled"), C.CHANGE),
    KindInfo(
        "meeting.participant_added",
        QT_TRANSLATE_NOOP("AuditKind", "Participant invited to a meeting"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.participant_removed",
        QT_TRANSLATE_NOOP("AuditKind", "Invitation to a meeting withdrawn"),
        C.CHANGE,
    ),
    KindInfo("meeting.item_added", QT_TRANSLATE_NOOP("AuditKind", "Agenda item added"), C.CHANGE),
    KindInfo(
        "meeting.item_changed", QT_TRANSLATE_NOOP("AuditKind", "Agenda item renamed"), C.CHANGE
    ),
    KindInfo(
        "meeting.item_removed",
        QT_TRANSLATE_NOOP("AuditKind", "Agenda item taken off"),
        C.CHANGE,
    ),
    KindInfo("meeting.item_moved", QT_TRANSLATE_NOOP("AuditKind", "Agenda reordered"), C.CHANGE),
    KindInfo(
        "meeting.invitee_added",
        QT_TRANSLATE_NOOP("AuditKind", "Invited to an agenda item"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.invitee_removed",
        QT_TRANSLATE_NOOP("AuditKind", "Invitation to an agenda item withdrawn"),
        C.CHANGE,
    ),
    # the live meeting
    KindInfo("meeting.started", QT_TRANSLATE_NOOP("AuditKind", "Meeting started"), C.CHANGE),
    KindInfo("meeting.held", QT_TRANSLATE_NOOP("AuditKind", "Meeting closed"), C.CHANGE),
    KindInfo(
        "meeting.attendance_recorded",
        QT_TRANSLATE_NOOP("AuditKind", "Attendance recorded"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.secrecy_acknowledged",
        QT_TRANSLATE_NOOP("AuditKind", "Secrecy duty acknowledged"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.participant_left",
        QT_TRANSLATE_NOOP("AuditKind", "Participant left the meeting"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.participant_returned",
        QT_TRANSLATE_NOOP("AuditKind", "Participant back in the meeting"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.effective_changed",
        QT_TRANSLATE_NOOP("AuditKind", "Effective participation recorded"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.summary_written",
        QT_TRANSLATE_NOOP("AuditKind", "Item summary written"),
        C.CHANGE,
    ),
    KindInfo("meeting.item_postponed", QT_TRANSLATE_NOOP("AuditKind", "Item postponed"), C.CHANGE),
    KindInfo(
        "meeting.item_resumed",
        QT_TRANSLATE_NOOP("AuditKind", "Postponement undone"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.action_point_added",
        QT_TRANSLATE_NOOP("AuditKind", "Action point agreed"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.action_point_done",
        QT_TRANSLATE_NOOP("AuditKind", "Action point done"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.action_point_reopened",
        QT_TRANSLATE_NOOP("AuditKind", "Action point reopened"),
        C.CHANGE,
    ),
    # minutes
    KindInfo(
        "minutes.remarks_written",
        QT_TRANSLATE_NOOP("AuditKind", "Minutes remarks written"),
        C.CHANGE,
    ),
    KindInfo("minutes.approved", QT_TRANSLATE_NOOP("AuditKind", "Minutes approved"), C.CHANGE),
    KindInfo(
        "minutes.item_frozen",
        QT_TRANSLATE_NOOP("AuditKind", "Case item frozen in approved minutes"),
        C.CHANGE,
    ),
    KindInfo(
        "minutes.sealed",
        QT_TRANSLATE_NOOP("AuditKind", "Minutes sealed for approval"),
        C.CHANGE,
    ),
    KindInfo(
        "minutes.item_sealed",
        QT_TRANSLATE_NOOP("AuditKind", "Case item sealed for approval of the minutes"),
        C.CHANGE,
    ),
    KindInfo("minutes.amended", QT_TRANSLATE_NOOP("AuditKind", "Minutes amended"), C.CHANGE),
    # reading and exporting
    KindInfo("access.meeting_opened", QT_TRANSLATE_NOOP("AuditKind", "Meeting opened"), C.ACCESS),
    KindInfo("access.minutes_opened", QT_TRANSLATE_NOOP("AuditKind", "Minutes opened"), C.ACCESS),
    KindInfo(
        "access.name_projected",
        QT_TRANSLATE_NOOP("AuditKind", "Name shown on the projector"),
        C.ACCESS,
    ),
    KindInfo(
        "export.invitation",
        QT_TRANSLATE_NOOP("AuditKind", "Invitation made (PDF and calendar)"),
        C.EXPORT,
    ),
    KindInfo(
        "export.minutes_pdf", QT_TRANSLATE_NOOP("AuditKind", "Minutes exported (PDF)"), C.EXPORT
    ),
    KindInfo(
        "export.minutes_extract_pdf",
        QT_TRANSLATE_NOOP("AuditKind", "Minutes extract exported (PDF)"),
        C.EXPORT,
    ),
)

MEETING_ENTITY_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("AuditRecord", "Meeting"),
    "meeting_participant": QT_TRANSLATE_NOOP("AuditRecord", "Meeting participant"),
    "agenda_item": QT_TRANSLATE_NOOP("AuditRecord", "Agenda item"),
    "item_invitee": QT_TRANSLATE_NOOP("AuditRecord", "Invitation to an agenda item"),
    "action_point": QT_TRANSLATE_NOOP("AuditRecord", "Action point"),
    "minutes_amendment": QT_TRANSLATE_NOOP("AuditRecord", "Minutes amendment"),
}
