"""The audit trail area: who did what, when, on which record, from which device.

For the coordinator and the data-protection officer. It shows the journal's operations with a
filter bar, verifies the hash chain on request and exports the filtered list to CSV. It never
shows what an operation changed (the payload may hold case content): only its kind, its record
and, for sign-ins and refusals, a few details without personal data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.audit.filters import AuditFilterBar
from livcr_desktop.gui.audit.model import COLUMNS, AuditCells, AuditTableModel
from livcr_desktop.gui.audit.verdict import describe_verdict
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.text import qt_translate, show_error
from livcr_desktop.gui.kit.widgets import EmptyState, MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_number
from livcr_desktop.services.audit.actions import ChainVerdict, export_csv, verify_trail
from livcr_desktop.services.audit.trail import AuditColumn, AuditPerson, AuditTrail
from livcr_desktop.services.workspace import Workspace

choose_csv_path = save_path_chooser(
    QT_TRANSLATE_NOOP("AuditArea", "Export the audit trail"), FileType.CSV
)


def _label(parent: QWidget, name: str, role: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    set_role(label, role)
    return label


class MiddleElided(QStyledItemDelegate):
    """Shortens a long text in the middle, not at the end."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


TITLE = QT_TRANSLATE_NOOP("AuditArea", "Audit trail")
EXPLANATION = QT_TRANSLATE_NOOP(
    "AuditArea",
    "Every change, sign-in, refused action, export and verification, as recorded in "
    "the tamper-evident journal. What was changed is never shown here: no case "
    "content, only who, what, when, which record and which device.",
)


