"""The result of 'Verify the chain' in plain words: intact, or where the first broken link is.

A data-protection officer must be able to act on the message without knowing what a hash is:
it says whether the journal is intact, and if not, which operation (what, when, by whom, on
which record) is the first one that no longer fits the chain.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livcr_desktop.gui.audit.model import AuditCells
from livcr_desktop.gui.kit.text import show_message
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_number
from livcr_desktop.services.audit.actions import ChainVerdict
from livcr_desktop.services.audit.trail import AuditColumn


def describe_verdict(verdict: ChainVerdict, cells: AuditCells) -> tuple[bool, str]:
    """(healthy, the message in the interface language)."""
    report = verdict.report
    if verdict.healthy:
        return True, QCoreApplication.translate(
            "AuditVerdict",
            "The journal is intact: every link of the chain holds and the database file is "
            "undamaged (operations checked: {count}).",
        ).format(count=format_number(report.chain.operations_checked, current_language()))
    parts: list[str] = []
    if not (report.sqlite_ok and report.cipher_ok):
        parts.append(
            QCoreApplication.translate(
                "AuditVerdict", "The database file is damaged: its integrity check failed."
            )
        )
    if report.chain.breaks:
        first = report.chain.breaks[0]
        parts.append(
            QCoreApplication.translate(
                "AuditVerdict", "The chain is broken. First broken link: {reason}."
            ).format(reason=show_message(first.reason))
        )
        broken = verdict.broken
        if broken is not None:
            texts = cells.texts(broken, for_export=True)
            parts.append(
                QCoreApplication.translate(
                    "AuditVerdict", "That operation is “{what}”, written on {when} by {who}."
                ).format(
                    what=texts[AuditColumn.KIND],
                    when=texts[AuditColumn.TIME],
                    who=texts[AuditColumn.PERSON],
                )
            )
            if texts[AuditColumn.RECORD_ID]:
                parts.append(
                    QCoreApplication.translate(
                        "AuditVerdict", "Its record: {type} {record}."
                    ).format(
                        type=texts[AuditColumn.RECORD_TYPE], record=texts[AuditColumn.RECORD_ID]
                    )
                )
            if not cells.is_this_device(broken.device_id):
                parts.append(
                    QCoreApplication.translate(
                        "AuditVerdict", "It was written on another computer: {device}."
                    ).format(device=broken.device_id)
                )
        else:
            parts.append(
                QCoreApplication.translate(
                    "AuditVerdict", "This link comes from device {device}."
                ).format(device=first.device_id)
            )
    parts.extend(
        QCoreApplication.translate("AuditVerdict", "A signature does not hold: {reason}.").format(
            reason=show_message(problem)
        )
        for problem in report.signatures.problems
    )
    parts.extend(show_message(problem) for problem in report.record_problems)
    parts.append(
        QCoreApplication.translate(
            "AuditVerdict",
            "The data may have been changed outside LIVC-R Desktop. Change nothing on this "
            "computer, keep this message, and inform the coordinator, the data-protection "
            "officer and the IT service.",
        )
    )
    return False, " ".join(parts)
