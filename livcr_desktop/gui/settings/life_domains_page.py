"""Settings › Life domains: the list every evaluation rates, as this LIVC-R wants it.

The coordinator renames, adds, retires, restores and reorders domains; each change is saved at
once and journaled. Retiring never deletes: earlier evaluations keep their ratings and the chart
keeps showing them. Others see the list without the buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.life_domains import LifeDomain
from livcr_desktop.gui.kit.text import qt_translate, show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.services.trajectories.life_domains import LifeDomainService
from livcr_desktop.services.workspace import Workspace


class LifeDomainsPage(QWidget):
    """The life domains of the LIVC-R, with the coordinator's buttons."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifeDomainsPage")
        self._service = LifeDomainService(workspace)
        self.domains: tuple[LifeDomain, ...] = ()
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setObjectName("lifeDomainList")
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("lifeDomainNameEdit")
        row.addWidget(self.name_edit, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (("add", self.add), ("rename", self.rename)):
            row.addWidget(self._button(key, handler))
        layout.addLayout(row)
        row = QHBoxLayout()
        for key, handler in (
            ("retire", self.retire),
            ("restore", self.restore),
            ("up", lambda: self.move_selected(-1)),
            ("down", lambda: self.move_selected(1)),
        ):
            row.addWidget(self._button(key, handler))
        row.addStretch()
        layout.addLayout(row)
        self.message = MessageLabel(self)
        self.message.setObjectName("lifeDomainsMessage")
        layout.addWidget(self.message)
        may = self._service.may_configure()
        for widget in (self.name_edit, *self.buttons.values()):
            widget.setEnabled(may)
        self.list.currentRowChanged.connect(self._selected_changed)
        self.retranslate_ui()

    def _button(self, key: str, handler: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(f"lifeDomain_{key}Button")
        button.clicked.connect(handler)
        self.buttons[key] = button
        return button

    def reload(self, select: str | None = None) -> None:
        """Read the list again (keeping or choosing the selection)."""
        current = select or self.selected_id()
        self.domains = self._service.domains()
        self.list.clear()
        retired = self.tr("{domain} (retired)")
        for domain in sorted(self.domains, key=lambda d: (not d.active, d.position)):
            name = domain.name(qt_translate)
            item = QListWidgetItem(name if domain.active else retired.format(domain=name))
            item.setData(Qt.ItemDataRole.UserRole, domain.id)
            if not domain.active:
                item.setForeground(QBrush(QColor("#6b7785")))
            self.list.addItem(item)
            if domain.id == current:
                self.list.setCurrentItem(item)

    def selected_id(self) -> str | None:
        """The id of the selected domain."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selected_changed(self, _row: int) -> None:
        domain = next((d for d in self.domains if d.id == self.selected_id()), None)
        if domain is not None:
            self.name_edit.setText(domain.name(qt_translate))

    def _do(self, action: Callable[[], object], select: str | None = None) -> None:
        try:
            result = action()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.message.clear_message()
        self.reload(select or (result if isinstance(result, str) else None))

    def add(self) -> None:
        """Add the typed name as a new domain."""
        self._do(lambda: self._service.add(self.name_edit.text()))

    def rename(self) -> None:
        """Give the selected domain the typed name."""
        chosen = self._need_selection()
        if chosen is not None:
            self._do(lambda: self._service.rename(chosen, self.name_edit.text()), chosen)

    def retire(self) -> None:
        """Stop rating the selected domain from now on."""
        chosen = self._need_selection()
        if chosen is not None:
            self._do(lambda: self._service.retire(chosen), chosen)

    def restore(self) -> None:
        """Take the selected retired domain back into use."""
        chosen = self._need_selection()
        if chosen is not None:
            self._do(lambda: self._service.restore(chosen), chosen)

    def move_selected(self, offset: int) -> None:
        """Move the selected domain up or down."""
        chosen = self._need_selection()
        if chosen is not None:
            self._do(lambda: self._service.move(chosen, offset), chosen)

    def _need_selection(self) -> str | None:
        chosen = self.selected_id()
        if chosen is None:
            self.message.show_message(self.tr("Select a life domain in the list first."))
        return chosen

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.intro.setText(
            self.tr(
                "Every evaluation rates these life domains as problematic, concern, stable or "
                "positive. Rename them, add your own or retire one: earlier evaluations keep "
                "their ratings, and the chart keeps showing them. Changes are saved at once."
            )
            if self._service.may_configure()
            else self.tr("Only a coordinator can change the life domains.")
        )
        self.name_edit.setPlaceholderText(self.tr("Name of a life domain"))
        for key, text in {
            "add": self.tr("Add"),
            "rename": self.tr("Rename the selected"),
            "retire": self.tr("Retire"),
            "restore": self.tr("Take back into use"),
            "up": self.tr("Move up"),
            "down": self.tr("Move down"),
        }.items():
            self.buttons[key].setText(text)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
