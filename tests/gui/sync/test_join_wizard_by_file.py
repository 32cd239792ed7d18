"""A school's laptop that never reaches the hub joins through the setup wizard by files: the
invitation, the fingerprint, the join request saved for the coordinator, the coordinator's first
bundle imported; then a normal sign-in. No hub anywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.access.setup_wizard import SetupWizard
from livcr_desktop.gui.access.wizard_intro_page import PAGE_FINGERPRINT
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.owner_only import replace_private
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.enrolment import JoinRequest, approve_request, invite_by_file
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from tests.gui.helpers import click, type_text
from tests.helpers.factories import add_person, make_case, make_livcr

PASSPHRASE = "Rustige-Kastanjelaan-Zin-42"


def _no_creation(_livcr: object, _coordinator: object) -> tuple[Workspace, str]:
    raise AssertionError("joining creates no LIVC-R")


def test_the_wizard_joins_by_files(
    qtbot: QtBot, tmp_path: Path, languages: LanguageManager
) -> None:
    made = make_livcr(tmp_path / "coordinator")
    coordinator = made.workspace
    school = add_person(made, "Sofie School", "sofie.s", Role.PARTNER)
    InvolvementService(coordinator).invite(make_case(made, "Jonas", "Gedeeld"), school.member_id)
    invitation = invite_by_file(coordinator, "sofie.s")
    invitation_file = tmp_path / "sofie.livcrinvite"
    replace_private(invitation_file, invitation.to_json())
    request_file, bundle = tmp_path / "aanvraag.json", tmp_path / "eerste.livcr-bundle"

    root = tmp_path / "school"
    wizard = SetupWizard(
        languages, root, _no_creation, choose_invitation=lambda _parent: invitation_file
    )
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard.intro.join_radio)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.join_page
    click(qtbot, page.choose_button)
    type_text(qtbot, page.passphrase_edit, PASSPHRASE)
    type_text(qtbot, page.confirmation_edit, PASSPHRASE)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_FINGERPRINT, timeout=20_000)

    fingerprint_page = wizard.fingerprint_page
    box = fingerprint_page.by_file
    assert box.isVisible() and not fingerprint_page.sync_button.isVisible()
    box.choose = lambda _parent, saving: request_file if saving else bundle
    click(qtbot, box.request_button)
    assert request_file.name in box.message.text()

    # The coordinator approves from the file (fingerprint read aloud) and makes the bundle.
    shown = " ".join(fingerprint_page.fingerprint_label.text().split())
    approve_request(coordinator, JoinRequest.read(request_file), shown)
    export_bundle(coordinator, "sofie.s", bundle)
    coordinator.close()

    click(qtbot, box.bundle_button)
    qtbot.waitUntil(lambda: fingerprint_page.synced, timeout=30_000)
    assert "Tessa Test" in box.message.text()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    workspace = FolderAccess(DataFolder(root)).sign_in(invitation.account_id, PASSPHRASE)
    try:
        assert workspace.actor.username == "sofie.s"
    finally:
        workspace.close()
