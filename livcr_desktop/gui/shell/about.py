"""About LIVC-R Desktop: version, where the data lives, and the licences of what it ships."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop import __version__
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.licences import NOTICES, licence_texts_folder


class AboutDialog(FittedDialog):
    """Version and licence notices."""

    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._data_dir = data_dir
        layout = QVBoxLayout(self)
        logo = QLabel(self)
        logo.setPixmap(icon("livcr").pixmap(64, 64))
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(self)
        self.title.setObjectName("aboutTitle")
        set_role(self.title, "title")
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        self.details = QLabel(self)
        self.details.setObjectName("aboutDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.table = QTableWidget(len(NOTICES), 3, self)
        self.table.setObjectName("licenceTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, notice in enumerate(NOTICES):
            for column, value in enumerate((notice.component, notice.licence, notice.url)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("About LIVC-R Desktop"))
        self.title.setText(self.tr("LIVC-R Desktop {version}").format(version=__version__))
        lines = [
            self.tr(
                "For the operational and strategic tables of a local integrated security cell "
                "on radicalism, extremism and terrorism (LIVC-R / CSIL-R)."
            ),
            self.tr("Python {python}, Qt {qt}, PySide6 {pyside}").format(
                python=platform.python_version(), qt=qVersion(), pyside=PySide6.__version__
            ),
        ]
        if self._data_dir is not None:
            lines.append(self.tr("Data folder: {path}").format(path=self._data_dir))
        texts = licence_texts_folder()
        if texts is not None:  # an installed bundle carries the full licence texts
            lines.append(self.tr("Full licence texts: {path}").format(path=texts))
        self.details.setText("\n".join(lines))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Licence"), self.tr("Source and licence text")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
