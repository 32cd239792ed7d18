"""Starting the GUI: the application object, the folder to open (or the list to choose one on),
its lock and its language, then one controller per folder until the person quits.

`run` is what `livcr` (gui_commands.py) calls; the controller for one folder is in app.py.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from livcr_desktop import APP_NAME, ORGANISATION_NAME
from livcr_desktop.console import EXIT_IN_USE, EXIT_OK, EXIT_USAGE
from livcr_desktop.domain.languages import Language, parse_language
from livcr_desktop.folder_lock import lock_folder
from livcr_desktop.gui.kit.first_paint import after_first_paint
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.worker import wait_for_background_work
from livcr_desktop.gui.shell import crash
from livcr_desktop.gui.shell.app import AppController
from livcr_desktop.gui.shell.language import LanguageManager, system_language
from livcr_desktop.gui.shell.start_options import EXIT_SWITCH, StartOptions
from livcr_desktop.logs import configure_logging, open_log_file
from livcr_desktop.paths import default_data_dir, default_demo_dir, next_data_dir
from livcr_desktop.resources import read_resource, register_resources
from livcr_desktop.services.folders import DataFolder, discard_if_empty
from livcr_desktop.settings import UI_LANGUAGE, DeviceSettings

if TYPE_CHECKING:  # imported where used: none of them is needed to paint the sign-in screen
    from livcr_desktop.gui.access.folder_list import FolderChoice
    from livcr_desktop.services.folder_list import FolderRegistry

log = logging.getLogger("livcr.gui.app")


def _initial_language(options: StartOptions, folder: DataFolder) -> Language:
    candidates = [options.language, DeviceSettings(folder.settings_path).get(UI_LANGUAGE)]
    for candidate in candidates:
        if candidate:
            try:
                return parse_language(candidate)
            except ValueError:
                continue
    return system_language()


def make_application() -> QApplication:
    """The QApplication with names, icon, fonts and style (reused when it exists, as in tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("be.livcr.desktop")
    register_resources()
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFontFromData(read_resource(f"fonts/{font}"))
    app.setWindowIcon(icon("livcr"))
    app.setStyleSheet(read_resource("style/livcr.qss").decode("utf-8"))
    return app


def _lock_folder(folder: DataFolder) -> QLockFile | None:
    return lock_folder(folder.lock_path)


def _start_folder(registry: FolderRegistry, first: Path, *, smoke: bool) -> Path | None:
    """The folder to open without asking, or None when the person chooses on the list: with
    one LIVC-R (or none yet: the wizard) the app starts as it always did."""
    from livcr_desktop.services.folder_list import overview

    folders = overview(registry, first).folders
    if not folders:
        return first
    if len(folders) == 1 and not folders[0].missing:
        return folders[0].path
    present = [f for f in folders if not f.missing]
    if smoke and present:
        return present[0].path  # the most recently opened
    return None


def _choose_on_list(
    registry: FolderRegistry, first: Path, languages: LanguageManager, options: StartOptions
) -> FolderChoice | None:
    from livcr_desktop.gui.access.folder_list import choose_from_list
    from livcr_desktop.services.folder_list import overview

    folders = overview(registry, first).folders
    recent = next((f.path for f in folders if not f.missing), first)
    languages.set_language(_initial_language(options, DataFolder(recent)))
    return choose_from_list(registry, first, languages)


def run(options: StartOptions) -> int:
    """Run the GUI until the person quits; returns the exit code. Quitting waits for the work
    still running in the background (the sign-in screen's loading, a few tenths of a second at
    most): a thread still importing while Python shuts down would report to deleted objects."""
    try:
        return _run(options)
    finally:
        wait_for_background_work()


def _the_registry(registry: FolderRegistry | None) -> FolderRegistry:
    """The list of this laptop's LIVC-Rs, read when first needed (a folder named on the command
    line paints its sign-in screen without it)."""
    if registry is not None:
        return registry
    from livcr_desktop.services.folder_list import default_registry

    return default_registry()


def _run(options: StartOptions) -> int:
    started = time.perf_counter()
    app = make_application()
    crash.install()
    languages = LanguageManager(app)
    registry: FolderRegistry | None = None
    first = default_data_dir()
    demo = options.demo
    data_dir = options.data_dir or (default_demo_dir() if demo else None)
    if data_dir is None:
        registry = _the_registry(registry)
        data_dir = _start_folder(registry, first, smoke=options.smoke)
    join = from_list = created = False
    while True:
        if data_dir is None:
            registry = _the_registry(registry)
            choice = _choose_on_list(registry, first, languages, options)
            if choice is None:
                return EXIT_OK
            created, join, from_list = choice.new, choice.join, True
            data_dir = next_data_dir(first) if choice.new else choice.path
            assert data_dir is not None
        folder = DataFolder(data_dir)
        languages.set_language(_initial_language(options, folder))
        lock = _lock_folder(folder)
        if lock is None:
            from livcr_desktop.services import messages

            if not options.smoke:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(None, APP_NAME, show_text(messages.FOLDER_IN_USE))
            print(show_text(messages.FOLDER_IN_USE), file=sys.stderr)
            return EXIT_IN_USE
        try:
            folder.ensure_dirs()
            configure_logging(folder.logs_dir, verbose=options.verbose, file_later=True)
            log.info("LIVC-R Desktop starting (pid %s)", os.getpid())
            controller = AppController(
                app,
                folder,
                languages,
                StartOptions(
                    **{**options.__dict__, "demo": demo, "join": join, "from_list": from_list}
                ),
                started,
                registry=registry,
            )
            code = controller.start()
            if code is None and controller.window is not None:
                after_first_paint(controller.window, open_log_file)
            else:
                open_log_file()
            if code is None:
                code = app.exec()
            controller.shutdown()
            # The quit Qt posted when the left folder's last window closed must not end the
            # next folder's first window (or the list) before anyone saw it.
            QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        finally:
            open_log_file()  # what was logged reaches the file, whatever happened
            lock.unlock()
        if created:
            discard_if_empty(folder)  # a new folder whose wizard was closed: nothing to keep
        if code != EXIT_SWITCH:
            return EXIT_USAGE if code is None else code
        target = str(app.property("livcr_switch_to") or "")
        data_dir = Path(target) if target else None
        demo = bool(app.property("livcr_switch_demo"))
        join = from_list = created = False
