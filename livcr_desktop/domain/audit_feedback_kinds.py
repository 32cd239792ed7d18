"""The journal kinds of feedback forms to the LTF, referrals and the register of what flowed,
with their labels."""

from __future__ import annotations

from collections.abc import Mapping

from livcr_desktop.domain.audit_types import AuditCategory, DetailValue, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Translate

C = AuditCategory

_PASSAGES = QT_TRANSLATE_NOOP("AuditDetail", "{passages} overlapping passages")


def _passages(details: Mapping[str, DetailValue], translate: Translate) -> str:
    return _PASSAGES.render(translate, passages=details.get("passages", "?"))


FEEDBACK_KINDS: tuple[KindInfo, ...] = (
    KindInfo(
        "feedback_form.created", QT_TRANSLATE_NOOP("AuditKind", "Feedback form drafted"), C.CHANGE
    ),
    KindInfo(
        "feedback_form.updated", QT_TRANSLATE_NOOP("AuditKind", "Feedback form changed"), C.CHANGE
    ),
    KindInfo(
        "feedback_form.decision_added",
        QT_TRANSLATE_NOOP("AuditKind", "Decision added to a feedback form"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_form.decision_removed",
        QT_TRANSLATE_NOOP("AuditKind", "Corrected decision taken out of a feedback form"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_item.added",
        QT_TRANSLATE_NOOP("AuditKind", "Item added to a feedback form"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_item.changed",
        QT_TRANSLATE_NOOP("AuditKind", "Item of a feedback form changed"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_item.removed",
        QT_TRANSLATE_NOOP("AuditKind", "Item removed from a feedback form"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_item.secrecy_confirmed",
        QT_TRANSLATE_NOOP("AuditKind", "Overlap confirmed as not covered by professional secrecy"),
        C.CHANGE,
        details=("passages",),
        describe=_passages,
    ),
    KindInfo(
        "feedback_form.guard_stopped",
        QT_TRANSLATE_NOOP("AuditKind", "Secrecy guard stopped an item"),
        C.REFUSED,
        details=("passages",),
        describe=_passages,
    ),
    KindInfo(
        "feedback_form.approved",
        QT_TRANSLATE_NOOP("AuditKind", "Feedback form approved and frozen"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_form.replaced",
        QT_TRANSLATE_NOOP("AuditKind", "Feedback form replaced by a newer version"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_form.withdrawn",
        QT_TRANSLATE_NOOP("AuditKind", "Feedback form withdrawn"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_form.transmitted",
        QT_TRANSLATE_NOOP("AuditKind", "Feedback form handed to the LTF"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_form.acknowledged",
        QT_TRANSLATE_NOOP("AuditKind", "Answer of the LTF recorded"),
        C.CHANGE,
    ),
    KindInfo(
        "feedback_form.refused",
        QT_TRANSLATE_NOOP("AuditKind", "Action on a feedback form refused"),
        C.REFUSED,
    ),
    KindInfo(
        "referral.created", QT_TRANSLATE_NOOP("AuditKind", "Case referred to the LTF"), C.CHANGE
    ),
    KindInfo(
        "access.feedback_form_opened",
        QT_TRANSLATE_NOOP("AuditKind", "Feedback form opened"),
        C.ACCESS,
    ),
    KindInfo(
        "access.flow_register_opened",
        QT_TRANSLATE_NOOP("AuditKind", "Register of what flowed to the LTF opened"),
        C.ACCESS,
    ),
    KindInfo(
        "export.feedback_form_pdf",
        QT_TRANSLATE_NOOP("AuditKind", "Feedback form printed (PDF)"),
        C.EXPORT,
    ),
    KindInfo(
        "export.flow_register_csv",
        QT_TRANSLATE_NOOP("AuditKind", "Register of what flowed exported (CSV)"),
        C.EXPORT,
        details=("rows",),
        describe=lambda details, translate: QT_TRANSLATE_NOOP("AuditDetail", "Rows: {rows}").render(
            translate, rows=details.get("rows", "?")
        ),
    ),
)

FEEDBACK_ENTITY_LABELS = {
    "feedback_form": QT_TRANSLATE_NOOP("AuditRecord", "Feedback form"),
    "feedback_item": QT_TRANSLATE_NOOP("AuditRecord", "Item of a feedback form"),
    "referral": QT_TRANSLATE_NOOP("AuditRecord", "Referral to the LTF"),
    "flow_register": QT_TRANSLATE_NOOP("AuditRecord", "Register of what flowed to the LTF"),
}
