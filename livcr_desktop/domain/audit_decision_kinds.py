"""The journal kinds of decisions and chairs' signing keys, with their labels."""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory

DECISION_KINDS: tuple[KindInfo, ...] = (
    KindInfo("decision.proposed", QT_TRANSLATE_NOOP("AuditKind", "Proposal put"), C.CHANGE),
    KindInfo("decision.reworded", QT_TRANSLATE_NOOP("AuditKind", "Proposal reworded"), C.CHANGE),
    KindInfo(
        "decision.rewording_linked",
        QT_TRANSLATE_NOOP("AuditKind", "New wording linked to the old"),
        C.CHANGE,
    ),
    KindInfo("decision.withdrawn", QT_TRANSLATE_NOOP("AuditKind", "Proposal withdrawn"), C.CHANGE),
    KindInfo(
        "decision.position_recorded",
        QT_TRANSLATE_NOOP("AuditKind", "Position recorded"),
        C.CHANGE,
    ),
    KindInfo(
        "decision.position_changed", QT_TRANSLATE_NOOP("AuditKind", "Position changed"), C.CHANGE
    ),
    KindInfo("decision.signed", QT_TRANSLATE_NOOP("AuditKind", "Decision signed"), C.CHANGE),
    KindInfo(
        "decision.refused",
        QT_TRANSLATE_NOOP("AuditKind", "Action on a decision refused"),
        C.REFUSED,
    ),
    KindInfo(
        "decision.signing_passphrase_wrong",
        QT_TRANSLATE_NOOP("AuditKind", "Wrong passphrase when signing"),
        C.FAILED_SIGN_IN,
    ),
    KindInfo("signing_key.created", QT_TRANSLATE_NOOP("AuditKind", "Signing key made"), C.CHANGE),
    KindInfo(
        "signing_key.rewrapped",
        QT_TRANSLATE_NOOP("AuditKind", "Signing key moved to the new passphrase"),
        C.CHANGE,
    ),
    KindInfo(
        "signing_key.retired",
        QT_TRANSLATE_NOOP("AuditKind", "Signing key retired"),
        C.CHANGE,
    ),
)

DECISION_ENTITY_LABELS = {
    "decision": QT_TRANSLATE_NOOP("AuditRecord", "Decision"),
    "decision_position": QT_TRANSLATE_NOOP("AuditRecord", "Position on a proposal"),
    "signing_key": QT_TRANSLATE_NOOP("AuditRecord", "Signing key"),
}
