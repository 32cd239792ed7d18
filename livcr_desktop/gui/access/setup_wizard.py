"""The first-start wizard: language, the LIVC-R, the first coordinator, then the recovery key
(or, instead, restoring a backup into the empty folder: see wizard_restore_page.py).

The LIVC-R is created when the coordinator page is confirmed, so that the recovery key shown on
the last page is the one that really opens the new data folder; that page cannot go back and
cannot be cancelled, and it only finishes once the person says the key is stored safely.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from livcr_desktop.domain.accounts import suggest_username
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.access.recovery_renewal import SHEET_NAME, choose_pdf_path
from livcr_desktop.gui.access.wizard_intro_page import (
    PAGE_COORDINATOR,
    PAGE_FINGERPRINT,
    PAGE_INTRO,
    PAGE_JOIN,
    PAGE_LIVCR,
    PAGE_RECOVERY,
    PAGE_RESTORE,
    IntroPage,
)
from livcr_desktop.gui.access.wizard_join_pages import (
    ChooseInvitation,
    FingerprintPage,
    JoinPage,
    choose_invitation_file,
)
from livcr_desktop.gui.access.wizard_restore_page import RestoreBackup, RestorePage
from livcr_desktop.gui.backup.actions import ChooseFile, choose_backup_source
from livcr_desktop.gui.generated.ui_wizard_coordinator_page import Ui_CoordinatorPage
from livcr_desktop.gui.generated.ui_wizard_livcr_page import Ui_LivcrPage
from livcr_desktop.gui.kit.fitted_wizard import FittedWizard
from livcr_desktop.gui.kit.forms import FormFeedback
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, replace_widget, set_role
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.access.recovery import export_recovery_sheet
from livcr_desktop.services.setup import (
    CoordinatorDetails,
    LivcrDetails,
    validate_coordinator,
    validate_livcr_details,
)
from livcr_desktop.services.workspace import Workspace

CreateLivcr = Callable[[LivcrDetails, CoordinatorDetails], tuple[Workspace, str]]
"""Creates the LIVC-R and returns the coordinator's workspace and the recovery key."""


def _replace_label(label: QLabel) -> MessageLabel:
    """Swap a plain label from a .ui form for a MessageLabel in the same place."""
    message = MessageLabel(label.parentWidget())
    replace_widget(label, message)
    return message


class LivcrPage(QWizardPage):
    """The LIVC-R's name, member municipalities and working language."""

    def __init__(self, languages: LanguageManager) -> None:
        super().__init__()
        self.ui = Ui_LivcrPage()
        self.ui.setupUi(self)
        self._languages = languages
        self.error = _replace_label(self.ui.errorLabel)
        set_role(self.ui.jointHintLabel, "hint")
        fill_language_combo(self.ui.workingLanguageCombo, languages.language)
        self.feedback = FormFeedback(
            self.error,
            {
                "name": self.ui.livcrNameEdit,
                "municipalities": self.ui.municipalityEditor.name_edit,
            },
        )
        languages.language_changed.connect(self._follow_interface_language)

    def _follow_interface_language(self, language: Language) -> None:
        fill_language_combo(self.ui.workingLanguageCombo, language)

    def details(self) -> LivcrDetails:
        """What the page holds."""
        return LivcrDetails(
            name=self.ui.livcrNameEdit.text(),
            municipalities=self.ui.municipalityEditor.names(),
            language=selected_language(self.ui.workingLanguageCombo),
        )

    def validatePage(self) -> bool:
        try:
            validate_livcr_details(self.details())
        except DomainError as error:
            self.feedback.show(error)
            return False
        self.feedback.clear()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


