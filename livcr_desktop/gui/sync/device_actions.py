"""The coordinator's actions on the hub's laptops (approve, revoke, invite, hub access), for the
Sync area.

Each is one call to the hub, made in the background (gui/kit/worker.py): a hub out of reach
answers only after the connection's timeout, and the window must stay usable meanwhile. While a
call runs, the laptop buttons wait and a busy bar shows; the outcome arrives as a notice, or as
an error in the user's language. One call at a time.

The texts keep the Sync area's translation context (they were the area's own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.save_path import FileType, PathChooser
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.sync.device_dialogs import ApproveDialog, LaptopInvitationDialog
from livcr_desktop.owner_only import replace_private
from livcr_desktop.services.sync import devices
from livcr_desktop.services.sync.hub_access import hub_access_for_device
from livcr_desktop.services.sync.in_app import hub_of
from livcr_desktop.services.sync.overview import DeviceView, member_accounts
from livcr_desktop.services.workspace import Workspace


class DeviceArea(Protocol):
    """What the actions use of the Sync area (a QWidget): where the outcome shows, the buttons
    that wait, and the device list to reload."""

    error: MessageLabel
    notice: MessageLabel
    busy_bar: QProgressBar
    invite_button: QPushButton
    refresh_button: QPushButton

    def refresh_selection(self) -> None: ...

    def load_devices(self) -> None: ...


REVOKE_FIXES = QT_TRANSLATE_NOOP(
    "SyncArea", "The hub serves {owner}'s laptop nothing more, from now on."
)
REVOKE_AFTERWARDS = QT_TRANSLATE_NOOP(
    "SyncArea",
    "What is already on that laptop cannot be recalled. To work on a new laptop, {owner} "
    "needs a new invitation.",
)
RENEW_FIXES = QT_TRANSLATE_NOOP(
    "SyncArea",
    "{owner}'s laptop gets a new hub password: its old access file, and the password kept on "
    "that laptop, stop working at once.",
)
RENEW_AFTERWARDS = QT_TRANSLATE_NOOP(
    "SyncArea",
    "Hand the new access file to {owner} in person; on that laptop, LIVC-R › Connect to the hub "
    "with an access file… takes it, and the laptop syncs again. Until then it does not sync.",
)


def renewal_texts(owner: str) -> tuple[FinalStep, dict[str, str]]:
    """The final step before a laptop's hub access is written again (its old password ends),
    and the dialog's texts."""
    step = FinalStep(
        fixes=(Message(RENEW_FIXES, {"owner": owner}),),
        afterwards=(Message(RENEW_AFTERWARDS, {"owner": owner}),),
    )
    return step, {
        "object_name": "renewHubAccessDialog",
        "title": QCoreApplication.translate(
            "SyncArea", "Write the hub access of {owner}'s laptop again"
        ).format(owner=owner),
        "action": QCoreApplication.translate("SyncArea", "Write it again"),
    }


def confirm_renewal(parent: QWidget | None, owner: str) -> bool:
    """Ask before a laptop's hub access is written again."""
    step, texts = renewal_texts(owner)
    return confirm_final_step(parent, step, **texts)


