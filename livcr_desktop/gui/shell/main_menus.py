"""The main window's menus and status bar: building their actions and labels.

A base of `MainWindow`, which provides what the actions trigger and sets every text in
`retranslate_ui` (so the texts keep the main window's translation context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.gui.access.recovery_renewal import renew_with_confirmation
from livcr_desktop.gui.backup.actions import BackupActions
from livcr_desktop.gui.handover.actions import HandoverActions
from livcr_desktop.gui.kit.eliding_label import ElidingLabel
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.shell.navigation import AreaNavigation
from livcr_desktop.gui.sync.background import BackgroundSync
from livcr_desktop.gui.sync.bundle_actions import BundleActions


class MainMenus(AreaNavigation):
    """The application and help menus, and the labels of the status bar."""

    backups: BackupActions
    sync: BackgroundSync
    bundles: BundleActions
    handovers: HandoverActions
    sign_out_requested: SignalInstance
    quit_requested: SignalInstance
    open_settings: Callable[[], None]
    open_about: Callable[[], None]
    lock_now: Callable[[], None]
    change_passphrase: Callable[[], None]
    switch_livcr: Callable[[], None]
    leave_then: Callable[[Callable[[], None]], None]

    def _build_menus(self) -> None:
        self.app_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(icon("settings"), "", self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.lock_action = QAction(icon("lock"), "", self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        self.passphrase_action = QAction(icon("key"), "", self)
        self.passphrase_action.setObjectName("changePassphraseAction")
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.recovery_action = QAction(icon("key"), "", self)
        self.recovery_action.setObjectName("renewRecoveryKeyAction")
        self.recovery_action.triggered.connect(
            lambda: renew_with_confirmation(self, self.workspace)
        )
        self.recovery_action.setVisible(self.workspace.may(Resource.ACCOUNT, Action.CREATE))
        self.sign_out_action = QAction(icon("signout"), "", self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(
            lambda: self.leave_then(self.sign_out_requested.emit)
        )
        self.switch_action = QAction(icon("sync"), "", self)
        self.switch_action.setObjectName("switchLivcrAction")
        self.switch_action.triggered.connect(self.switch_livcr)
        self.quit_action = QAction("", self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(lambda: self.leave_then(self.quit_requested.emit))
        self.app_menu.addAction(self.settings_action)
        self.app_menu.addAction(self.passphrase_action)
        self.app_menu.addAction(self.recovery_action)
        self.app_menu.addSeparator()
        self.app_menu.addAction(self.backups.backup_action)
        self.app_menu.addAction(self.backups.restore_action)
        self.app_menu.addSeparator()
        self.app_menu.addAction(self.bundles.export_action)
        self.app_menu.addAction(self.bundles.import_action)
        self.app_menu.addAction(self.bundles.hub_access.action)
        self.app_menu.aboutToShow.connect(self.bundles.refresh_visibility)
        self.app_menu.addAction(self.handovers.keys_action)
        self.app_menu.addAction(self.handovers.import_action)
        self.app_menu.addSeparator()
        self.app_menu.addAction(self.lock_action)
        self.app_menu.addAction(self.sign_out_action)
        self.app_menu.addAction(self.switch_action)
        self.app_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(icon("livcr"), "", self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.open_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.demo_label = QLabel(bar)
        self.demo_label.setObjectName("statusDemo")
        set_role(self.demo_label, "demo")
        self.demo_label.setVisible(self.workspace.demo)
        self.livcr_label = ElidingLabel(bar)
        self.livcr_label.setObjectName("statusLivcr")
        self.user_label = ElidingLabel(bar)
        self.user_label.setObjectName("statusUser")
        self.language_label = QLabel(bar)
        self.language_label.setObjectName("statusLanguage")
        for label in (self.demo_label, self.livcr_label, self.user_label, self.language_label):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.backups.status_label)
        bar.addPermanentWidget(self.sync.status_label)
