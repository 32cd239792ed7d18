"""The dossier's tab of hand-overs to other LIVC-Rs: each hand-over's receiving LIVC-R and
status, the way into its composer, and starting a new one (the coordinator chooses a LIVC-R
registered by its key). Shown to whoever may see hand-overs of the case; partners never see it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource, may_ever
from livcr_desktop.gui.handover.composer import HandoverComposer
from livcr_desktop.gui.handover.received_note_view import ReceivedNoteView
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.tables import read_only_table
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.handover.composing import HandoverService, HandoverSummary
from livcr_desktop.services.handover.keys import HandoverKeys, OtherLivcr
from livcr_desktop.services.handover.received_note import has_note
from livcr_desktop.services.workspace import Workspace


class ChooseReceiverDialog(FittedDialog):
    """Which registered LIVC-R takes the case over."""

    def __init__(self, others: list[OtherLivcr], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooseReceiverDialog")
        self.setWindowTitle(self.tr("Hand the case over to another LIVC-R"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The person moved. Choose the LIVC-R of their new municipality; it must be "
                "registered here by its key (File › Other LIVC-Rs). The table decides the "
                "hand-over by consensus, and the chair signs it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.combo = QComboBox(self)
        self.combo.setObjectName("chooseReceiverCombo")
        for other in others:
            self.combo.addItem(f"{other.name} ({other.municipality})", other.id)
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("chooseReceiverButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def receiver_id(self) -> str:
        return str(self.combo.currentData() or "")


class HandoverSection(QWidget):
    """The hand-overs of the case shown in the dossier."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverSection")
        self._ws = workspace
        self._service = HandoverService(workspace)
        self.case_id = ""
        self.handovers: list[HandoverSummary] = []
        self.composer: HandoverComposer | None = None
        self.chooser: ChooseReceiverDialog | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        layout.addWidget(self.hint)
        self.table = read_only_table(self, "handovers", 3)
        self.table.doubleClicked.connect(self.open_selected)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("handover_newButton")
        self.new_button.clicked.connect(self.new_handover)
        self.new_button.setVisible(
            may_ever(workspace.actor, workspace.today(), Resource.HANDOVER, Action.CREATE)
        )
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("handover_openButton")
        self.open_button.clicked.connect(self.open_selected)
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("handover_receivedNoteButton")
        self.note_button.clicked.connect(self.open_received_note)
        self.note_button.setVisible(False)
        self.note_view: ReceivedNoteView | None = None
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.note_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.error = MessageLabel(self)
        self.error.setObjectName("handoverSectionError")
        layout.addWidget(self.error)
        self.retranslate_ui()

    def show_case(self, case_id: str) -> bool:
        """Show the case's hand-overs; False when this person may not see hand-overs."""
        self.case_id = case_id
        if not may_ever(self._ws.actor, self._ws.today(), Resource.HANDOVER, Action.VIEW):
            return False
        self.note_button.setVisible(has_note(self._ws, case_id))
        try:
            self.handovers = self._service.for_case(case_id)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return True
        language = current_language()
        self.table.setRowCount(len(self.handovers))
        for row, handover in enumerate(self.handovers):
            for column, value in enumerate(
                (
                    handover.receiver,
                    show_text(handover.status.label),
                    format_date(handover.created_on, language),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        return True

    def new_handover(self) -> None:
        self.error.clear_message()
        try:
            others = HandoverKeys(self._ws).others()
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        if not others:
            self.error.show_message(
                self.tr(
                    "No other LIVC-R is registered here yet. Register the receiving LIVC-R by "
                    "its key first (File › Other LIVC-Rs)."
                )
            )
            return
        dialog = ChooseReceiverDialog(others, self)
        dialog.accepted.connect(self._start)
        dialog.finished.connect(dialog.deleteLater)
        self.chooser = dialog
        dialog.open()

    def _start(self) -> None:
        assert self.chooser is not None
        try:
            handover_id = self._service.start(self.case_id, self.chooser.receiver_id())
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.show_case(self.case_id)
        self.open_composer(handover_id)

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.handovers):
            self.open_composer(self.handovers[row].id)

    def open_received_note(self) -> None:
        """The transfer note this case arrived with (the opening is journaled)."""
        view = ReceivedNoteView(self._ws, self.case_id, self)
        view.finished.connect(view.deleteLater)
        self.note_view = view
        view.open()

    def open_composer(self, handover_id: str) -> None:
        composer = HandoverComposer(self._ws, handover_id, self)
        composer.finished.connect(self._composer_closed)
        self.composer = composer
        composer.open()

    def _composer_closed(self) -> None:
        if self.composer is not None:
            self.composer.deleteLater()
            self.composer = None
        self.show_case(self.case_id)

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "When the person moves, the table can hand the case over to the LIVC-R of "
                "their new municipality: only the identity, that a trajectory ran, a contact "
                "person and texts the table approves go."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Receiving LIVC-R"), self.tr("Status"), self.tr("Started on")]
        )
        self.new_button.setText(self.tr("Hand over to another LIVC-R…"))
        self.open_button.setText(self.tr("Open"))
        self.note_button.setText(self.tr("Transfer note received…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
