"""The Sync area of a coordinator whose LIVC-R has no hub (yet): laptops join and get their
changes by file. Invite a laptop, approve its join request (fingerprint typed, then shown in the
final-step confirmation), export a bundle for the selected laptop, and see every laptop approved
by file with when a bundle last went to it and came from it.

All of it is local, but an export seals thousands of operations: it runs off the GUI thread
(gui/kit/worker.py), the button waits, and the outcome arrives as a notice or an error in the
user's language.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.sync.by_file_laptops import ByFileLaptops
from livcr_desktop.i18n.formatting import format_datetime, format_number, in_brussels
from livcr_desktop.services.bundles.export import ExportReport, export_bundle
from livcr_desktop.services.bundles.file_laptops import FileLaptopView, file_laptops
from livcr_desktop.services.workspace import Workspace

SAVE_BUNDLE = QT_TRANSLATE_NOOP("NoHubLaptops", "Save the bundle of changes")


class NoHubLaptops(QGroupBox):
    """Laptops by file, for a coordinator without a hub."""

    def __init__(
        self,
        workspace: Workspace,
        error: MessageLabel,
        notice: MessageLabel,
        parent: QWidget | None = None,
        *,
        choose_invitation_path: PathChooser,
        choose_bundle_path: PathChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noHubLaptops")
        self._ws = workspace
        self._error, self._notice = error, notice
        self.choose_bundle_path = choose_bundle_path or save_path_chooser(
            SAVE_BUNDLE, FileType.BUNDLE
        )
        self.laptops: list[FileLaptopView] = []
        self.exporting = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.by_file = ByFileLaptops(
            workspace, error, notice, self, choose_invitation_path=choose_invitation_path
        )
        self.by_file.approved.connect(self.refresh)
        row.addWidget(self.by_file)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportForLaptopButton")
        self.export_button.setAutoDefault(False)
        set_role(self.export_button, "primary")
        self.export_button.clicked.connect(self.export_selected)
        row.addWidget(self.export_button)
        row.addStretch()
        layout.addLayout(row)
        self.heading = QLabel(self)
        set_role(self.heading, "subtitle")
        layout.addWidget(self.heading)
        self.table = read_only_table(self, "fileLaptopTable", 4)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        self.empty = QLabel(self)
        self.empty.setObjectName("fileLaptopsEmpty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.retranslate_ui()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the roster again (after an approval or an export)."""
        try:
            self.laptops = file_laptops(self._ws)
        except DomainError as error:
            self._error.show_message(show_error(error))
            return
        language = current_language()

        def moment(value: datetime | None) -> str:
            if value is None:
                return "—"
            return format_datetime(in_brussels(value.astimezone(UTC)), language, "short")

        self.table.setRowCount(len(self.laptops))
        for row, laptop in enumerate(self.laptops):
            self.table.setItem(row, 0, table_cell(laptop.owner, laptop.device_id))
            self.table.setItem(row, 1, table_cell(moment(laptop.last_sent)))
            self.table.setItem(row, 2, table_cell(moment(laptop.last_received)))
            fingerprint = table_cell(laptop.fingerprint)
            self.table.setItem(row, 3, fingerprint)
        self.table.setVisible(bool(self.laptops))
        self.empty.setVisible(not self.laptops)
        if len(self.laptops) == 1:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> FileLaptopView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.laptops):
            return None
        return self.laptops[rows[0].row()]

    def select_owner(self, owner: str) -> None:
        """Select a laptop by its owner's name (for tests and scripted use)."""
        for row, laptop in enumerate(self.laptops):
            if laptop.owner == owner:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        laptop = self.selected()
        self.export_button.setEnabled(
            not self.exporting and laptop is not None and bool(laptop.username)
        )

    # -- acting --------------------------------------------------------------------------------

    def export_selected(self) -> None:
        """A bundle of what the selected laptop lacks, written in the background."""
        laptop = self.selected()
        if laptop is None:
            return
        self._error.clear_message()
        stamp = self._ws.today().isoformat()
        target = self.choose_bundle_path(self, f"LIVC-R-{laptop.username}-{stamp}.livcr-bundle")
        if target is None:
            return
        self.exporting = True
        self._selection_changed()
        workspace, username = self._ws, laptop.username
        run_in_background(
            lambda: _export(workspace, username, target),
            self._exported,
            self._failed,
            parent=self,
        )

    def _exported(self, outcome: tuple[ExportReport, Path]) -> None:
        report, target = outcome
        self.exporting = False
        self._notice.show_message(
            self.tr(
                "The bundle for {member} is saved as {file}: {operations} changes. Only their "
                "laptop can open it; hand it over and import it there."
            ).format(
                member=report.recipient,
                file=target,
                operations=format_number(report.operations, current_language()),
            )
        )
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.exporting = False
        self._selection_changed()
        if not isinstance(error, DomainError):
            raise error
        self._error.show_message(show_error(error))

    # -- language ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Laptops without a hub"))
        self.intro.setText(
            self.tr(
                "Without a hub, laptops join and exchange their changes by file: invite the "
                "laptop, approve the join request its owner brings back, then export a bundle "
                "for it. Bundles are encrypted for that laptop alone; carry them on a USB stick."
            )
        )
        self.export_button.setText(self.tr("Export a bundle for this laptop…"))
        self.heading.setText(self.tr("Laptops approved by file"))
        self.empty.setText(self.tr("No laptop has been approved by file yet."))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Owner"),
                self.tr("Last bundle sent"),
                self.tr("Last bundle received"),
                self.tr("Fingerprint"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)


def _export(workspace: Workspace, username: str, target: Path) -> tuple[ExportReport, Path]:
    return export_bundle(workspace, username, target), target
