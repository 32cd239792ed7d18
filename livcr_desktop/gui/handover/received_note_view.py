"""The transfer note a received hand-over carried, shown in the new case's dossier: its pages
rendered in memory off the GUI thread (nothing written to a temporary file), one under the
other, fitted to the window's width. Opening it is journaled on the case (received_note.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.pdf_page_labels import page_image, show_page_images
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.reports.pdf_pages import PageImage, render_pages
from livcr_desktop.services.handover.received_note import open_note
from livcr_desktop.services.workspace import Workspace

RENDER_SCALE = 1.5


class ReceivedNoteView(FittedDialog):
    """The received transfer note of one case."""

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedNoteView")
        self.resize(860, 900)
        self._ws = workspace
        self.case_id = case_id
        self.images: list[QImage] = []
        self.loading = True
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.info = QLabel(self)
        self.info.setObjectName("receivedNoteInfo")
        self.info.setWordWrap(True)
        set_role(self.info, "hint")
        bar.addWidget(self.info, 1)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("receivedNote_close")
        self.close_button.clicked.connect(self.accept)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.error = MessageLabel(self)
        self.error.setObjectName("receivedNoteError")
        layout.addWidget(self.error)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("receivedNotePages")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages = QWidget(self.page_scroll)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(16)
        self.page_scroll.setWidget(self.pages)
        layout.addWidget(self.page_scroll, 1)
        self.retranslate_ui()
        self._load()

    def _load(self) -> None:
        workspace, case_id = self._ws, self.case_id

        def work() -> list[PageImage]:
            return render_pages(open_note(workspace, case_id), RENDER_SCALE)

        run_in_background(work, self._loaded, self._failed, parent=self)

    def _loaded(self, pages: list[PageImage]) -> None:
        self.loading = False
        self.images = [page_image(page) for page in pages]
        self._show_pages()
        self.retranslate_ui()

    def _failed(self, error: Exception) -> None:
        self.loading = False
        if isinstance(error, DomainError):
            self.error.show_message(show_error(error))
        else:
            self.error.show_message(self.tr("The transfer note could not be shown."))
        self.retranslate_ui()

    def _show_pages(self) -> None:
        width = max(200, self.page_scroll.viewport().width() - 40)
        show_page_images(self.pages_layout, self.pages, self.images, width, "receivedNotePage")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.images:
            self._show_pages()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Transfer note received"))
        if self.loading:
            self.info.setText(self.tr("Opening the transfer note…"))
        else:
            self.info.setText(
                self.tr(
                    "The transfer note the other LIVC-R sent with this case, as it arrived "
                    "(%n page(s)).",
                    "",
                    len(self.images),
                )
            )
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
