"""Choosing whom to send invitations to, in which language, into which folder.

The dialog only gathers the choice; the meeting page writes the files off the GUI thread and
says what was written. Each invitee gets an agenda (PDF) with only their own items, by case
code, and a calendar file that carries no personal data at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.meetings.common import FolderField, chosen_language, document_language_combo
from livcr_desktop.services.meetings.invitations import InviteeLine

NOBODY_CHOSEN = QT_TRANSLATE_NOOP("InvitationsDialog", "Tick at least one person.")
NO_FOLDER = QT_TRANSLATE_NOOP(
    "InvitationsDialog", "The folder does not exist. Choose an existing folder."
)


@dataclass(frozen=True)
class ExportChoice:
    """Whom to write documents for, in which language, where."""

    member_ids: tuple[str, ...]
    language: Language
    folder: Path


def checked_ids(people: QListWidget) -> tuple[str, ...]:
    """The ids of the ticked rows of a list of people."""
    return tuple(
        str(people.item(r).data(Qt.ItemDataRole.UserRole))
        for r in range(people.count())
        if people.item(r).checkState() == Qt.CheckState.Checked
    )


def check_folder(folder: Path) -> None:
    """ValidationError unless the folder exists (nothing is created behind the person's back)."""
    if not str(folder) or not folder.is_dir():
        raise ValidationError(NO_FOLDER, field="folder")


class InvitationsDialog(FormDialog):
    """Who gets an invitation, in which document language, written into which folder."""

    def __init__(self, invitees: list[InviteeLine], parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="invitationsDialog", submit=self._check)
        self.choice: ExportChoice | None = None
        self._invitees = invitees
        self.people = QListWidget(self)
        self.people.setObjectName("invitationPeopleList")
        self.people.setMinimumHeight(180)
        for line in invitees:
            row = QListWidgetItem(self.people)
            row.setData(Qt.ItemDataRole.UserRole, line.member_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
        self.language_combo = document_language_combo(self, "invitationLanguageCombo")
        self.folder_field = FolderField(self, "invitationFolder")
        self.people_label = self.add_row("invitees", self.people)
        self.language_label = self.add_row("language", self.language_combo)
        self.folder_label = self.add_row("folder", self.folder_field)
        self.feedback.fields["folder"] = self.folder_field.edit
        self.retranslate_ui()

    def _check(self) -> None:
        ids = checked_ids(self.people)
        if not ids:
            raise ValidationError(NOBODY_CHOSEN, field="invitees")
        folder = self.folder_field.folder()
        check_folder(folder)
        self.choice = ExportChoice(ids, chosen_language(self.language_combo), folder)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Invitations"))
        self.set_intro(
            self.tr(
                "Each person gets an agenda (PDF) that lists only the items they are invited "
                "to, by case code and never by name, and a calendar invitation (.ics) without "
                "any personal data."
            )
        )
        for row, line in enumerate(self._invitees):
            self.people.item(row).setText(
                self.tr("{name} – {organisation} (items: %n)", "", line.items).format(
                    name=line.name, organisation=line.organisation
                )
            )
        self.people_label.setText(self.tr("For"))
        self.language_label.setText(self.tr("Language of the documents"))
        self.folder_label.setText(self.tr("Folder"))
