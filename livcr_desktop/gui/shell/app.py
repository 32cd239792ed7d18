"""One locked data folder's way from the wizard or the sign-in screen to the main window and
back (the application object and the start loop around it are in start.py).

Start-up is staged (see cli.main and earlyinit): cheap checks first, then Qt, then the data
folder. Exactly one app may use a data folder at a time; a second start says so and leaves.
The sign-in screen is painted with Qt and the key file's header only; this module imports
nothing of the database at its top, and what signing in needs loads in the background while
the passphrase is typed (warm_up.py). A unit test checks which modules the first paint loads.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

import livcr_desktop
from livcr_desktop.console import EXIT_FOLDER, EXIT_OK
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.start_options import (
    EXIT_SMOKE_FAILED,
    EXIT_SWITCH,
    FirstPaintWatcher,
    StartOptions,
)
from livcr_desktop.gui.shell.warm_up import warm_up_after_first_paint
from livcr_desktop.logs import open_log_file
from livcr_desktop.paths import default_data_dir, default_demo_dir
from livcr_desktop.services.access.glance import GlanceFront, glance
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.folders import DataFolder, FolderState
from livcr_desktop.settings import UI_LANGUAGE, DeviceSettings

if TYPE_CHECKING:  # imported where used: none of them is needed to paint the sign-in screen
    from livcr_desktop.domain.accounts import AccountChoice
    from livcr_desktop.domain.errors import DomainError
    from livcr_desktop.gui.access.sign_in import SignInWindow
    from livcr_desktop.services.access.folder_front import FolderFront
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.backup.restore import RestoreCredentials
    from livcr_desktop.services.folder_list import FolderRegistry
    from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails
    from livcr_desktop.services.workspace import Workspace

log = logging.getLogger("livcr.gui.app")


class AppController(QObject):
    """Moves between the wizard, the sign-in window and the main window for one data folder."""

    def __init__(
        self,
        app: QApplication,
        folder: DataFolder,
        languages: LanguageManager,
        options: StartOptions,
        started: float,
        *,
        registry: FolderRegistry | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.folder = folder
        self._registry = registry
        self.languages = languages
        self.options = options
        self.settings = DeviceSettings(folder.settings_path)
        self._front: FolderFront | None = None
        self._glance: GlanceFront | None = None
        """The first frame's look at the folder (services/access/glance.py), when it had one."""
        self._access: FolderAccess | None = None
        self.workspace: Workspace | None = None
        self.window: QWidget | None = None
        self.pending_dialog: QWidget | None = None
        self._started = started
        self._version_noted = False
        self._glance_shown = False

    @property
    def registry(self) -> FolderRegistry:
        """The list of this laptop's LIVC-Rs (loaded when first needed: not for the first
        frame of a folder named on the command line)."""
        if self._registry is None:
            from livcr_desktop.services.folder_list import default_registry

            self._registry = default_registry()
        return self._registry

    @property
    def front(self) -> FolderFront:
        """The folder as the sign-in sees it, with every check of the key file (made when first
        needed: after the first frame's paint, in the background, when it had a glance)."""
        if self._front is None:
            if self._glance is not None:
                self._front = self._glance.full()
            else:
                from livcr_desktop.services.access.folder_front import FolderFront

                self._front = FolderFront(self.folder)
        return self._front

    @property
    def access(self) -> FolderAccess:
        """The ways in to the folder (imported when first needed, after the sign-in screen)."""
        if self._access is None:
            from livcr_desktop.gui.access.sign_in import ways_in

            self._access = ways_in(self.front)
        return self._access

    # -- start --------------------------------------------------------------------------------

    def start(self) -> int | None:
        """Show the first window; returns an exit code when there is nothing to show.

        An ordinary folder opened to its sign-in screen paints from a glance at its key file;
        the full checks (and the list of this laptop's LIVC-Rs) follow in the background."""
        options = self.options
        if not (options.demo or options.smoke or options.account or options.join):
            seen = glance(self.folder.root)
            if seen is not None:
                self._glance = GlanceFront(self.folder.root, seen)
                self.show_sign_in()
                return None
        from livcr_desktop.domain.errors import DomainError
        from livcr_desktop.services.backup.interrupted import finish_interrupted_work
        from livcr_desktop.services.folders import finish_interrupted_setup

        if not options.smoke and self.folder.state() is not FolderState.EMPTY:
            self._register()
        finish_interrupted_setup(self.folder)
        finish_interrupted_work(self.folder)  # a restore or backup a crash cut short
        state = self.folder.state()
        if state is FolderState.EMPTY:
            if self.options.demo:
                return self._open_workspace_or_fail(self._create_demo)
            if self.options.smoke:
                print("smoke: the data folder is not set up", file=sys.stderr)
                return EXIT_SMOKE_FAILED
            self._show_wizard()
            return None
        try:
            header = self.front.header()
        except DomainError as error:
            return self._folder_problem(error)
        if self.options.account and self.options.passphrase_file:
            return self._open_workspace_or_fail(self._scripted_sign_in)
        if self.options.demo and header.demo:
            return self._open_workspace_or_fail(self._demo_sign_in)
        if self.options.smoke:
            print("smoke: no account to sign in with", file=sys.stderr)
            return EXIT_SMOKE_FAILED
        self.show_sign_in()
        return None

    def _register(self) -> None:
        """Put this folder on the list of the laptop's LIVC-Rs (--smoke, for tests and builds,
        leaves the list alone)."""
        from livcr_desktop.services.folder_list import register

        register(self.registry, self.folder)

    def _open_workspace_or_fail(self, open_workspace: object) -> int | None:
        from livcr_desktop.domain.errors import DomainError

        try:
            workspace = open_workspace()  # type: ignore[operator]
        except DomainError as error:
            if self.options.smoke:
                print(f"smoke: {error.code}", file=sys.stderr)
                return EXIT_SMOKE_FAILED
            return self._folder_problem(error)
        self.show_main(workspace)
        return None

    def _create_demo(self) -> Workspace:
        from livcr_desktop.services.demo.folder import create_demo

        return create_demo(self.folder.root)

    def _demo_sign_in(self) -> Workspace:
        first = self.access.accounts()[0]
        return self.access.sign_in(first.account_id, DEMO_PASSPHRASE)

    def _scripted_sign_in(self) -> Workspace:
        assert self.options.passphrase_file is not None
        passphrase = self.options.passphrase_file.read_text(encoding="utf-8").splitlines()[0]
        wanted = (self.options.account or "").strip().lower()
        for choice in self.access.accounts():
            if choice.username == wanted:
                return self.access.sign_in(choice.account_id, passphrase)
        from livcr_desktop.domain.errors import AuthenticationError
        from livcr_desktop.services import messages

        raise AuthenticationError(messages.UNKNOWN_ACCOUNT)

    def _folder_problem(self, error: DomainError) -> int | None:
        log.warning("the data folder cannot be used (%s)", error.code)
        open_log_file()  # before the question waits for the person
        if self.options.smoke:
            return EXIT_SMOKE_FAILED
        from PySide6.QtWidgets import QMessageBox  # not on the way to the first paint

        box = QMessageBox()
        box.setObjectName("folderProblem")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("LIVC-R Desktop"))
        box.setText(show_error(error))
        other = box.addButton(
            self.tr("Open another data folder…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is other:
            self.choose_other_folder()
            return None
        return EXIT_FOLDER

    # -- windows ------------------------------------------------------------------------------

    def _replace_window(self, window: QWidget) -> None:
        old = self.window
        self.window = window
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def _show_wizard(self) -> None:
        from livcr_desktop.domain.recovery import generate_recovery_key
        from livcr_desktop.gui.access.setup_wizard import SetupWizard
        from livcr_desktop.services.backup.restore import restore_with_credentials
        from livcr_desktop.services.setup import initialise

        def create(livcr: LivcrDetails, coordinator: CoordinatorDetails) -> tuple[Workspace, str]:
            recovery_key = generate_recovery_key()
            workspace = initialise(self.folder, livcr, coordinator, recovery_key)
            self.settings.set(UI_LANGUAGE, self.languages.language.value)
            return workspace, recovery_key

        def restore(path: Path, credentials: RestoreCredentials) -> Workspace:
            workspace = restore_with_credentials(self.folder, path, credentials).workspace
            self.settings.set(UI_LANGUAGE, self.languages.language.value)
            return workspace

        wizard = SetupWizard(self.languages, self.folder.root, create, restore=restore)
        if self.options.join:
            wizard.intro.join_radio.setChecked(True)
        wizard.finished.connect(lambda result: self._wizard_finished(wizard, result))
        self._replace_window(wizard)

    def _wizard_finished(self, wizard: object, result: int) -> None:
        from livcr_desktop.gui.access.setup_wizard import SetupWizard

        assert isinstance(wizard, SetupWizard)
        if wizard.workspace is not None:
            self.show_main(wizard.workspace)
        elif wizard.joined:
            self._register()
            self.show_sign_in()
        elif result and wizard.wants_demo():
            self.switch_folder(default_demo_dir(), demo=True)
        elif self.options.from_list:
            self.switch_folder(None, demo=False)  # back to the list the person came from
        else:
            self.app.exit(EXIT_OK)

    def parent_for_work(self) -> QObject:
        """Background work started for the controller (a restore) belongs to it."""
        return self

    def show_sign_in(self) -> None:
        """The sign-in window for this folder (the first time from the glance, if any)."""
        from livcr_desktop.gui.access.sign_in import SignInWindow

        first_frame, self._glance_shown = self._glance is not None and not self._glance_shown, True
        if first_frame:
            assert self._glance is not None
            front: FolderFront | GlanceFront = self._glance
            demo = self._glance.seen.demo  # its roles come after the paint (`_checked`)
        else:
            from livcr_desktop.domain.errors import DomainError

            try:
                demo = self.front.header().demo
            except DomainError as error:
                self._stop_on(error)
                return
            front = self._access or self.front
        demo_roles = None
        if demo and not first_frame:
            from livcr_desktop.services.demo.people import DEMO_ROLES

            demo_roles = DEMO_ROLES
        window = SignInWindow(
            front,
            self.settings,
            self.languages,
            demo_passphrase=DEMO_PASSPHRASE if demo else None,
            demo_roles=demo_roles,
        )
        window.signed_in.connect(self.show_main)
        window.other_folder_requested.connect(self.choose_other_folder)
        warm_up_after_first_paint(
            window,
            self.languages.language,
            self._keyring_available,
            lambda available: self._warmed_up(window, available),
            check=self._full_check if first_frame else None,
            on_checked=lambda checked: self._checked(window, checked),
        )
        self._replace_window(window)

    def _keyring_available(self) -> bool:
        """Whether this device can remember a sign-in (asked in the background)."""
        return self.front.vault.available()

    def _full_check(self) -> list[AccountChoice] | DomainError:
        """The checks the first frame's glance skipped (run in the background after its
        paint): the key file's every checksum, both copies, the folder's state; also puts the
        folder on the laptop's list. The accounts, or the refusal to show."""
        from livcr_desktop.domain.errors import DomainError

        if not self.options.smoke:
            self._register()
        try:
            self.front.header()
            return self.front.accounts()
        except DomainError as error:
            return error

    def _checked(self, window: SignInWindow, checked: list[AccountChoice] | DomainError) -> None:
        """The full checks' answer, on the GUI thread: a refusal is shown as at any start (the
        key file is damaged, ...), else the list follows what they read (an account only the
        backup copy still has)."""
        if window is not self.window:
            return
        if isinstance(checked, list):
            window.accounts_checked(checked)
            if self._glance is not None and self._glance.seen.demo:
                from livcr_desktop.services.demo.people import DEMO_ROLES

                window.show_demo_roles(DEMO_ROLES)
            return
        self._stop_on(checked)

    def _stop_on(self, error: DomainError) -> None:
        code = self._folder_problem(error)
        if code is not None:
            self.app.exit(code)

    def _warmed_up(self, window: SignInWindow, keyring_available: bool) -> None:
        window.keyring_checked(keyring_available)
        self._note_version()

    def _note_version(self) -> None:
        """Give Qt and the log the app's version, once the first window is up (looking it up
        costs a noticeable part of the start; the warm-up has done it by now)."""
        if not self._version_noted:
            self._version_noted = True
            self.app.setApplicationVersion(livcr_desktop.__version__)
            log.info("LIVC-R Desktop %s running", livcr_desktop.__version__)

    def show_main(self, workspace: Workspace) -> None:
        """The main window for a signed-in person."""
        from livcr_desktop.gui.access.passphrase_dialog import ChangePassphraseDialog
        from livcr_desktop.gui.shell.main_window import MainWindow
        from livcr_desktop.services.access.accounts import must_change_own_passphrase

        if must_change_own_passphrase(workspace):
            dialog = ChangePassphraseDialog(workspace, required=True)
            self.pending_dialog = dialog
            accepted = dialog.exec()
            self.pending_dialog = None
            if not accepted:
                workspace.close()
                self.show_sign_in()
                return
        self.workspace = workspace
        self._note_version()
        self._remember(opened=True)
        window = MainWindow(
            workspace, self.languages, self.settings, self.access, fill_after_paint=True
        )
        window.sign_out_requested.connect(self.sign_out)
        window.switch_requested.connect(self.switch_livcr)
        window.quit_requested.connect(lambda: self.app.exit(EXIT_OK))
        window.restore_requested.connect(self.restore_backup)
        if self.options.smoke:
            window.installEventFilter(FirstPaintWatcher(self.app, self._started))
        else:
            window.start_background_work()
        self._replace_window(window)

    def _finish_background_work(self) -> None:
        from livcr_desktop.gui.shell.main_window import MainWindow

        if isinstance(self.window, MainWindow):
            self.window.finish_background_work()

    def _remember(self, *, opened: bool) -> None:
        """Tell the list of this laptop's LIVC-Rs what the open one is called, where it is and
        when it last synced (the demo stays off the list: it is opened with --demo)."""
        from livcr_desktop.services.folder_facts import remember_workspace

        if self.workspace is not None and not self.workspace.demo and not self.options.smoke:
            remember_workspace(self.registry, self.workspace, opened=opened)

    def _close_workspace(self) -> None:
        """Stop the background work, note the last sync, close the database, forget the key
        and where the last export went (a folder named after a case, perhaps)."""
        from livcr_desktop.gui.kit.save_path import forget_folder

        self._finish_background_work()
        forget_folder()
        if self.workspace is not None:
            self._remember(opened=False)
            self.workspace.close()
            self.workspace = None

    def sign_out(self) -> None:
        """Close the database, forget the key, and return to the sign-in window."""
        self._close_workspace()
        self.show_sign_in()

    def switch_livcr(self) -> None:
        """Leave this LIVC-R as sign-out does and show the list of this laptop's LIVC-Rs (the
        main window asked about unsaved work first)."""
        self._close_workspace()
        self.switch_folder(None, demo=False)

    # -- restoring a backup while signed in ---------------------------------------------------

    def restore_backup(self, path: Path) -> None:
        """Replace the database by a confirmed backup, then continue on the restored data."""
        from livcr_desktop.gui.backup.restore_flow import restore_in_app

        restore_in_app(self, path)

    def choose_other_folder(self) -> None:
        """Let the person pick another LIVC-R of this laptop, or a data folder elsewhere."""
        from livcr_desktop.services.folder_list import overview

        if len(overview(self.registry, default_data_dir()).folders) > 1:
            self.switch_folder(None, demo=False)
            return
        from PySide6.QtWidgets import QFileDialog  # not on the way to the first paint

        path = QFileDialog.getExistingDirectory(
            None, self.tr("Choose a data folder"), str(self.folder.root.parent)
        )
        if path:
            self.switch_folder(Path(path), demo=False)

    def switch_folder(self, path: Path | None, *, demo: bool) -> None:
        """Release this folder and open another (the demo folder, or one the person chose);
        None: the list of this laptop's LIVC-Rs."""
        self.app.setProperty("livcr_switch_to", "" if path is None else str(path))
        self.app.setProperty("livcr_switch_demo", demo)
        self.app.exit(EXIT_SWITCH)

    def shutdown(self) -> None:
        """Close the workspace (the key leaves memory) before the process ends."""
        self._close_workspace()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
