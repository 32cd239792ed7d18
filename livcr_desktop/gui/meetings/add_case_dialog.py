""" "Add a case…" in the agenda builder: any case the coordinator may see can go on the agenda,
not only the ones the app proposes.

The search works like the case list's (the start of a code, or words of the person's name) and
offers only open cases that are not on this agenda yet. The case goes on with its default
invitees (the chair, the coordinator, those invited to the case), changed afterwards in the
panel beside the agenda.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.services.cases.case_list import CaseListRow
from livcr_desktop.services.meetings.agenda import MAX_CASE_CHOICES

CHOOSE_A_CASE = QT_TRANSLATE_NOOP("AddCaseDialog", "Choose the case in the list.")


class AddCaseDialog(FormDialog):
    """Find a case by code or name and put it on the agenda."""

    def __init__(
        self,
        find: Callable[[str], list[CaseListRow]],
        add: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="addCaseDialog", submit=self._save)
        self._find = find
        self._add = add
        self.item_id: str | None = None
        self.rows: list[CaseListRow] = []
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("addCaseSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("addCaseResults")
        self.results.setMinimumHeight(220)
        self.setMinimumWidth(680)  # a code, a name, a municipality and a status on one line
        self.results.itemDoubleClicked.connect(lambda _row: self.try_accept())
        self.search_label = self.add_row("search", self.search_edit)
        self.results_label = self.add_row("case", self.results)
        self.search_edit.textChanged.connect(self.search)
        self.search_edit.installEventFilter(self)
        self.retranslate_ui()
        self.search("")
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self, text: str) -> None:
        """Show the cases that match what is typed (the first one chosen)."""
        self.rows = self._find(text)
        self.results.clear()
        for row in self.rows:
            line = f"{row.code} – {row.subject_name}"
            if row.municipality_name:
                line += f" ({row.municipality_name})"
            entry = QListWidgetItem(f"{line} · {show_text(row.status.label)}", self.results)
            entry.setData(Qt.ItemDataRole.UserRole, row.id)
        if self.rows:
            self.results.setCurrentRow(0)
        self.retranslate_ui()

    def chosen(self) -> str | None:
        """The id of the case chosen in the list."""
        entry = self.results.currentItem()
        return str(entry.data(Qt.ItemDataRole.UserRole)) if entry is not None else None

    def _save(self) -> None:
        case_id = self.chosen()
        if case_id is None:
            raise ValidationError(CHOOSE_A_CASE, field="case")
        self.item_id = self._add(case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field choose in the list, as in a search box."""
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and self.results.count()
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.results.currentRow() + step, self.results.count() - 1))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Add a case to the agenda"))
        self.set_intro(
            self.tr(
                "Any open case you may see can go on the agenda. Type the start of its code or "
                "a name; the case goes on with those invited to it."
            )
        )
        self.search_label.setText(self.tr("Search"))
        self.search_edit.setPlaceholderText(self.tr("Case code or name"))
        self.results_label.setText(self.tr("Case"))
        if not self.rows:
            self.results.setToolTip(self.tr("No open case matches."))
        elif len(self.rows) >= MAX_CASE_CHOICES:
            self.results.setToolTip(
                self.tr("The first {count} cases; type more to narrow down.").format(
                    count=MAX_CASE_CHOICES
                )
            )
        else:
            self.results.setToolTip("")
