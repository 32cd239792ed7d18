"""The audit trail's vocabulary: what each kind of journal operation is called and which
category it falls in, and which few details of an operation may be shown.

The journal stores kinds as short codes ("auth.signed_in", "municipality.added"). The audit
viewer shows the data-protection officer a translated label and a category instead. Later parts
of the app (cases, meetings, decisions, feedback forms, backups) add their kinds to `KINDS`; a
test fails when code writes a kind that has no label here. Kinds written by a newer version, or
not yet listed, still get a category from the prefix rules and show their raw code as label.

Payloads can hold personal data and case content. The viewer never shows them: only the keys
listed in a kind's `details` leave the service, and only for kinds whose payload is known to be
free of personal data (a count of failed sign-ins, the resource a refused action aimed at).
"""

from __future__ import annotations

from collections.abc import Mapping
from fnmatch import fnmatchcase
from typing import TypeGuard

from livcr_desktop.domain.audit_decision_kinds import DECISION_ENTITY_LABELS, DECISION_KINDS
from livcr_desktop.domain.audit_feedback_kinds import FEEDBACK_ENTITY_LABELS, FEEDBACK_KINDS
from livcr_desktop.domain.audit_handover_kinds import HANDOVER_ENTITY_LABELS, HANDOVER_KINDS
from livcr_desktop.domain.audit_kinds import MORE_ENTITY_LABELS, MORE_KINDS
from livcr_desktop.domain.audit_meeting_kinds import MEETING_ENTITY_LABELS, MEETING_KINDS
from livcr_desktop.domain.audit_privacy_kinds import (
    ITEM_PEOPLE_KINDS,
    PRIVACY_ENTITY_LABELS,
    PRIVACY_KINDS,
)
from livcr_desktop.domain.audit_retention_kinds import RETENTION_ENTITY_LABELS, RETENTION_KINDS
from livcr_desktop.domain.audit_strategic_kinds import STRATEGIC_ENTITY_LABELS, STRATEGIC_KINDS
from livcr_desktop.domain.audit_sync_kinds import SYNC_KINDS
from livcr_desktop.domain.audit_trajectory_kinds import TRAJECTORY_ENTITY_LABELS, TRAJECTORY_KINDS
from livcr_desktop.domain.audit_types import AuditCategory, DetailFormatter, DetailValue, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text, Translate, identity_translate


def _template(text: Text) -> DetailFormatter:
    def describe(details: Mapping[str, DetailValue], translate: Translate) -> str:
        return text.render(translate, **details)

    return describe


# -- labels of the values that details carry --------------------------------------------------

SIGN_IN_METHODS = {
    "passphrase": QT_TRANSLATE_NOOP("AuditDetail", "with a passphrase"),
    "remembered": QT_TRANSLATE_NOOP("AuditDetail", "remembered on this device"),
    "recovery_key": QT_TRANSLATE_NOOP("AuditDetail", "with the recovery key"),
    "setup": QT_TRANSLATE_NOOP("AuditDetail", "at set-up"),
}

RESOURCE_LABELS = {
    "livcr_profile": QT_TRANSLATE_NOOP("AuditResource", "LIVC-R profile"),
    "member_register": QT_TRANSLATE_NOOP("AuditResource", "member register"),
    "account": QT_TRANSLATE_NOOP("AuditResource", "accounts"),
    "audit_trail": QT_TRANSLATE_NOOP("AuditResource", "audit trail"),
    "backup": QT_TRANSLATE_NOOP("AuditResource", "backups"),
    "signal": QT_TRANSLATE_NOOP("AuditResource", "signals"),
    "case": QT_TRANSLATE_NOOP("AuditResource", "cases"),
    "case_note": QT_TRANSLATE_NOOP("AuditResource", "case notes"),
    "meeting": QT_TRANSLATE_NOOP("AuditResource", "meetings"),
    "strategic_meeting": QT_TRANSLATE_NOOP("AuditResource", "strategic meetings"),
    "minutes": QT_TRANSLATE_NOOP("AuditResource", "minutes"),
    "decision": QT_TRANSLATE_NOOP("AuditResource", "decisions"),
    "trajectory": QT_TRANSLATE_NOOP("AuditResource", "guidance trajectories"),
    "trajectory_update": QT_TRANSLATE_NOOP("AuditResource", "trajectory updates"),
    "evaluation": QT_TRANSLATE_NOOP("AuditResource", "evaluations"),
    "feedback_form": QT_TRANSLATE_NOOP("AuditResource", "feedback forms"),
    "flow_register": QT_TRANSLATE_NOOP("AuditResource", "register of what flowed to the LTF"),
    "strategic_figures": QT_TRANSLATE_NOOP("AuditResource", "strategic figures"),
    "retention": QT_TRANSLATE_NOOP("AuditResource", "retention of data"),
    "handover": QT_TRANSLATE_NOOP("AuditResource", "hand-overs to other LIVC-Rs"),
}
"""Names of the permission resources (domain/permissions.Resource values) a refusal names."""

