"""The cases: a searchable, filterable list that stays instant at 100,000 cases, and the dossier.

Typing in the search box waits for a short pause, then counts and loads the first page on a
worker thread; results that arrive after a newer search are dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.cases.case_model import PAGE, CaseTableModel
from livcr_desktop.gui.cases.case_table import CaseTableView
from livcr_desktop.gui.cases.dossier_view import DossierView
from livcr_desktop.gui.cases.signal_dialog import SignalDialog
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import EmptyState, MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList, CaseListRow
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.workspace import Workspace

log = logging.getLogger("livcr.gui.cases")

OPEN = "open"
WARM_UP_DELAY_MS = 200
OPEN_STATUSES = frozenset(s for s in CaseStatus if s.is_open)


def _warm_up_failed(error: Exception) -> None:
    # Nothing is lost: the searches read the same pages themselves, only more slowly.
    log.warning("reading the case list into memory failed: %s", type(error).__name__)


def open_signal_dialog(parent: QWidget, workspace: Workspace) -> str | None:
    """Register a signal; returns the case it was registered on (None when cancelled)."""
    case_list = CaseList(workspace) if workspace.may(Resource.CASE, Action.VIEW) else None
    dialog = SignalDialog(
        CaseService(workspace),
        case_list,
        ProfileService(workspace).profile().municipalities,
        MemberService(workspace).organisations(),
        workspace.today(),
        own_organisation_id=workspace.actor.organisation_id,
        parent=parent,
    )
    return dialog.case_id if dialog.exec() else None


TITLE = QT_TRANSLATE_NOOP("CasesArea", "Cases")


class CasesArea(QWidget):
    """The list of cases and, when one is opened, its dossier."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("casesArea")
        self._ws = workspace
        self._shell = shell
        self._cases = CaseList(workspace)
        self._generation = 0
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.list_page = QWidget(self.stack)
        self.stack.addWidget(self.list_page)
        self._dossier: DossierView | None = None
        # Only changes of what a row shows re-query the list, and only when it is on screen.
        watch_changes(
            self.list_page,
            workspace,
            lambda changes: changes.touches("case_file", "person", "signal", "municipality"),
            self._reload_list,
        )

        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(24, 20, 24, 20)
        self.header = AreaHeader(self.list_page, TITLE)
        self.count_label = QLabel(self.list_page)
        self.count_label.setObjectName("caseCount")
        set_role(self.count_label, "hint")
        self.header.add_widget(self.count_label)
        self.register_button = QPushButton(self.list_page)
        self.register_button.setObjectName("registerSignalButton")
        set_role(self.register_button, "primary")
        self.register_button.setVisible(workspace.may(Resource.SIGNAL, Action.CREATE))
        self.register_button.clicked.connect(self.register_signal)
        self.header.add_widget(self.register_button)
        layout.addWidget(self.header)

        filters = QHBoxLayout()
        self.search_edit = QLineEdit(self.list_page)
        self.search_edit.setObjectName("caseSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.status_combo = QComboBox(self.list_page)
        self.status_combo.setObjectName("caseStatusFilter")
        self.municipality_combo = QComboBox(self.list_page)
        self.municipality_combo.setObjectName("caseMunicipalityFilter")
        self.partner_combo = QComboBox(self.list_page)
        self.partner_combo.setObjectName("casePartnerFilter")
        self.due_check = QCheckBox(self.list_page)
        self.due_check.setObjectName("caseDueFilter")
        self.names_check = QCheckBox(self.list_page)
        self.names_check.setObjectName("caseHideNames")
        # Search on its own row, the filters below: in one row the list needed 1,200 px, more
        # than a projector or a small laptop screen gives the area beside the navigation.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.names_check)
        layout.addLayout(search_row)
        for combo in (self.status_combo, self.municipality_combo, self.partner_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
        for widget in (
            self.status_combo,
            self.municipality_combo,
            self.partner_combo,
            self.due_check,
        ):
            filters.addWidget(widget)
        filters.addStretch()
        layout.addLayout(filters)
        self.message = MessageLabel(self.list_page)
        layout.addWidget(self.message)

        self.model = CaseTableModel(self._cases)
        self.table = CaseTableView(self.model, self.list_page)
        self.table.case_activated.connect(self.open_case)
        self.empty = EmptyState(
            "cases",
            self.list_page,
            on_action=self.register_signal
            if workspace.may(Resource.SIGNAL, Action.CREATE)
            else None,
        )
        self.empty.setObjectName("casesEmpty")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        self._fill_filters()
        self.retranslate_ui()
        self.model.ensure_loaded()
        self._update_state()
        self._warm_up_started = False
        # Connected only now: filling the combos above must not start searches.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.status_combo, self.municipality_combo, self.partner_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.due_check.toggled.connect(lambda _c: self.apply_filter())
        self.names_check.toggled.connect(self._toggle_names)

    # -- filters -------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        municipalities = ProfileService(self._ws).profile().municipalities
        self.municipality_combo.clear()
        self.municipality_combo.addItem("", None)
        for municipality in municipalities:
            self.municipality_combo.addItem(municipality.name, municipality.id)
        self.partner_combo.clear()
        self.partner_combo.addItem("", None)
        if self._ws.may(Resource.MEMBER_REGISTER, Action.VIEW):
            for member in MemberService(self._ws).members():
                self.partner_combo.addItem(member.full_name, member.id)
        self.partner_combo.setVisible(self._ws.may(Resource.CASE, Action.EDIT))

    def current_filter(self) -> CaseFilter:
        """The filter the controls describe."""
        status = self.status_combo.currentData()
        statuses: frozenset[CaseStatus] = frozenset()
        if status == OPEN:
            statuses = OPEN_STATUSES
        elif status:
            statuses = frozenset({CaseStatus(status)})
        return CaseFilter(
            statuses=statuses,
            municipality_id=self.municipality_combo.currentData(),
            participant_member_id=self.partner_combo.currentData(),
            due_follow_up=self.due_check.isChecked(),
            search=self.search_edit.text(),
        )

    def apply_filter(self) -> None:
        """Count and load the first page for the current filter, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        filter_ = self.current_filter()
        cases = self._cases
        sort, descending = self.model.sort_key, self.model.descending

        def work() -> tuple[int, list[CaseListRow]]:
            return cases.first_page(filter_, sort, descending=descending, limit=PAGE)

        def done(result: tuple[int, list[CaseListRow]]) -> None:
            if generation != self._generation:
                return  # a newer search is under way
            self.model.apply(filter_, *result)
            self._update_state()

        run_in_background(work, done, self._failed, parent=self)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.message.show_message(show_error(error))
            return
        raise error

    def _toggle_names(self, hidden: bool) -> None:
        self.model.show_names = not hidden
        self.model.layoutChanged.emit()

    def _update_state(self) -> None:
        total = self.model.total
        filtered = self.current_filter() != CaseFilter()
        self.count_label.setText(self.tr("Cases: %n", "", total))
        self.table.setVisible(total > 0)
        self.empty.setVisible(total == 0)
        if filtered:
            self.empty.set_texts(
                self.tr("No case matches"), self.tr("Change the search or the filters.")
            )
            self.empty.action.hide()
        else:
            self.empty.set_texts(
                self.tr("No cases yet"),
                self.tr("A case starts with a signal: a concern a partner brings to the LIVC-R."),
                self.tr("Register a signal…"),
            )
            self.empty.action.setVisible(self._ws.may(Resource.SIGNAL, Action.CREATE))

    # -- navigation ----------------------------------------------------------------------------

    def _reload_list(self) -> None:
        self.model.reload()
        self._update_state()

    @property
    def dossier(self) -> DossierView:
        """The dossier page (built the first time a case is opened)."""
        if self._dossier is None:
            self._dossier = DossierView(self._ws, self.stack)
            self._dossier.back_requested.connect(self.show_list)
            self.stack.addWidget(self._dossier)
        return self._dossier

    def open_case(self, case_id: str) -> None:
        """Show a case's dossier."""
        self.dossier.show_case(case_id)
        self.stack.setCurrentWidget(self.dossier)

    def show_list(self) -> None:
        """Back to the list (refreshed on the way if a case changed meanwhile)."""
        self.stack.setCurrentWidget(self.list_page)

    def register_signal(self) -> None:
        """Register a signal and open the case it landed on."""
        case_id = open_signal_dialog(self, self._ws)
        if case_id is not None:
            self.open_case(case_id)

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.register_button.setText(self.tr("Register a signal…"))
        self.search_edit.setPlaceholderText(self.tr("Search case code, name or note text"))
        current = self.status_combo.currentData()
        blocked = self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All statuses"), None)
        self.status_combo.addItem(self.tr("All open cases"), OPEN)
        for status in CaseStatus:
            self.status_combo.addItem(show_text(status.label), status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.blockSignals(blocked)
        self.municipality_combo.setItemText(0, self.tr("All municipalities"))
        self.partner_combo.setItemText(0, self.tr("Any partner"))
        self.due_check.setText(self.tr("Follow-up due"))
        self.names_check.setText(self.tr("Hide names (projector)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warm_up_started:
            # Once the list has painted, while the user reads it, its cases and the search
            # index are read into memory, so the first searches are as quick as later ones.
            self._warm_up_started = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        if not self.isVisible() or self._ws.locked:
            # Closed or locked in the moment since the list painted: no one is searching.
            self._warm_up_started = False
            return
        run_in_background(self._cases.warm_up, lambda _none: None, _warm_up_failed, parent=self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
