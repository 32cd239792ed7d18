"""The feedback form as the LTF will read it, shown large enough for a projector.

The PDF is made and its pages rendered in memory off the GUI thread (nothing is written to a
temporary file); the pages are shown one under the other, fitted to the window's width, with
zoom. Whoever may export the form can save the same PDF from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource, may_ever
from livcr_desktop.domain.retention import YOUTH_PROTECTION
from livcr_desktop.gui.kit.pdf_page_labels import page_image, show_page_images
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, choose_save_path
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.reports.pdf_pages import PageImage, render_pages
from livcr_desktop.services.feedback.composing import FeedbackService
from livcr_desktop.services.feedback.exports import FormPdf, export_form_pdf, form_pdf
from livcr_desktop.services.workspace import Workspace

RENDER_SCALE = 2.0
"""Pages are rendered at 144 dpi and scaled down to the window: sharp on a projector."""


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """The save dialog, titled like the preview (tests give their own chooser)."""
    return choose_save_path(parent, parent.window().windowTitle(), suggested, FileType.PDF)


def _minor_code(workspace: Workspace, form_id: str) -> str:
    """The code of the form's case when it is about a minor (the youth-protection warning),
    else ''; read after the PDF, which checked the reader may see the form."""
    view = FeedbackService(workspace).form(form_id, journal=False)
    return view.summary.case_code if view.subject_minor else ""


class FeedbackPreview(FittedDialog):
    """The rendered pages of one form."""

    def __init__(
        self,
        workspace: Workspace,
        form_id: str,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser = choose_pdf_path,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPreview")
        self.resize(900, 980)
        self._ws = workspace
        self.form_id = form_id
        self._choose_path = choose_path
        self.images: list[QImage] = []
        self.pdf: FormPdf | None = None
        self.zoom = 1.0
        self.loading = True

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.info = QLabel(self)
        self.info.setObjectName("feedbackPreviewInfo")
        set_role(self.info, "hint")
        bar.addWidget(self.info, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (
            ("smaller", lambda: self.set_zoom(self.zoom / 1.25)),
            ("larger", lambda: self.set_zoom(self.zoom * 1.25)),
            ("save", self.save),
            ("close", self.accept),
        ):
            button = QPushButton(self)
            button.setObjectName(f"feedbackPreview_{key}")
            button.clicked.connect(handler)
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(bar)
        self.error = MessageLabel(self)
        self.error.setObjectName("feedbackPreviewError")
        layout.addWidget(self.error)
        self.youth = MessageLabel(self, role="notice")
        self.youth.setObjectName("feedbackPreviewYouthWarning")
        layout.addWidget(self.youth)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("feedbackPreviewPages")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages = QWidget(self.page_scroll)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(16)
        self.page_scroll.setWidget(self.pages)
        layout.addWidget(self.page_scroll, 1)
        self.buttons["save"].setEnabled(False)
        self.buttons["save"].setVisible(
            may_ever(workspace.actor, workspace.today(), Resource.FEEDBACK_FORM, Action.EXPORT)
        )
        self.retranslate_ui()
        self._load()

    def _load(self) -> None:
        workspace, form_id = self._ws, self.form_id

        def work() -> tuple[FormPdf, list[PageImage], str]:
            pdf = form_pdf(workspace, form_id)
            return pdf, render_pages(pdf.data, RENDER_SCALE), _minor_code(workspace, form_id)

        run_in_background(work, self._loaded, self._failed, parent=self)

    def _loaded(self, result: tuple[FormPdf, list[PageImage], str]) -> None:
        self.loading = False
        self.pdf, pages, minor_code = result
        self.youth.show_message(show_text(YOUTH_PROTECTION, code=minor_code) if minor_code else "")
        self.images = [page_image(page) for page in pages]
        self.buttons["save"].setEnabled(True)
        self._show_pages()
        self.retranslate_ui()

    def _failed(self, error: Exception) -> None:
        self.loading = False
        if isinstance(error, DomainError):
            self.error.show_message(show_error(error))
        else:
            self.error.show_message(self.tr("The form could not be shown."))
        self.retranslate_ui()

    def _show_pages(self) -> None:
        width = max(200, int((self.page_scroll.viewport().width() - 40) * self.zoom))
        show_page_images(self.pages_layout, self.pages, self.images, width, "feedbackPreviewPage")

    def set_zoom(self, zoom: float) -> None:
        """Show the pages larger or smaller (1.0 fits the window's width)."""
        self.zoom = min(3.0, max(0.4, zoom))
        self._show_pages()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.images:
            self._show_pages()

    def save(self) -> Path | None:
        """Save the PDF where the person chooses (journaled as an export)."""
        if self.pdf is None:
            return None
        content = self.pdf.content
        name = self.tr("feedback-form-{code}-{number}-{language}.pdf").format(
            code=content.case_code, number=content.version_number, language=content.language.value
        )
        target = self._choose_path(self, name)
        if target is None:
            return None
        try:
            return export_form_pdf(self._ws, self.form_id, target)
        except (DomainError, OSError) as error:
            message = show_error(error) if isinstance(error, DomainError) else str(error.strerror)
            self.error.show_message(message)
            return None

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Feedback form – preview"))
        if self.loading:
            self.info.setText(self.tr("Making the form…"))
        elif self.pdf is not None:
            content = self.pdf.content
            self.info.setText(
                self.tr(
                    "Form no. {number} in {language}, %n page(s), as the LTF reads it.",
                    "",
                    len(self.images),
                ).format(number=content.version_number, language=content.language.endonym)
            )
        else:
            self.info.clear()
        self.buttons["smaller"].setText(self.tr("Smaller"))
        self.buttons["larger"].setText(self.tr("Larger"))
        self.buttons["save"].setText(self.tr("Save as PDF…"))
        self.buttons["close"].setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
