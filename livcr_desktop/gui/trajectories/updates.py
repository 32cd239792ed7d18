"""The partners' updates of a trajectory: a list (newest first) and the selected update in full.

A trajectory can collect thousands of updates, so the list is a model over the rows already read,
one line per update; the text of the selected one is shown below it. A corrected update stays
listed, greyed, with a pointer to its correction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.trajectories import UpdateKind
from livcr_desktop.domain.trajectory_views import TrajectoryView, UpdateView
from livcr_desktop.gui.kit.rich_text import escape
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.trajectories.common import facts_table
from livcr_desktop.gui.trajectories.update_dialog import UpdateDialog
from livcr_desktop.i18n.formatting import format_date, format_datetime
from livcr_desktop.services.trajectories.updates import UpdateService
from livcr_desktop.services.trajectories.view import read_updates
from livcr_desktop.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
CORRECTED = QColor("#8a96a3")


class UpdateModel(QAbstractTableModel):
    """Updates as rows: date, kind, organisation, who may read it, the first line."""

    def __init__(self) -> None:
        super().__init__()
        self.updates: list[UpdateView] = []
        self._by_id: dict[str, UpdateView] = {}

    def set_updates(self, updates: tuple[UpdateView, ...]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.updates = list(updates)
        self._by_id = {u.id: u for u in updates}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.updates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        return (
            translate("UpdateModel", "When"),
            translate("UpdateModel", "What"),
            translate("UpdateModel", "Organisation"),
            translate("UpdateModel", "Who may read it"),
            translate("UpdateModel", "Update"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.updates):
            return None
        update = self.updates[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(update, index.column(), role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and update.corrected_by_id:
            return QBrush(CORRECTED)
        if role == Qt.ItemDataRole.UserRole:
            return update.id
        return None

    def _text(self, update: UpdateView, column: int, full: bool) -> str:
        if column == 0:
            return format_date(update.happened_on, current_language())
        if column == 1:
            return show_text(update.kind.label)
        if column == 2:
            return update.organisation
        if column == 3:
            return show_text(update.visibility.label)
        text = update.body if full else update.body.splitlines()[0]
        if update.corrected_by_id and not full:
            return QCoreApplication.translate("UpdateModel", "(corrected) {text}").format(text=text)
        if update.corrects_update_id and not full:
            return QCoreApplication.translate("UpdateModel", "(correction) {text}").format(
                text=text
            )
        return text

    def update(self, update_id: str) -> UpdateView | None:
        """An update of the list by id."""
        return self._by_id.get(update_id)


class UpdatesSection(QWidget):
    """The list of updates, the selected one in full, and the buttons to log or correct."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trajectoryUpdatesSection")
        self._ws = workspace
        self._service = UpdateService(workspace)
        self.trajectory: TrajectoryView | None = None
        self._loaded = False
        self.case_code = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.count_label = QLabel(self)
        set_role(self.count_label, "hint")
        top.addWidget(self.count_label)
        top.addStretch()
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("logUpdateButton")
        self.log_button.clicked.connect(self.log_update)
        self.correct_button = QPushButton(self)
        self.correct_button.setObjectName("correctUpdateButton")
        self.correct_button.clicked.connect(self.correct_update)
        top.addWidget(self.log_button)
        top.addWidget(self.correct_button)
        layout.addLayout(top)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.model = UpdateModel()
        self.table = QTableView(self)
        self.table.setObjectName("trajectoryUpdates")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        layout.addWidget(self.table, 3)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("trajectoryUpdateDetail")
        layout.addWidget(self.detail, 2)
        self.retranslate_ui()

    def show_trajectory(self, trajectory: TrajectoryView, case_code: str) -> None:
        """Show the updates of a freshly read trajectory: read at once when this section is on
        screen, else the first time it is shown (thousands need not be read for an overview)."""
        self.trajectory = trajectory
        self.case_code = case_code
        self._loaded = False
        self.message.clear_message()
        self.log_button.setVisible(trajectory.may_log)
        self.correct_button.setVisible(trajectory.may_log)
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and self.trajectory is not None:
            self._load()

    def _load(self) -> None:
        trajectory = self.trajectory
        assert trajectory is not None
        self._loaded = True
        updates = trajectory.updates
        if not updates and trajectory.update_count and trajectory.may_see_updates:
            try:
                updates = read_updates(self._ws, trajectory.id)
            except DomainError as error:
                self.message.show_message(show_error(error))
        self.model.set_updates(updates)
        if self.model.updates:
            self.table.selectRow(0)
        self._show_selected()
        self.retranslate_ui()

    def selected(self) -> UpdateView | None:
        """The update selected in the list."""
        index = self.table.currentIndex()
        return self.model.updates[index.row()] if index.isValid() else None

    def _show_selected(self) -> None:
        update = self.selected()
        if update is None:
            self.detail.setHtml("")
            return
        language = current_language()
        rows = [
            (self.tr("When"), format_date(update.happened_on, language)),
            (self.tr("What"), show_text(update.kind.label)),
            (self.tr("Written by"), escape(f"{update.author} – {update.organisation}")),
            (self.tr("Written on"), format_datetime(update.written_at, language, "short")),
            (self.tr("Who may read it"), show_text(update.visibility.label)),
        ]
        for other_id, text in (
            (update.corrects_update_id, self.tr("This update corrects the one of {day}.")),
            (update.corrected_by_id, self.tr("Corrected by the update of {day}.")),
        ):
            other = self.model.update(other_id) if other_id else None
            if other is not None:
                rows.append(("", text.format(day=format_date(other.happened_on, language))))
        colour = "#fff6d6" if update.visibility is NoteVisibility.ORGANISATION else "#ffffff"
        self.detail.setHtml(
            facts_table(rows)
            + f"<div style='background:{colour};padding:8px;margin-top:6px'>"
            + f"{escape(update.body)}</div>"
        )

    def log_update(self) -> None:
        """Log what happened."""
        t = self.trajectory
        if t is None:
            return
        UpdateDialog(self._service, t.id, self.case_code, self._ws.today(), parent=self).exec()

    def correct_update(self) -> None:
        """Write a correction of the selected update (the original stays)."""
        t, update = self.trajectory, self.selected()
        if t is None:
            return
        if update is None:
            self.message.show_message(self.tr("Select the update to correct in the list."))
            return
        if update.organisation_id != self._ws.actor.organisation_id:
            self.message.show_message(
                self.tr("Only someone of {organisation} can correct this update.").format(
                    organisation=update.organisation
                )
            )
            return
        dialog = UpdateDialog(
            self._service, t.id, self.case_code, self._ws.today(), corrects=update, parent=self
        )
        dialog.exec()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        count = self.trajectory.update_count if self.trajectory else 0
        self.count_label.setText(self.tr("%n update(s) you may read", "", count))
        self.log_button.setText(self.tr("Log an update…"))
        self.correct_button.setText(self.tr("Correct the selected update…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._size_columns()
        self._show_selected()

    def _size_columns(self) -> None:
        """Columns as wide as their longest possible text (measured on the words, not on
        thousands of rows)."""
        metrics = QFontMetrics(self.table.font())
        language = current_language()
        organisations = {u.organisation for u in self.model.updates[:200]}
        samples = (
            [format_date(date(2026, 9, 30), language)],
            [show_text(k.label) for k in UpdateKind],
            list(organisations) or [""],
            [show_text(v.label) for v in NoteVisibility],
        )
        header = self.table.horizontalHeader()
        for column, texts in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(t) for t in [*texts, title]) + 24
            header.resizeSection(column, min(width, 260))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
