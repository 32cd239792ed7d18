"""The main window: a shell with the navigation, the open area, menus and the status bar.

The shell knows nothing about cases or meetings; each area is a separate widget created on first
use (see gui/areas). The window title never names a person or a case: it can be seen in the
taskbar, on a projector and in screen sharing.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.gui.access.recovery_renewal import renew_with_confirmation
from livcr_desktop.gui.backup.actions import (
    BackupActions,
    ChooseFile,
    choose_backup_source,
    choose_backup_target,
)
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.save_path import PathChooser
from livcr_desktop.gui.kit.screen_fit import fit_window, initial_main_size
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.kit.worker import wait_for_background_work
from livcr_desktop.gui.shell.areas import AreaSpec, visible_areas
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.lock import IdleWatcher, LockController
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import IDLE_LOCK_MINUTES, WINDOW_GEOMETRY, DeviceSettings

ROLE_ORDER = tuple(Role)


class MainWindow(QMainWindow):
    """The signed-in application window."""

    sign_out_requested = Signal()
    quit_requested = Signal()
    restore_requested = Signal(object)
    """A confirmed restore of a backup file (a Path): the AppController carries it out."""

    def __init__(
        self,
        workspace: Workspace,
        languages: LanguageManager,
        settings: DeviceSettings,
        access: FolderAccess | None = None,
        *,
        choose_backup_target: PathChooser = choose_backup_target,
        choose_backup_source: ChooseFile = choose_backup_source,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("livcr"))
        self.workspace = workspace
        self.languages = languages
        self.settings = settings
        self.access = access or FolderAccess(workspace.folder)
        self._areas: list[AreaSpec] = visible_areas(workspace)
        self._built: dict[str, QWidget] = {}
        self._livcr_name = ProfileService(workspace).profile().name

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(230)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("areaStack")
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        # Page 0 is the application, page 1 the blank backdrop shown while locked: the content
        # is hidden (not destroyed), so unsaved input survives the lock.
        self.pages = QStackedWidget(self)
        self.pages.addWidget(central)
        backdrop = QLabel(self.pages)
        backdrop.setObjectName("lockScreen")
        backdrop.setPixmap(icon("lock").pixmap(96, 96))
        backdrop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(backdrop)
        self.setCentralWidget(self.pages)
        self.lock_controller = LockController(self, workspace, self.access)
        self.lock_controller.locked_changed.connect(self._set_locked)
        self.lock_controller.sign_out_requested.connect(self.sign_out_requested.emit)
        self.idle = IdleWatcher(settings.get(IDLE_LOCK_MINUTES), self)
        self.idle.idle.connect(self.lock_now)
        for spec in self._areas:
            item = QListWidgetItem(icon(spec.icon, "#ffffff"), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # replaced when first opened
        self.navigation.currentRowChanged.connect(self._open_row)

        self.backups = BackupActions(
            self,
            workspace,
            settings,
            choose_target=choose_backup_target,
            choose_source=choose_backup_source,
        )
        self.backups.restore_requested.connect(self.restore_requested.emit)
        self._build_menus()
        self._build_status_bar()
        self.retranslate_ui()
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
            fit_window(self)  # saved on a larger screen, perhaps
        else:
            initial_main_size(self, QSize(1280, 800))
        self.navigation.setCurrentRow(0)

    # -- navigation ----------------------------------------------------------------------------

    def area_keys(self) -> list[str]:
        """The keys of the areas in the navigation, in order."""
        return [spec.key for spec in self._areas]

    def navigate(self, key: str) -> None:
        """Open the area with this key (ignored when the person may not see it)."""
        for row, spec in enumerate(self._areas):
            if spec.key == key:
                self.navigation.setCurrentRow(row)
                return

    def area(self, key: str) -> QWidget | None:
        """The widget of an area that was opened (for tests and cross-area actions)."""
        return self._built.get(key)

    def current_area(self) -> QWidget | None:
        """The widget that is shown now."""
        return self.stack.currentWidget()

    def _open_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self._areas[row]
        widget = self._built.get(spec.key)
        if widget is None:
            widget = spec.factory(self.workspace, self)
            self._built[spec.key] = widget
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        self.stack.setCurrentIndex(row)

    def show_status(self, text: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def open_case(self, case_id: str) -> None:
        """Open a case's dossier in the cases area (from signals, tasks, meetings ...)."""
        self.navigate("cases")
        area = self._built.get("cases")
        if area is not None and hasattr(area, "open_case"):
            area.open_case(case_id)

    # -- menus and status bar -----------------------------------------------------------------

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
        self.sign_out_action.triggered.connect(self.sign_out_requested.emit)
        self.quit_action = QAction("", self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.app_menu.addAction(self.settings_action)
        self.app_menu.addAction(self.passphrase_action)
        self.app_menu.addAction(self.recovery_action)
        self.app_menu.addSeparator()
        self.app_menu.addAction(self.backups.backup_action)
        self.app_menu.addAction(self.backups.restore_action)
        self.app_menu.addSeparator()
        self.app_menu.addAction(self.lock_action)
        self.app_menu.addAction(self.sign_out_action)
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
        self.livcr_label = QLabel(bar)
        self.livcr_label.setObjectName("statusLivcr")
        self.user_label = QLabel(bar)
        self.user_label.setObjectName("statusUser")
        self.language_label = QLabel(bar)
        self.language_label.setObjectName("statusLanguage")
        for label in (self.demo_label, self.livcr_label, self.user_label, self.language_label):
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.backups.status_label)

    def _role_summary(self) -> str:
        roles = self.workspace.actor.roles_on(self.workspace.today())
        ordered = [role for role in ROLE_ORDER if role in roles]
        return ", ".join(show_text(role.label) for role in ordered) or self.tr("no current role")

    def refresh_identity(self) -> None:
        """Re-read the LIVC-R's name and the person's roles (after settings or role changes)."""
        self._livcr_name = ProfileService(self.workspace).profile().name
        self.workspace.refresh_actor()
        self.retranslate_ui()

    # -- lock ----------------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Lock at once (menu, Ctrl+L, or the idle timer): background work ends first, so no
        backup is cut off when the database closes."""
        if self.lock_controller.locked:
            return
        self.finish_background_work()
        self.lock_controller.lock()

    @property
    def locked(self) -> bool:
        """True while the idle lock holds."""
        return self.lock_controller.locked

    def _set_locked(self, locked: bool) -> None:
        self.pages.setCurrentIndex(1 if locked else 0)
        self.menuBar().setEnabled(not locked)
        self.idle.paused = locked
        self.idle.restart()
        if not locked:
            self.start_background_work()

    # -- dialogs -------------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        """Change one's own passphrase."""
        from livcr_desktop.gui.access.passphrase_dialog import ChangePassphraseDialog

        if ChangePassphraseDialog(self.workspace, parent=self).exec():
            self.show_status(self.tr("Your passphrase was changed."))

    def open_settings(self) -> None:
        """The settings dialog; language changes apply at once."""
        from livcr_desktop.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace, self.languages, self.settings, self)
        if dialog.exec():
            self.idle.set_minutes(self.settings.get(IDLE_LOCK_MINUTES))
            self.refresh_identity()

    def open_about(self) -> None:
        """Version, licences and where the data lives."""
        from livcr_desktop.gui.shell.about import AboutDialog

        AboutDialog(self.workspace.folder.root, self).exec()

    # -- background work and restoring ----------------------------------------------------------

    def start_background_work(self) -> None:
        """Start the automatic backups (the AppController does this once the window is shown)."""
        self.backups.start()

    def finish_background_work(self) -> None:
        """Stop the timers and wait for running work (backups, searches), before the
        workspace is closed or locked."""
        self.backups.stop()
        wait_for_background_work()

    def begin_restore(self) -> None:
        """Freeze the window while a restore replaces the database underneath it."""
        self.finish_background_work()
        self.setEnabled(False)
        self.show_status(self.tr("Restoring the backup…"))

    def end_restore(self) -> None:
        """Thaw the window after a restore that was refused (nothing was changed)."""
        self.setEnabled(True)
        self.statusBar().clearMessage()
        self.start_background_work()

    # -- language and closing ------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("LIVC-R Desktop"))
        for row, spec in enumerate(self._areas):
            self.navigation.item(row).setText(show_text(spec.title))
        self.app_menu.setTitle(self.tr("&LIVC-R"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.passphrase_action.setText(self.tr("Change my &passphrase…"))
        self.recovery_action.setText(self.tr("Create a new recovery &key…"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About LIVC-R Desktop"))
        self.demo_label.setText(self.tr("DEMO – fictional data"))
        self.livcr_label.setText(self._livcr_name)
        self.user_label.setText(
            self.tr("{name} – {roles}").format(
                name=self.workspace.actor.display_name, roles=self._role_summary()
            )
        )
        self.language_label.setText(self.languages.language.endonym)
        self.backups.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.settings.set(
            WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        )
        super().closeEvent(event)
