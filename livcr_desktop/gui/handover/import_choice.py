"""The receiving coordinator's choice before a hand-over is imported: a new case, or the signal
"from another LIVC-R" on the case of the person already known here.

The app proposes the cases about a person with the same names and birth date (never a name
alone); the coordinator may also type the code of another case. When the app proposes a case,
nothing is preselected: the coordinator chooses deliberately. The youth-protection warning shows
when the person is a minor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.retention import RECEIVED_YOUTH_PROTECTION
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import MessageLabel
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.handover.known_person import Incoming, KnownCase, case_by_code
from livcr_desktop.services.handover.receiving import Imported, import_handover
from livcr_desktop.services.workspace import Workspace

CHOOSE = QT_TRANSLATE_NOOP(
    "Handover", "Choose whether to open a new case or to add the signal to a known case."
)


class ImportChoiceDialog(FormDialog):
    """A new case, a proposed case, or a case picked by its code; OK imports."""

    def __init__(
        self,
        workspace: Workspace,
        source: Path,
        incoming: Incoming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="importChoiceDialog", submit=self._import)
        self.setMinimumWidth(640)
        self._ws = workspace
        self._source = source
        self.incoming = incoming
        self.imported: Imported | None = None
        self.about = QLabel(self)
        self.about.setObjectName("importChoiceAbout")
        self.about.setWordWrap(True)
        self.about_label = self.add_row("about", self.about)
        self.youth = MessageLabel(self, role="notice")
        self.youth.setObjectName("importChoiceYouth")
        self.form.addRow(self.youth)
        choices = QWidget(self)
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.new_case = QRadioButton(choices)
        self.new_case.setObjectName("importChoiceNewCase")
        self.match_buttons: list[tuple[QRadioButton, KnownCase]] = []
        for known in incoming.matches:
            button = QRadioButton(choices)
            button.setObjectName(f"importChoiceCase{len(self.match_buttons)}")
            self.match_buttons.append((button, known))
        self.other_case = QRadioButton(choices)
        self.other_case.setObjectName("importChoiceOtherCase")
        self.code = QLineEdit(choices)
        self.code.setObjectName("importChoiceCode")
        self.code.textEdited.connect(self._code_typed)
        for button in (
            *(b for b, _known in self.match_buttons),
            self.new_case,
            self.other_case,
        ):
            self.group.addButton(button)
            column.addWidget(button)
        column.addWidget(self.code)
        self.choice_label = self.add_row("case", choices)
        if not incoming.matches:
            self.new_case.setChecked(True)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The choice first: a focused code field would look as if a case had to be typed.
        first = self.group.buttons()[0]
        first.setFocus()

    def _code_typed(self) -> None:
        self.other_case.setChecked(True)

    def chosen_case(self) -> str | None:
        """The id of the case to add the signal to (None: a new case)."""
        for button, known in self.match_buttons:
            if button.isChecked():
                return known.case_id
        if self.other_case.isChecked():
            return case_by_code(self._ws, self.code.text()).case_id
        return None

    def _import(self) -> None:
        from livcr_desktop.domain.errors import ValidationError

        if self.group.checkedButton() is None:
            raise ValidationError(CHOOSE, field="case")
        self.imported = import_handover(
            self._ws,
            self._source,
            QCoreApplication.translate,
            link_case_id=self.chosen_case(),
        )

    def retranslate_ui(self) -> None:
        incoming = self.incoming
        self.setWindowTitle(self.tr("Import a hand-over"))
        self.set_intro(
            self.tr(
                "The hand-over was checked: it comes from {livcr} (their case {code}) and their "
                "table's decision holds. Choose where its signal goes."
            ).format(livcr=incoming.sender, code=incoming.sending_case_code)
        )
        if incoming.birth_date:
            born = format_date(incoming.birth_date, current_language(), "long")
            about = self.tr("{name}, born {born}").format(name=incoming.person_name, born=born)
        else:  # "born unknown" reads as a typo in every language
            about = self.tr("{name}, date of birth unknown").format(name=incoming.person_name)
        self.about.setText(about)
        self.about_label.setText(self.tr("About"))
        self.youth.show_message(
            show_text(RECEIVED_YOUTH_PROTECTION, code=incoming.sending_case_code)
            if incoming.minor
            else ""
        )
        self.new_case.setText(self.tr("Open a new case"))
        for button, known in self.match_buttons:
            button.setText(
                self.tr(
                    "Add the signal to case {code} ({name}, {status}): same names and birth date"
                ).format(
                    code=known.code, name=known.subject_name, status=show_text(known.status.in_text)
                )
            )
        self.other_case.setText(self.tr("Add the signal to another case, by its code:"))
        self.code.setPlaceholderText(self.tr("Case code"))
        self.choice_label.setText(self.tr("Signal from another LIVC-R"))
        self.set_final_action(self.tr("Import"))
