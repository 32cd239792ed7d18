"""The journal kinds of data-subject requests, access-request exports and the DPO's
accountability documents (art. 30 record, DPIA facts sheet), with their labels."""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory

PRIVACY_KINDS: tuple[KindInfo, ...] = (
    KindInfo(
        "subject_request.registered",
        QT_TRANSLATE_NOOP("AuditKind", "Data-subject request registered"),
        C.CHANGE,
    ),
    KindInfo(
        "subject_request.case_numbered",
        QT_TRANSLATE_NOOP("AuditKind", "Case code of a data-subject request updated"),
        C.CHANGE,
    ),
    KindInfo(
        "subject_request.decided",
        QT_TRANSLATE_NOOP("AuditKind", "Decision on a data-subject request"),
        C.CHANGE,
    ),
    KindInfo(
        "subject_request.extended",
        QT_TRANSLATE_NOOP("AuditKind", "Term of a data-subject request extended"),
        C.CHANGE,
    ),
    KindInfo(
        "subject_request.informed",
        QT_TRANSLATE_NOOP("AuditKind", "Person informed of a data-subject request's decision"),
        C.CHANGE,
    ),
    KindInfo(
        "subject_request.answered",
        QT_TRANSLATE_NOOP("AuditKind", "Answer to a data-subject request sent"),
        C.CHANGE,
    ),
    KindInfo(
        "access.subject_requests_opened",
        QT_TRANSLATE_NOOP("AuditKind", "Register of data-subject requests opened"),
        C.ACCESS,
    ),
    KindInfo(
        "access.access_export_reviewed",
        QT_TRANSLATE_NOOP("AuditKind", "Person's data gathered for an access request"),
        C.ACCESS,
    ),
    KindInfo(
        "access.access_export_refused",
        QT_TRANSLATE_NOOP("AuditKind", "Access-request export stopped by the secrecy guard"),
        C.REFUSED,
        details=("passages",),
        describe=lambda details, translate: QT_TRANSLATE_NOOP(
            "AuditDetail", "{passages} overlapping passages"
        ).render(translate, passages=details.get("passages", "?")),
    ),
    KindInfo(
        "export.access_request_pdf",
        QT_TRANSLATE_NOOP("AuditKind", "Person's data exported for an access request (PDF)"),
        C.EXPORT,
        details=("parts", "left_out", "language"),
        describe=lambda details, translate: QT_TRANSLATE_NOOP(
            "AuditDetail", "Parts: {parts}, left out: {left_out}, language: {language}"
        ).render(
            translate,
            parts=details.get("parts", "?"),
            left_out=details.get("left_out", "?"),
            language=details.get("language", "?"),
        ),
    ),
    KindInfo(
        "export.art30_record_pdf",
        QT_TRANSLATE_NOOP("AuditKind", "Record of processing (art. 30) printed (PDF)"),
        C.EXPORT,
        details=("language",),
    ),
    KindInfo(
        "export.dpia_facts_pdf",
        QT_TRANSLATE_NOOP("AuditKind", "DPIA facts sheet printed (PDF)"),
        C.EXPORT,
        details=("language",),
    ),
)

ITEM_PEOPLE_KINDS: tuple[KindInfo, ...] = (
    KindInfo(
        "meeting.guest_acknowledged",
        QT_TRANSLATE_NOOP("AuditKind", "Guest at an item acknowledged the secrecy duty"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.participation_refused",
        QT_TRANSLATE_NOOP("AuditKind", "Partner refused to take part in an item"),
        C.CHANGE,
    ),
    KindInfo(
        "meeting.partner_represented",
        QT_TRANSLATE_NOOP("AuditKind", "Partner represented by a supervisor at an item"),
        C.CHANGE,
    ),
)

PRIVACY_ENTITY_LABELS = {
    "subject_request": QT_TRANSLATE_NOOP("AuditRecord", "Data-subject request"),
    "subject_requests": QT_TRANSLATE_NOOP("AuditRecord", "Register of data-subject requests"),
    "records_of_processing": QT_TRANSLATE_NOOP("AuditRecord", "Records of processing"),
    "item_guest": QT_TRANSLATE_NOOP("AuditRecord", "Guest at an item"),
    "item_stance": QT_TRANSLATE_NOOP("AuditRecord", "Refusal or representation at an item"),
}
