"""The hand-overs to other LIVC-Rs in the register of what left the LIVC-R: a sibling tab of
the register of feedback forms, for the same readers, read (and journaled) the same way."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.tables import read_only_table
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.handover.register import HandoverEntry, HandoverRegister
from livcr_desktop.services.workspace import Workspace


class HandoverRegisterTab(QWidget):
    """Every decided hand-over: to whom, what went, who decided and signed, when it was sent."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverRegisterTab")
        self._ws = workspace
        self.entries: list[HandoverEntry] = []
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        layout.addWidget(self.hint)
        self.table = read_only_table(self, "handoverRegister", 8, wrap=True)
        layout.addWidget(self.table, 1)
        self.error = MessageLabel(self)
        self.error.setObjectName("handoverRegisterError")
        layout.addWidget(self.error)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Read the hand-overs again (journaled as opening the register)."""
        self.error.clear_message()
        try:
            self.entries = HandoverRegister(self._ws).entries()
        except DomainError as error:
            self.error.show_message(show_error(error))
        self._render()

    def _render(self) -> None:
        language = current_language()
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            what = [self.tr("Identity, trajectory, contact person"), *e.items]
            values = (
                e.case_code,
                e.receiver,
                format_date(e.decided_on, language) if e.decided_on else "",
                "\n".join(what),
                ", ".join(e.approved_by),
                e.signed_by,
                show_text(e.status.label),
                format_date(e.sent_on, language) if e.sent_on else "",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Cases handed over to another LIVC-R after the person moved: each by a decision "
                "of the table, signed by the chair."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("To"),
                self.tr("Decided on"),
                self.tr("What went"),
                self.tr("Agreed by"),
                self.tr("Signed by"),
                self.tr("Status"),
                self.tr("Sent on"),
            ]
        )
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
