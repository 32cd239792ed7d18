"""The first-start wizard, clicked through as a coordinator would."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.livcr import NAME_REQUIRED
from livcr_desktop.domain.passphrase import TOO_SHORT
from livcr_desktop.domain.recovery import generate_recovery_key
from livcr_desktop.gui.access.setup_wizard import (
    PAGE_COORDINATOR,
    PAGE_LIVCR,
    PAGE_RECOVERY,
    SetupWizard,
)
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.i18n.catalog import catalog
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.folders import DataFolder, FolderState
from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails, initialise
from livcr_desktop.services.workspace import Workspace
from tests.gui.helpers import click, type_text
from tests.helpers.messages import shows

PASSPHRASE = "Zon-Boven-Brugge-77"


def make_wizard(qtbot: QtBot, languages: LanguageManager, data_dir: Path) -> SetupWizard:
    folder = DataFolder(data_dir)

    def create(livcr: LivcrDetails, coordinator: CoordinatorDetails) -> tuple[Workspace, str]:
        key = generate_recovery_key()
        return initialise(folder, livcr, coordinator, key), key

    wizard = SetupWizard(languages, data_dir, create)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def fill_livcr_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    page = wizard.livcr_page
    type_text(qtbot, page.ui.livcrNameEdit, "LIVC-R Proefvallei")
    editor = page.ui.municipalityEditor
    for name in ("Proefdorp", "Sint-Fictief-Liège"):
        type_text(qtbot, editor.name_edit, name)
        click(qtbot, editor.add_button)
    assert editor.names() == ["Proefdorp", "Sint-Fictief-Liège"]


def fill_coordinator_page(qtbot: QtBot, wizard: SetupWizard, passphrase: str) -> None:
    ui = wizard.coordinator_page.ui
    type_text(qtbot, ui.fullNameEdit, "Élise Proef")
    assert ui.usernameEdit.text() == "elise.proef"  # suggested from the name
    type_text(qtbot, ui.organisationEdit, "Preventiedienst Proefdorp")
    type_text(qtbot, ui.passphraseEdit, passphrase)
    type_text(qtbot, ui.confirmationEdit, passphrase)


def test_the_wizard_sets_up_an_livcr_end_to_end(
    qtbot: QtBot, languages: LanguageManager, data_dir: Path, tmp_path: Path
) -> None:
    wizard = make_wizard(qtbot, languages, data_dir)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)
    assert wizard.currentId() == PAGE_LIVCR
    click(qtbot, next_button)  # nothing filled in: refused with a message
    assert wizard.currentId() == PAGE_LIVCR
    assert wizard.livcr_page.error.isVisible()
    assert shows(wizard.livcr_page.error.text(), NAME_REQUIRED)
    fill_livcr_page(qtbot, wizard)
    click(qtbot, next_button)
    assert wizard.currentId() == PAGE_COORDINATOR
    fill_coordinator_page(qtbot, wizard, PASSPHRASE)
    click(qtbot, next_button)
    assert wizard.currentId() == PAGE_RECOVERY
    assert DataFolder(data_dir).state() is FolderState.READY

    recovery = wizard.recovery_page
    shown = recovery.key_label.text().replace("\n", "  ").split()
    assert "-".join(shown) == recovery.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before the person confirms the key is stored
    wizard.reject()  # closing now would lose the only view of the key: refused
    assert wizard.isVisible()
    pdf = tmp_path / "recovery.pdf"
    recovery.save_pdf_to(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for group in recovery.recovery_key.split("-"):
        assert group in text
    assert "LIVC-R Proefvallei" in text
    click(qtbot, recovery.stored_check)
    assert finish.isEnabled()
    click(qtbot, finish)
    assert wizard.result() == 1
    assert wizard.workspace is not None
    assert wizard.workspace.actor.display_name == "Élise Proef"
    wizard.workspace.close()
    access = FolderAccess(DataFolder(data_dir))
    account = access.accounts()[0]
    access.sign_in(account.account_id, PASSPHRASE).close()


def test_a_weak_passphrase_is_refused_on_the_page_with_the_reason(
    qtbot: QtBot, languages: LanguageManager, data_dir: Path
) -> None:
    wizard = make_wizard(qtbot, languages, data_dir)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)
    fill_livcr_page(qtbot, wizard)
    click(qtbot, next_button)
    fill_coordinator_page(qtbot, wizard, "kort")
    click(qtbot, next_button)
    page = wizard.coordinator_page
    assert wizard.currentId() == PAGE_COORDINATOR
    assert shows(page.error.text(), TOO_SHORT)
    assert page.ui.passphraseEdit.property("invalid") == "true"
    assert DataFolder(data_dir).state() is FolderState.EMPTY


def test_choosing_a_language_retranslates_the_open_wizard(
    qtbot: QtBot, languages: LanguageManager, data_dir: Path
) -> None:
    wizard = make_wizard(qtbot, languages, data_dir)
    english_title = wizard.intro.title()
    combo = wizard.intro.language_combo
    for language, next_text in (
        (Language.FR, "Suivant"),
        (Language.DE, "Weiter"),
        (Language.NL, "Volgende"),
    ):
        combo.setCurrentIndex(combo.findData(language.value))
        assert languages.language is language
        # Qt posts the LanguageChange events; they arrive on the next turn of the event loop.
        expected = catalog(language).translate("IntroPage", english_title)
        assert expected != english_title
        qtbot.waitUntil(lambda: wizard.intro.title() == expected)  # noqa: B023
        assert next_text in wizard.button(QWizard.WizardButton.NextButton).text()
        assert wizard.livcr_page.ui.livcrNameLabel.text() != "Name of the LIVC-R"
    # the working language follows the interface language chosen at the start
    from livcr_desktop.gui.kit.language_combo import selected_language

    assert selected_language(wizard.livcr_page.ui.workingLanguageCombo) is Language.NL


def test_the_demo_choice_finishes_at_once(
    qtbot: QtBot, languages: LanguageManager, data_dir: Path
) -> None:
    wizard = make_wizard(qtbot, languages, data_dir)
    click(qtbot, wizard.intro.demo_radio)
    assert wizard.intro.isFinalPage()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.wants_demo()
    assert DataFolder(data_dir).state() is FolderState.EMPTY