ACTION_LABELS = {
    "view": QT_TRANSLATE_NOOP("AuditAction", "view"),
    "create": QT_TRANSLATE_NOOP("AuditAction", "create"),
    "edit": QT_TRANSLATE_NOOP("AuditAction", "edit"),
    "export": QT_TRANSLATE_NOOP("AuditAction", "export"),
    "sign": QT_TRANSLATE_NOOP("AuditAction", "sign"),
    "approve": QT_TRANSLATE_NOOP("AuditAction", "approve"),
    "transmit": QT_TRANSLATE_NOOP("AuditAction", "transmit"),
    "verify": QT_TRANSLATE_NOOP("AuditAction", "verify"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "restore"),
}
"""Names of the permission actions (domain/permissions.Action values) a refusal names."""


def _label_of(labels: Mapping[str, Text], value: DetailValue, translate: Translate) -> str:
    found = labels.get(str(value))
    return found.render(translate) if found is not None else str(value)


def _sign_in(details: Mapping[str, DetailValue], translate: Translate) -> str:
    return _label_of(SIGN_IN_METHODS, details.get("method", ""), translate)


_REFUSED = QT_TRANSLATE_NOOP("AuditDetail", "{resource} – {action}")


def _refused(details: Mapping[str, DetailValue], translate: Translate) -> str:
    return _REFUSED.render(
        translate,
        resource=_label_of(RESOURCE_LABELS, details.get("resource", ""), translate),
        action=_label_of(ACTION_LABELS, details.get("action", ""), translate),
    )


_VERIFIED_HEALTHY = QT_TRANSLATE_NOOP("AuditDetail", "intact, {operations} operations")
_VERIFIED_BROKEN = QT_TRANSLATE_NOOP("AuditDetail", "damage found, {operations} operations")


def _verified(details: Mapping[str, DetailValue], translate: Translate) -> str:
    text = _VERIFIED_HEALTHY if details.get("healthy") is True else _VERIFIED_BROKEN
    return text.render(translate, operations=details.get("operations", "?"))


def _kinds(*infos: KindInfo) -> dict[str, KindInfo]:
    return {info.kind: info for info in infos}


MAX_COUNT = 1_000_000_000
"""Counts in details stay below this (a 9-digit number cannot be a national register number)."""

DETAIL_CODES: dict[str, frozenset[str]] = {
    "method": frozenset(SIGN_IN_METHODS),
    "resource": frozenset(RESOURCE_LABELS),
    "action": frozenset(ACTION_LABELS),
}
"""The only texts a detail may hold, per key."""

