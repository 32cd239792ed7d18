"""The journal kinds of the member register, accounts, the lock, backups and cases.

Kept apart from audit.py so that each part of the app lists its own kinds in a short table;
none of these shows payload details in the audit trail (their payloads may hold case content).
"""

from __future__ import annotations

from livcr_desktop.domain.audit_types import AuditCategory, KindInfo
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

C = AuditCategory

MORE_KINDS: tuple[KindInfo, ...] = (
    # member register and accounts
    KindInfo(
        "organisation.updated", QT_TRANSLATE_NOOP("AuditKind", "Organisation changed"), C.CHANGE
    ),
    KindInfo("member.updated", QT_TRANSLATE_NOOP("AuditKind", "Member changed"), C.CHANGE),
    KindInfo(
        "member.deactivated",
        QT_TRANSLATE_NOOP("AuditKind", "Member removed from the register"),
        C.CHANGE,
    ),
    KindInfo("role.ended", QT_TRANSLATE_NOOP("AuditKind", "Role ended"), C.CHANGE),
    KindInfo("account.ended", QT_TRANSLATE_NOOP("AuditKind", "Account ended"), C.CHANGE),
    KindInfo(
        "account.passphrase_changed",
        QT_TRANSLATE_NOOP("AuditKind", "Own passphrase changed"),
        C.CHANGE,
    ),
    KindInfo(
        "account.passphrase_reset",
        QT_TRANSLATE_NOOP("AuditKind", "New initial passphrase given"),
        C.CHANGE,
    ),
    # sessions
    KindInfo(
        "auth.on_top_signed_in",
        QT_TRANSLATE_NOOP("AuditKind", "Signed in on top of another session"),
        C.SIGN_IN,
    ),
    KindInfo(
        "auth.on_top_signed_out",
        QT_TRANSLATE_NOOP("AuditKind", "Returned to the session below"),
        C.SIGN_IN,
    ),
    KindInfo("auth.locked", QT_TRANSLATE_NOOP("AuditKind", "Locked"), C.SIGN_IN),
    KindInfo("auth.unlocked", QT_TRANSLATE_NOOP("AuditKind", "Unlocked"), C.SIGN_IN),
    # backups
    KindInfo("backup.created", QT_TRANSLATE_NOOP("AuditKind", "Backup made"), C.BACKUP),
    KindInfo("backup.restored", QT_TRANSLATE_NOOP("AuditKind", "Backup restored"), C.BACKUP),
    KindInfo(
        "backup.restore_completed_after_interruption",
        QT_TRANSLATE_NOOP("AuditKind", "Interrupted restore completed at the next start"),
        C.BACKUP,
    ),
    KindInfo(
        "backup.restore_rolled_back_after_interruption",
        QT_TRANSLATE_NOOP("AuditKind", "Interrupted restore undone at the next start"),
        C.BACKUP,
    ),
    KindInfo(
        "backup.created_after_interruption",
        QT_TRANSLATE_NOOP("AuditKind", "Backup made, recorded after an interruption"),
        C.BACKUP,
    ),
    KindInfo("backup.interrupted", QT_TRANSLATE_NOOP("AuditKind", "Backup interrupted"), C.BACKUP),
    # signals and cases
    KindInfo("signal.registered", QT_TRANSLATE_NOOP("AuditKind", "Signal registered"), C.CHANGE),
    KindInfo("signal.screened", QT_TRANSLATE_NOOP("AuditKind", "Signal screened"), C.CHANGE),
    KindInfo(
        "person.recorded", QT_TRANSLATE_NOOP("AuditKind", "Person concerned recorded"), C.CHANGE
    ),
    KindInfo(
        "person.updated", QT_TRANSLATE_NOOP("AuditKind", "Person concerned changed"), C.CHANGE
    ),
    KindInfo("case.opened", QT_TRANSLATE_NOOP("AuditKind", "Case opened"), C.CHANGE),
    KindInfo(
        "case.numbered", QT_TRANSLATE_NOOP("AuditKind", "Case number of the year given"), C.CHANGE
    ),
    KindInfo(
        "case.status_changed", QT_TRANSLATE_NOOP("AuditKind", "Case status changed"), C.CHANGE
    ),
    KindInfo(
        "case.subject_updated", QT_TRANSLATE_NOOP("AuditKind", "Name on the case changed"), C.CHANGE
    ),
    KindInfo("case.follow_up_set", QT_TRANSLATE_NOOP("AuditKind", "Follow-up date set"), C.CHANGE),
    KindInfo(
        "case.municipality_changed",
        QT_TRANSLATE_NOOP("AuditKind", "Responsible municipality changed"),
        C.CHANGE,
    ),
    KindInfo(
        "case.ltf_status_recorded", QT_TRANSLATE_NOOP("AuditKind", "LTF status recorded"), C.CHANGE
    ),
    KindInfo(
        "case.participant_invited",
        QT_TRANSLATE_NOOP("AuditKind", "Member invited to a case"),
        C.CHANGE,
    ),
    KindInfo(
        "case.participant_removed",
        QT_TRANSLATE_NOOP("AuditKind", "Invitation to a case ended"),
        C.CHANGE,
    ),
    KindInfo(
        "case.link_added", QT_TRANSLATE_NOOP("AuditKind", "Link to another LIVC-R added"), C.CHANGE
    ),
    KindInfo(
        "case.link_ended", QT_TRANSLATE_NOOP("AuditKind", "Link to another LIVC-R ended"), C.CHANGE
    ),
    KindInfo("case.note_added", QT_TRANSLATE_NOOP("AuditKind", "Note written"), C.CHANGE),
    KindInfo("access.dossier_opened", QT_TRANSLATE_NOOP("AuditKind", "Dossier opened"), C.ACCESS),
    # the strategic table's figures (the payload holds the period, never a case)
    KindInfo(
        "access.figures_computed",
        QT_TRANSLATE_NOOP("AuditKind", "Strategic figures computed"),
        C.ACCESS,
        details=("start", "end", "municipality"),
        describe=lambda details, translate: QT_TRANSLATE_NOOP(
            "AuditDetail", "Period: {start} to {end}"
        ).render(translate, start=details.get("start", "?"), end=details.get("end", "?")),
    ),
    KindInfo(
        "export.figures_csv",
        QT_TRANSLATE_NOOP("AuditKind", "Strategic figures exported (CSV)"),
        C.EXPORT,
        details=("start", "end", "municipality", "rows"),
        describe=lambda details, translate: QT_TRANSLATE_NOOP("AuditDetail", "Rows: {rows}").render(
            translate, rows=details.get("rows", "?")
        ),
    ),
)

MORE_ENTITY_LABELS = {
    "person": QT_TRANSLATE_NOOP("AuditRecord", "Person concerned"),
    "case_file": QT_TRANSLATE_NOOP("AuditRecord", "Case"),
    "signal": QT_TRANSLATE_NOOP("AuditRecord", "Signal"),
    "case_participant": QT_TRANSLATE_NOOP("AuditRecord", "Invitation to a case"),
    "case_link": QT_TRANSLATE_NOOP("AuditRecord", "Link to another LIVC-R"),
    "case_note": QT_TRANSLATE_NOOP("AuditRecord", "Note"),
    "backup": QT_TRANSLATE_NOOP("AuditRecord", "Backup"),
    "strategic_figures": QT_TRANSLATE_NOOP("AuditRecord", "Strategic figures"),
}
