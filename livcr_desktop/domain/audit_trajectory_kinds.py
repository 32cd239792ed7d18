"""The journal kinds of guidance trajectories, evaluations and life domains, with their labels.

None of them shows payload details in the audit trail: goals, updates and evaluations are case
content, and a refusal says only that something was refused.
"""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory

TRAJECTORY_KINDS: tuple[KindInfo, ...] = (
    KindInfo(
        "trajectory.started",
        QT_TRANSLATE_NOOP("AuditKind", "Guidance trajectory started"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.lead_changed",
        QT_TRANSLATE_NOOP("AuditKind", "Lead partner of a trajectory changed"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.case_manager_set",
        QT_TRANSLATE_NOOP("AuditKind", "Case manager of a trajectory set"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.engagement_recorded",
        QT_TRANSLATE_NOOP("AuditKind", "Engagement in a trajectory recorded"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.interval_set",
        QT_TRANSLATE_NOOP("AuditKind", "Evaluation interval set"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.evaluation_due_set",
        QT_TRANSLATE_NOOP("AuditKind", "Next evaluation date set"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.partner_added",
        QT_TRANSLATE_NOOP("AuditKind", "Contributing partner added"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.partner_ended",
        QT_TRANSLATE_NOOP("AuditKind", "Contributing partner ended"),
        C.CHANGE,
    ),
    KindInfo("trajectory.goal_added", QT_TRANSLATE_NOOP("AuditKind", "Goal added"), C.CHANGE),
    KindInfo("trajectory.goal_changed", QT_TRANSLATE_NOOP("AuditKind", "Goal changed"), C.CHANGE),
    KindInfo(
        "trajectory.action_added",
        QT_TRANSLATE_NOOP("AuditKind", "Trajectory action added"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.action_changed",
        QT_TRANSLATE_NOOP("AuditKind", "Trajectory action changed"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.update_logged",
        QT_TRANSLATE_NOOP("AuditKind", "Trajectory update logged"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.update_corrected",
        QT_TRANSLATE_NOOP("AuditKind", "Trajectory update corrected by a new one"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.evaluation_recorded",
        QT_TRANSLATE_NOOP("AuditKind", "Evaluation recorded"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.evaluation_decided",
        QT_TRANSLATE_NOOP("AuditKind", "Table decided on an evaluation"),
        C.CHANGE,
    ),
    KindInfo(
        "trajectory.closed", QT_TRANSLATE_NOOP("AuditKind", "Guidance trajectory closed"), C.CHANGE
    ),
    KindInfo(
        "trajectory.refused",
        QT_TRANSLATE_NOOP("AuditKind", "Action on a trajectory refused"),
        C.REFUSED,
    ),
    KindInfo(
        "access.trajectory_opened",
        QT_TRANSLATE_NOOP("AuditKind", "Guidance trajectory opened"),
        C.ACCESS,
    ),
    KindInfo(
        "export.trajectory_summary_pdf",
        QT_TRANSLATE_NOOP("AuditKind", "Trajectory summary exported (PDF)"),
        C.EXPORT,
    ),
    KindInfo("life_domain.added", QT_TRANSLATE_NOOP("AuditKind", "Life domain added"), C.CHANGE),
    KindInfo(
        "life_domain.renamed", QT_TRANSLATE_NOOP("AuditKind", "Life domain renamed"), C.CHANGE
    ),
    KindInfo(
        "life_domain.retired", QT_TRANSLATE_NOOP("AuditKind", "Life domain retired"), C.CHANGE
    ),
    KindInfo(
        "life_domain.restored",
        QT_TRANSLATE_NOOP("AuditKind", "Life domain taken back into use"),
        C.CHANGE,
    ),
    KindInfo(
        "life_domain.moved", QT_TRANSLATE_NOOP("AuditKind", "Life domains reordered"), C.CHANGE
    ),
)

TRAJECTORY_ENTITY_LABELS = {
    "trajectory": QT_TRANSLATE_NOOP("AuditRecord", "Guidance trajectory"),
    "trajectory_partner": QT_TRANSLATE_NOOP("AuditRecord", "Contributing partner"),
    "trajectory_goal": QT_TRANSLATE_NOOP("AuditRecord", "Trajectory goal"),
    "trajectory_action": QT_TRANSLATE_NOOP("AuditRecord", "Trajectory action"),
    "trajectory_update": QT_TRANSLATE_NOOP("AuditRecord", "Trajectory update"),
    "trajectory_evaluation": QT_TRANSLATE_NOOP("AuditRecord", "Evaluation"),
    "life_domain": QT_TRANSLATE_NOOP("AuditRecord", "Life domain"),
}