class DeviceActions(QObject):
    """Approve, revoke and invite through the hub, off the GUI thread."""

    def __init__(self, area: DeviceArea, workspace: Workspace, choose_path: PathChooser) -> None:
        self._widget = cast(QWidget, area)
        super().__init__(self._widget)
        self._area = area
        self._ws = workspace
        self._choose_path = choose_path
        self.busy = False
        self._done_notice = ""

    def approve(self, device: DeviceView) -> None:
        """Approve a waiting laptop by the fingerprint its owner reads out."""
        dialog = ApproveDialog(device.owner, self._widget)
        if not dialog.exec():
            return
        workspace, fingerprint = self._ws, dialog.fingerprint()

        def approve() -> None:
            with hub_of(workspace) as (_link, client):
                devices.approve(workspace, client, fingerprint)

        self._on_hub(
            approve,
            QCoreApplication.translate(
                "SyncArea",
                "{owner}'s laptop is approved. It receives what {owner} may see at its next sync.",
            ).format(owner=device.owner),
        )

    def revoke(self, device: DeviceView) -> None:
        """Revoke a laptop, after the final-step confirmation."""
        step = FinalStep(
            fixes=(Message(REVOKE_FIXES, {"owner": device.owner}),),
            afterwards=(Message(REVOKE_AFTERWARDS, {"owner": device.owner}),),
        )
        if not confirm_final_step(
            self._widget,
            step,
            object_name="revokeDeviceDialog",
            title=QCoreApplication.translate("SyncArea", "Revoke {owner}'s laptop").format(
                owner=device.owner
            ),
            action=QCoreApplication.translate("SyncArea", "Revoke the laptop"),
        ):
            return
        workspace, device_id = self._ws, device.device_id

        def revoke() -> None:
            with hub_of(workspace) as (_link, client):
                devices.revoke(workspace, client, device_id)

        self._on_hub(
            revoke,
            QCoreApplication.translate("SyncArea", "{owner}'s laptop is revoked.").format(
                owner=device.owner
            ),
        )

    def invite(self) -> None:
        """Write an invitation file for a member's laptop."""
        try:
            accounts = member_accounts(self._ws)
        except DomainError as error:
            self._area.error.show_message(show_error(error))
            return
        dialog = LaptopInvitationDialog(accounts, self._widget)
        if not dialog.exec() or not dialog.username():
            return
        username = dialog.username()
        path = self._choose_path(self._widget, f"{username}{FileType.INVITATION.suffix}")
        if path is None:
            return
        workspace = self._ws

        def write() -> None:
            with hub_of(workspace) as (link, client):
                invitation = devices.invite(workspace, client, link, username)
            replace_private(path, invitation.to_json())

        self._on_hub(
            write,
            QCoreApplication.translate(
                "SyncArea",
                "The invitation was saved as {file}. Hand it over in person; it opens the hub "
                "for one laptop.",
            ).format(file=path),
        )

    def hub_access(self, device: DeviceView, choose_path: PathChooser) -> None:
        """Write the hub access of a laptop: its first (approved by file), or again for one
        that has its login (a new password, after the final-step confirmation)."""
        again = not device.by_file
        if again and not confirm_renewal(self._widget, device.owner):
            return
        path = choose_path(self._widget, f"{device.owner}{FileType.HUB_ACCESS.suffix}")
        if path is None:
            return
        workspace, device_id = self._ws, device.device_id

        def write() -> None:
            with hub_of(workspace) as (_link, client):
                access = hub_access_for_device(workspace, client, device_id, again=again)
            replace_private(path, access.to_json())

        if again:
            notice = QCoreApplication.translate(
                "SyncArea",
                "The hub access for {owner}'s laptop was written again as {file}; the old one no "
                "longer works. Hand it over in person; on that laptop, choose LIVC-R › Connect "
                "to the hub with an access file….",
            )
        else:
            notice = QCoreApplication.translate(
                "SyncArea",
                "The hub access for {owner}'s laptop was saved as {file}. Hand it over in "
                "person; on that laptop, choose LIVC-R › Connect to the hub with an access "
                "file….",
            )
        self._on_hub(write, notice.format(owner=device.owner, file=path))

    # -- the call in the background ------------------------------------------------------------

    def _on_hub(self, work: Callable[[], None], done_notice: str) -> None:
        self._done_notice = done_notice
        self._set_busy(True)
        run_in_background(work, self._done, self._failed, parent=self)

    def _set_busy(self, busy: bool) -> None:
        area = self._area
        self.busy = busy
        area.busy_bar.setVisible(busy)
        area.invite_button.setEnabled(not busy)
        area.refresh_button.setEnabled(not busy)
        area.refresh_selection()
        if busy:
            area.error.clear_message()
            area.notice.show_message(QCoreApplication.translate("SyncArea", "Waiting for the hub…"))

    def _done(self, _result: None) -> None:
        self._set_busy(False)
        self._area.notice.show_message(self._done_notice)
        self._area.load_devices()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._area.notice.clear_message()
        if not isinstance(error, DomainError):
            raise error
        self._area.error.show_message(show_error(error))
