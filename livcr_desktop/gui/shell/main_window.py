"""The main window: a shell with the navigation, the open area, menus and the status bar.

The shell knows nothing about cases or meetings; each area is a separate widget created on first
use (see gui/areas). The window title never names a person or a case: it can be seen in the
taskbar, on a projector and in screen sharing.

Nothing typed is lost on the way out: switching area, signing out (also from the lock screen),
quitting, restoring a backup and closing the window first ask the areas and open dialogs for
their unsaved work (gui/kit/unsaved.py). The idle lock asks nothing: it only hides the window,
and the same person finds their text again after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.backup.actions import (
    BackupActions,
    ChooseFile,
    choose_backup_source,
    choose_backup_target,
)
from livcr_desktop.gui.handover.actions import HandoverActions
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.first_paint import after_first_paint
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.save_path import PathChooser
from livcr_desktop.gui.kit.screen_fit import fit_window, initial_main_size
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.unsaved import UnsavedWork, confirm_leaving, unsaved_work_in
from livcr_desktop.gui.kit.worker import wait_for_background_work
from livcr_desktop.gui.shell.areas import AreaSpec, visible_areas
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.lock import IdleWatcher, LockController
from livcr_desktop.gui.shell.main_menus import MainMenus
from livcr_desktop.gui.sync.background import BackgroundSync
from livcr_desktop.gui.sync.bundle_actions import BundleActions
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.home.waiting import read_waiting
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import IDLE_LOCK_MINUTES, WINDOW_GEOMETRY, DeviceSettings

ROLE_ORDER = tuple(Role)


class MainWindow(MainMenus):
    """The signed-in application window (its menus are built by `MainMenus`, moving between
    its areas is `AreaNavigation`)."""

    sign_out_requested = Signal()
    switch_requested = Signal()
    """Leave this LIVC-R for the list of this laptop's LIVC-Rs (after the unsaved-work question)."""
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
        fill_after_paint: bool = False,
    ) -> None:
        """With `fill_after_paint` (the app's start), the frame and the navigation paint first
        and the home and the navigation's counts are read on the next turn of the event loop:
        their queries are most of the way from Enter to the painted window."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("livcr"))
        self.workspace = workspace
        self.languages = languages
        self.settings = settings
        self.access = access or FolderAccess(workspace.folder)
        self._areas: list[AreaSpec] = visible_areas(workspace)
        self._built: dict[str, QWidget] = {}
        self._row = -1
        self._leaving = False  # the person chose to leave: closing may not ask again
        self._restoring = False
        self._livcr_name = ProfileService(workspace).profile().name
        self._counts: dict[str, int] = {}
        self._fill_pending = False

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
        self.lock_controller.sign_out_asked.connect(
            lambda: self.leave_then(self.lock_controller.sign_out)
        )
        self.idle = IdleWatcher(settings.get(IDLE_LOCK_MINUTES), self)
        self.idle.idle.connect(self.lock_now)
        for spec in self._areas:
            item = QListWidgetItem(icon(spec.icon, "#ffffff"), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # replaced when first opened
        self.navigation.currentRowChanged.connect(self._go)
        if fill_after_paint:
            self._show_area_names()
        else:
            self.refresh_counts()
        # The counts follow every committed change (a decision signed on top, minutes approved,
        # a task done); the navigation is always on screen, so they are read at once.
        watch_changes(
            self.navigation, workspace, lambda changes: changes.changed_records, self.refresh_counts
        )

        self.backups = BackupActions(
            self,
            workspace,
            settings,
            choose_target=choose_backup_target,
            choose_source=choose_backup_source,
        )
        self.backups.restore_requested.connect(
            lambda path: self.leave_then(lambda: self._restore(path))
        )
        self.sync = BackgroundSync(self, workspace)
        self.bundles = BundleActions(self, workspace)
        self.handovers = HandoverActions(self, workspace)
        self._build_menus()
        self._build_status_bar()
        self.retranslate_ui()
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
            fit_window(self)  # saved on a larger screen, perhaps
        else:
            initial_main_size(self, QSize(1280, 800))
        if fill_after_paint:
            self._select_row(0)  # the home is chosen while it is read
            after_first_paint(self.navigation.viewport(), self._fill_home)
        else:
            self.navigation.setCurrentRow(0)

    def _fill_home(self) -> None:
        """Read the counts and open the home, once the window has painted (unless the person
        has opened another area meanwhile). Locked or closed by then, the database is closed:
        the home is filled when the lock is lifted."""
        if not self.isVisible():
            return
        if self.locked:
            self._fill_pending = True
            return
        if self._restoring or self.workspace.db.closed:
            return  # signed out, or a restore replaces the data underneath: this window is done
        self._fill_pending = False
        self.refresh_counts()
        if self._row < 0:
            self._go(0)

    # -- leaving -------------------------------------------------------------------------------

    def all_unsaved_work(self) -> list[UnsavedWork]:
        """What every opened area and every open dialog holds that is not saved."""
        return unsaved_work_in(*self._built.values(), self)

    def leave_then(self, proceed: Callable[[], None]) -> None:
        """Sign out, quit, restore or close once nothing typed would be lost unasked; while
        locked the question stands on the lock screen, without "Save" (the database is
        closed)."""

        def leave() -> None:
            self._leaving = True
            proceed()

        dialog = self.lock_controller.dialog
        confirm_leaving(
            dialog if dialog is not None else self,
            self.all_unsaved_work(),
            leave,
            may_save=not self.locked,
        )

    def switch_livcr(self) -> None:
        """Close this LIVC-R as signing out does (unsaved work asked about first, background
        work stopped by the controller) and show the list of this laptop's LIVC-Rs."""
        self.leave_then(self.switch_requested.emit)

    def _restore(self, path: Path) -> None:
        self.restore_requested.emit(path)

    # -- counts in the navigation ---------------------------------------------------------------

    def refresh_counts(self) -> None:
        """Read again how much waits in each area ("To sign (5)") and show it beside its name."""
        self._counts = read_waiting(self.workspace).navigation_counts()
        self._show_area_names()

    def count(self, key: str) -> int | None:
        """The count shown beside an area (None: that area shows none)."""
        return self._counts.get(key)

    def _show_area_names(self) -> None:
        for row, spec in enumerate(self._areas):
            item = self.navigation.item(row)
            name = show_text(spec.title)
            waiting = self._counts.get(spec.key, 0)
            if waiting:
                item.setText(self.tr("{area} ({count})").format(area=name, count=waiting))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{area}: %n waiting", "", waiting).format(area=name),
                )
            else:
                item.setText(name)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, name)

    # -- menus and status bar -----------------------------------------------------------------

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
            if self._fill_pending:
                self._fill_home()

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
        """Start the automatic backups and the background sync (the AppController does this
        once the window is shown)."""
        self.backups.start()
        self.sync.start()

    def finish_background_work(self) -> None:
        """Stop the timers and wait for running work (backups, searches), before the
        workspace is closed or locked."""
        self.backups.stop()
        self.sync.stop()
        wait_for_background_work()

    def begin_restore(self) -> None:
        """Freeze the window while a restore replaces the database underneath it."""
        self._restoring = True  # the home is not read from data a worker is replacing
        self.finish_background_work()
        self.setEnabled(False)
        self.show_status(self.tr("Restoring the backup…"))

    def end_restore(self) -> None:
        """Thaw the window after a restore that was refused (nothing was changed)."""
        self.setEnabled(True)
        self._leaving = False
        self.statusBar().clearMessage()
        self.start_background_work()

    # -- language and closing ------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("{livcr} – LIVC-R Desktop").format(livcr=self._livcr_name))
        self._show_area_names()
        self.app_menu.setTitle(self.tr("&LIVC-R"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.passphrase_action.setText(self.tr("Change my &passphrase…"))
        self.recovery_action.setText(self.tr("Create a new recovery &key…"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.switch_action.setText(self.tr("S&witch LIVC-R…"))
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
        self.bundles.retranslate_ui()
        self.handovers.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _close_again(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving and self.all_unsaved_work():
            event.ignore()  # asked first; closed again once the person chose
            self.leave_then(self._close_again)
            return
        self.idle.stop()
        self.settings.set(
            WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        )
        super().closeEvent(event)
