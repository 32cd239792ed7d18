"""The journal kinds of the strategic table's yearly report, with their labels.

The texts are the strategic table's own prose about the LIVC-R's work (no case content), but the
audit trail shows none of it: only that they were written, and for an export its language.
"""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory

STRATEGIC_KINDS: tuple[KindInfo, ...] = (
    KindInfo(
        "strategic_year.texts_written",
        QT_TRANSLATE_NOOP("AuditKind", "Texts of the strategic table written"),
        C.CHANGE,
    ),
    KindInfo(
        "strategic_year.texts_changed",
        QT_TRANSLATE_NOOP("AuditKind", "Texts of the strategic table changed"),
        C.CHANGE,
    ),
    KindInfo(
        "strategic_year.report_approved",
        QT_TRANSLATE_NOOP("AuditKind", "Yearly report approved and frozen"),
        C.CHANGE,
    ),
    KindInfo(
        "export.yearly_report_pdf",
        QT_TRANSLATE_NOOP("AuditKind", "Yearly report exported (PDF)"),
        C.EXPORT,
        details=("language", "approved"),
    ),
)

STRATEGIC_ENTITY_LABELS = {
    "strategic_year": QT_TRANSLATE_NOOP("AuditRecord", "Yearly report of the strategic table"),
}
