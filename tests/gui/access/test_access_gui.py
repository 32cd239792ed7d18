"""The member register, role-dependent areas, the chair on top, and the idle lock, clicked
through as people would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.accounts import NAME_REQUIRED
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.passphrase import MISMATCH
from livcr_desktop.domain.slot_rule import NO_SLOT_GIVEN
from livcr_desktop.gui.access.member_dialogs import AccountDialog, MemberDialog, RoleDialog
from livcr_desktop.gui.access.members_area import MembersArea
from livcr_desktop.gui.access.on_top import OnTopSignInDialog, run_on_top
from livcr_desktop.gui.access.passphrase_dialog import ChangePassphraseDialog
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.settings.dialog import SettingsDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.messages import WRONG_PASSPHRASE, WRONG_PASSPHRASE_ON_TOP
from livcr_desktop.settings import DeviceSettings
from tests.gui.helpers import click, leave_question, type_text, when_shown
from tests.helpers.factories import LivcrFixture, add_person
from tests.helpers.messages import shows

INITIAL = "Eerste-Keer-Wachtwoord-1"


def main_window(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager, workspace=None
) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        workspace or livcr.workspace,
        languages,
        DeviceSettings(livcr.folder.settings_path),
        FolderAccess(livcr.folder),
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_coordinator_registers_a_partner_with_a_role_and_an_account(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    MemberService(livcr.workspace).save_organisation(
        None,
        "CAW Fictiefland",
        OrganisationKind.GENERAL_WELFARE,
        None,
    )
    window = main_window(qtbot, livcr, languages)
    window.navigate("members")
    area = window.current_area()
    assert isinstance(area, MembersArea)

    def fill_member(dialog: MemberDialog) -> None:
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))  # empty: refused
        assert shows(dialog.error.text(), NAME_REQUIRED)
        type_text(qtbot, dialog.name_edit, "Karim Voorbeeld")
        dialog.organisation_combo.setCurrentIndex(
            dialog.organisation_combo.findText("CAW Fictiefland")
        )
        type_text(qtbot, dialog.email_edit, "karim@caw.example")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_shown(MemberDialog, fill_member)
    click(qtbot, area.add_button)
    assert area.selected_member().full_name == "Karim Voorbeeld"  # type: ignore[union-attr]

    def fill_role(dialog: RoleDialog) -> None:
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.CHAIR.value))
        assert dialog.municipality_combo.isEnabled()
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.PARTNER.value))
        assert not dialog.municipality_combo.isEnabled()
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_shown(RoleDialog, fill_role)
    click(qtbot, area.grant_button)
    assert area.roles_table.rowCount() == 1

    def fill_account(dialog: AccountDialog) -> None:
        assert dialog.username_edit.text() == "karim.voorbeeld"
        type_text(qtbot, dialog.passphrase_edit, INITIAL)
        type_text(qtbot, dialog.confirmation_edit, INITIAL)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_shown(AccountDialog, fill_account)
    click(qtbot, area.account_button)
    assert "must be changed" in area.account_state.text()
    # The slot rule: this laptop holds every case, so a partner's account gets no key slot here
    # (they act on top, or get an invitation for their own laptop), and the coordinator is told.
    assert "karim.voorbeeld" not in [a.username for a in FolderAccess(livcr.folder).accounts()]
    assert shows(area.message.text(), NO_SLOT_GIVEN)


def test_each_role_sees_only_its_areas_and_buttons(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    people = {
        Role.PARTNER: add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER),
        Role.DATA_PROTECTION_OFFICER: add_person(
            livcr,
            "Dirk Databescherming",
            "dirk.dpo",
            Role.DATA_PROTECTION_OFFICER,
            organisation="Gemeente Proefdorp",
        ),
        Role.IT_ADMINISTRATOR: add_person(
            livcr,
            "Ines Infra",
            "ines.infra",
            Role.IT_ADMINISTRATOR,
            organisation="Gemeente Proefdorp",
        ),
        Role.STRATEGIC_MEMBER: add_person(
            livcr,
            "Stijn Strategie",
            "stijn.strategie",
            Role.STRATEGIC_MEMBER,
            organisation="Gemeente Proefdorp",
        ),
    }
    access = FolderAccess(livcr.folder)
    for role, person in people.items():
        workspace = access.sign_in(person.account_id, person.passphrase)
        window = main_window(qtbot, livcr, languages, workspace)
        keys = window.area_keys()
        if role is Role.STRATEGIC_MEMBER:
            assert "members" not in keys
        else:
            window.navigate("members")
            area = window.current_area()
            assert isinstance(area, MembersArea)
            assert area.add_button.isHidden()
            assert area.edit_button.isHidden()
            assert area.account_button.isHidden() is (role is not Role.IT_ADMINISTRATOR)
        assert window.recovery_action.isVisible() is (role is Role.IT_ADMINISTRATOR)
        window.close()
        workspace.close()


def test_the_chair_signs_in_on_top_for_one_action_and_the_app_drops_back(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    chair = add_person(
        livcr,
        "Bea Burgemeester",
        "bea.burgemeester",
        Role.CHAIR,
        organisation="Gemeente Proefdorp",
        municipality="Proefdorp",
    )
    window = main_window(qtbot, livcr, languages)
    access = window.access
    seen = []

    def fill(dialog: OnTopSignInDialog) -> None:
        assert dialog.account_combo.findData(livcr.workspace.actor.account_id) == -1
        dialog.account_combo.setCurrentIndex(dialog.account_combo.findData(chair.account_id))
        type_text(qtbot, dialog.passphrase_edit, "fout-fout-fout")
        dialog.try_accept()
        assert shows(dialog.error.text(), WRONG_PASSPHRASE_ON_TOP)
        assert "recovery key" not in dialog.error.text()
        type_text(qtbot, dialog.passphrase_edit, chair.passphrase)
        dialog.try_accept()

    result = run_on_top(
        window,
        access,
        livcr.workspace,
        "Sign the decision.",
        lambda ws: seen.append(ws.actor.display_name) or "signed",
        dialog_hook=fill,
    )
    assert result == "signed"
    assert seen == ["Bea Burgemeester"]
    assert window.workspace.actor.display_name == "Tessa Test"
    assert not livcr.workspace.db.closed


def test_the_idle_lock_hides_everything_and_keeps_unsaved_input(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    window = main_window(qtbot, livcr, languages)
    settings = DeviceSettings(livcr.folder.settings_path)
    dialog = SettingsDialog(livcr.workspace, languages, settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.livcrNameEdit.clear()
    type_text(qtbot, dialog.ui.livcrNameEdit, "Nog niet opgeslagen")

    window.idle.idle.emit()  # the quiet spell is over
    assert window.locked
    assert window.pages.currentIndex() == 1
    assert not window.menuBar().isEnabled()
    assert livcr.workspace.db.closed
    covers = [c for c in dialog.findChildren(QWidget, "lockScreen") if c.isVisible()]
    assert covers and covers[0].geometry() == dialog.rect()
    assert window.windowTitle() == "LIVC-R Testland – LIVC-R Desktop"
    lock = window.lock_controller.dialog
    assert lock is not None and lock.isVisible()
    lock.reject()  # Escape / close: stays locked
    assert lock.isVisible()

    type_text(qtbot, lock.passphrase_edit, "Verkeerde-Zin-99")
    click(qtbot, lock.unlock_button)
    assert shows(lock.error.text(), WRONG_PASSPHRASE)
    assert window.locked
    type_text(qtbot, lock.passphrase_edit, livcr.passphrase)
    click(qtbot, lock.unlock_button)
    assert not window.locked and window.pages.currentIndex() == 0
    assert not livcr.workspace.db.closed
    assert dialog.ui.livcrNameEdit.text() == "Nog niet opgeslagen"
    assert not any(c.isVisible() for c in dialog.findChildren(QWidget, "lockScreen"))

    window.lock_action.trigger()  # Lock now (Ctrl+L)
    assert window.locked
    click(qtbot, window.lock_controller.dialog.sign_out_button)  # type: ignore[union-attr]
    question = leave_question(qtbot)  # someone else signs out: first what would be lost
    assert "“Settings”: Name of the LIVC-R" in question.informativeText()
    assert question.save_button is None  # the database is closed while locked
    assert question.parent() is window.lock_controller.dialog
    with qtbot.waitSignal(window.sign_out_requested):
        click(qtbot, question.discard_button)


def test_a_new_account_must_replace_its_initial_passphrase(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    from livcr_desktop.services.access.accounts import AccountService, must_change_own_passphrase

    person = add_person(livcr, "Olga Voorbeeld", "olga.voorbeeld", Role.PARTNER)
    AccountService(livcr.workspace).reset_passphrase(person.account_id, INITIAL, INITIAL)
    workspace = FolderAccess(livcr.folder).sign_in(person.account_id, INITIAL)
    assert must_change_own_passphrase(workspace)
    dialog = ChangePassphraseDialog(workspace, required=True)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.current_edit, INITIAL)
    type_text(qtbot, dialog.new_edit, "Mijn-Eigen-Zin-2026")
    type_text(qtbot, dialog.confirmation_edit, "Mijn-Eigen-Zin-2027")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert shows(dialog.error.text(), MISMATCH) and dialog.isVisible()
    dialog.confirmation_edit.clear()
    type_text(qtbot, dialog.confirmation_edit, "Mijn-Eigen-Zin-2026")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert not dialog.isVisible()
    assert not must_change_own_passphrase(workspace)
    workspace.close()


def test_ending_an_account_asks_first(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    window = main_window(qtbot, livcr, languages)
    window.navigate("members")
    area = window.current_area()
    assert isinstance(area, MembersArea)
    area.select_member("Pieter Partner")
    seen: list[str] = []

    def look_and_cancel(dialog: FinalStepDialog) -> None:
        seen.extend(label.text() for label in dialog.panel.fixes_lines)
        assert dialog.action_button.text() == "End the account"
        assert dialog.focusWidget() is dialog.cancel_button
        click(qtbot, dialog.cancel_button)

    when_shown(FinalStepDialog, look_and_cancel)
    click(qtbot, area.end_account_button)
    assert "pieter.partner" in seen[0] and "cannot be opened again" in seen[0]
    assert "Pieter Partner cannot be given a new account" in seen[1]
    assert "pieter.partner" in [a.username for a in FolderAccess(livcr.folder).accounts()]
    when_shown(FinalStepDialog, lambda dialog: click(qtbot, dialog.action_button))
    click(qtbot, area.end_account_button)
    assert "pieter.partner" not in [a.username for a in FolderAccess(livcr.folder).accounts()]
    assert "has been ended" in area.account_state.text()


def test_the_last_coordinators_account_cannot_be_ended_and_says_why(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    window = main_window(qtbot, livcr, languages)
    window.navigate("members")
    area = window.current_area()
    assert isinstance(area, MembersArea)
    area.select_member(livcr.workspace.actor.display_name)
    seen: dict[str, object] = {}

    def look(dialog: FinalStepDialog) -> None:
        seen["blocking"] = [label.text() for label in dialog.panel.blocking_lines]
        seen["enabled"] = dialog.action_button.isEnabled()
        click(qtbot, dialog.cancel_button)

    when_shown(FinalStepDialog, look)
    click(qtbot, area.end_account_button)
    assert seen["enabled"] is False
    assert "last account of a coordinator" in seen["blocking"][0]  # type: ignore[index]
    assert livcr.workspace.actor.account_id in [
        a.account_id for a in FolderAccess(livcr.folder).accounts()
    ]


def test_removing_a_member_lists_the_roles_that_end(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    person = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    window = main_window(qtbot, livcr, languages)
    window.navigate("members")
    area = window.current_area()
    assert isinstance(area, MembersArea)
    area.select_member("Pieter Partner")
    seen: dict[str, list[str]] = {}

    def cancel(dialog: FinalStepDialog) -> None:
        seen["fixes"] = [label.text() for label in dialog.panel.fixes_lines]
        seen["missing"] = [label.text() for label in dialog.panel.missing_lines]
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default keeps the member

    when_shown(FinalStepDialog, cancel)
    click(qtbot, area.deactivate_button)
    assert "These roles of Pieter Partner end today: Partner" in seen["fixes"][0]
    assert "pieter.partner stays as it is" in seen["missing"][0]
    assert MemberService(livcr.workspace).member(person.member_id).active

    def confirm(dialog: FinalStepDialog) -> None:
        click(qtbot, dialog.understand)
        click(qtbot, dialog.action_button)

    when_shown(FinalStepDialog, confirm)
    click(qtbot, area.deactivate_button)
    assert not MemberService(livcr.workspace).member(person.member_id).active


def test_a_new_recovery_key_is_made_only_after_a_confirmation(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    from PySide6.QtWidgets import QApplication

    from livcr_desktop.gui.access.recovery_renewal import RenewedKeyDialog

    window = main_window(qtbot, livcr, languages)
    seen: list[str] = []
    renewed: list[bool] = []

    def cancel(dialog: FinalStepDialog) -> None:
        seen.extend(label.text() for label in dialog.panel.fixes_lines)
        click(qtbot, dialog.cancel_button)

    when_shown(FinalStepDialog, cancel)
    window.recovery_action.trigger()
    assert "stop working at once" in seen[0]
    QApplication.processEvents()
    assert renewed == []  # cancelled: no new key

    def done(dialog: RenewedKeyDialog) -> None:
        renewed.append(True)
        dialog.accept()

    when_shown(FinalStepDialog, lambda dialog: click(qtbot, dialog.action_button))
    when_shown(RenewedKeyDialog, done)
    window.recovery_action.trigger()
    assert renewed == [True]
