"""The main window's status bar on a 1366-pixel laptop, connected to a hub, in German, with the
demo's badge: the sync status (the part that changes) is shown whole; the LIVC-R's name and the
person give way, ending in "…", with the whole text in their tooltip. Found walking the demo
with a hub: "11 Änderungen warten auf den Ve" was cut off at the window's right edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.settings import DeviceSettings
from tests.gui.sync.conftest import CoordinatorLaptop


def test_the_sync_status_stays_whole_in_a_full_status_bar(
    qtbot: QtBot, coordinator_laptop: CoordinatorLaptop, languages: LanguageManager
) -> None:
    workspace = coordinator_laptop.workspace
    long_name = "LIVC-R Fictiefland-Denkbeeldegem-Verzonnen-aan-Zee (demo)"
    profile = ProfileService(workspace).profile()
    ProfileService(workspace).update(
        long_name,
        profile.working_language,
        [m.name for m in profile.municipalities if m.active],
    )
    languages.set_language(Language.DE)
    settings = DeviceSettings(coordinator_laptop.livcr.folder.settings_path)
    window = MainWindow(workspace, languages, settings)
    qtbot.addWidget(window)
    window.demo_label.setVisible(True)  # the demo's badge takes its room too
    window.resize(1366, 768)
    window.show()
    sync = window.sync.status_label
    qtbot.waitUntil(lambda: sync.isVisible() and "Änderung" in sync.text(), timeout=10_000)
    QApplication.processEvents()

    bar = window.statusBar()
    right = sync.mapTo(bar, QPoint(sync.width(), 0)).x()
    assert right <= bar.width()
    assert sync.width() >= sync.sizeHint().width()
    assert window.livcr_label.text() == long_name  # the text is whole; only its painting gives way
    elided = [label for label in (window.livcr_label, window.user_label) if label.is_elided()]
    assert elided
    assert all(label.toolTip() == label.text() for label in elided)
