"""Feedback to the LTF: the register of what flowed to the police, and the Information Officer's
list of approved forms to hand over.

The coordinator, the chairs and the data-protection officer read (and export) the register:
every approved form, what it carried, who approved it, who handed it over. The Information
Officer sees the approved forms, hands them over and records the LTF's answer. Each sees only
their part; the services refuse the rest anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource, may_ever
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.feedback.preview import FeedbackPreview
from livcr_desktop.gui.feedback.transmit import (
    ANSWER,
    TRANSMIT,
    HandOverDialog,
)
from livcr_desktop.gui.handover.register_tab import HandoverRegisterTab
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.text import qt_translate, show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.feedback.flow_register import HEADERS, FlowRegister, RegisterEntry
from livcr_desktop.services.feedback.transmission import QueueEntry, TransmissionService
from livcr_desktop.services.workspace import Workspace

SCREEN_HEADERS = (*HEADERS[:6], HEADERS[7], HEADERS[8])
"""On screen, who signed goes with who approved, to whom and by whom with the hand-over, and
the day of the LTF's answer with the status."""

choose_csv_path = save_path_chooser(
    QT_TRANSLATE_NOOP("FeedbackArea", "Export the register"), FileType.CSV
)


class FittedTable(QTableWidget):
    """A read-only table whose columns fill its width: each gets room for its heading, and
    what is left is shared by `weights`, so that what flowed is readable without scrolling
    sideways, in every language. Texts wrap."""

    def __init__(self, parent: QWidget, name: str, weights: tuple[float, ...]) -> None:
        super().__init__(0, len(weights), parent)
        self.setObjectName(name)
        self.weights = weights
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def fit(self) -> None:
        """Share the width among the columns. Every column gets at least its heading and its
        longest word (a text may wrap between words, never be cut inside one: "Partiellement
        accordée" must not read "Partiellem…"); columns of weight 1 or less then get their
        texts on one line where the width allows, and what is left is shared by weight."""
        header = self.horizontalHeader()
        columns = range(len(self.weights))
        least = [max(header.sectionSizeHint(c), self._longest_word(c)) for c in columns]
        widths = list(least)
        spare = max(0, self.viewport().width() - sum(widths))
        for c in columns:
            if self.weights[c] <= 1:
                grown = min(spare, max(0, self.sizeHintForColumn(c) - widths[c]))
                widths[c] += grown
                spare -= grown
        total = sum(self.weights)
        for c in columns:
            self.setColumnWidth(c, widths[c] + int(spare * self.weights[c] / total))
        self.resizeRowsToContents()

    def _longest_word(self, column: int) -> int:
        """The width of the column's longest word, with the cell's margins."""
        metrics = self.fontMetrics()
        longest = 0
        for row in range(self.rowCount()):
            item = self.item(row, column)
            for word in item.text().split() if item is not None else ():
                longest = max(longest, metrics.horizontalAdvance(word))
        return longest + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


def _fill(table: FittedTable, rows: list[list[str]], ids: list[str]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, ids[r])
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.fit()


TITLE = QT_TRANSLATE_NOOP("FeedbackArea", "Feedback to the LTF")
EXPLANATION = QT_TRANSLATE_NOOP(
    "FeedbackArea",
    "The only channel from the LIVC-R to the police: a form goes to the LTF only "
    "after the consensus of every effective participant, signed by the chair, and "
    "never with what was shared under professional secrecy.",
)


