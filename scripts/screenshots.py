"""Render every screen built so far, in nl, fr, de and en, to PNG files for review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR] [--only NAME]

Everything shown is fictional (a throw-away data folder in a temporary directory). The real
widgets are created and filled the way a person would, then grabbed with QWidget.grab().
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Shots are taken on a 1366×768 laptop screen (scripts/screenshot_screen.json).
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).resolve().parent / 'screenshot_screen.json'}"
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
    else os.environ["QT_QPA_PLATFORM"]
)
os.environ["LIVCR_NO_CRASH_DIALOG"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget, QWizard

from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.kit.worker import wait_for_background_work
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.start import make_application
from livcr_desktop.store import keyslots

keyslots.ACCOUNT_KDF = keyslots.KdfParams(iterations=1, memory_kib=64, lanes=1)

from tests.helpers.factories import make_livcr  # noqa: E402

Shot = Callable[[Path, LanguageManager, Path], QWidget]
DEMO_ROOT = Path(tempfile.mkdtemp(prefix="livcr-demo-shots-")) / "demo"
SHOTS: dict[str, Shot] = {}


def shot(name: str) -> Callable[[Shot], Shot]:
    def register(function: Shot) -> Shot:
        SHOTS[name] = function
        return function

    return register


def settle(widget: QWidget, width: int = 0, height: int = 0) -> None:
    if width:
        widget.resize(width, height)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()


@shot("wizard-1-intro")
def wizard_intro(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.gui.access.setup_wizard import SetupWizard

    wizard = SetupWizard(languages, tmp / "new", lambda *_: (None, ""))  # type: ignore[arg-type,return-value]
    settle(wizard, 760, 580)
    return wizard


@shot("wizard-2-livcr")
def wizard_livcr(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    wizard = wizard_intro(tmp, languages, _root)
    assert isinstance(wizard, QWizard)
    wizard.next()
    page = wizard.livcr_page  # type: ignore[attr-defined]
    page.ui.livcrNameEdit.setText("LIVC-R Proefvallei")
    page.ui.municipalityEditor.set_names(["Proefdorp", "Testegem", "Sint-Fictief"])
    page.validatePage()
    settle(wizard)
    return wizard


@shot("wizard-3-coordinator-error")
def wizard_coordinator(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    wizard = wizard_livcr(tmp, languages, _root)
    wizard.next()  # type: ignore[attr-defined]
    ui = wizard.coordinator_page.ui  # type: ignore[attr-defined]
    ui.fullNameEdit.setText("Tessa Test")
    ui.usernameEdit.setText("tessa.test")
    ui.organisationEdit.setText("Preventiedienst Proefdorp")
    ui.passphraseEdit.setText("kort")
    ui.confirmationEdit.setText("kort")
    wizard.coordinator_page.validatePage()  # type: ignore[attr-defined]
    settle(wizard)
    return wizard


@shot("wizard-4-recovery")
def wizard_recovery(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.domain.recovery import generate_recovery_key
    from livcr_desktop.gui.access.setup_wizard import SetupWizard
    from livcr_desktop.services.folders import DataFolder
    from livcr_desktop.services.setup import initialise

    def create(livcr, coordinator):  # type: ignore[no-untyped-def]
        key = generate_recovery_key()
        return initialise(DataFolder(tmp / "wizard"), livcr, coordinator, key), key

    wizard = SetupWizard(languages, tmp / "wizard", create)
    settle(wizard, 760, 580)
    wizard.next()
    wizard.livcr_page.ui.livcrNameEdit.setText("LIVC-R Proefvallei")
    wizard.livcr_page.ui.municipalityEditor.set_names(["Proefdorp", "Testegem"])
    wizard.next()
    ui = wizard.coordinator_page.ui
    for edit, value in (
        (ui.fullNameEdit, "Tessa Test"),
        (ui.usernameEdit, "tessa.test"),
        (ui.organisationEdit, "Preventiedienst Proefdorp"),
        (ui.passphraseEdit, "Zon-Boven-Brugge-77"),
        (ui.confirmationEdit, "Zon-Boven-Brugge-77"),
    ):
        edit.setText(value)
    wizard.next()
    settle(wizard)
    return wizard


@shot("wizard-join-first-sync")
def wizard_join_first_sync(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """A joined laptop's first sync under way: the bar filled per batch, how far it is."""
    from livcr_desktop.gui.access.setup_wizard import PAGE_FINGERPRINT, SetupWizard

    wizard = SetupWizard(languages, tmp / "joined", lambda *_: (None, ""))  # type: ignore[arg-type,return-value]
    wizard.setStartId(PAGE_FINGERPRINT)
    wizard.restart()
    page = wizard.fingerprint_page
    page.fingerprint_label.setText("3F2A 91C4 7B0E\nD5A8 1C66 4E9F")
    page.sync_button.setEnabled(False)
    page.progress.show()
    page._progressed(45_000, 110_140)
    settle(wizard, 760, 580)
    return wizard


