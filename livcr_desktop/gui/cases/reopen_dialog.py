"""Reopening a closed case: the coordinator says why, the case comes back to the table.

A separate form rather than a line of the status list: a closed case has one way forward, and
the reason is what the table reads when the case is proposed again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from livcr_desktop.gui.kit.form_dialog import FormDialog, text_box
from livcr_desktop.services.cases.dossier import Dossier
from livcr_desktop.services.cases.screening import CaseService


class ReopenDialog(FormDialog):
    """Reopen a closed case with a reason (journaled; the figures count the reopening)."""

    def __init__(self, cases: CaseService, dossier: Dossier, parent: QWidget | None = None):
        super().__init__(parent, object_name="reopenDialog", submit=self._save)
        self._cases = cases
        self._dossier = dossier
        self.reason_edit = text_box(self, "reopenReasonEdit")
        self.reason_label = self.add_row("reason", self.reason_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._cases.reopen(self._dossier.header.id, self.reason_edit.toPlainText())

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Reopen {code}").format(code=self._dossier.header.code))
        self.set_intro(
            self.tr(
                "The case comes back among the operational table's proposals, which decides "
                "what happens next. The reopening and its reason are recorded in the history."
            )
        )
        self.reason_label.setText(self.tr("Why it is reopened"))
