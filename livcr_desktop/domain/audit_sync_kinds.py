"""The journal kinds of the sync hub (connecting, inviting, approving and revoking laptops).

They name devices by their random ids, never by a person's name; the member concerned is the
record they are journaled on.
"""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory

SYNC_KINDS: tuple[KindInfo, ...] = (
    KindInfo(
        "sync.hub_connected",
        QT_TRANSLATE_NOOP("AuditKind", "LIVC-R connected to a sync hub"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.bundles_linked",
        QT_TRANSLATE_NOOP("AuditKind", "LIVC-R set up for bundles without a hub"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.invitation_made",
        QT_TRANSLATE_NOOP("AuditKind", "Invitation made for a member's laptop"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.device_approved",
        QT_TRANSLATE_NOOP("AuditKind", "Member's laptop approved"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.device_revoked",
        QT_TRANSLATE_NOOP("AuditKind", "Laptop revoked"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.bundle_exported",
        QT_TRANSLATE_NOOP("AuditKind", "Bundle of changes exported for a member's laptop"),
        C.EXPORT,
    ),
    KindInfo(
        "sync.bundle_imported",
        QT_TRANSLATE_NOOP("AuditKind", "Bundle of changes imported from a laptop"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.bundle_keys_written",
        QT_TRANSLATE_NOOP("AuditKind", "Laptop's bundle keys written for IT"),
        C.EXPORT,
    ),
    KindInfo(
        "sync.hub_access_given",
        QT_TRANSLATE_NOOP("AuditKind", "Hub login given to a laptop approved by file"),
        C.EXPORT,
    ),
    KindInfo(
        "sync.hub_access_taken",
        QT_TRANSLATE_NOOP("AuditKind", "Laptop that lived on bundles connected to the hub"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.hub_access_renewed",
        QT_TRANSLATE_NOOP(
            "AuditKind", "Hub access of a laptop written again (new password, old one ended)"
        ),
        C.EXPORT,
    ),
    KindInfo(
        "sync.hub_access_renewal_taken",
        QT_TRANSLATE_NOOP("AuditKind", "Renewed hub access taken by this laptop"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.conflict_resolved",
        QT_TRANSLATE_NOOP("AuditKind", "Sync conflict resolved by keeping one value"),
        C.CHANGE,
    ),
    KindInfo(
        "sync.case_withdrawn",
        QT_TRANSLATE_NOOP("AuditKind", "Case withdrawn from a member's laptop"),
        C.CHANGE,
    ),
    KindInfo(
        "account.slot_retired",
        QT_TRANSLATE_NOOP(
            "AuditKind", "Key slot retired (the laptop holds more than the role opens)"
        ),
        C.CHANGE,
    ),
)
