"""The parts of the minutes page that show the record: attendance, and one card per item with
its effective participants, action points and (editable while a draft) summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QTableWidget, QVBoxLayout, QWidget

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.minutes import LEFT_AT, AttendanceLine, MinutesItem
from livcr_desktop.domain.minutes_erasure import ERASED_ITEM_LINE
from livcr_desktop.domain.minutes_sealing import SEALED_ITEM_LINE
from livcr_desktop.domain.retention import REVIEW_AT_18_REASON
from livcr_desktop.gui.kit.tables import table_cell
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.meetings.common import numbered_heading
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date, format_time


def fill_attendance(table: QTableWidget, lines: tuple[AttendanceLine, ...]) -> None:
    """Attendance lines in a four-column table (name, organisation, attendance, secrecy)."""
    language = current_language()
    table.setRowCount(len(lines))
    for row, line in enumerate(lines):
        acknowledged = (
            QCoreApplication.translate("MinutesItems", "acknowledged at {time}").format(
                time=format_time(line.secrecy_acknowledged_at, language)
            )
            if line.secrecy_acknowledged_at
            else "—"
        )
        attendance = show_text(line.attendance.label)
        if line.left_at is not None:
            attendance = show_text(
                LEFT_AT, attendance=attendance, time=format_time(line.left_at, language)
            )
        for column, text in enumerate((line.name, line.organisation, attendance, acknowledged)):
            table.setItem(row, column, table_cell(text))
    table.resizeColumnsToContents()


class MinutesItemCard(QFrame):
    """One item of the minutes."""

    def __init__(self, item: MinutesItem, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesItemCard")
        set_role(self, "card")
        self.item = item
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.heading = QLabel(self)
        self.heading.setObjectName("minutesItemHeading")
        set_role(self.heading, "subtitle")
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("minutesItemFacts")
        self.facts.setWordWrap(True)
        self.summary = QPlainTextEdit(item.summary, self)
        self.summary.setObjectName("minutesSummaryEdit")
        self.summary.setReadOnly(not editable)
        self.summary.setMinimumHeight(80 if editable else 50)
        self.summary.setMaximumHeight(160)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.summary)
        self.retranslate_ui()

    def changed(self) -> bool:
        """Whether the summary was edited since it was read."""
        return self.summary.toPlainText().strip() != self.item.summary.strip()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        item = self.item
        translate = QCoreApplication.translate
        heading = numbered_heading(item.position, item.kind, item.heading, item.municipality)
        if item.turned_eighteen_on is not None:  # why the case was discussed, as on the agenda
            heading += "  –  " + show_text(REVIEW_AT_18_REASON)
        if item.postponed:
            heading += "  " + translate("MinutesItems", "(postponed)")
        self.heading.setText(heading)
        lines = []
        language = current_language()
        if item.erased is not None:
            # The case was erased: its place, kind and code stay, nothing else (minutes_erasure).
            self.summary.setVisible(False)
            lines.append(
                show_text(
                    ERASED_ITEM_LINE,
                    day=format_date(item.erased.erased_on, language),
                    rule=item.erased.rule_label,
                )
            )
        elif item.sealed is not None:
            # Its case is not on this laptop: the text travels in the case's scope only.
            self.summary.setVisible(False)
            lines.append(show_text(SEALED_ITEM_LINE))
        elif item.kind is ItemKind.CASE:
            people = ", ".join(item.effective_participants) or translate("MinutesItems", "nobody")
            lines.append(
                translate("MinutesItems", "Effective participants: {people}").format(people=people)
            )
        for point in item.action_points:
            lines.append(
                translate("MinutesItems", "Action point for {owner}, by {day}: {what}").format(
                    owner=point.owner,
                    day=format_date(point.due_on, language),
                    what=point.description,
                )
            )
        for decision in item.decisions:
            outcome = (
                translate("MinutesItems", "final, signed by {name}").format(name=decision.signer)
                if decision.state is DecisionState.SIGNED
                else show_text(decision.outcome.label)
                if decision.state is DecisionState.OPEN
                else show_text(decision.state.label)
            )
            lines.append(
                translate("MinutesItems", "Decision: {kind} ({outcome}): “{wording}”").format(
                    kind=show_text(decision.kind.label), outcome=outcome, wording=decision.wording
                )
            )
        self.facts.setText("\n".join(lines))
        self.facts.setVisible(bool(lines))
        self.summary.setPlaceholderText(
            translate("MinutesItems", "What the table said and agreed on this item")
        )
