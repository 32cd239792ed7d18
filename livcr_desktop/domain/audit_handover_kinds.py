"""The journal kinds of hand-overs to other LIVC-Rs and of the LIVC-Rs registered by their key,
with their labels."""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory

HANDOVER_KINDS: tuple[KindInfo, ...] = (
    KindInfo(
        "handover.own_key_exported",
        QT_TRANSLATE_NOOP("AuditKind", "LIVC-R's public hand-over key exported"),
        C.EXPORT,
    ),
    KindInfo(
        "handover.own_identity_written",
        QT_TRANSLATE_NOOP("AuditKind", "LIVC-R's secret hand-over key written for IT"),
        C.EXPORT,
    ),
    KindInfo(
        "handover.own_key_rotated",
        QT_TRANSLATE_NOOP("AuditKind", "LIVC-R's hand-over key changed"),
        C.CHANGE,
    ),
    KindInfo(
        "handover.own_key_retired",
        QT_TRANSLATE_NOOP("AuditKind", "Previous hand-over key of the LIVC-R retired"),
        C.CHANGE,
    ),
    KindInfo(
        "handover.livcr_key_changed",
        QT_TRANSLATE_NOOP("AuditKind", "New key of a registered LIVC-R accepted"),
        C.CHANGE,
    ),
    KindInfo(
        "handover.key_change_refused",
        QT_TRANSLATE_NOOP("AuditKind", "Key change of another LIVC-R refused"),
        C.REFUSED,
    ),
    KindInfo(
        "handover.livcr_registered",
        QT_TRANSLATE_NOOP("AuditKind", "Another LIVC-R registered by its key"),
        C.CHANGE,
    ),
    KindInfo(
        "handover.livcr_withdrawn",
        QT_TRANSLATE_NOOP("AuditKind", "Registered LIVC-R withdrawn"),
        C.CHANGE,
    ),
    KindInfo("handover.created", QT_TRANSLATE_NOOP("AuditKind", "Hand-over drafted"), C.CHANGE),
    KindInfo("handover.updated", QT_TRANSLATE_NOOP("AuditKind", "Hand-over changed"), C.CHANGE),
    KindInfo(
        "handover.text_kept", QT_TRANSLATE_NOOP("AuditKind", "Text of a hand-over kept"), C.CHANGE
    ),
    KindInfo(
        "handover.text_removed",
        QT_TRANSLATE_NOOP("AuditKind", "Text removed from a hand-over"),
        C.CHANGE,
    ),
    KindInfo(
        "handover.guard_stopped",
        QT_TRANSLATE_NOOP("AuditKind", "Secrecy guard stopped a text of a hand-over"),
        C.REFUSED,
    ),
    KindInfo("handover.withdrawn", QT_TRANSLATE_NOOP("AuditKind", "Hand-over withdrawn"), C.CHANGE),
    KindInfo(
        "handover.decided",
        QT_TRANSLATE_NOOP("AuditKind", "Hand-over decided by the table"),
        C.CHANGE,
    ),
    KindInfo(
        "handover.sent",
        QT_TRANSLATE_NOOP("AuditKind", "Transfer note and sealed hand-over made"),
        C.CHANGE,
    ),
    KindInfo(
        "export.handover_bundle",
        QT_TRANSLATE_NOOP("AuditKind", "Hand-over exported for another LIVC-R"),
        C.EXPORT,
    ),
    KindInfo(
        "handover.imported",
        QT_TRANSLATE_NOOP("AuditKind", "Hand-over from another LIVC-R imported"),
        C.CHANGE,
    ),
    KindInfo(
        "handover.import_refused",
        QT_TRANSLATE_NOOP("AuditKind", "Hand-over from another LIVC-R refused"),
        C.REFUSED,
    ),
    KindInfo(
        "handover.refused",
        QT_TRANSLATE_NOOP("AuditKind", "Action on a hand-over refused"),
        C.REFUSED,
    ),
    KindInfo(
        "access.handover_opened", QT_TRANSLATE_NOOP("AuditKind", "Hand-over opened"), C.ACCESS
    ),
    KindInfo(
        "access.transfer_note_opened",
        QT_TRANSLATE_NOOP("AuditKind", "Received transfer note opened"),
        C.ACCESS,
    ),
    KindInfo(
        "access.handover_register_opened",
        QT_TRANSLATE_NOOP("AuditKind", "Hand-overs of the register opened"),
        C.ACCESS,
    ),
)

HANDOVER_ENTITY_LABELS = {
    "handover": QT_TRANSLATE_NOOP("AuditRecord", "Hand-over"),
    "other_livcr": QT_TRANSLATE_NOOP("AuditRecord", "Other LIVC-R"),
    "handover_received": QT_TRANSLATE_NOOP("AuditRecord", "Hand-over received"),
}
