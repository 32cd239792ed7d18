"""Settings: this device's interface language, and (for the coordinator) the LIVC-R's profile."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.gui.generated.ui_settings_dialog import Ui_SettingsDialog
from livcr_desktop.gui.kit.forms import FormFeedback
from livcr_desktop.gui.kit.guarded_dialog import GuardedDialog
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.kit.widgets import MessageLabel, replace_widget, set_role
from livcr_desktop.gui.settings.case_code_field import CaseCodeField
from livcr_desktop.gui.settings.figures_page import FiguresSettingsPage
from livcr_desktop.gui.settings.life_domains_page import LifeDomainsPage
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import IDLE_LOCK_MINUTES, UI_LANGUAGE, DeviceSettings


class SettingsDialog(GuardedDialog):
    """The Settings dialog; OK applies everything or shows what is wrong and stays open."""

    def __init__(
        self,
        workspace: Workspace,
        languages: LanguageManager,
        settings: DeviceSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._ws = workspace
        self._languages = languages
        self._settings = settings
        self._profiles = ProfileService(workspace)
        self.error = MessageLabel(self)
        replace_widget(self.ui.errorLabel, self.error)
        self.error.setObjectName("settingsError")
        set_role(self.ui.languageHintLabel, "hint")
        set_role(self.ui.livcrNoteLabel, "hint")
        fill_language_combo(self.ui.languageCombo, languages.language)
        self.ui.idleLockSpin.setValue(settings.get(IDLE_LOCK_MINUTES))

        profile = self._profiles.profile()
        self._original = (
            profile.name,
            profile.working_language,
            [m.name for m in profile.municipalities if m.active],
            profile.case_code_scheme,
        )
        self.code_scheme = CaseCodeField(profile.case_code_scheme, workspace.today().year, self)
        replace_widget(self.ui.codeSchemeEdit, self.code_scheme)
        self.ui.livcrNameEdit.setText(profile.name)
        fill_language_combo(self.ui.workingLanguageCombo, profile.working_language)
        self.ui.municipalityEditor.set_names(list(self._original[2]))
        self._may_edit = workspace.may(Resource.LIVCR_PROFILE, Action.EDIT)
        for widget in (
            self.ui.livcrNameEdit,
            self.ui.workingLanguageCombo,
            self.ui.municipalityEditor,
            self.code_scheme,
        ):
            widget.setEnabled(self._may_edit)
        self.feedback = FormFeedback(
            self.error,
            {
                "name": self.ui.livcrNameEdit,
                "municipalities": self.ui.municipalityEditor.name_edit,
                "code_scheme": self.code_scheme.prefix_edit,
            },
        )
        self.life_domains = LifeDomainsPage(workspace, self.ui.tabs)
        self.ui.tabs.addTab(self.life_domains, "")
        self.figures = FiguresSettingsPage(workspace, self.ui.tabs)
        self.ui.tabs.addTab(self.figures, "")
        self.feedback.fields["threshold"] = self.figures.threshold_spin
        self.feedback.fields["interval"] = self.figures.interval_spin
        self.ui.buttonBox.accepted.connect(self.apply_and_close)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate_ui()

    def apply_and_close(self) -> None:
        """Save the LIVC-R profile (if changed and allowed), then switch the language."""
        if self._may_edit:
            name = self.ui.livcrNameEdit.text()
            working = selected_language(self.ui.workingLanguageCombo)
            municipalities = self.ui.municipalityEditor.names()
            try:
                scheme = self.code_scheme.scheme()
                if (name, working, municipalities, scheme) != self._original:
                    self._profiles.update(name, working, municipalities, scheme)
            except DomainError as error:
                self.ui.tabs.setCurrentWidget(self.ui.livcrTab)
                self.feedback.show(error)
                return
            try:
                self.figures.apply()
            except DomainError as error:
                self.ui.tabs.setCurrentWidget(self.figures)
                self.feedback.show(error)
                return
        self._settings.set(IDLE_LOCK_MINUTES, self.ui.idleLockSpin.value())
        language = selected_language(self.ui.languageCombo)
        self._settings.set(UI_LANGUAGE, language.value)
        if language is not self._languages.language:
            self._languages.set_language(language)
        self.accept()

    def retranslate_ui(self) -> None:
        """Set the texts that the .ui form does not hold."""
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.life_domains), self.tr("Life domains"))
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.figures), self.tr("Figures"))
        self.ui.livcrNoteLabel.setText(
            self.tr(
                "Removing a municipality retires it: its cases and role assignments stay readable."
            )
            if self._may_edit
            else self.tr("Only a coordinator can change the LIVC-R's details.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate_ui()
        super().changeEvent(event)
