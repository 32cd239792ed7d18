"""A member's own laptop joins through the setup wizard: invitation and passphrase, the
fingerprint to read to the coordinator, the first sync once approved, then a normal sign-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.access.setup_wizard import SetupWizard
from livcr_desktop.gui.access.wizard_intro_page import PAGE_FINGERPRINT, PAGE_JOIN
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.owner_only import replace_private
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.sync.first_sync import sign_in_after_first_sync
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from tests.gui.helpers import click, type_text
from tests.gui.sync.conftest import PARTNER_PASSPHRASE, CoordinatorLaptop


def _no_creation(_livcr: object, _coordinator: object) -> tuple[Workspace, str]:
    raise AssertionError("joining creates no LIVC-R")


def test_the_join_path_shows_the_fingerprint_and_runs_the_first_sync(
    qtbot: QtBot,
    tmp_path: Path,
    languages: LanguageManager,
    coordinator_laptop: CoordinatorLaptop,
) -> None:
    invitation_file = tmp_path / "pieter.livcrinvite"
    invitation = coordinator_laptop.invitation()
    replace_private(invitation_file, invitation.to_json())
    root = tmp_path / "partner"
    wizard = SetupWizard(
        languages, root, _no_creation, choose_invitation=lambda _parent: invitation_file
    )
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard.intro.join_radio)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == PAGE_JOIN

    page = wizard.join_page
    click(qtbot, page.choose_button)
    assert "Pieter Partner" in page.invitation_label.text()
    type_text(qtbot, page.passphrase_edit, "kort")
    type_text(qtbot, page.confirmation_edit, "kort")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: "12" in page.error.text(), timeout=10_000)
    assert wizard.currentId() == PAGE_JOIN

    page.passphrase_edit.clear()
    page.confirmation_edit.clear()
    type_text(qtbot, page.passphrase_edit, PARTNER_PASSPHRASE)
    type_text(qtbot, page.confirmation_edit, PARTNER_PASSPHRASE)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: page.joined is not None, timeout=20_000)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_FINGERPRINT, timeout=20_000)

    assert page.joined is not None
    shown = wizard.fingerprint_page.fingerprint_label.text()
    assert shown.split() == page.joined.fingerprint.split()
    assert "\n" in shown  # in lines of groups, to read aloud

    # Not approved yet: the first sync says so and can be tried again.
    fingerprint_page = wizard.fingerprint_page
    click(qtbot, fingerprint_page.sync_button)
    qtbot.waitUntil(lambda: bool(fingerprint_page.error.text()), timeout=20_000)
    assert "not approved" in fingerprint_page.error.text()
    assert fingerprint_page.sync_button.isEnabled()

    coordinator_laptop.approve(" ".join(shown.split()))
    run_coordinator_round(coordinator_laptop)
    click(qtbot, fingerprint_page.sync_button)
    qtbot.waitUntil(lambda: fingerprint_page.synced, timeout=30_000)
    assert wizard.joined
    # The bar was filled batch by batch against what the hub had for this laptop.
    bar = fingerprint_page.progress
    assert bar.maximum() > 1 and bar.value() == bar.maximum()

    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    workspace = FolderAccess(DataFolder(root)).sign_in(invitation.account_id, PARTNER_PASSPHRASE)
    try:
        assert workspace.actor.username == "pieter.partner"
    finally:
        workspace.close()


def run_coordinator_round(laptop: CoordinatorLaptop) -> None:
    from livcr_desktop.services.sync.in_app import run_round

    run_round(laptop.workspace)


def test_signing_in_on_a_joined_laptop_runs_its_first_sync(
    tmp_path: Path, coordinator_laptop: CoordinatorLaptop
) -> None:
    from livcr_desktop.domain.errors import DomainError
    from livcr_desktop.services.sync.first_sync import join_laptop

    invitation = coordinator_laptop.invitation()
    root = tmp_path / "partner"
    joined = join_laptop(root, invitation, PARTNER_PASSPHRASE, PARTNER_PASSPHRASE)
    access = FolderAccess(DataFolder(root))
    try:
        sign_in_after_first_sync(access, invitation.account_id, PARTNER_PASSPHRASE)
    except DomainError as error:
        assert "not approved" in error.render()
    else:
        raise AssertionError("an unapproved laptop cannot sign in")
    coordinator_laptop.approve(joined.fingerprint)
    run_coordinator_round(coordinator_laptop)
    received: list[int] = []
    workspace = sign_in_after_first_sync(
        access,
        invitation.account_id,
        PARTNER_PASSPHRASE,
        progress=lambda done, _total: received.append(done),
    )
    try:
        assert workspace.actor.username == "pieter.partner"
        assert received and received[-1] > 0
    finally:
        workspace.close()