class FeedbackArea(QWidget):
    """The register and the hand-over list, as the person's roles allow."""

    def __init__(
        self, workspace: Workspace, shell: Shell, *, choose_path: PathChooser | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("feedbackArea")
        self._ws = workspace
        self._shell = shell
        self._choose_path = choose_path or choose_csv_path
        today, actor = workspace.today(), workspace.actor
        self.shows_register = workspace.may(Resource.FLOW_REGISTER, Action.VIEW)
        self.shows_queue = may_ever(actor, today, Resource.FEEDBACK_FORM, Action.TRANSMIT)
        self.may_preview = may_ever(actor, today, Resource.FEEDBACK_FORM, Action.VIEW)
        self.register: list[RegisterEntry] = []
        self.queue: list[QueueEntry] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.header = AreaHeader(self, TITLE, EXPLANATION)
        layout.addWidget(self.header)
        self.error = MessageLabel(self)
        self.error.setObjectName("feedbackAreaError")
        layout.addWidget(self.error)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("feedbackAreaTabs")
        self.tabs.tabBar().setVisible(self.shows_register and self.shows_queue)
        layout.addWidget(self.tabs, 1)
        self.buttons: dict[str, QPushButton] = {}
        if self.shows_queue:
            self.tabs.addTab(self._build_queue(), "")
        if self.shows_register:
            self.tabs.addTab(self._build_register(), "")
            # What left the LIVC-R to another LIVC-R: the sibling of the register above.
            self.handover_tab = HandoverRegisterTab(workspace, self.tabs)
            self.tabs.addTab(self.handover_tab, "")
            self.tabs.tabBar().setVisible(True)
        self.retranslate_ui()
        self.refresh()
        watch_changes(
            self,
            workspace,
            lambda changes: changes.touches(
                "feedback_form", "feedback_item", "case_file", "handover"
            ),
            self.refresh,
        )

    def _button(
        self, parent: QWidget, row: QHBoxLayout, key: str, handler: Callable[[], object]
    ) -> None:
        button = QPushButton(parent)
        button.setObjectName(f"feedbackArea_{key}")
        button.clicked.connect(handler)
        row.addWidget(button)
        self.buttons[key] = button

    def _build_queue(self) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.queue_table = FittedTable(
            page, "feedbackQueue", (1.0, 0.2, 2.0, 0.6, 1.6, 0.8, 1.2, 1.8)
        )
        layout.addWidget(self.queue_table, 1)
        row = QHBoxLayout()
        self._button(page, row, "queue_preview", lambda: self._preview(self.queue_table))
        self._button(page, row, "transmit", self.transmit)
        self._button(page, row, "answer", self.answer)
        row.addStretch()
        layout.addLayout(row)
        self.queue_hint = QLabel(page)
        self.queue_hint.setWordWrap(True)
        set_role(self.queue_hint, "hint")
        layout.addWidget(self.queue_hint)
        return page

    def _build_register(self) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.register_table = FittedTable(
            page, "flowRegister", (1.0, 0.2, 0.6, 1.6, 3.4, 1.4, 1.2, 1.4)
        )
        layout.addWidget(self.register_table, 1)
        row = QHBoxLayout()
        if self.may_preview:
            self._button(page, row, "register_preview", lambda: self._preview(self.register_table))
        self._button(page, row, "export", self.export)
        self.buttons["export"].setVisible(self._ws.may(Resource.FLOW_REGISTER, Action.EXPORT))
        row.addStretch()
        layout.addLayout(row)
        return page

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register and the hand-over list again."""
        self.error.clear_message()
        try:
            if self.shows_queue:
                self.queue = TransmissionService(self._ws).queue()
            if self.shows_register:
                self.register = FlowRegister(self._ws).entries()
                self.handover_tab.refresh()
        except DomainError as error:
            self.error.show_message(show_error(error))
        self._render()

    def _render(self) -> None:
        language = current_language()

        def day(value: date | None) -> str:
            return format_date(value, language) if value else ""

        if self.shows_queue:
            _fill(
                self.queue_table,
                [
                    [
                        e.case_code,
                        str(e.number),
                        show_text(e.purpose.label),
                        Language(e.language).endonym,
                        e.ltf_name,
                        day(e.approved_at.date() if e.approved_at else None),
                        show_text(e.status.label),
                        " – ".join(v for v in (day(e.transmitted_on), e.transmitted_to) if v),
                    ]
                    for e in self.queue
                ],
                [e.form_id for e in self.queue],
            )
        if self.shows_register:
            _fill(
                self.register_table,
                [
                    [
                        e.case_code,
                        str(e.number),
                        day(e.approved_on),
                        "\n".join(
                            [show_text(e.purpose.label)] + [show_text(d.label) for d in e.decisions]
                        ),
                        "\n".join(f"• {text}" for text in e.items),
                        "\n".join(
                            [", ".join(e.approved_by)]
                            + (
                                [self.tr("signed: {name}").format(name=e.signed_by)]
                                if e.signed_by
                                else []
                            )
                        ),
                        "\n".join(
                            v for v in (show_text(e.status.label), day(e.acknowledged_on)) if v
                        ),
                        "\n".join(
                            v
                            for v in (day(e.transmitted_on), e.transmitted_to, e.transmitted_by)
                            if v
                        ),
                    ]
                    for e in self.register
                ],
                [e.form_id for e in self.register],
            )

    # -- actions -------------------------------------------------------------------------------

    def _selected_id(self, table: QTableWidget) -> str | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        if item is None:
            self.error.show_message(self.tr("Select a form in the list first."))
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def _selected_entry(self) -> QueueEntry | None:
        form_id = self._selected_id(self.queue_table)
        return next((e for e in self.queue if e.form_id == form_id), None)

    def _preview(self, table: QTableWidget) -> None:
        form_id = self._selected_id(table)
        if form_id is not None:
            FeedbackPreview(self._ws, form_id, self).exec()

    def transmit(self) -> None:
        """Record that the selected form was handed to the LTF."""
        entry = self._selected_entry()
        if entry is not None:
            HandOverDialog(
                TRANSMIT, TransmissionService(self._ws), entry, self._ws.today(), self
            ).exec()

    def answer(self) -> None:
        """Record the LTF's answer to the selected form."""
        entry = self._selected_entry()
        if entry is not None:
            HandOverDialog(
                ANSWER, TransmissionService(self._ws), entry, self._ws.today(), self
            ).exec()

    def export(self) -> Path | None:
        """Export the register to a CSV file the person chooses (journaled)."""
        name = self.tr("register-ltf-{date}.csv").format(date=self._ws.today().isoformat())
        target = self._choose_path(self, name)
        if target is None:
            return None
        try:
            rows = FlowRegister(self._ws).export_csv(target, qt_translate)
        except (DomainError, OSError) as error:
            message = show_error(error) if isinstance(error, DomainError) else str(error.strerror)
            self.error.show_message(message)
            return None
        self._shell.show_status(self.tr("%n form(s) exported.", "", rows))
        return target

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        index = 0
        if self.shows_queue:
            self.tabs.setTabText(index, self.tr("To hand over"))
            index += 1
            self.queue_table.setHorizontalHeaderLabels(
                [
                    self.tr("Case"),
                    self.tr("No."),
                    self.tr("Purpose"),
                    self.tr("Language"),
                    self.tr("For the LTF"),
                    self.tr("Approved"),
                    self.tr("Status"),
                    self.tr("Handed over"),
                ]
            )
            self.buttons["queue_preview"].setText(self.tr("Preview and print…"))
            self.buttons["transmit"].setText(self.tr("Handed to the LTF…"))
            self.buttons["answer"].setText(self.tr("Answer of the LTF…"))
            self.queue_hint.setText(
                self.tr(
                    "Only you, as Information Officer, record the hand-over and the LTF's "
                    "answer. Record only unclassified information."
                )
            )
        if self.shows_register:
            self.tabs.setTabText(index, self.tr("Register of what flowed"))
            self.register_table.setHorizontalHeaderLabels([show_text(h) for h in SCREEN_HEADERS])
            if "register_preview" in self.buttons:
                self.buttons["register_preview"].setText(self.tr("Preview…"))
            self.buttons["export"].setText(self.tr("Export (CSV)…"))
            self.tabs.setTabText(index + 1, self.tr("Hand-overs to other LIVC-Rs"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