@shot("wizard-join-by-file")
def wizard_join_by_file(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """A laptop without a network joined by files: the fingerprint, the join request saved,
    the coordinator's bundle still to import."""
    from livcr_desktop.gui.access.setup_wizard import PAGE_FINGERPRINT, SetupWizard

    wizard = SetupWizard(languages, tmp / "joined", lambda *_: (None, ""))  # type: ignore[arg-type,return-value]
    wizard.setStartId(PAGE_FINGERPRINT)
    wizard.restart()
    page = wizard.fingerprint_page
    page.fingerprint_label.setText("3F2A 91C4 7B0E 5D10\nD5A8 1C66 4E9F 0B37")
    page.by_file.show()
    page.sync_button.hide()
    page.retranslate_ui()
    page.by_file.message.show_message(
        page.by_file.tr(
            "Join request saved to {file}. Give it to the coordinator and read the "
            "fingerprint aloud; then import the bundle the coordinator gives you."
        ).format(file="aansluitingsaanvraag-sofie.json")
    )
    settle(wizard, 760, 580)
    return wizard


@shot("sign-in")
def sign_in(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    from livcr_desktop.gui.access.sign_in import SignInWindow
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.folders import DataFolder
    from livcr_desktop.settings import DeviceSettings

    folder = DataFolder(root)
    window = SignInWindow(FolderAccess(folder), DeviceSettings(tmp / "s.json"), languages)
    window.ui.passphraseEdit.setText("verkeerd")
    settle(window)
    window.sign_in()
    deadline = time.monotonic() + 10
    while not window.error.isVisible() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    settle(window)
    return window


@shot("sign-in-slot-retired")
def sign_in_slot_retired(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """A partner whose key slot the slot rule retired tries to sign in on the coordinator's
    laptop: told why, and what to do."""
    from livcr_desktop.domain.organisations import Role
    from livcr_desktop.gui.access.sign_in import SignInWindow
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.settings import DeviceSettings
    from tests.helpers.factories import add_person

    livcr = make_livcr(tmp / "old")
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    header, _ = livcr.folder.header.load()
    header.apply_slot_rule([partner.account_id], livcr.workspace.db.key.raw(), "2026-12-01")
    livcr.folder.header.save(header)
    livcr.workspace.close()
    window = SignInWindow(FolderAccess(livcr.folder), DeviceSettings(tmp / "s.json"), languages)
    for row in range(window.ui.accountList.count()):
        if "pieter.partner" in window.ui.accountList.item(row).text():
            window.ui.accountList.setCurrentRow(row)
    window.ui.passphraseEdit.setText(partner.passphrase)
    settle(window)
    window.sign_in()
    deadline = time.monotonic() + 10
    while not window.error.isVisible() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    settle(window)
    return window


def main_window(root: Path, languages: LanguageManager, tmp: Path):  # type: ignore[no-untyped-def]
    from livcr_desktop.gui.shell.main_window import MainWindow
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.folders import DataFolder
    from livcr_desktop.settings import DeviceSettings
    from tests.helpers.factories import COORDINATOR_PASSPHRASE

    access = FolderAccess(DataFolder(root))
    workspace = access.sign_in(access.accounts()[0].account_id, COORDINATOR_PASSPHRASE)
    window = MainWindow(workspace, languages, DeviceSettings(tmp / "s.json"))
    settle(window, 1366, 768)
    return window


@shot("main-overview")
def overview(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    return main_window(root, languages, tmp)


@shot("main-first-frame")
def main_first_frame(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    """What the start paints first after Enter: the frame and the navigation; the home and
    the counts follow on the next turn of the event loop."""
    from livcr_desktop.gui.shell.main_window import MainWindow
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.folders import DataFolder
    from livcr_desktop.settings import DeviceSettings
    from tests.helpers.factories import COORDINATOR_PASSPHRASE

    access = FolderAccess(DataFolder(root))
    workspace = access.sign_in(access.accounts()[0].account_id, COORDINATOR_PASSPHRASE)
    window = MainWindow(workspace, languages, DeviceSettings(tmp / "s.json"), fill_after_paint=True)
    window.resize(1366, 768)
    window.show()  # grabbed before the event loop turns: the first frame
    return window


def wait_for(condition: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def audit_window(tmp: Path, languages: LanguageManager):  # type: ignore[no-untyped-def]
    """The data-protection officer's audit trail over a small fictional history: a partner who
    was refused, two wrong passphrases, a coordinator's changes."""
    from livcr_desktop.domain.errors import AuthenticationError, PermissionDenied
    from livcr_desktop.domain.organisations import OrganisationKind, Role
    from livcr_desktop.gui.shell.main_window import MainWindow
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.audit.trail import AuditTrail
    from livcr_desktop.services.profile import ProfileService
    from livcr_desktop.settings import DeviceSettings
    from tests.helpers.factories import add_person

    fixture = make_livcr(tmp / "audit")
    dpo = add_person(
        fixture,
        "Dora Databescherming",
        "dora.dpo",
        Role.DATA_PROTECTION_OFFICER,
        organisation="Gemeente Proefdorp",
        kind=OrganisationKind.MUNICIPALITY,
    )
    partner = add_person(fixture, "Pieter Partner", "pieter.partner", Role.PARTNER)
    profile = ProfileService(fixture.workspace).profile()
    ProfileService(fixture.workspace).update(
        profile.name, profile.working_language, ["Proefdorp", "Testegem", "Sint-Fictief"]
    )
    fixture.workspace.close()
    access = FolderAccess(fixture.folder)
    workspace = access.sign_in(partner.account_id, partner.passphrase)
    with contextlib.suppress(PermissionDenied):
        AuditTrail(workspace).open()
    workspace.close()
    for _ in range(2):
        with contextlib.suppress(AuthenticationError):
            access.sign_in(dpo.account_id, "Niet-De-Juiste-Zin")
    workspace = access.sign_in(dpo.account_id, dpo.passphrase)
    window = MainWindow(workspace, languages, DeviceSettings(tmp / "s.json"))
    settle(window, 1366, 768)
    window.navigate("audit")
    area = window.area("audit")
    wait_for(lambda: not area.model.loading)  # type: ignore[union-attr]
    settle(window)
    return window, area


@shot("main-audit")
def audit(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window, _area = audit_window(tmp, languages)
    return window


@shot("main-audit-filtered-empty")
def audit_empty(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window, area = audit_window(tmp, languages)
    category = area.filters.category_combo
    category.setCurrentIndex(category.findData("backup"))
    wait_for(lambda: not area.model.loading)
    settle(window)
    return window


@shot("main-audit-verify-broken")
def audit_broken(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from tests.helpers.factories import LivcrFixture
    from tests.helpers.journal import tamper_payload

    window, area = audit_window(tmp, languages)
    tamper_payload(LivcrFixture(None, window.workspace, "", ""), "municipality.added")  # type: ignore[arg-type]
    area.verify()
    wait_for(lambda: area.verify_button.isEnabled() and not area.model.loading)
    settle(window)
    return window


@shot("settings")
def settings(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    from livcr_desktop.gui.settings.dialog import SettingsDialog
    from livcr_desktop.settings import DeviceSettings

    window = main_window(root, languages, tmp)
    dialog = SettingsDialog(window.workspace, languages, DeviceSettings(tmp / "s.json"), window)
    dialog.ui.tabs.setCurrentIndex(1)
    settle(dialog, 620, 460)
    return dialog


def demo_window(  # type: ignore[no-untyped-def]
    tmp: Path,
    languages: LanguageManager,
    username: str = "nora.fictief",
    root: Path = DEMO_ROOT,
    clock=None,
):
    from livcr_desktop.gui.shell.main_window import MainWindow
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.demo.folder import create_demo
    from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
    from livcr_desktop.services.folders import DataFolder
    from livcr_desktop.settings import DeviceSettings

    if clock is None and not DataFolder(DEMO_ROOT).db_path.exists():
        create_demo(DEMO_ROOT).close()
    if clock is not None and not DataFolder(root).db_path.exists():
        create_demo(root, clock=clock).close()  # a demo made (and read) at a fixed moment
    access = FolderAccess(DataFolder(root), clock=clock)
    account = next(a for a in access.accounts() if a.username == username)
    workspace = access.sign_in(account.account_id, DEMO_PASSPHRASE)
    window = MainWindow(workspace, languages, DeviceSettings(tmp / "s.json"), access)
    settle(window, 1366, 768)
    return window


@shot("wizard-join")
def wizard_join(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The setup wizard's way for a member's own laptop: an invitation and a passphrase."""
    wizard = wizard_intro(tmp, languages, _root)
    assert isinstance(wizard, QWizard)
    wizard.intro.join_radio.setChecked(True)  # type: ignore[attr-defined]
    wizard.next()
    settle(wizard)
    return wizard


@shot("start-list")
def start_list(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The start of a laptop in several LIVC-Rs: one joint LIVC-R synced this morning, one
    without a hub, and one whose folder was moved (Locate… / Remove from the list)."""
    from datetime import UTC, datetime

    from livcr_desktop.gui.access.folder_list import FolderListDialog
    from livcr_desktop.paths import next_data_dir
    from livcr_desktop.services.folder_list import FolderRegistry, record_opened
    from livcr_desktop.services.folders import DataFolder

    first = tmp / "list" / "LIVC-R Desktop"
    registry = FolderRegistry(tmp / "list" / "data-folders.json")
    livcrs = (
        (first, "LIVC-R Pajottenland", ("Dilbeek", "Sint-Pieters-Leeuw", "Affligem", "Roosdaal")),
        (next_data_dir(first), "LIVC-R Proefdorp", ("Proefdorp",)),
    )
    synced = datetime(2026, 12, 4, 8, 15, tzinfo=UTC)
    for number, (root, name, places) in enumerate(livcrs):
        make_livcr(root, name=name, municipalities=places).workspace.close()
        record_opened(
            registry,
            DataFolder(root),
            name=name,
            municipalities=places,
            last_sync=synced if number == 0 else None,
            opened=synced.replace(hour=9 - number),
        )
    moved = DataFolder(tmp / "list" / "usb" / "livcr-testegem")
    record_opened(
        registry, moved, name="LIVC-R Testegem", municipalities=("Testegem",), last_sync=synced
    )
    dialog = FolderListDialog(registry, first, languages)
    settle(dialog)
    return dialog


@shot("sync-not-connected")
def sync_not_connected(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The coordinator's Sync area before the LIVC-R is connected to a hub."""
    window = demo_window(tmp, languages)
    window.navigate("sync")
    settle(window)
    return window


@shot("sync-hub-access-again")
def sync_hub_access_again(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The final step before a laptop's hub access is written again (a lost access file or
    keyring): its old password ends at once."""
    from livcr_desktop.gui.sync.device_actions import renewal_texts

    window = demo_window(tmp, languages)
    window.navigate("sync")
    step, texts = renewal_texts("Olga Voorbeeld")
    return final_step_shot(window, step, **texts)


@shot("sync-connecting")
def sync_connecting(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The Sync area while the hub is asked (connecting runs in the background): the form
    waits, the busy bar moves, the notice says so."""
    from livcr_desktop.gui.sync.sync_area import SyncArea

    window = demo_window(tmp, languages)
    window.navigate("sync")
    settle(window)
    area = window.findChild(SyncArea)
    area.dsn_edit.setText("host=hub.proefdorp.example dbname=livcr_proefdorp user=livcr_coord")
    area.password_edit.setText("fictief-wachtwoord")
    area.connector._set_busy(True)  # the state a click leaves while the hub has not answered
    settle(window)
    return window


NO_HUB_ROOT = Path(tempfile.mkdtemp(prefix="livcr-nohub-shots-")) / "demo"


def _no_hub_window(tmp: Path, languages: LanguageManager):  # type: ignore[no-untyped-def]
    """A demo LIVC-R without a hub whose coordinator approved two partners' laptops by file
    (real join requests) and sent Olga's its first bundle: a demo of its own, so the other
    Sync shots keep a LIVC-R with no link at all."""
    from datetime import datetime

    from livcr_desktop.domain.clock import ManualClock
    from livcr_desktop.services.bundles.enrolment import (
        approve_request,
        invite_by_file,
        join_request,
    )
    from livcr_desktop.services.bundles.export import export_bundle
    from livcr_desktop.services.sync.devices import join

    clock = ManualClock(datetime.fromisoformat(HOME_MOMENT))
    fresh = not NO_HUB_ROOT.exists()
    window = demo_window(tmp, languages, root=NO_HUB_ROOT, clock=clock)
    if fresh:
        ws = window.workspace
        for username in ("olga.voorbeeld", "karim.namaak"):
            invitation = invite_by_file(ws, username)
            joined = join(NO_HUB_ROOT.parent / username, invitation, "Eigen-Laptop-Zin-42")
            request = join_request(invitation, joined.sign_public, joined.box_public)
            approve_request(ws, request, joined.fingerprint)
        export_bundle(ws, "olga.voorbeeld", tmp / "olga.livcr-bundle")
    window.navigate("sync")
    settle(window, 1366, 768)
    return window


@shot("sync-no-hub")
def sync_no_hub(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """A coordinator without a hub: invite and approve by file, export a bundle for the
    selected laptop, the laptops approved by file with their last bundles."""
    from livcr_desktop.gui.sync.sync_area import SyncArea

    window = _no_hub_window(tmp, languages)
    area = window.findChild(SyncArea)
    area.no_hub.refresh()
    area.no_hub.select_owner("Olga Voorbeeld")
    area.ensureWidgetVisible(area.no_hub.table)
    settle(window)
    return window


@shot("sync-no-hub-trust")
def sync_no_hub_trust(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The final step of approving a laptop by file: the fingerprint compared aloud, shown."""
    from PySide6.QtCore import QCoreApplication

    from livcr_desktop.domain.irreversible import FinalStep
    from livcr_desktop.domain.text import Message
    from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
    from livcr_desktop.gui.sync.by_file_laptops import TRUST_AFTERWARDS, TRUST_FIXES

    window = _no_hub_window(tmp, languages)
    owner, fingerprint = "Sara Droomers", "3F2A 9C41 07BD E5A8 61F0 2D7C 94B3 A1E6"
    step = FinalStep(
        fixes=(Message(TRUST_FIXES, {"owner": owner, "fingerprint": fingerprint}),),
        afterwards=(Message(TRUST_AFTERWARDS, {"owner": owner}),),
    )
    dialog = FinalStepDialog(
        window,
        step,
        object_name="trustLaptopDialog",
        title=QCoreApplication.translate("ByFileLaptops", "Approve {owner}'s laptop").format(
            owner=owner
        ),
        action=QCoreApplication.translate("ByFileLaptops", "Approve the laptop"),
    )
    settle(dialog)
    return dialog


HOME_ROOT = Path(tempfile.mkdtemp(prefix="livcr-home-shots-")) / "demo"
HOME_MOMENT = "2026-11-23T10:30:00+00:00"
"""A Monday morning: the demo's meeting of today is at noon, so every home has something."""


def home_window(tmp: Path, languages: LanguageManager, username: str):  # type: ignore[no-untyped-def]
    """The home a demo person lands on, on a demo made (and read) at a fixed Monday morning, at
    the 1366×768 of a municipal laptop."""
    from datetime import datetime

    from livcr_desktop.domain.clock import ManualClock

    clock = ManualClock(datetime.fromisoformat(HOME_MOMENT))
    window = demo_window(tmp, languages, username, root=HOME_ROOT, clock=clock)
    settle(window, 1366, 768)
    return window


@shot("home-coordinator")
def home_coordinator(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return home_window(tmp, languages, "nora.fictief")


@shot("home-chair")
def home_chair(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return home_window(tmp, languages, "bram.verzonnen")


@shot("home-partner")
def home_partner(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return home_window(tmp, languages, "olga.voorbeeld")


@shot("home-chair-to-sign")
def home_chair_to_sign(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = home_window(tmp, languages, "bram.verzonnen")
    window.navigate("signatures")
    settle(window)
    return window


@shot("home-cases-overdue")
def home_cases_overdue(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = home_window(tmp, languages, "nora.fictief")
    window.navigate("cases")
    settle(window)
    return window


@shot("home-members-as-partner")
def home_members_partner(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = home_window(tmp, languages, "olga.voorbeeld")
    window.navigate("members")
    settle(window)
    return window


def figures_window(tmp: Path, languages: LanguageManager, username: str):  # type: ignore[no-untyped-def]
    """The Figures area of the demo's current year, once its figures are computed."""
    window = demo_window(tmp, languages, username)
    window.navigate("figures")
    area = window.current_area()
    area.period_bar.year.setValue(window.workspace.today().year)
    wait_for(
        lambda: (
            area.view.figures is not None
            and area.view.figures.period.start.year == window.workspace.today().year
        )
    )
    settle(window)
    return window


@shot("figures-as-strategic-member")
def figures_strategic(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """What the strategic table's member sees: the figures and their meetings, nothing else."""
    return figures_window(tmp, languages, "stijn.strateeg")


@shot("figures-after-its-quarters")
def figures_after_quarters(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The year asked for after its first three quarters: the differences must not give the
    fourth quarter's small counts away (when that hides more, a notice above the tables says
    which period shown before asked for it)."""
    window = figures_window(tmp, languages, "nora.fictief")
    area = window.current_area()
    year = window.workspace.today().year
    bar = area.period_bar
    bar.kind.setCurrentIndex(1)
    for quarter in (1, 2, 3):
        bar.quarter.setCurrentIndex(quarter - 1)
        wait_for(
            lambda q=quarter: (
                area.view.figures is not None and area.view.figures.period.start.month == 3 * q - 2
            )
        )
    bar.kind.setCurrentIndex(0)
    wait_for(
        lambda: (
            area.view.figures is not None
            and area.view.figures.period.start.year == year
            and area.view.figures.period.end.month == 12
        )
    )
    settle(window)
    return window


@shot("figures-chart")
def figures_chart(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The coordinator's Figures area scrolled to the cases by status and their chart."""
    from PySide6.QtCharts import QChartView

    window = figures_window(tmp, languages, "nora.fictief")
    area = window.current_area()
    charts = area.findChildren(QChartView)
    target = next((c for c in charts if "cases" in c.objectName()), charts[0] if charts else None)
    if target is not None:  # the whole chart, its category names on the left, in view
        area.scroll_area.verticalScrollBar().setValue(target.y() - 60)
    settle(window)
    return window


@shot("figures-yearly-report-dialog")
def figures_report_dialog(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.gui.figures.dialogs import YearlyReportDialog

    window = figures_window(tmp, languages, "nora.fictief")
    dialog = YearlyReportDialog(window, window.workspace.today().year)
    settle(dialog)
    return dialog


@shot("figures-strategic-texts-dialog")
def figures_texts_dialog(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The strategic table's texts of the year, as the coordinator opens them from Figures."""
    from livcr_desktop.gui.figures.dialogs import StrategicTextsDialog
    from livcr_desktop.services.yearly_report.texts import read_texts

    window = figures_window(tmp, languages, "nora.fictief")
    current = read_texts(window.workspace, window.workspace.today().year)
    dialog = StrategicTextsDialog(window, window.workspace, current)
    dialog.priorities.setPlainText(
        "Vroegtijdige signalen uit de scholen sneller bespreken; de samenwerking met het OCMW."
    )
    settle(dialog)
    dialog.keeps_window = window  # type: ignore[attr-defined]
    return dialog


@shot("members")
def members(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages)
    window.navigate("members")
    window.current_area().select_member("Bram Verzonnen")
    settle(window)
    return window


@shot("members-as-partner")
def members_partner(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages, "olga.voorbeeld")
    window.navigate("members")
    settle(window)
    return window


@shot("lock")
def lock(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages)
    window.lock_now()
    settle(window)
    dialog = window.lock_controller.dialog
    dialog.passphrase_edit.setText("verkeerd")
    dialog._unlock()
    settle(dialog)
    window.lock_screen_dialog = dialog
    return dialog


def _first_case(window, status: str | None = None) -> str:  # type: ignore[no-untyped-def]
    from livcr_desktop.domain.cases import CaseStatus
    from livcr_desktop.services.cases.case_list import CaseFilter, CaseList

    statuses = frozenset({CaseStatus(status)}) if status else frozenset()
    rows = CaseList(window.workspace).page(CaseFilter(statuses=statuses), limit=50)
    return rows[0].id


@shot("cases")
def cases(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages)
    window.navigate("cases")
    settle(window)
    return window


@shot("cases-search")
def cases_search(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """Words from two different table notes of a case find it together."""
    window = demo_window(tmp, languages)
    window.navigate("cases")
    area = window.current_area()
    area.search_edit.setText("ouders jeugdwerker")
    wait_for(lambda: not area._search_timer.isActive() and area.model.rowCount() < 25)
    settle(window)
    return window


@shot("signals")
def signals(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages)
    window.navigate("signals")
    settle(window)
    return window


def show_tab(window, attribute: str) -> None:  # type: ignore[no-untyped-def]
    """Show the dossier tab held in `attribute` (tabs are found by widget, not by position)."""
    dossier = window.area("cases").dossier
    dossier.tabs.setCurrentWidget(getattr(dossier, attribute))


@shot("dossier")
def dossier(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages)
    window.open_case(_first_case(window, "in_trajectory"))
    settle(window)
    return window


@shot("dossier-minor")
def dossier_minor(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The dossier of a person under 18: the badge beside the status."""
    from livcr_desktop.services.cases.case_list import CaseFilter, CaseList

    window = demo_window(tmp, languages)
    rows = CaseList(window.workspace).page(CaseFilter(), limit=500)
    window.open_case(next(row.id for row in rows if row.subject_minor))
    settle(window)
    return window


@shot("dossier-history")
def dossier_history(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = dossier(tmp, languages, _root)
    show_tab(window, "history_table")
    settle(window)
    return window


@shot("dossier-notes")
def dossier_notes(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.services.cases.case_list import CaseFilter, CaseList

    window = demo_window(tmp, languages)
    with_notes = CaseList(window.workspace).page(CaseFilter(search="ouders jeugdwerker"), limit=1)
    window.open_case(with_notes[0].id)
    show_tab(window, "notes_view")
    settle(window)
    return window


def _demo_forms(window):  # type: ignore[no-untyped-def]
    """(draft, handed over) form ids of the demo."""
    from sqlalchemy import select

    from livcr_desktop.domain.feedback import FormStatus
    from livcr_desktop.store.models import FeedbackFormRow

    with window.workspace.db.read_session() as session:
        ids = {
            status: session.scalars(
                select(FeedbackFormRow.id).where(FeedbackFormRow.status == status.value)
            ).first()
            for status in (FormStatus.DRAFT, FormStatus.TRANSMITTED)
        }
    return ids[FormStatus.DRAFT], ids[FormStatus.TRANSMITTED]


@shot("feedback-composer")
def feedback_composer(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.gui.feedback.composer import FeedbackComposer

    window = demo_window(tmp, languages)
    draft, _handed = _demo_forms(window)
    composer = FeedbackComposer(window.workspace, draft)
    composer.workspace = window.workspace  # type: ignore[attr-defined]
    settle(composer, 1000, 860)
    return composer


@shot("feedback-guard")
def feedback_guard(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.domain.feedback import ItemSection
    from livcr_desktop.gui.feedback.item_dialog import ItemDialog
    from livcr_desktop.services.feedback.composing import FeedbackService

    window = demo_window(tmp, languages)
    draft, _handed = _demo_forms(window)
    dialog = ItemDialog(FeedbackService(window.workspace), draft, ItemSection.SHARED)
    dialog.text_edit.setPlainText(
        "De jongere volgt een traject bij het OCMW. Hij deelt 's nachts online oproepen tot "
        "geweld in een besloten groep, zo hoorde de tafel."
    )
    dialog.check_now()
    dialog.workspace = window.workspace  # type: ignore[attr-defined]
    settle(dialog, 700, 440)
    return dialog


@shot("feedback-preview")
def feedback_preview(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.gui.feedback.preview import FeedbackPreview

    window = demo_window(tmp, languages)
    _draft, handed = _demo_forms(window)
    preview = FeedbackPreview(window.workspace, handed)
    settle(preview, 900, 1000)
    wait_for(lambda: not preview.loading, 30)
    settle(preview)
    preview.workspace = window.workspace  # type: ignore[attr-defined]
    return preview


@shot("feedback-register")
def feedback_register(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages)
    window.navigate("feedback")
    settle(window, 1366, 768)
    return window


@shot("feedback-handover")
def feedback_handover(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages, "ivo.schijnvoet")
    window.navigate("feedback")
    settle(window, 1366, 768)
    return window


@shot("feedback-handover-confirm")
def feedback_handover_confirm(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.domain.feedback import FormStatus
    from livcr_desktop.domain.feedback_steps import handing_over
    from livcr_desktop.services.feedback.transmission import TransmissionService

    window = demo_window(tmp, languages, "ivo.schijnvoet")
    window.navigate("feedback")
    queue = TransmissionService(window.workspace).queue()
    entry = next((e for e in queue if e.status is FormStatus.SIGNED), queue[0])
    return final_step_shot(
        window,
        handing_over(entry.number, entry.case_code, entry.ltf_name, window.workspace.today()),
        object_name="transmitConfirmDialog",
        title=window.tr("Form no. {number} of {code} handed to the LTF").format(
            number=entry.number, code=entry.case_code
        ),
        action=QApplication.translate("TransmitDialog", "Record the hand-over"),
    )


@shot("members-end-account-confirm")
def members_end_account_confirm(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.services.access.accounts import AccountService

    window = demo_window(tmp, languages)
    window.navigate("members")
    area = window.current_area()
    area.select_member("Olga Voorbeeld")
    account = area._selected.account
    return final_step_shot(
        window,
        AccountService(window.workspace).ending_check(account.id),
        object_name="endAccountDialog",
        title=area.tr("End the account"),
        action=area.tr("End the account"),
    )


@shot("signal-dialog")
def signal_dialog(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.gui.cases.signal_dialog import SignalDialog
    from livcr_desktop.services.access.members import MemberService
    from livcr_desktop.services.cases.case_list import CaseList
    from livcr_desktop.services.cases.screening import CaseService
    from livcr_desktop.services.profile import ProfileService

    window = demo_window(tmp, languages)
    ws = window.workspace
    dialog = SignalDialog(
        CaseService(ws),
        CaseList(ws),
        ProfileService(ws).profile().municipalities,
        MemberService(ws).organisations(),
        ws.today(),
        own_organisation_id=ws.actor.organisation_id,
        parent=window,
    )
    dialog.description_edit.setPlainText("Uitspraken in de klas die de school verontrusten.")
    dialog.signaller_edit.setText("Leerkracht Fictief")
    first = _first_case(window, "on_table")
    from livcr_desktop.services.cases.dossier import open_dossier

    subject = open_dossier(ws, first).subject
    dialog.first_edit.setText(subject.first_names or "Jonas")
    dialog.last_edit.setText(subject.last_name or "Fictief")
    if subject.birth_date:
        dialog.birth_edit.set_value(subject.birth_date)
    dialog.check_duplicates()
    settle(dialog)
    return dialog


def _case_named(window, name: str) -> str:  # type: ignore[no-untyped-def]
    from livcr_desktop.services.cases.case_list import CaseFilter, CaseList

    return CaseList(window.workspace).page(CaseFilter(search=name), limit=1)[0].id


def trajectory_window(tmp: Path, languages: LanguageManager, tab: int):  # type: ignore[no-untyped-def]
    """The demo's improving trajectory (three evaluations) in the coordinator's dossier."""
    window = demo_window(tmp, languages)
    settle(window, 1366, 768)
    window.open_case(_case_named(window, "Yusuf Verzonnen"))
    dossier = window.area("cases").dossier
    dossier.tabs.setCurrentWidget(dossier.trajectory_panel)
    dossier.trajectory_panel.tabs.setCurrentIndex(tab)
    settle(window)
    return window


@shot("dossier-trajectory")
def dossier_trajectory(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return trajectory_window(tmp, languages, 0)


@shot("dossier-trajectory-plan")
def dossier_trajectory_plan(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return trajectory_window(tmp, languages, 1)


@shot("dossier-trajectory-updates")
def dossier_trajectory_updates(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return trajectory_window(tmp, languages, 2)


@shot("dossier-trajectory-evaluations")
def dossier_trajectory_evaluations(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return trajectory_window(tmp, languages, 3)


@shot("my-cases")
def my_cases(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages, "olga.voorbeeld")
    settle(window, 1366, 768)
    window.navigate("my_cases")
    settle(window)
    return window


@shot("evaluation-form")
def evaluation_form(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The lead partner's evaluation form, half filled in, refused for a missing rating."""
    from livcr_desktop.domain.evaluations import Rating
    from livcr_desktop.gui.trajectories.evaluation_dialog import EvaluationDialog
    from livcr_desktop.services.trajectories.evaluations import EvaluationService
    from livcr_desktop.services.trajectories.view import read_trajectory

    window = demo_window(tmp, languages, "olga.voorbeeld")
    ws = window.workspace
    trajectory = read_trajectory(ws, _case_named(window, "Yusuf Verzonnen")).current
    service = EvaluationService(ws)
    form = service.form(trajectory.id)
    dialog = EvaluationDialog(service, form, ws.today(), window)
    for domain, rating in zip(
        form.domains[:7],
        (
            Rating.STABLE,
            Rating.POSITIVE,
            Rating.POSITIVE,
            Rating.STABLE,
            Rating.CONCERN,
            Rating.CONCERN,
            Rating.STABLE,
        ),
        strict=True,
    ):
        dialog.grid.choose(domain.id, rating)
    dialog.grid.notes[form.domains[2].id].setText("Haalt zijn attest; stage vanaf september.")
    dialog.proposal_combo.setCurrentIndex(1)
    dialog.explanation_edit.setPlainText("Duidelijke vooruitgang op school; online blijft werk.")
    settle(dialog)
    dialog.try_accept()
    settle(dialog)
    return dialog


@shot("settings-life-domains")
def settings_life_domains(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    """Settings › Life domains with one domain added and one retired (on the small fixture
    LIVC-R, so the demo's charts stay as they are for the other shots)."""
    from livcr_desktop.gui.settings.dialog import SettingsDialog
    from livcr_desktop.services.trajectories.life_domains import LifeDomainService
    from livcr_desktop.settings import DeviceSettings

    window = main_window(root, languages, tmp)
    domains = LifeDomainService(window.workspace)
    if not any(d.custom_name for d in domains.domains()):
        domains.add("Zingeving en geloof")
        domains.retire(domains.domains()[5].id)
    dialog = SettingsDialog(window.workspace, languages, DeviceSettings(tmp / "s.json"), window)
    dialog.ui.tabs.setCurrentWidget(dialog.life_domains)
    settle(dialog, 640, 520)
    return dialog


@shot("settings-figures")
def settings_figures(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    """Settings › Figures: the small-count threshold and the meeting interval."""
    from livcr_desktop.gui.settings.dialog import SettingsDialog
    from livcr_desktop.settings import DeviceSettings

    window = main_window(root, languages, tmp)
    dialog = SettingsDialog(window.workspace, languages, DeviceSettings(tmp / "s.json"), window)
    dialog.ui.tabs.setCurrentWidget(dialog.figures)
    settle(dialog, 640, 520)
    return dialog


@shot("about")
def about(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    from livcr_desktop.gui.shell.about import AboutDialog

    dialog = AboutDialog(root)
    settle(dialog)
    return dialog


@shot("bundle-export")
def bundle_export(_tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.gui.sync.bundle_actions import ExportBundleDialog
    from livcr_desktop.services.bundles.export import Recipient

    dialog = ExportBundleDialog(
        [
            Recipient("olga.voorbeeld", "Olga Voorbeeld"),
            Recipient("pieter.partner", "Pieter Partner"),
        ]
    )
    settle(dialog)
    return dialog


@shot("bundle-import-result")
def bundle_import_result(_tmp: Path, _languages: LanguageManager, root: Path) -> QWidget:
    """The result of importing a bundle that left a gap: what applied, what waits, what is
    missing and from whose laptop."""
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from livcr_desktop.domain.bundle_manifest import Gap
    from livcr_desktop.gui.sync.bundle_actions import BundleActions
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.bundles.receive import GapNotice, ImportReport
    from livcr_desktop.services.folders import DataFolder
    from livcr_desktop.services.sync.report import SyncReport
    from tests.helpers.factories import COORDINATOR_PASSPHRASE

    access = FolderAccess(DataFolder(root))
    workspace = access.sign_in(access.accounts()[0].account_id, COORDINATOR_PASSPHRASE)
    window = QMainWindow()
    try:
        actions = BundleActions(window, workspace)
        actions._imported(
            ImportReport(
                "Olga Voorbeeld",
                SyncReport(applied=12, waiting=3),
                [GapNotice(Gap("laptop", 41, 57), "Olga Voorbeeld")],
            )
        )
    finally:
        workspace.close()
    box = window.findChild(QMessageBox, "bundleResultBox")
    assert box is not None
    settle(box)
    return box


def _handover_pair(tmp: Path):  # type: ignore[no-untyped-def]
    """Two fictional LIVC-Rs (French sending to Dutch) with their keys registered both ways."""
    from tests.helpers.handover import two_livcrs

    return two_livcrs(tmp / "pair")


class _PairSessions:
    """Stands for the shot's workspace: closing it closes every session of the pair."""

    def __init__(self, pair) -> None:  # type: ignore[no-untyped-def]
        self.pair = pair

    def close(self) -> None:
        from tests.helpers.handover import close

        close(self.pair)


@shot("handover-keys")
def handover_keys(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """The coordinator's other LIVC-Rs: this LIVC-R's key just saved, one LIVC-R registered."""
    from livcr_desktop.gui.handover.keys_dialog import HandoverKeysDialog

    pair = _handover_pair(tmp)
    dialog = HandoverKeysDialog(
        pair.sender.workspace, choose_target=lambda _w, _s: tmp / "own-key.txt"
    )
    dialog.save_own_key()
    dialog.workspace = _PairSessions(pair)  # type: ignore[attr-defined]
    settle(dialog)
    return dialog


@shot("handover-register")
def handover_register(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """Registering another LIVC-R: the pasted key, what it says, a mistyped fingerprint."""
    from PySide6.QtWidgets import QDialogButtonBox

    from livcr_desktop.gui.handover.keys_dialog import RegisterLivcrDialog
    from livcr_desktop.services.handover.keys import HandoverKeys
    from tests.helpers.factories import make_livcr

    other = make_livcr(tmp / "other", name="LIVC-R Brugge-Proef", municipalities=("Brugge-Proef",))
    text = HandoverKeys(other.workspace).own_public_text()
    other.workspace.close()
    pair = _handover_pair(tmp)
    dialog = RegisterLivcrDialog(HandoverKeys(pair.sender.workspace))
    dialog.key_text.setPlainText(text)
    dialog.fingerprint.setText("1F2E 3D4C 5B6A 7988")
    dialog.workspace = _PairSessions(pair)  # type: ignore[attr-defined]
    settle(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(dialog)
    return dialog


@shot("handover-composer")
def handover_composer(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """A hand-over being composed: the guard just stopped a confidential text."""
    from livcr_desktop.gui.handover.composer import HandoverComposer
    from tests.helpers.feedback import CONFIDENTIAL_NOTE
    from tests.helpers.handover import composed

    pair = _handover_pair(tmp)
    handover = composed(pair)
    composer = HandoverComposer(pair.table.ws, handover)
    composer.workspace = _PairSessions(pair)  # type: ignore[attr-defined]
    settle(composer)
    composer.new_text.setPlainText(CONFIDENTIAL_NOTE[:90])
    composer.add_text()
    settle(composer)
    return composer


@shot("handover-import-result")
def handover_import_result(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """The receiving coordinator imported a hand-over: the new case and the checked decision."""
    from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMessageBox

    from livcr_desktop.gui.handover.actions import HandoverActions
    from livcr_desktop.services.handover.sending import send
    from tests.helpers.handover import decided

    pair = _handover_pair(tmp)
    handover, _decision = decided(pair)
    files = send(pair.table.ws, handover, tmp / "out")
    window = QMainWindow()
    actions = HandoverActions(
        window, pair.receiver.workspace, choose_source=lambda _w, _s: files.bundle
    )
    actions.import_file()
    # The choice comes first (a new case: nobody with these names is known here), then the box.
    choice = actions.choice_dialog
    assert choice is not None and choice.new_case.isChecked()
    choice.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    box = window.findChild(QMessageBox, "handoverResultBox")
    assert box is not None
    box.workspace = _PairSessions(pair)  # type: ignore[attr-defined]
    settle(box)
    return box


@shot("handover-key-changed")
def handover_key_changed(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """The coordinator changed this LIVC-R's hand-over key and saved the key change."""
    from livcr_desktop.gui.handover.keys_dialog import HandoverKeysDialog

    pair = _handover_pair(tmp)
    dialog = HandoverKeysDialog(
        pair.receiver.workspace,
        choose_change_target=lambda _w, _s: tmp / "livcr-handover-key-change.txt",
        confirm_step=lambda *_: True,
    )
    dialog.workspace = _PairSessions(pair)  # type: ignore[attr-defined]
    settle(dialog)
    dialog.own_keys.rotate()
    settle(dialog)
    return dialog


@shot("handover-key-change-confirm")
def handover_key_change_confirm(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """The final step before the LIVC-R's hand-over key is changed."""
    from livcr_desktop.domain.handover_rotation import rotation_step
    from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog

    dialog = FinalStepDialog(
        None,
        rotation_step("8126 39A2 E282 3D4B 2D7E C369 1E6B 561D"),
        object_name="handoverKeyStepDialog",
        title=QApplication.translate("OwnKeysPanel", "Change this LIVC-R's hand-over key"),
        action=QApplication.translate("OwnKeysPanel", "Change the key"),
    )
    settle(dialog)
    return dialog


@shot("handover-accept-key-change")
def handover_accept_key_change(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """The other coordinator opened the key change: both fingerprints, signed by the key
    registered here."""
    from livcr_desktop.gui.handover.key_change import AcceptKeyChangeDialog
    from livcr_desktop.services.handover.key_rotation import KeyRotation

    pair = _handover_pair(tmp)
    text = KeyRotation(pair.receiver.workspace).rotate()
    dialog = AcceptKeyChangeDialog(KeyRotation(pair.table.ws))
    dialog.change_text.setPlainText(text)
    dialog.workspace = _PairSessions(pair)  # type: ignore[attr-defined]
    settle(dialog)
    return dialog


@shot("handover-import-choice")
def handover_import_choice(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """Importing a hand-over about a minor already known here: the known case is proposed."""
    from datetime import date

    from PySide6.QtWidgets import QMainWindow
    from sqlalchemy import select

    from livcr_desktop.gui.handover.actions import HandoverActions
    from livcr_desktop.services.handover.sending import send
    from livcr_desktop.store.models import PersonRow
    from tests.helpers.factories import make_case
    from tests.helpers.handover import decided

    pair = _handover_pair(tmp)
    with pair.table.ws.uow() as uow:
        person = uow.session.scalars(
            select(PersonRow).where(PersonRow.first_names == "Jonas")
        ).one()
        uow.journal.updated(person, "person.updated", {"birth_date": date(2012, 5, 17)})
    make_case(pair.receiver, "Jonas", "Fictief", municipality="Gent-Proef", birth_year=2012)
    handover, _decision = decided(pair)
    files = send(pair.table.ws, handover, tmp / "out")
    window = QMainWindow()
    actions = HandoverActions(
        window, pair.receiver.workspace, choose_source=lambda _w, _s: files.bundle
    )
    actions.import_file()
    dialog = actions.choice_dialog
    assert dialog is not None
    dialog.workspace = _PairSessions(pair)  # type: ignore[attr-defined]
    dialog.window_keeper = window  # type: ignore[attr-defined]
    settle(dialog)
    return dialog


@shot("handover-received-note")
def handover_received_note(tmp: Path, _languages: LanguageManager, _root: Path) -> QWidget:
    """The receiving coordinator opens the transfer note the new case arrived with."""
    from livcr_desktop.domain.text import identity_translate
    from livcr_desktop.gui.handover.received_note_view import ReceivedNoteView
    from livcr_desktop.services.handover.receiving import import_handover
    from livcr_desktop.services.handover.sending import send
    from tests.helpers.handover import decided

    pair = _handover_pair(tmp)
    handover, _decision = decided(pair)
    files = send(pair.table.ws, handover, tmp / "out")
    imported = import_handover(pair.receiver.workspace, files.bundle, identity_translate)
    view = ReceivedNoteView(pair.receiver.workspace, imported.case_id)
    view.workspace = _PairSessions(pair)  # type: ignore[attr-defined]
    settle(view, 860, 700)
    deadline = time.monotonic() + 20
    while not view.images and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    settle(view)
    return view


def _backup_of(root: Path, tmp: Path) -> Path:
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.backup.backups import make_backup
    from livcr_desktop.services.folders import DataFolder
    from tests.helpers.factories import COORDINATOR_PASSPHRASE

    access = FolderAccess(DataFolder(root))
    workspace = access.sign_in(access.accounts()[0].account_id, COORDINATOR_PASSPHRASE)
    try:
        return make_backup(workspace, tmp / "testland.livcrbackup").file
    finally:
        workspace.close()


@shot("wizard-5-restore")
def wizard_restore(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    from livcr_desktop.gui.access.setup_wizard import SetupWizard

    backup = _backup_of(root, tmp)
    wizard = SetupWizard(
        languages,
        tmp / "new-laptop",
        lambda *_: (None, ""),  # type: ignore[arg-type,return-value]
        restore=lambda *_: None,  # type: ignore[arg-type,return-value]
        choose_backup=lambda *_: backup,
    )
    settle(wizard, 760, 580)
    wizard.intro.restore_radio.setChecked(True)
    wizard.next()
    wizard.restore_page.choose_button.click()
    wizard.restore_page.recovery_radio.setChecked(True)
    settle(wizard)
    return wizard


@shot("restore-confirm")
def restore_confirm(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    from livcr_desktop.gui.backup.actions import RestoreConfirmDialog
    from livcr_desktop.services.backup.backups import inspect_backup

    dialog = RestoreConfirmDialog(inspect_backup(_backup_of(root, tmp)))
    settle(dialog)
    return dialog


def demo_copy_window(tmp: Path, languages: LanguageManager):  # type: ignore[no-untyped-def]
    """The demo window on a copy of the demo folder: for shots that change the data (starting a
    meeting), so that every language sees the same state."""
    import shutil

    first = demo_window(tmp, languages)  # makes sure the demo exists
    first.close()
    first.workspace.close()
    shutil.copytree(DEMO_ROOT, tmp / "demo-copy")
    return demo_window(tmp, languages, root=tmp / "demo-copy")


def _meeting(window, *, status: str, approved: bool | None = None, future: bool | None = None):  # type: ignore[no-untyped-def]
    from livcr_desktop.domain.meetings import MeetingStatus, TableKind
    from livcr_desktop.services.meetings.planning import MeetingService

    now = window.workspace.clock.now()
    for meeting in sorted(
        MeetingService(window.workspace).meetings(TableKind.OPERATIONAL), key=lambda m: m.starts_at
    ):
        if meeting.status is not MeetingStatus(status) or not meeting.visible_items:
            continue
        if approved is not None and meeting.minutes_approved is not approved:
            continue
        if future is not None and (meeting.starts_at.date() > now.date()) is not future:
            continue
        return meeting.id
    raise LookupError(status)


def meetings_area(window):  # type: ignore[no-untyped-def]
    window.navigate("meetings")
    settle(window)
    return window.current_area()


@shot("meetings")
def meetings_list(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages)
    meetings_area(window)
    return window


@shot("meetings-plan-dialog")
def meetings_plan(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.domain.meetings import TableKind
    from livcr_desktop.gui.meetings.plan_dialog import MeetingDialog
    from livcr_desktop.services.meetings.planning import MeetingService

    window = demo_window(tmp, languages)
    ws = window.workspace
    dialog = MeetingDialog(
        MeetingService(ws),
        ws.today(),
        list(TableKind),
        place="Gemeentehuis Fictiefdorp, vergaderzaal 2",
        parent=window,
    )
    dialog.repeat_combo.setCurrentIndex(2)
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(-3600))
    dialog.try_accept()
    settle(dialog)
    return dialog


@shot("meeting-agenda")
def meeting_agenda(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = opened(tmp, languages, status="planned", future=True)
    area = window.current_area()
    wait_for(lambda: bool(area.page.agenda.proposals.proposals))
    settle(window)
    return window


@shot("meeting-agenda-refused")
def meeting_agenda_refused(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from PySide6.QtCore import Qt

    window = demo_copy_window(tmp, languages)
    area = meetings_area(window)
    area.open_meeting(_meeting(window, status="planned", future=True))
    people = area.page.agenda.people
    for member_id, _label in people._members:
        row = people.row_of(member_id)
        if row is not None and row.checkState() == Qt.CheckState.Unchecked:
            row.setCheckState(Qt.CheckState.Checked)
            if people.message.isVisible():
                break
    settle(window)
    return window


def live_window(tmp: Path, languages: LanguageManager):  # type: ignore[no-untyped-def]
    from livcr_desktop.domain.meetings import Attendance

    window = demo_copy_window(tmp, languages)
    area = meetings_area(window)
    area.open_meeting(_meeting(window, status="planned", future=False))
    area.page.start()
    live = area.page.live
    meeting = live.meeting
    for number, person in enumerate(meeting.participants):
        if number == len(meeting.participants) - 1:
            break  # the last one has not arrived yet
        combo = live.attendance.combos[person.member_id]
        combo.setCurrentIndex(combo.findData(Attendance.PRESENT.value))
        QApplication.processEvents()
        live.attendance.checks[person.member_id].setChecked(number % 3 != 1)
        QApplication.processEvents()
    live.refresh()
    settle(window, 1366, 768)
    return window, live


@shot("meeting-live")
def meeting_live(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window, live = live_window(tmp, languages)
    live.item_panel.summary_edit.setPlainText("De school volgt op; gesprek met de ouders gepland.")
    settle(window, 1366, 768)
    return window


def dialog_shot(window, dialog: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """A dialog over its window at 1366×768 (the window's workspace closes with the shot)."""
    settle(window, 1366, 768)
    settle(dialog)
    dialog.workspace = window.workspace  # type: ignore[attr-defined]
    dialog.destroyed.connect(window.close)  # no window left behind on a closed workspace
    return dialog


def final_step_shot(window, step, **texts: str) -> QWidget:  # type: ignore[no-untyped-def]
    """The confirmation of a step that cannot be undone, over a 1366×768 window."""
    from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog

    return dialog_shot(window, FinalStepDialog(window, step, **texts))


@shot("meeting-close-confirm")
def meeting_close_confirm(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """Closing with one person's attendance not recorded and items without a summary."""
    window, live = live_window(tmp, languages)
    return dialog_shot(window, live.closing_confirmation(live._live.closing_check(live.meeting.id)))


@shot("meeting-close-confirm-ready")
def meeting_close_confirm_ready(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """Everyone's attendance recorded: the parts still missing, and the tick box."""
    from livcr_desktop.domain.meetings import Attendance

    window, live = live_window(tmp, languages)
    last = live.meeting.participants[-1].member_id
    combo = live.attendance.combos[last]
    combo.setCurrentIndex(combo.findData(Attendance.EXCUSED.value))
    QApplication.processEvents()
    return dialog_shot(window, live.closing_confirmation(live._live.closing_check(live.meeting.id)))


def projected(tmp: Path, languages: LanguageManager, *, item: int, reveal: bool) -> QWidget:
    window, live = live_window(tmp, languages)
    live.go_to(item)
    live.open_projector()
    live.reveal_button.setChecked(reveal)  # at the chair's request; journaled
    projector = live.projector
    projector.resize(1280, 720)
    settle(projector)
    projector.workspace = window.workspace  # closed with the shot
    return projector


@shot("meeting-projector")
def meeting_projector(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return projected(tmp, languages, item=1, reveal=False)


@shot("meeting-projector-name")
def meeting_projector_name(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return projected(tmp, languages, item=0, reveal=True)


@shot("meeting-presentation")
def meeting_presentation(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from PySide6.QtCore import Qt

    window, live = live_window(tmp, languages)
    live.enter_presentation()
    presentation = live.presentation
    # Full screen on a 1366×768 laptop (the offscreen screen has another size).
    presentation.setWindowState(Qt.WindowState.WindowNoState)
    settle(presentation)
    presentation.setGeometry(0, 0, 1366, 768)
    settle(presentation)
    presentation.workspace = window.workspace  # closed with the shot
    return presentation


@shot("meeting-agenda-add-case")
def meeting_agenda_add_case(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.gui.meetings.add_case_dialog import AddCaseDialog

    window = opened(tmp, languages, status="planned", future=True)
    window.resize(1366, 768)
    builder = window.current_area().page.agenda
    meeting_id, agenda = builder.meeting.id, builder._agenda
    dialog = AddCaseDialog(
        lambda text: agenda.cases_to_add(meeting_id, text),
        lambda case_id: agenda.add_case(meeting_id, case_id),
        window,
    )
    settle(dialog)
    dialog.search_edit.setText("TER")
    settle(dialog)
    return dialog


def opened(tmp: Path, languages: LanguageManager, **which: object) -> QWidget:
    window = demo_window(tmp, languages)
    meetings_area(window).open_meeting(_meeting(window, **which))  # type: ignore[arg-type]
    settle(window)
    return window


@shot("meeting-minutes")
def meeting_minutes(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return opened(tmp, languages, status="held", approved=False)


@shot("meeting-minutes-approve-confirm")
def meeting_minutes_approve_confirm(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = opened(tmp, languages, status="held", approved=False)
    minutes = window.current_area().page.minutes
    step = minutes._minutes.approval_check(minutes.meeting.id)
    return dialog_shot(window, minutes.approval_confirmation(step))


def _on_the_chairs_laptop(tmp: Path, languages: LanguageManager, *, stale: bool) -> QWidget:
    """The approval's confirmation as the chair sees it on their own laptop in a joint LIVC-R:
    the demo's held meeting, with the seal set's line (a case of another municipality approved
    as sealed) or its refusal (stale) that services/meetings/minutes_seal_set.py adds there."""
    from dataclasses import replace

    from livcr_desktop.domain.irreversible import joined
    from livcr_desktop.domain.minutes_seal_set import SEAL_STALE, SEALED_ELSEWHERE
    from livcr_desktop.domain.text import Message

    window = opened(tmp, languages, status="held", approved=False)
    minutes = window.current_area().page.minutes
    step = minutes._minutes.approval_check(minutes.meeting.id)
    if stale:
        step = replace(step, blocking=(Message(SEAL_STALE),))
    else:
        line = Message(SEALED_ELSEWHERE, {"items": joined(["TER-2026-014"])})
        step = replace(step, fixes=(*step.fixes, line))
    return dialog_shot(window, minutes.approval_confirmation(step))


@shot("meeting-minutes-approve-own-laptop")
def meeting_minutes_approve_own_laptop(
    tmp: Path, languages: LanguageManager, _root: Path
) -> QWidget:
    return _on_the_chairs_laptop(tmp, languages, stale=False)


@shot("meeting-minutes-approve-stale")
def meeting_minutes_approve_stale(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return _on_the_chairs_laptop(tmp, languages, stale=True)


@shot("meeting-minutes-approved")
def meeting_minutes_approved(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return opened(tmp, languages, status="held", approved=True)


@shot("meeting-minutes-case-elsewhere")
def meeting_minutes_case_elsewhere(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """Approved minutes as a laptop without one of their cases shows them: that case item's text
    travels in its case's scope only, so its place shows a line (minutes format 3)."""
    from sqlalchemy import select, update

    from livcr_desktop.store.models import AgendaItemRow

    window = demo_copy_window(tmp, languages)
    meeting = _meeting(window, status="held", approved=True)
    with window.workspace.db.write_session() as session, session.begin():
        first = session.scalars(
            select(AgendaItemRow.id)
            .where(AgendaItemRow.meeting_id == meeting, AgendaItemRow.case_id.is_not(None))
            .order_by(AgendaItemRow.position)
        ).first()
        session.execute(
            update(AgendaItemRow).where(AgendaItemRow.id == first).values(frozen_minutes=None)
        )
    meetings_area(window).open_meeting(meeting)
    settle(window)
    return window


def _crossed(window, meeting: str):  # type: ignore[no-untyped-def]
    """A chair's approval crossing a reseal (services/meetings/minutes_crossed.py), as the
    coordinator's laptop recognises it after a sync: drawn on the demo's approved minutes (one
    laptop cannot cross itself), the second item and the remarks changed after the sealing."""
    from livcr_desktop.domain.clock import local_date
    from livcr_desktop.domain.text import Message
    from livcr_desktop.services.meetings.minutes import MinutesService
    from livcr_desktop.services.meetings.minutes_crossed import (
        GENERAL_PART,
        ITEM_PART,
        CrossedApproval,
    )

    document = MinutesService(window.workspace).minutes(meeting)
    item = document.items[min(1, len(document.items) - 1)]
    assert document.approval is not None
    return CrossedApproval(
        meeting,
        local_date(document.starts_at),
        document.approval.approved_by,
        (Message(ITEM_PART, {"number": item.position, "heading": item.heading}), GENERAL_PART),
    )


@shot("meeting-minutes-crossed")
def meeting_minutes_crossed(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The approved minutes, with what the coordinator is told of a crossed approval."""
    window = opened(tmp, languages, status="held", approved=True)
    minutes = window.current_area().page.minutes
    minutes.crossed_note._show([_crossed(window, minutes.meeting.id)])
    settle(window)
    return window


@shot("sync-crossed")
def sync_crossed(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The Sync area with the same news, where it arrives."""
    window = demo_window(tmp, languages)
    crossing = _crossed(window, _meeting(window, status="held", approved=True))
    window.navigate("sync")
    window.current_area().crossed_note._show([crossing])
    settle(window)
    return window


@shot("meeting-minutes-amendment")
def meeting_minutes_amendment(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The correction dialog of approved minutes, before anything is chosen: it says who reads."""
    from livcr_desktop.gui.meetings.dialogs import AmendmentDialog

    window = opened(tmp, languages, status="held", approved=True)
    minutes = window.current_area().page.minutes
    dialog = AmendmentDialog(minutes.document.items, lambda _text, _item: "", window)
    dialog.text_edit.setPlainText("Punt 2: de vervaldatum van de actie is 14 december.")
    dialog.try_accept()  # refused: nothing chosen yet
    settle(dialog)
    dialog.workspace = window.workspace  # closed with the shot
    return dialog


@shot("meeting-minutes-leave-question")
def meeting_minutes_leave_question(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """Draft minutes typed in, then "← All meetings": the question before the text is lost, drawn
    over the 1366×768 window where it opens."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QLabel

    from livcr_desktop.gui.kit.leave_question import LeaveQuestion

    window = opened(tmp, languages, status="held", approved=False)
    settle(window, 1366, 768)
    page = window.current_area().page
    page.minutes.remarks_edit.setPlainText("Volgende vergadering op 14 januari in zaal 3.")
    page.minutes.cards[0].summary.appendPlainText("De school plant een gesprek met de ouders.")
    page.back_button.click()
    question = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LeaveQuestion))
    settle(question)
    picture = window.grab()
    painter = QPainter(picture)
    inset = question.grab()
    painter.drawPixmap(
        (picture.width() - inset.width()) // 2, (picture.height() - inset.height()) // 2, inset
    )
    painter.end()
    shown = QLabel()
    shown.setPixmap(picture)
    shown.resize(picture.size())
    shown.workspace = window.workspace  # type: ignore[attr-defined]  # closed with the shot
    return shown


@shot("meetings-strategic")
def meetings_strategic(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.domain.meetings import TableKind

    window = demo_window(tmp, languages)
    area = meetings_area(window)
    area.select_table(TableKind.STRATEGIC)
    area.open_meeting(area.meetings[0].id)
    settle(window)
    return window


@shot("meetings-as-partner")
def meetings_partner(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages, "olga.voorbeeld")
    meetings_area(window).open_meeting(_meeting(window, status="planned", future=False))
    settle(window)
    return window


@shot("tasks")
def tasks(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = demo_window(tmp, languages)
    window.navigate("tasks")
    window.current_area().done_check.setChecked(True)
    settle(window)
    return window


@shot("dossier-action-points")
def dossier_action_points(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    from livcr_desktop.services.meetings.tasks import TaskService

    window = demo_window(tmp, languages)
    task = TaskService(window.workspace).my_tasks()[0]
    window.open_case(task.case_id)
    show_tab(window, "action_points")
    settle(window)
    return window


def _live_decision(window, live, objection: bool = True):  # type: ignore[no-untyped-def]
    """A follow-up proposal on the current item; everyone agrees, or one objects and one is
    still to speak."""
    from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
    from livcr_desktop.services.decisions.consensus import DecisionService

    for check in live.item_panel.effective_checks.values():
        if check.isEnabled() and not check.isChecked():
            check.setChecked(True)
            QApplication.processEvents()
    service = DecisionService(window.workspace)
    decision = service.propose(
        live.current_item().id,
        Proposal(
            DecisionKind.FOLLOW_UP,
            "De casus blijft in opvolging; de school plant een gesprek met de ouders.",
        ),
    )
    effective = [i.member_id for i in live.current_item().invitees if i.effective]
    for number, member_id in enumerate(effective):
        if objection and number == 1:
            service.record_position(decision, member_id, Position.OBJECT, "Eerst het CLB horen.")
        elif not objection or number != 2:
            service.record_position(decision, member_id, Position.AGREE)
    live.refresh()
    live.item_tabs.setCurrentWidget(live.decisions_host)
    return decision


@shot("meeting-live-decisions")
def meeting_live_decisions(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window, live = live_window(tmp, languages)
    _live_decision(window, live)
    settle(window)
    return window


def _guarded_live(tmp: Path, languages: LanguageManager):  # type: ignore[no-untyped-def]
    """A proposal with an objection; the one still to speak leaves the room; then the
    coordinator tries to un-tick the objector (refused, with the way forward)."""
    window, live = live_window(tmp, languages)
    decision = _live_decision(window, live)
    effective = [i.member_id for i in live.current_item().invitees if i.effective]
    live.item_tabs.setCurrentIndex(0)
    settle(window, 1366, 768)
    live.item_panel.left_buttons[effective[2]].click()
    settle(window)
    live.item_panel.effective_checks[effective[1]].click()
    settle(window)
    return window, live, decision, effective


@shot("meeting-live-consensus-guard")
def meeting_live_consensus_guard(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window, _live, _decision, _effective = _guarded_live(tmp, languages)
    settle(window, 1366, 768)
    return window


@shot("meeting-live-decisions-left")
def meeting_live_decisions_left(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The blocked proposal reworded after someone left: put to those still in the room, and
    it says who had left."""
    from livcr_desktop.domain.decisions import DecisionKind, Proposal
    from livcr_desktop.services.decisions.consensus import DecisionService

    window, live, decision, _effective = _guarded_live(tmp, languages)
    DecisionService(window.workspace).reword(
        decision,
        Proposal(DecisionKind.FOLLOW_UP, "De casus blijft in opvolging; eerst het CLB horen."),
    )
    live.refresh()
    live.item_tabs.setCurrentWidget(live.decisions_host)
    settle(window, 1366, 768)
    panel = live.decision_panel
    if panel is not None and panel.card_widgets:
        panel.scroll_area.ensureWidgetVisible(panel.card_widgets[-1])
    settle(window)
    return window


@shot("signatures")
def signatures(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The chair's To sign list: a decision every effective participant agreed to, waiting for
    the signature of the chair of the case's municipality."""
    from livcr_desktop.services.decisions.view import DecisionReader

    window, live = live_window(tmp, languages)
    decision = _live_decision(window, live, objection=False)
    views = DecisionReader(window.workspace).for_item(live.current_item().id)
    view = next(v for v in views if v.id == decision)
    window.close()
    window.workspace.close()
    chair = demo_window(
        tmp, languages, username=_chair_username(view.municipality), root=tmp / "demo-copy"
    )
    chair.navigate("signatures")
    settle(chair)
    return chair


@shot("signatures-sign-dialog")
def signatures_sign_dialog(tmp: Path, languages: LanguageManager, root: Path) -> QWidget:
    """The chair's signature: what it fixes for good, the passphrase, "Sign the decision"."""
    from livcr_desktop.gui.decisions.dialogs import SignDecisionDialog
    from livcr_desktop.services.access.sign_in import FolderAccess

    chair = signatures(tmp, languages, root)
    area = chair.current_area()
    area.table.selectRow(0)
    view = area.views[0]
    dialog = SignDecisionDialog(
        FolderAccess(chair.workspace.folder),
        chair.workspace,
        view,
        [(chair.workspace.actor.account_id, chair.workspace.actor.display_name)],
        chair,
    )
    return dialog_shot(chair, dialog)


def _chair_username(municipality: str) -> str:
    from livcr_desktop.services.demo.people import DEMO_PEOPLE

    return next(person[1] for person in DEMO_PEOPLE if person[5] == municipality)


@shot("propose-evaluation")
def propose_evaluation(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The proposal form on the item of a case whose trajectory evaluation waits for the table:
    the kind "evaluation of the guidance trajectory" chosen, naming the waiting evaluation."""
    from livcr_desktop.domain.decisions import DecisionKind
    from livcr_desktop.gui.decisions.dialogs import ProposeDialog
    from livcr_desktop.gui.decisions.item_panel import DecisionPanel
    from livcr_desktop.services.decisions.consensus import DecisionService
    from livcr_desktop.services.trajectories.evaluations import EvaluationService
    from tests.helpers.meetings import make_table
    from tests.helpers.trajectories import complete, live_item, organisation_of, start_trajectory

    table = make_table(make_livcr(tmp / "evaluation"))
    school = table.sign_in(table.school)
    trajectory = start_trajectory(table, organisation_of(school))
    form = EvaluationService(school).form(trajectory)
    EvaluationService(school).record(trajectory, complete(form.domains, table.clock.today()))
    school.close()
    _meeting, item = live_item(table)
    panel = DecisionPanel(table.ws, item)
    dialog = ProposeDialog(DecisionService(table.ws), item, panel.options())
    dialog.kind_combo.setCurrentIndex(
        dialog.kind_combo.findData(DecisionKind.EVALUATE_TRAJECTORY.value)
    )
    dialog.wording.setPlainText("Het traject loopt verder zoals de school voorstelt.")
    settle(dialog)
    return dialog


@shot("dossier-decisions")
def dossier_decisions(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    window = dossier(tmp, languages, _root)
    show_tab(window, "decisions_tab")
    settle(window)
    return window


RETENTION_ROOT = Path(tempfile.mkdtemp(prefix="livcr-retention-shots-")) / "demo"


def retention_window(tmp: Path, languages: LanguageManager):  # type: ignore[no-untyped-def]
    """The demo made at the homes' Monday and opened six years later, when its first cases have
    reached their retention term; the Retention area."""
    from datetime import datetime, timedelta

    from livcr_desktop.domain.clock import ManualClock
    from livcr_desktop.gui.shell.main_window import MainWindow
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.demo.folder import create_demo
    from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
    from livcr_desktop.services.folders import DataFolder
    from livcr_desktop.settings import DeviceSettings

    made = datetime.fromisoformat(HOME_MOMENT)
    if not DataFolder(RETENTION_ROOT).db_path.exists():
        create_demo(RETENTION_ROOT, clock=ManualClock(made)).close()
    # Each shot on its own copy: a meeting planned or an erasure proposed by one shot must not
    # be found by the next (a chair already taken, a case already proposed).
    root = tmp / "retention-demo"
    shutil.copytree(RETENTION_ROOT, root)
    access = FolderAccess(DataFolder(root), clock=ManualClock(made + timedelta(days=2200)))
    account = next(a for a in access.accounts() if a.username == "nora.fictief")
    workspace = access.sign_in(account.account_id, DEMO_PASSPHRASE)
    window = MainWindow(workspace, languages, DeviceSettings(tmp / "s.json"), access)
    window.navigate("retention")
    settle(window, 1366, 768)
    return window


@shot("retention")
def retention(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """What reached its term six years on: case codes, the rule, the due date."""
    window = retention_window(tmp, languages)
    area = window.current_area()
    area.due_table.selectRow(0)
    settle(window)
    return window


def erasure_live(tmp: Path, languages: LanguageManager):  # type: ignore[no-untyped-def]
    """The retention demo six years on: a meeting planned, a due case proposed for erasure,
    the meeting started with everyone present: (window, live screen, the erasure item)."""
    from datetime import timedelta

    from livcr_desktop.domain.meetings import Attendance, MeetingPlan, TableKind
    from livcr_desktop.gui.kit.text import qt_translate
    from livcr_desktop.services.meetings.planning import MeetingService
    from livcr_desktop.services.retention.due import RetentionService

    window = retention_window(tmp, languages)
    workspace = window.workspace
    meetings = MeetingService(workspace)
    start = workspace.clock.now() + timedelta(minutes=30)
    chair = meetings.chair_options(start)[0].member_id
    plan = MeetingPlan(TableKind.OPERATIONAL, start, start + timedelta(hours=2), "Zaal 2", chair)
    meeting = meetings.plan(plan)[0]
    retention = RetentionService(workspace)
    due = retention.due().cases[0]
    item = retention.propose_erasure(due.case_id, due.rule, qt_translate)
    workspace.clock.advance(timedelta(minutes=31))  # type: ignore[attr-defined]
    area = meetings_area(window)
    area.open_meeting(meeting)
    area.page.start()
    live = area.page.live
    for person in live.meeting.participants:
        combo = live.attendance.combos[person.member_id]
        combo.setCurrentIndex(combo.findData(Attendance.PRESENT.value))
        QApplication.processEvents()
        live.attendance.checks[person.member_id].setChecked(True)
        QApplication.processEvents()
    live.refresh()
    settle(window, 1366, 768)
    return window, live, item


@shot("meeting-live-erasure")
def meeting_live_erasure(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """A proposed erasure on the live screen: no summary field and the line that says why."""
    return erasure_live(tmp, languages)[0]


@shot("meeting-erasure-proposal")
def meeting_erasure_proposal(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The proposal form on a proposed erasure: the fixed wording, read-only."""
    from livcr_desktop.gui.decisions.dialogs import ProposeDialog
    from livcr_desktop.services.decisions.consensus import DecisionService
    from livcr_desktop.services.decisions.view import proposal_options

    window, _live, item = erasure_live(tmp, languages)
    workspace = window.workspace
    dialog = ProposeDialog(
        DecisionService(workspace), item, proposal_options(workspace, item), window
    )
    return dialog_shot(window, dialog)


@shot("retention-house-rules")
def retention_house_rules(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The house rules tab before any adoption: the defaults, said as such."""
    window = retention_window(tmp, languages)
    window.current_area().tabs.setCurrentIndex(1)
    settle(window)
    return window


@shot("retention-house-rules-editor")
def retention_house_rules_editor(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The coordinator's editor of the draft house rules."""
    from livcr_desktop.domain.house_rules import DEFAULT_RULES
    from livcr_desktop.gui.retention.house_rules_dialog import HouseRulesDialog
    from livcr_desktop.services.retention.house_rules import HouseRulesService

    window = retention_window(tmp, languages)
    dialog = HouseRulesDialog(HouseRulesService(window.workspace), DEFAULT_RULES, window)
    dialog.show()
    settle(dialog)
    dialog.keeps_window = window  # type: ignore[attr-defined]
    return dialog


@shot("retention-review-agenda")
def retention_review_agenda(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The review at 18 proposed from the retention list: the case itself on the next
    operational meeting's agenda, as a case item with its invitees."""
    from datetime import timedelta

    from livcr_desktop.domain.meetings import MeetingPlan, TableKind
    from livcr_desktop.domain.retention import RetentionRule
    from livcr_desktop.gui.kit.text import qt_translate
    from livcr_desktop.services.meetings.planning import MeetingService
    from livcr_desktop.services.retention.due import RetentionService

    window = retention_window(tmp, languages)
    workspace = window.workspace
    meetings = MeetingService(workspace)
    start = workspace.clock.now() + timedelta(days=2)
    chair = meetings.chair_options(start)[0].member_id
    plan = MeetingPlan(TableKind.OPERATIONAL, start, start + timedelta(hours=2), "Zaal 2", chair)
    meeting = meetings.plan(plan)[0]
    retention = RetentionService(workspace)
    review = next(d for d in retention.due().cases if d.rule is RetentionRule.EIGHTEENTH_BIRTHDAY)
    retention.propose_erasure(review.case_id, review.rule, qt_translate)
    area = meetings_area(window)
    area.open_meeting(meeting)
    settle(window, 1366, 768)
    return window


@shot("retention-erasure")
def retention_erasure(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The Erasure tab: the cases that may be erased and where each decision stands, two of
    them selected, and the erasure register below."""
    window = retention_window(tmp, languages)
    area = window.current_area()
    area.tabs.setCurrentIndex(2)
    area.erasure.table.selectRow(0)
    settle(window)
    return window


@shot("retention-erasure-confirm")
def retention_erasure_confirm(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The final-step confirmation before an erasure: what goes for good, what stays."""
    from livcr_desktop.domain.erasure import erasure_step
    from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog

    window = retention_window(tmp, languages)
    area = window.current_area()
    codes = [e.code for e in area.erasure._erasable[:3]] or ["TER-2026-001"]
    dialog = FinalStepDialog(
        window,
        erasure_step(codes),
        object_name="erasureConfirmation",
        title=area.erasure.tr("Erase %n case(s)", "", len(codes)),
        action=area.erasure.tr("Erase for good"),
    )
    dialog.show()
    settle(dialog)
    dialog.keeps_window = window  # type: ignore[attr-defined]
    return dialog


@shot("privacy-register")
def privacy_register(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The coordinator's register of data-subject requests (one overdue), a request selected."""
    window = demo_window(tmp, languages)
    window.navigate("privacy")
    area = window.findChild(QWidget, "privacyArea")
    area.table.selectRow(0)  # type: ignore[attr-defined]
    settle(window, 1366, 768)
    return window


@shot("privacy-dpo")
def privacy_dpo(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The data-protection officer's documents: the art. 30 record and the DPIA facts sheet."""
    window = demo_window(tmp, languages, "dirk.privacy")
    window.navigate("privacy")
    area = window.findChild(QWidget, "privacyArea")
    area.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    settle(window, 1366, 768)
    return window


def _demo_requests(window):  # type: ignore[no-untyped-def]
    from livcr_desktop.services.subject_requests.register import SubjectRequestService

    service = SubjectRequestService(window.workspace)
    return service, service.entries()


@shot("privacy-decision")
def privacy_decision(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The decision on a request with its legal ground."""
    from livcr_desktop.gui.privacy.request_dialogs import RequestDecisionDialog

    window = demo_window(tmp, languages)
    service, entries = _demo_requests(window)
    decided = next(e for e in entries if e.ground is not None and e.answer_sent_on is None)
    dialog = RequestDecisionDialog(service, decided, window.workspace.today(), None)
    dialog.workspace = window.workspace  # type: ignore[attr-defined]
    settle(dialog, 900, 460)
    return dialog


@shot("privacy-access-review")
def privacy_access_review(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """The review of an access answer: the parts, police and third-party ones ticked out."""
    from livcr_desktop.domain.subject_requests import RequestKind
    from livcr_desktop.gui.privacy.access_review import AccessReviewDialog
    from livcr_desktop.services.subject_requests.access_export import AccessExportService

    window = demo_window(tmp, languages)
    _service, entries = _demo_requests(window)
    access = next(e for e in entries if e.kind is RequestKind.ACCESS)
    dialog = AccessReviewDialog(AccessExportService(window.workspace), access.id)
    dialog.workspace = window.workspace  # type: ignore[attr-defined]
    settle(dialog, 1000, 640)
    return dialog


@shot("privacy-new-request")
def privacy_new_request(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """Registering a new data-subject request."""
    from livcr_desktop.gui.privacy.request_dialogs import NewRequestDialog

    window = demo_window(tmp, languages)
    service, _entries = _demo_requests(window)
    dialog = NewRequestDialog(service, window.workspace.today(), None)
    dialog.workspace = window.workspace  # type: ignore[attr-defined]
    settle(dialog)
    return dialog


def _request_step(tmp: Path, languages: LanguageManager, kind: str) -> QWidget:
    """One of the later steps of a request (extension, informed, answer) on the demo's
    undecided request."""
    from livcr_desktop.gui.privacy import request_dialogs as d

    window = demo_window(tmp, languages)
    service, entries = _demo_requests(window)
    entry = entries[0]
    today = window.workspace.today()
    dialog: QWidget = {
        "extension": lambda: d.RequestExtensionDialog(service, entry, None),
        "informed": lambda: d.RequestInformedDialog(service, entry, today, None),
        "answer": lambda: d.RequestAnswerDialog(service, entry, today, None),
    }[kind]()
    dialog.workspace = window.workspace  # type: ignore[attr-defined]
    settle(dialog)
    return dialog


@shot("privacy-extension")
def privacy_extension(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return _request_step(tmp, languages, "extension")


@shot("privacy-informed")
def privacy_informed(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return _request_step(tmp, languages, "informed")


@shot("privacy-answer")
def privacy_answer(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    return _request_step(tmp, languages, "answer")


@shot("case-reopen")
def case_reopen(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """Reopening a closed case from its dossier, with the reason."""
    from livcr_desktop.gui.cases.reopen_dialog import ReopenDialog
    from livcr_desktop.services.cases.dossier import open_dossier
    from livcr_desktop.services.cases.screening import CaseService

    window = demo_window(tmp, languages)
    ws = window.workspace
    dialog = ReopenDialog(CaseService(ws), open_dossier(ws, _first_case(window, "closed")), None)
    dialog.reason_edit.setPlainText("De school meldt nieuwe uitspraken in de klas (fictief).")
    dialog.workspace = ws  # type: ignore[attr-defined]
    settle(dialog)
    return dialog


@shot("meeting-live-guest")
def meeting_live_guest(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """A one-off guest at an item reads the secrecy acknowledgement and ticks it."""
    from livcr_desktop.gui.meetings.item_people_dialogs import GuestDialog
    from livcr_desktop.services.meetings.item_people import ItemPeopleService

    window = demo_window(tmp, languages)
    dialog = GuestDialog(ItemPeopleService(window.workspace), "shown-only", None)
    dialog.name_edit.setText("Dr. Eva Deskundig (fictief)")
    dialog.organisation_edit.setText("Fictief Expertisecentrum")
    dialog.workspace = window.workspace  # type: ignore[attr-defined]
    settle(dialog)
    return dialog


@shot("meeting-live-refusal")
def meeting_live_refusal(tmp: Path, languages: LanguageManager, _root: Path) -> QWidget:
    """A partner's motivated refusal to take part in an item."""
    from livcr_desktop.gui.meetings.item_people_dialogs import StanceDialog
    from livcr_desktop.services.meetings.item_people import ItemPeopleService

    window = demo_window(tmp, languages)
    invitees = [("a", "Olga Voorbeeld – OCMW Fictiefdorp")]
    dialog = StanceDialog(ItemPeopleService(window.workspace), "shown-only", invitees, None)
    dialog.motivation_box.setPlainText("Fictief: deelname botst met de vertrouwensrelatie.")
    dialog.workspace = window.workspace  # type: ignore[attr-defined]
    settle(dialog)
    return dialog


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=Path("screenshots"))
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--lang", action="append", default=[])
    args = parser.parse_args()
    app = make_application()
    languages = LanguageManager(app)
    with tempfile.TemporaryDirectory() as tmp:
        fixture = make_livcr(Path(tmp) / "livcr")
        fixture.workspace.close()
        for language in [Language(code) for code in args.lang] or list(Language):
            languages.set_language(language)
            QApplication.processEvents()
            for name, make in SHOTS.items():
                if args.only and not any(name.startswith(o) for o in args.only):
                    continue
                workdir = Path(tempfile.mkdtemp(dir=tmp))
                widget = make(workdir, languages, fixture.folder.root)
                target = args.out / language.value / f"{name}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                widget.grab().save(str(target))
                workspace = getattr(widget, "workspace", None)
                wait_for_background_work()  # as the app does before it closes a workspace
                widget.close()
                if workspace is not None:
                    workspace.close()
                print(target)


if __name__ == "__main__":
    main()
