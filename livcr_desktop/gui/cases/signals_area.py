"""Signals to screen: every case that is signalled, being screened or reopened.

The coordinator works through this list; the Information Officer uses it to register what the
LTF passes on. Opening a row shows the case's dossier, where screening is decided.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.cases.case_model import CaseTableModel
from livcr_desktop.gui.cases.case_table import CaseTableView
from livcr_desktop.gui.cases.cases_area import open_signal_dialog
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.widgets import EmptyState, set_role
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList
from livcr_desktop.services.workspace import Workspace

TO_SCREEN = CaseFilter(
    statuses=frozenset({CaseStatus.SIGNALLED, CaseStatus.SCREENING, CaseStatus.REOPENED})
)


TITLE = QT_TRANSLATE_NOOP("SignalsArea", "Signals")
EXPLANATION = QT_TRANSLATE_NOOP(
    "SignalsArea",
    "New concerns wait here until they are screened: put on the operational table, "
    "passed to regular services, or closed without action, always with a reason.",
)


class SignalsArea(QWidget):
    """The screening queue and the way to register a new signal."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("signalsArea")
        self._ws = workspace
        self._shell = shell
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.header = AreaHeader(self, TITLE, EXPLANATION)
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("registerSignalButton")
        set_role(self.register_button, "primary")
        self.register_button.clicked.connect(self.register_signal)
        self.header.add_widget(self.register_button)
        layout.addWidget(self.header)
        self.may_list = workspace.may(Resource.CASE, Action.VIEW) or workspace.may(
            Resource.SIGNAL, Action.EDIT
        )
        self.model: CaseTableModel | None = None
        if self.may_list:
            self.model = CaseTableModel(CaseList(workspace))
            self.table = CaseTableView(self.model, self)
            self.table.setObjectName("signalTable")
            self.table.case_activated.connect(self._open)
            layout.addWidget(self.table, 1)
        self.empty = EmptyState("signals", self, on_action=self.register_signal)
        self.empty.setObjectName("signalsEmpty")
        layout.addWidget(self.empty, 1)
        self.retranslate_ui()
        self.refresh()
        watch_changes(
            self,
            workspace,
            lambda changes: changes.touches("signal", "case_file", "person"),
            self.refresh,
        )

    def refresh(self) -> None:
        """Reload the queue."""
        if self.model is not None:
            self.model.reload(TO_SCREEN)
            self.table.setVisible(self.model.total > 0)
        self.empty.setVisible(self.model is None or self.model.total == 0)

    def _open(self, case_id: str) -> None:
        self._shell.open_case(case_id)

    def register_signal(self) -> None:
        """Register a signal; the coordinator lands in the new case's dossier."""
        case_id = open_signal_dialog(self, self._ws)
        if case_id is None:
            return
        if self._ws.may(Resource.CASE, Action.VIEW):
            self._shell.open_case(case_id)
        else:
            self._shell.show_status(self.tr("The signal was registered."))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.register_button.setText(self.tr("Register a signal…"))
        self.empty.set_texts(
            self.tr("No signals to screen"),
            self.tr(
                "When a partner, the LTF or another LIVC-R brings a concern, register it here."
            ),
            self.tr("Register a signal…"),
        )
        if self.model is not None:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.Show:
            self.refresh()
        super().changeEvent(event)
