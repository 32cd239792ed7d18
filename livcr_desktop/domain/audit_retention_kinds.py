"""The journal kinds of the house rules and of retention, with their labels."""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory

RETENTION_KINDS: tuple[KindInfo, ...] = (
    KindInfo(
        "house_rules.draft_created",
        QT_TRANSLATE_NOOP("AuditKind", "Draft of the house rules started"),
        C.CHANGE,
    ),
    KindInfo(
        "house_rules.draft_updated",
        QT_TRANSLATE_NOOP("AuditKind", "Draft of the house rules changed"),
        C.CHANGE,
    ),
    KindInfo(
        "house_rules.adopted",
        QT_TRANSLATE_NOOP("AuditKind", "House rules adopted by the strategic table"),
        C.CHANGE,
    ),
    KindInfo(
        "export.house_rules_pdf",
        QT_TRANSLATE_NOOP("AuditKind", "House rules printed (PDF)"),
        C.EXPORT,
    ),
    KindInfo(
        "access.retention_list_opened",
        QT_TRANSLATE_NOOP("AuditKind", "List of cases that reached their retention term opened"),
        C.ACCESS,
    ),
    KindInfo(
        "retention.erasure_proposed",
        QT_TRANSLATE_NOOP("AuditKind", "Erasure proposed to the operational table"),
        C.CHANGE,
    ),
    KindInfo(
        "retention.erasure_confirmed",
        QT_TRANSLATE_NOOP("AuditKind", "Erasure confirmed by the data-protection officer"),
        C.CHANGE,
    ),
    KindInfo(
        "retention.case_erased",
        QT_TRANSLATE_NOOP("AuditKind", "Case erased after its retention term"),
        C.CHANGE,
    ),
    KindInfo(
        "access.erasure_register_opened",
        QT_TRANSLATE_NOOP("AuditKind", "Erasure register opened"),
        C.ACCESS,
    ),
)

RETENTION_ENTITY_LABELS = {
    "house_rules_version": QT_TRANSLATE_NOOP("AuditRecord", "House rules"),
    "retention_list": QT_TRANSLATE_NOOP("AuditRecord", "Cases that reached their retention term"),
    "retention_proposal": QT_TRANSLATE_NOOP("AuditRecord", "Proposed erasure"),
    "case_erasure": QT_TRANSLATE_NOOP("AuditRecord", "Erasure register"),
    "erasure_confirmation": QT_TRANSLATE_NOOP("AuditRecord", "Confirmation of an erasure"),
}