class CoordinatorPage(QWizardPage):
    """The first coordinator's account; confirming it creates the LIVC-R."""

    def __init__(self, create: Callable[[CoordinatorDetails], bool]) -> None:
        super().__init__()
        self.ui = Ui_CoordinatorPage()
        self.ui.setupUi(self)
        self._create = create
        self._username_touched = False
        self.error = _replace_label(self.ui.errorLabel)
        set_role(self.ui.passphraseHintLabel, "hint")
        self.feedback = FormFeedback(
            self.error,
            {
                "full_name": self.ui.fullNameEdit,
                "organisation": self.ui.organisationEdit,
                "username": self.ui.usernameEdit,
                "passphrase": self.ui.passphraseEdit,
                "confirmation": self.ui.confirmationEdit,
            },
        )
        self.ui.fullNameEdit.textEdited.connect(self._suggest_username)
        self.ui.usernameEdit.textEdited.connect(self._username_edited)

    def _username_edited(self) -> None:
        self._username_touched = bool(self.ui.usernameEdit.text())

    def _suggest_username(self, name: str) -> None:
        if not self._username_touched:
            self.ui.usernameEdit.setText(suggest_username(name))

    def details(self) -> CoordinatorDetails:
        """What the page holds."""
        return CoordinatorDetails(
            full_name=self.ui.fullNameEdit.text(),
            organisation=self.ui.organisationEdit.text(),
            username=self.ui.usernameEdit.text(),
            passphrase=self.ui.passphraseEdit.text(),
            confirmation=self.ui.confirmationEdit.text(),
        )

    def validatePage(self) -> bool:
        details = self.details()
        try:
            validate_coordinator(details)
        except DomainError as error:
            self.feedback.show(error)
            return False
        self.feedback.clear()
        return self._create(details)

    def show_failure(self, error: DomainError) -> None:
        """Show why creating the LIVC-R failed."""
        self.feedback.show(error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


class RecoveryPage(QWizardPage):
    """The recovery key, shown once, with a printable sheet; finishing needs a confirmation."""

    def __init__(self, languages: LanguageManager) -> None:
        super().__init__()
        self._languages = languages
        self.workspace: Workspace | None = None
        self.recovery_key = ""
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.key_label, "recovery-key")
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(icon("pdf"), "", self)
        self.pdf_button.setObjectName("saveRecoveryPdfButton")
        self.pdf_button.setAutoDefault(False)
        row.addWidget(self.pdf_button)
        row.addStretch()
        layout.addLayout(row)
        self.notice = MessageLabel(self, role="notice")
        self.error = MessageLabel(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addStretch()
        self.stored_check = QCheckBox(self)
        self.stored_check.setObjectName("recoveryStoredCheck")
        layout.addWidget(self.stored_check)
        self.registerField("recoveryStored*", self.stored_check)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.retranslate_ui()

    def show_key(self, workspace: Workspace, recovery_key: str) -> None:
        """Show the key of the LIVC-R that was just created."""
        self.workspace = workspace
        self.recovery_key = recovery_key
        groups = recovery_key.split("-")
        self.key_label.setText("  ".join(groups[:5]) + "\n" + "  ".join(groups[5:]))

    def nextId(self) -> int:
        return -1  # the last page of a setup (the restore page comes after it only by number)

    def save_pdf_to(self, path: Path) -> None:
        """Write the recovery sheet (also used by tests, which cannot click a file dialog)."""
        if self.workspace is None:
            return
        try:
            export_recovery_sheet(self.workspace, self.recovery_key, path, self._languages.language)
        except (DomainError, OSError) as error:
            self.error.show_message(
                show_error(error)
                if isinstance(error, DomainError)
                else self.tr("The PDF could not be written: {reason}").format(
                    reason=error.strerror or type(error).__name__
                )
            )
            return
        self.error.clear_message()
        self.notice.show_message(
            self.tr(
                "The recovery sheet was saved as {file}. Print it, lock it away, and then "
                "delete the file."
            ).format(file=path)
        )

    def _save_pdf(self) -> None:
        path = choose_pdf_path(self, SHEET_NAME)
        if path is not None:
            self.save_pdf_to(path)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("Shown only once. Keep it locked away, never with the laptop."))
        self.explanation.setText(
            self.tr(
                "The LIVC-R has been created. This recovery key opens its data when no passphrase "
                "is known any more. It is shown only now: print the sheet or write the key down, "
                "and keep it locked away, never with the laptop."
            )
        )
        self.pdf_button.setText(self.tr("Save the recovery sheet as PDF…"))
        self.stored_check.setText(self.tr("The recovery key is printed or written down"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SetupWizard(FittedWizard):
    """The first-start wizard. After `exec()`, `workspace` is set or `wants_demo()` is true."""

    def __init__(
        self,
        languages: LanguageManager,
        data_dir: Path,
        create: CreateLivcr,
        parent: QWidget | None = None,
        *,
        restore: RestoreBackup | None = None,
        choose_backup: ChooseFile = choose_backup_source,
        choose_invitation: ChooseInvitation = choose_invitation_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("livcr").pixmap(48, 48))
        self.setMinimumSize(720, 560)
        self._create = create
        self.workspace: Workspace | None = None
        self.intro = IntroPage(languages, data_dir, can_restore=restore is not None)
        self.livcr_page = LivcrPage(languages)
        self.coordinator_page = CoordinatorPage(self._create_livcr)
        self.recovery_page = RecoveryPage(languages)
        self.setPage(PAGE_INTRO, self.intro)
        self.setPage(PAGE_LIVCR, self.livcr_page)
        self.setPage(PAGE_COORDINATOR, self.coordinator_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.restore_page = RestorePage(restore, choose_backup)
        self.restore_page.restored.connect(self._restored)
        self.setPage(PAGE_RESTORE, self.restore_page)
        self.join_page = JoinPage(data_dir, choose_invitation)
        self.fingerprint_page = FingerprintPage(self.join_page, data_dir)
        self.setPage(PAGE_JOIN, self.join_page)
        self.setPage(PAGE_FINGERPRINT, self.fingerprint_page)
        self.currentIdChanged.connect(self._page_changed)
        self.retranslate_ui()

    def wants_demo(self) -> bool:
        """True when the person chose the demo on the first page."""
        return self.intro.wants_demo() and self.workspace is None

    @property
    def joined(self) -> bool:
        """True when this laptop joined an LIVC-R (the normal sign-in follows)."""
        return self.join_page.joined is not None

    def _create_livcr(self, coordinator: CoordinatorDetails) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace, recovery_key = self._create(self.livcr_page.details(), coordinator)
        except DomainError as error:
            self.coordinator_page.show_failure(error)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.workspace = workspace
        self.recovery_page.show_key(workspace, recovery_key)
        return True

    def _page_changed(self, page_id: int) -> None:
        # Only the recovery key's page is a point of no return; the restore page, also a last
        # page, keeps Back and Cancel.
        locked = page_id in (PAGE_RECOVERY, PAGE_FINGERPRINT)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, locked)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, locked)

    def _restored(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def reject(self) -> None:
        # Once the LIVC-R exists, closing the window must not lose the only view of the key.
        if self.workspace is not None and not self.field("recoveryStored"):
            return
        self.join_page.passphrase = ""
        super().reject()

    def accept(self) -> None:
        self.join_page.passphrase = ""  # the first sync is done, or left to the sign-in
        super().accept()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Set up LIVC-R Desktop"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # QWizard does not re-translate its own buttons on a language change; setting the
            # style again makes it fetch Back/Next/Finish/Cancel from the new translator.
            style = self.wizardStyle()
            self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
            self.setWizardStyle(style)
        super().changeEvent(event)
