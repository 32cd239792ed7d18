"""Logging a partner update, or a correction of one, and choosing who may read it.

The form says before anything is typed that an update is never changed afterwards, and who will
read it: a partner must know whether the case's participants or only their own colleagues see it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QRadioButton, QVBoxLayout, QWidget

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.trajectories import UpdateDraft, UpdateKind
from livcr_desktop.domain.trajectory_views import UpdateView
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.trajectories.dialogs import EnumCombo, text_box
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.trajectories.updates import UpdateService


class UpdateDialog(FormDialog):
    """A new update on a trajectory, or the correction of an earlier one."""

    def __init__(
        self,
        service: UpdateService,
        trajectory_id: str,
        case_code: str,
        today: date,
        *,
        corrects: UpdateView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="updateDialog", submit=self._save)
        self._service = service
        self._trajectory_id = trajectory_id
        self._case_code = case_code
        self._corrects = corrects
        self.kind_combo = EnumCombo(
            self, "updateKindCombo", UpdateKind, corrects.kind if corrects else None
        )
        self.date_edit = date_field(
            self, corrects.happened_on if corrects else today, "updateDateEdit"
        )
        self.date_edit.set_range(maximum=today)
        self.body_edit = text_box(self, "updateBodyEdit", corrects.body if corrects else "", 140)
        choices = QWidget(self)
        layout = QVBoxLayout(choices)
        layout.setContentsMargins(0, 0, 0, 0)
        self.visibility_buttons: dict[NoteVisibility, QRadioButton] = {}
        for visibility in NoteVisibility:
            button = QRadioButton(choices)
            button.setObjectName(f"updateVisibility_{visibility.value}")
            layout.addWidget(button)
            self.visibility_buttons[visibility] = button
        chosen = corrects.visibility if corrects else NoteVisibility.TABLE
        self.visibility_buttons[chosen].setChecked(True)
        self.kind_label = self.add_row("kind", self.kind_combo)
        self.date_label = self.add_row("happened_on", self.date_edit)
        self.body_label = self.add_row("body", self.body_edit)
        self.visibility_label = self.add_row("visibility", choices)
        self.retranslate_ui()

    def visibility(self) -> NoteVisibility:
        """Who will be able to read the update."""
        return next(v for v, b in self.visibility_buttons.items() if b.isChecked())

    def _save(self) -> None:
        draft = UpdateDraft(
            self.kind_combo.value(),
            to_date(self.date_edit),
            self.body_edit.toPlainText(),
            self.visibility(),
        )
        if self._corrects is None:
            self._service.log(self._trajectory_id, draft)
        else:
            self._service.correct(self._corrects.id, draft)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        if self._corrects is None:
            self.setWindowTitle(self.tr("Update on {code}").format(code=self._case_code))
            self.set_intro(
                self.tr(
                    "Write what happened, briefly and factually. An update cannot be changed "
                    "afterwards; a mistake is put right with a correction, shown beside it. "
                    "It is covered by shared professional secrecy (art. 458ter Criminal Code)."
                )
            )
        else:
            day = format_date(self._corrects.happened_on, current_language())
            self.setWindowTitle(self.tr("Correct the update of {day}").format(day=day))
            self.set_intro(
                self.tr(
                    "The original update stays as it is, marked as corrected; the table reads "
                    "your correction beside it."
                )
            )
        self.kind_label.setText(self.tr("What kind of update"))
        self.date_label.setText(self.tr("When it happened"))
        self.body_label.setText(self.tr("What happened"))
        self.visibility_label.setText(self.tr("Who may read it"))
        for visibility, button in self.visibility_buttons.items():
            button.setText(show_text(visibility.label))
        self.kind_combo.relabel()
