"""Conflicts shown as a person resolves them: the field, both values with who made them and when,
and a "Keep this value" button under each.

Used by the coordinator's Sync area (every conflict) and by the home page (the conflicts the
signed-in person took part in). Resolving is a journaled write (services/sync/conflicts.py); the
panel then refreshes from the change announcement like every other screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_datetime, in_brussels
from livcr_desktop.services.sync.conflicts import (
    ConflictSide,
    ConflictView,
    open_conflicts,
    resolve_conflict,
)
from livcr_desktop.services.workspace import Workspace


class ConflictPanel(QWidget):
    """The open conflicts, one framed block each; hidden by its owner when `count` is 0."""

    def __init__(self, workspace: Workspace, parent: QWidget, *, own_only: bool) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self._ws = workspace
        self._own_only = own_only
        self.conflicts: list[ConflictView] = []
        self.keep_buttons: dict[tuple[int, str], QPushButton] = {}
        self._texts: list[Callable[[], object]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        set_role(self.heading, "subtitle")
        self._layout.addWidget(self.heading)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "hint")
        self._layout.addWidget(self.explanation)
        self.error = MessageLabel(self)
        self._layout.addWidget(self.error)
        self._blocks = QVBoxLayout()
        self._layout.addLayout(self._blocks)
        self.refresh()
        watch_changes(
            self,
            workspace,
            lambda changes: changes.changed_records,
            self.refresh,
        )

    @property
    def count(self) -> int:
        return len(self.conflicts)

    def refresh(self) -> None:
        """Read the open conflicts again and rebuild the blocks."""
        self.conflicts = open_conflicts(self._ws, own_only=self._own_only)
        while self._blocks.count():
            item = self._blocks.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.keep_buttons = {}
        self._texts = []
        for conflict in self.conflicts:
            self._blocks.addWidget(self._block(conflict))
        self.retranslate_ui()

    def _block(self, conflict: ConflictView) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName(f"conflict_{conflict.conflict_id}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        title = QLabel(frame)
        title.setWordWrap(True)
        set_role(title, "subtitle")
        grid.addWidget(title, 0, 0, 1, 2)
        self._texts.append(
            lambda: title.setText(
                self.tr("Field “{field}” of a {record} record").format(
                    field=conflict.field, record=conflict.entity
                )
            )
        )
        for column, side in enumerate(conflict.sides):
            value = QLabel(frame)
            value.setObjectName("conflictValue")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, 1, column)
            who = QLabel(frame)
            who.setWordWrap(True)
            set_role(who, "hint")
            grid.addWidget(who, 2, column)
            keep = QPushButton(frame)
            keep.setObjectName(f"keepValue_{conflict.conflict_id}_{column}")
            keep.clicked.connect(
                lambda _=False, c=conflict.conflict_id, op=side.op_id: self.keep(c, op)
            )
            grid.addWidget(keep, 3, column, Qt.AlignmentFlag.AlignLeft)
            self.keep_buttons[(conflict.conflict_id, side.op_id)] = keep
            self._texts.append(self._side_texts(value, who, keep, side))
        return frame

    def _side_texts(
        self, value: QLabel, who: QLabel, keep: QPushButton, side: ConflictSide
    ) -> Callable[[], object]:
        def set_texts() -> None:
            value.setText(self._value_text(side))
            who.setText(self._author_text(side))
            keep.setText(self.tr("Keep this value"))

        return set_texts

    def _value_text(self, side: ConflictSide) -> str:
        if side.deleted:
            return self.tr("(the record was deleted)")
        if side.value is None or side.value == "":
            return self.tr("(empty)")
        return str(side.value)

    def _author_text(self, side: ConflictSide) -> str:
        author = side.author or self.tr("someone unknown")
        if side.made_at is None:
            return self.tr("by {author}").format(author=author)
        return self.tr("by {author}, {moment}").format(
            author=author,
            moment=format_datetime(in_brussels(side.made_at), current_language(), "short"),
        )

    def keep(self, conflict_id: int, op_id: str) -> None:
        """Resolve a conflict by keeping one side's value (a button's click)."""
        try:
            resolve_conflict(self._ws, conflict_id, op_id)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.error.clear_message()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        for set_texts in self._texts:
            set_texts()
        self.heading.setText(
            self.tr("Your conflicts to resolve ({count})").format(count=self.count)
            if self._own_only
            else self.tr("Conflicts to resolve ({count})").format(count=self.count)
        )
        self.explanation.setText(
            self.tr(
                "Two people changed the same field without seeing each other's change. Both "
                "values are kept; choose the one that is right."
            )
            if self.conflicts
            else self.tr("No conflicts.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