# Every label is a literal inside QT_TRANSLATE_NOOP, so lupdate collects it.
KINDS: dict[str, KindInfo] = _kinds(
    # the LIVC-R's own records
    KindInfo(
        "livcr.created", QT_TRANSLATE_NOOP("AuditKind", "LIVC-R set up"), AuditCategory.CHANGE
    ),
    KindInfo(
        "livcr.updated",
        QT_TRANSLATE_NOOP("AuditKind", "LIVC-R profile changed"),
        AuditCategory.CHANGE,
    ),
    KindInfo(
        "municipality.added",
        QT_TRANSLATE_NOOP("AuditKind", "Municipality added"),
        AuditCategory.CHANGE,
    ),
    KindInfo(
        "municipality.updated",
        QT_TRANSLATE_NOOP("AuditKind", "Municipality changed"),
        AuditCategory.CHANGE,
    ),
    KindInfo(
        "municipality.retired",
        QT_TRANSLATE_NOOP("AuditKind", "Municipality retired"),
        AuditCategory.CHANGE,
    ),
    KindInfo(
        "organisation.added",
        QT_TRANSLATE_NOOP("AuditKind", "Organisation added"),
        AuditCategory.CHANGE,
    ),
    KindInfo("member.added", QT_TRANSLATE_NOOP("AuditKind", "Member added"), AuditCategory.CHANGE),
    KindInfo(
        "account.created", QT_TRANSLATE_NOOP("AuditKind", "Account created"), AuditCategory.CHANGE
    ),
    KindInfo("role.granted", QT_TRANSLATE_NOOP("AuditKind", "Role granted"), AuditCategory.CHANGE),
    # keys and accounts
    KindInfo(
        "account.passphrase_reset_by_recovery",
        QT_TRANSLATE_NOOP("AuditKind", "Passphrase reset with the recovery key"),
        AuditCategory.CHANGE,
    ),
    KindInfo(
        "account.remembered_on_device",
        QT_TRANSLATE_NOOP("AuditKind", "Sign-in remembered on a device"),
        AuditCategory.CHANGE,
    ),
    KindInfo(
        "account.forgotten_on_device",
        QT_TRANSLATE_NOOP("AuditKind", "Remembered sign-in removed from a device"),
        AuditCategory.CHANGE,
    ),
    KindInfo(
        "recovery_key.renewed",
        QT_TRANSLATE_NOOP("AuditKind", "Recovery key replaced"),
        AuditCategory.CHANGE,
    ),
    # signing in
    KindInfo(
        "auth.signed_in",
        QT_TRANSLATE_NOOP("AuditKind", "Signed in"),
        AuditCategory.SIGN_IN,
        details=("method",),
        describe=_sign_in,
    ),
    KindInfo(
        "auth.failed_attempts",
        QT_TRANSLATE_NOOP("AuditKind", "Wrong passphrases"),
        AuditCategory.FAILED_SIGN_IN,
        details=("failures",),
        describe=_template(
            QT_TRANSLATE_NOOP("AuditDetail", "{failures} wrong passphrases before signing in")
        ),
    ),
    # access, refusals, exports, verification
    KindInfo(
        "access.denied",
        QT_TRANSLATE_NOOP("AuditKind", "Action refused"),
        AuditCategory.REFUSED,
        details=("resource", "action"),
        describe=_refused,
    ),
    KindInfo(
        "access.audit_opened",
        QT_TRANSLATE_NOOP("AuditKind", "Audit trail opened"),
        AuditCategory.ACCESS,
    ),
    KindInfo(
        "audit.verified",
        QT_TRANSLATE_NOOP("AuditKind", "Database and journal verified"),
        AuditCategory.VERIFICATION,
        details=("healthy", "operations"),
        describe=_verified,
    ),
    KindInfo(
        "export.recovery_sheet",
        QT_TRANSLATE_NOOP("AuditKind", "Recovery sheet printed"),
        AuditCategory.EXPORT,
    ),
    KindInfo(
        "export.audit_csv",
        QT_TRANSLATE_NOOP("AuditKind", "Audit trail exported (CSV)"),
        AuditCategory.EXPORT,
        details=("rows",),
        describe=_template(QT_TRANSLATE_NOOP("AuditDetail", "Rows: {rows}")),
    ),
    *MORE_KINDS,
    *MEETING_KINDS,
    *DECISION_KINDS,
    *FEEDBACK_KINDS,
    *TRAJECTORY_KINDS,
    *STRATEGIC_KINDS,
    *SYNC_KINDS,
    *HANDOVER_KINDS,
    *RETENTION_KINDS,
    *PRIVACY_KINDS,
    *ITEM_PEOPLE_KINDS,
)
"""Every kind the app writes. Add new kinds here (or in audit_kinds.py), with their label."""

CATEGORY_RULES: tuple[tuple[str, AuditCategory], ...] = (
    ("auth.failed*", AuditCategory.FAILED_SIGN_IN),
    ("auth.*", AuditCategory.SIGN_IN),
    ("access.denied*", AuditCategory.REFUSED),
    ("access.*", AuditCategory.ACCESS),
    ("export.*", AuditCategory.EXPORT),
    ("backup.*", AuditCategory.BACKUP),
    ("restore.*", AuditCategory.BACKUP),
    ("audit.verif*", AuditCategory.VERIFICATION),
    ("*.added", AuditCategory.CHANGE),
    ("*.created", AuditCategory.CHANGE),
    ("*.updated", AuditCategory.CHANGE),
    ("*.changed", AuditCategory.CHANGE),
    ("*.retired", AuditCategory.CHANGE),
    ("*.ended", AuditCategory.CHANGE),
    ("*.granted", AuditCategory.CHANGE),
    ("*.deleted", AuditCategory.CHANGE),
    ("case.*", AuditCategory.CHANGE),
    ("signal.*", AuditCategory.CHANGE),
    ("meeting.*", AuditCategory.CHANGE),
    ("decision.*", AuditCategory.CHANGE),
    ("trajectory.*", AuditCategory.CHANGE),
    ("evaluation.*", AuditCategory.CHANGE),
    ("feedback_form.*", AuditCategory.CHANGE),
)
"""Categories of kinds that `KINDS` does not list, first matching pattern wins."""