class AuditArea(QWidget):
    """The filterable audit trail with its 'verify' and 'export' actions."""

    def __init__(
        self, workspace: Workspace, shell: Shell, *, choose_path: PathChooser | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("auditArea")
        self._ws = workspace
        self._shell = shell
        self._choose_path = choose_path or choose_csv_path
        self._trail = AuditTrail(workspace, qt_translate)
        people, refused = self._open_trail()
        self._verdict: ChainVerdict | None = None
        self.cells = AuditCells(workspace.db.device_id)
        self.model = AuditTableModel(self._trail, self.cells, parent=self)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._load_failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self._build_header())
        self.verify_result = MessageLabel(self, role="notice")
        self.verify_result.setObjectName("auditVerifyResult")
        layout.addWidget(self.verify_result)
        self.filters = AuditFilterBar(people, self)
        self.filters.changed.connect(self.apply_filters)
        layout.addWidget(self.filters)
        self.count_label = _label(self, "auditCountLabel", "hint")
        layout.addWidget(self.count_label)
        self.error = MessageLabel(self)
        self.error.setObjectName("auditError")
        layout.addWidget(self.error)
        self.table = self._build_table()
        self.empty = EmptyState("search", self, on_action=self.filters.clear)
        self.empty.setObjectName("auditEmptyState")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("auditStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()
        if refused is None:
            self.apply_filters()
            # New operations appear while the trail is shown (reads and exports are journaled
            # too but not announced: the trail's own actions read it again themselves).
            watch_changes(
                self, workspace, lambda changes: changes.changed_records, self.model.reload
            )
        else:
            self._show_refusal(refused)

    def _open_trail(self) -> tuple[list[AuditPerson], DomainError | None]:
        """Open the trail (journaled once per opening; reading pages is not)."""
        try:
            self._trail.open()
            return self._trail.people(), None
        except DomainError as error:  # the role ended since the navigation was built
            return [], error

    def _show_refusal(self, error: DomainError) -> None:
        for widget in (self.filters, self.table, self.verify_button, self.export_button):
            widget.setEnabled(False)
        self.count_label.clear()
        self.error.show_message(show_error(error))

    def _build_header(self) -> AreaHeader:
        self.header = AreaHeader(self, TITLE, EXPLANATION)
        self.verify_button = QPushButton(icon("audit"), "", self)
        self.verify_button.setObjectName("auditVerifyButton")
        self.verify_button.clicked.connect(self.verify)
        self.verify_button.setVisible(self._ws.may(Resource.AUDIT_TRAIL, Action.VERIFY))
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("auditExportButton")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(self._ws.may(Resource.AUDIT_TRAIL, Action.EXPORT))
        self.header.add_widget(self.verify_button)
        self.header.add_widget(self.export_button)
        return self.header

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("auditTable")
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setObjectName("auditTableHeader")
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ids = MiddleElided(table)  # an id keeps its beginning (to filter on) and its end
        for id_column in (AuditColumn.RECORD_ID, AuditColumn.DEVICE):
            table.setItemDelegateForColumn(COLUMNS.index(id_column), ids)
        for column, width in enumerate((170, 180, 200, 190, 120, 120, 130)):
            header.resizeSection(column, width)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)  # a header click calls model.sort: a new query in SQL
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        return table

    # -- filters -------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        """Load the list for the filters as they are now."""
        query = self.filters.query(self.model.query)
        if query != self.model.query or self.model.total is None:
            self.error.clear_message()
            self.model.set_query(query)
            self._show_count()

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if not COLUMNS[section].sortable:  # the details column cannot be sorted: undo the arrow
            query = self.model.query
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                COLUMNS.index(query.sort),
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def _show_count(self) -> None:
        total = self.model.total
        if total is None:
            self.count_label.setText(self.tr("Loading…"))
            self.stack.setCurrentWidget(self.table)
            return
        count = format_number(total, current_language())
        if self.filters.active():
            text = self.tr("Operations matching the filters: {count}").format(count=count)
        else:
            text = self.tr("Operations in the journal: {count}").format(count=count)
        self.count_label.setText(text)
        self.stack.setCurrentWidget(self.empty if total == 0 else self.table)

    def _load_failed(self, error: Exception) -> None:
        self._show_count()
        if isinstance(error, DomainError):
            self.error.show_message(show_error(error))
            return
        raise error

    # -- verify and export -----------------------------------------------------------------------

    def verify(self) -> None:
        """Verify the database and the chain in the background; the result shows in words."""
        self.verify_button.setEnabled(False)
        set_role(self.verify_result, "notice")
        self.verify_result.show_message(self.tr("Verifying the journal…"))
        trail = self._trail
        run_in_background(
            lambda: verify_trail(trail), self._verified, self._action_failed, parent=self
        )

    def _verified(self, verdict: ChainVerdict) -> None:
        self.verify_button.setEnabled(True)
        self._verdict = verdict
        self._show_verdict()
        self.model.reload()  # the verification itself is journaled: show it

    def _show_verdict(self) -> None:
        if self._verdict is None:
            return
        healthy, text = describe_verdict(self._verdict, self.cells)
        set_role(self.verify_result, "success" if healthy else "error")
        self.verify_result.show_message(text)

    def export(self) -> None:
        """Export the filtered list (all pages) to a CSV file the person chooses."""
        name = self.tr("audit-trail-{date}.csv").format(date=date.today().isoformat())
        target = self._choose_path(self, name)
        if target is None:
            return
        self.export_button.setEnabled(False)
        trail, query, cells = self._trail, self.model.query, self.cells
        headers = cells.headers()
        run_in_background(
            lambda: export_csv(trail, query, target, headers, cells.export_cells),
            lambda rows: self._exported(target, rows),
            self._action_failed,
            parent=self,
        )

    def _exported(self, target: Path, rows: int) -> None:
        self.export_button.setEnabled(True)
        message = self.tr("Exported to {file} (rows: {count}).").format(
            file=str(target), count=format_number(rows, current_language())
        )
        set_role(self.verify_result, "notice")
        self.verify_result.show_message(message)
        self._shell.show_status(message)
        self.model.reload()  # the export itself is journaled: show it

    def _action_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if isinstance(error, DomainError):
            set_role(self.verify_result, "error")
            self.verify_result.show_message(show_error(error))
            return
        if isinstance(error, OSError):
            set_role(self.verify_result, "error")
            self.verify_result.show_message(
                self.tr("The file could not be written. Choose another folder and try again.")
            )
            return
        raise error

    # -- language ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.verify_button.setText(self.tr("Verify the chain"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.empty.set_texts(
            self.tr("No operation matches these filters"),
            self.tr(
                "Nothing in the journal fits every filter you chose. Widen the dates, or "
                "choose another person or category."
            ),
            self.tr("Clear the filters"),
        )
        self.model.retranslate()
        self._show_count()
        self._show_verdict()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
