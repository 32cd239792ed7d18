"""What the buttons of a case's dossier do: each opens the dialog of one change to the case.

A mixin of `DossierView`, kept apart from the widgets it acts on. Nothing is re-read here: what a
dialog changed comes back through the change notifier, like changes made on another screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.cases.case_dialogs import (
    FollowUpDialog,
    InviteDialog,
    LinkDialog,
    MunicipalityDialog,
    NoteDialog,
    ScreenDialog,
    StatusDialog,
    SubjectDialog,
)
from livcr_desktop.gui.cases.reopen_dialog import ReopenDialog
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.cases.dossier import Dossier
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.workspace import Workspace


class DossierActions(QWidget):
    """The dossier's actions; `DossierView` builds the widgets and services named here."""

    dossier: Dossier | None
    message: MessageLabel
    links_table: QTableWidget
    participants_table: QTableWidget
    _ws: Workspace
    _cases: CaseService
    _involvement: InvolvementService

    def _run(self, make_dialog: Callable[[], QDialog]) -> None:
        if self.dossier is None:
            return
        try:
            dialog = make_dialog()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        dialog.exec()  # what it changed comes back through the change notifier

    def screen_case(self) -> None:
        """Screen the signals of the case."""
        self._run(lambda: ScreenDialog(self._cases, self._dossier(), self))

    def change_status(self) -> None:
        """Move the case to another status."""
        self._run(lambda: StatusDialog(self._cases, self._dossier(), self))

    def reopen_case(self) -> None:
        """Reopen the closed case, with a reason."""
        self._run(lambda: ReopenDialog(self._cases, self._dossier(), self))

    def edit_subject(self) -> None:
        """Correct or complete the person concerned."""
        self._run(lambda: SubjectDialog(self._cases, self._dossier(), self))

    def set_follow_up(self) -> None:
        """Set when to look at the case again."""
        self._run(lambda: FollowUpDialog(self._cases, self._dossier(), self._ws.today(), self))

    def write_note(self) -> None:
        """Write a confidential note."""
        self._run(lambda: NoteDialog(self._involvement, self._dossier(), self))

    def invite(self) -> None:
        """Invite a member to the case."""
        self._run(
            lambda: InviteDialog(
                self._involvement, self._dossier(), MemberService(self._ws).members(), self
            )
        )

    def add_link(self) -> None:
        """Record another LIVC-R discussing the person."""
        self._run(lambda: LinkDialog(self._involvement, self._dossier(), self._ws.today(), self))

    def change_municipality(self) -> None:
        """Make another member municipality responsible for the case."""
        self._run(
            lambda: MunicipalityDialog(
                self._cases,
                self._dossier(),
                ProfileService(self._ws).profile().municipalities,
                self,
            )
        )

    def end_link(self) -> None:
        """The selected other LIVC-R no longer discusses the person (from today)."""
        row = self.links_table.currentRow()
        item = self.links_table.item(row, 0) if row >= 0 else None
        if self.dossier is None or item is None:
            self.message.show_message(
                QCoreApplication.translate("DossierView", "Select the link to end in the list.")
            )
            return
        try:
            self._involvement.end_link(str(item.data(Qt.ItemDataRole.UserRole)), self._ws.today())
        except DomainError as error:
            self.message.show_message(show_error(error))

    def remove_participant(self) -> None:
        """End the selected invitation."""
        row = self.participants_table.currentRow()
        if self.dossier is None or row < 0:
            self.message.show_message(
                QCoreApplication.translate(
                    "DossierView", "Select the invitation to end in the list."
                )
            )
            return
        item = self.participants_table.item(row, 0)
        if item is None:
            return
        try:
            self._involvement.remove(str(item.data(Qt.ItemDataRole.UserRole)))
        except DomainError as error:
            self.message.show_message(show_error(error))

    def _dossier(self) -> Dossier:
        assert self.dossier is not None
        return self.dossier