def kind_info(kind: str) -> KindInfo:
    """What the viewer knows about a kind: listed, or categorised by the rules (no label)."""
    info = KINDS.get(kind)
    if info is not None:
        return info
    for pattern, category in CATEGORY_RULES:
        if fnmatchcase(kind, pattern):
            return KindInfo(kind, None, category)
    return KindInfo(kind, None, AuditCategory.OTHER)


def category_of(kind: str) -> AuditCategory:
    """The category an operation of this kind is filtered under."""
    return kind_info(kind).category


def kind_label(kind: str, translate: Translate = identity_translate) -> str:
    """The kind in the reader's language; an unknown kind is shown as its raw code."""
    label = kind_info(kind).label
    return label.render(translate) if label is not None else kind


def allowed_details(kind: str, payload: Mapping[str, object]) -> dict[str, DetailValue]:
    """The payload values that may be shown for this kind: listed keys with known values only.

    A text value must be one of the codes this module has a label for (a sign-in method, a
    resource, an action), a number must be a plausible count, so not even a stray name or a
    national register number written into a listed key can reach the viewer or an export.
    """
    info = KINDS.get(kind)
    if info is None:
        return {}
    shown: dict[str, DetailValue] = {}
    for key in info.details:
        value = payload.get(key)
        if _plain_detail(value, key):
            shown[key] = value
    return shown


def _plain_detail(value: object, key: str) -> TypeGuard[DetailValue]:
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return 0 <= value < MAX_COUNT
    return isinstance(value, str) and value in DETAIL_CODES.get(key, ())


def describe_details(
    kind: str, details: Mapping[str, DetailValue], translate: Translate = identity_translate
) -> str:
    """The allowed details as a short text (empty when the kind shows none)."""
    info = KINDS.get(kind)
    if info is None or info.describe is None or not details:
        return ""
    try:
        return info.describe(details, translate)
    except (KeyError, IndexError, ValueError):  # a detail missing from an older operation
        return ""


ENTITY_LABELS = {
    "livcr_profile": QT_TRANSLATE_NOOP("AuditRecord", "LIVC-R profile"),
    "municipality": QT_TRANSLATE_NOOP("AuditRecord", "Municipality"),
    "organisation": QT_TRANSLATE_NOOP("AuditRecord", "Organisation"),
    "member": QT_TRANSLATE_NOOP("AuditRecord", "Member"),
    "account": QT_TRANSLATE_NOOP("AuditRecord", "Account"),
    "role_assignment": QT_TRANSLATE_NOOP("AuditRecord", "Role"),
    "keyslots": QT_TRANSLATE_NOOP("AuditRecord", "Keys of the data folder"),
    "journal": QT_TRANSLATE_NOOP("AuditRecord", "Journal"),
    "audit_trail": QT_TRANSLATE_NOOP("AuditRecord", "Audit trail"),
    **MORE_ENTITY_LABELS,
    **MEETING_ENTITY_LABELS,
    **DECISION_ENTITY_LABELS,
    **FEEDBACK_ENTITY_LABELS,
    **TRAJECTORY_ENTITY_LABELS,
    **STRATEGIC_ENTITY_LABELS,
    **RETENTION_ENTITY_LABELS,
    **PRIVACY_ENTITY_LABELS,
    **HANDOVER_ENTITY_LABELS,
}
"""Names of the record types (journal `entity` values); unknown ones show their raw code."""


def entity_label(entity: str, translate: Translate = identity_translate) -> str:
    """A record type in the reader's language, or its raw code when unknown."""
    label = ENTITY_LABELS.get(entity)
    return label.render(translate) if label is not None else entity


__all__ = [
    "ACTION_LABELS",
    "CATEGORY_RULES",
    "DETAIL_CODES",
    "ENTITY_LABELS",
    "KINDS",
    "MAX_COUNT",
    "RESOURCE_LABELS",
    "SIGN_IN_METHODS",
    "AuditCategory",
    "DetailFormatter",
    "DetailValue",
    "KindInfo",
    "allowed_details",
    "category_of",
    "describe_details",
    "entity_label",
    "kind_info",
    "kind_label",
]
