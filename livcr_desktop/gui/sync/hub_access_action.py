"""LIVC-R › "Connect to the hub with an access file…" on a member's laptop that lived on
bundles: the coordinator connected the LIVC-R to a hub later and wrote this laptop's hub access
(services/sync/hub_access.py). The laptop keeps its keys and device; the address goes into its
link, the password into the keyring, and the background sync takes over from there.

The same action takes a hub access the coordinator wrote again (a lost access file, or a
password lost with the keyring): only the password changes. So it is shown on every member's
laptop with a link, with a hub address or not; never on the coordinator's, whose Sync area
connects it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.save_path import FileType, default_folder
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import open_message
from livcr_desktop.services.sync.devices import link_of
from livcr_desktop.services.sync.hub_access import HubAccess, renews, take_hub_access
from livcr_desktop.services.sync.link import remember_password
from livcr_desktop.services.workspace import Workspace

ChooseAccess = Callable[[QWidget, Path], Path | None]


def choose_access_file(parent: QWidget, start: Path) -> Path | None:
    """The native open dialog."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HubAccessAction", "Choose the hub access file"),
        str(start),
        show_text(FileType.HUB_ACCESS.filter),
    )
    return Path(name) if name else None


class HubAccessAction(QObject):
    """The menu action and what it does."""

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        *,
        choose_source: ChooseAccess = choose_access_file,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.choose_source = choose_source
        self.action = QAction("", window)
        self.action.setObjectName("hubAccessAction")
        self.action.triggered.connect(self.connect_with_file)
        self.refresh_visibility()
        self.retranslate_ui()

    def refresh_visibility(self) -> None:
        if self.workspace.locked:
            return
        link = link_of(self.workspace)
        self.action.setVisible(link is not None and not link.is_coordinator)

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Connect to the hub with an access file…"))

    def connect_with_file(self) -> None:
        """Read the access file, take its address, keep its password."""
        source = self.choose_source(self.window, default_folder())
        if source is None:
            return
        try:
            access = HubAccess.read(source)
            renewal = renews(self.workspace)
            take_hub_access(self.workspace, access)
        except DomainError as error:
            open_message(self.window, "hubAccessBox", QMessageBox.Icon.Warning, show_error(error))
            return
        except OSError as error:
            open_message(self.window, "hubAccessBox", QMessageBox.Icon.Warning, str(error.strerror))
            return
        kept = remember_password(self.workspace, access.password)
        self.refresh_visibility()
        text = self._taken_text(renewal, kept)
        open_message(self.window, "hubAccessBox", QMessageBox.Icon.Information, text)

    def _taken_text(self, renewal: bool, kept: bool) -> str:
        if renewal:
            return (
                self.tr(
                    "This laptop's hub access is renewed: it syncs through the hub again. You "
                    "may delete the access file."
                )
                if kept
                else self.tr(
                    "This laptop's hub access is renewed, but this computer has no keyring to "
                    "keep its password: ask IT to sync it with the access file's password."
                )
            )
        return (
            self.tr(
                "This laptop now syncs through the hub too. Its changes that went by bundle "
                "are not sent twice. You may delete the access file."
            )
            if kept
            else self.tr(
                "This laptop now knows the hub, but this computer has no keyring to keep its "
                "password: ask IT to sync it with the access file's password."
            )
        )
