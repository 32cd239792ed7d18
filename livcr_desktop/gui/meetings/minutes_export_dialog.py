"""Choosing what to export of the minutes: the full minutes, per-partner extracts, the language
and the folder. The minutes page writes the files off the GUI thread afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem, QWidget

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.minutes import AttendanceLine
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.meetings.common import FolderField, chosen_language, document_language_combo
from livcr_desktop.gui.meetings.invitations_dialog import check_folder, checked_ids
from livcr_desktop.services.meetings.exports import file_slug

NOTHING_CHOSEN = QT_TRANSLATE_NOOP(
    "MinutesExportDialog", "Tick the full minutes, or at least one partner for an extract."
)
MINUTES_WORD = {Language.NL: "notulen", Language.FR: "proces-verbal", Language.DE: "protokoll"}
EXTRACT_WORD = {Language.NL: "uittreksel", Language.FR: "extrait", Language.DE: "auszug"}


@dataclass(frozen=True)
class MinutesExport:
    """One file to write: the full minutes (member_id None) or one partner's extract."""

    target: Path
    member_id: str | None


def minutes_files(
    day: str, language: Language, folder: Path, full: bool, people: list[tuple[str, str]]
) -> list[MinutesExport]:
    """The files to write, named in the document's language ('2026-05-12-notulen.pdf')."""
    files = []
    if full:
        files.append(MinutesExport(folder / f"{day}-{MINUTES_WORD[language]}.pdf", None))
    for member_id, name in people:
        stem = f"{day}-{EXTRACT_WORD[language]}-{file_slug(name)}"
        files.append(MinutesExport(folder / f"{stem}.pdf", member_id))
    return files


class MinutesExportDialog(FormDialog):
    """What to write: full minutes and/or extracts, in which language, where."""

    def __init__(
        self, day: str, attendance: tuple[AttendanceLine, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, object_name="minutesExportDialog", submit=self._check)
        self._day = day
        self._names = {a.member_id: a.name for a in attendance}
        self.files: list[MinutesExport] = []
        self.language: Language | None = None
        self.full_check = QCheckBox(self)
        self.full_check.setObjectName("exportFullMinutesCheck")
        self.full_check.setChecked(True)
        self.people = QListWidget(self)
        self.people.setObjectName("extractPeopleList")
        self.people.setMinimumHeight(150)
        for line in attendance:
            row = QListWidgetItem(f"{line.name} – {line.organisation}", self.people)
            row.setData(Qt.ItemDataRole.UserRole, line.member_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
        self.language_combo = document_language_combo(self, "minutesLanguageCombo")
        self.folder_field = FolderField(self, "minutesFolder")
        self.full_label = self.add_row("full", self.full_check)
        self.people_label = self.add_row("extracts", self.people)
        self.language_label = self.add_row("language", self.language_combo)
        self.folder_label = self.add_row("folder", self.folder_field)
        self.feedback.fields["folder"] = self.folder_field.edit
        self.retranslate_ui()

    def _check(self) -> None:
        people = [(m, self._names[m]) for m in checked_ids(self.people)]
        if not self.full_check.isChecked() and not people:
            raise ValidationError(NOTHING_CHOSEN, field="extracts")
        folder = self.folder_field.folder()
        check_folder(folder)
        self.language = chosen_language(self.language_combo)
        self.files = minutes_files(
            self._day, self.language, folder, self.full_check.isChecked(), people
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Export the minutes"))
        self.set_intro(
            self.tr(
                "An extract holds only the items a partner was invited to, and the attendance "
                "of those items. Every page carries the confidentiality marking."
            )
        )
        self.full_check.setText(self.tr("The full minutes"))
        self.full_label.setText(self.tr("Write"))
        self.people_label.setText(self.tr("Extracts for"))
        self.language_label.setText(self.tr("Language of the documents"))
        self.folder_label.setText(self.tr("Folder"))
