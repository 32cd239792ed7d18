"""The coordinator's Sync area: connect the LIVC-R to a hub, then look after its laptops
(invite, approve by fingerprint, revoke), the operations held on this laptop, and the conflicts.

The hub is asked for the device list in the background, and so are connecting to it
(hub_connect.py) and the coordinator's actions on it (approve, revoke, invite: device_actions.py):
a hub out of reach answers only after the connection's timeout, and the window must not freeze
meanwhile. Everything the hub returns is ids; names
come from this laptop's member register (services/sync/overview.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.meetings.crossed_note import CrossedApprovalNote
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.sync.by_file_laptops import ByFileLaptops
from livcr_desktop.gui.sync.conflict_panel import ConflictPanel
from livcr_desktop.gui.sync.device_actions import DeviceActions
from livcr_desktop.gui.sync.hub_connect import HubConnector
from livcr_desktop.gui.sync.no_hub_laptops import NoHubLaptops
from livcr_desktop.i18n.formatting import format_datetime, in_brussels
from livcr_desktop.services.sync.in_app import hub_of, sync_status
from livcr_desktop.services.sync.overview import (
    DeviceView,
    device_views,
    held_views,
)
from livcr_desktop.services.sync.quarantine_recheck import applied_after_upgrade
from livcr_desktop.services.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("SyncArea", "Sync")
EXPLANATION = QT_TRANSLATE_NOOP(
    "SyncArea",
    "The laptops of this LIVC-R exchange their changes through the hub or in sealed bundles, "
    "end-to-end encrypted: neither the hub nor whoever carries a bundle can read them.",
)
SAVE_INVITATION = QT_TRANSLATE_NOOP("SyncArea", "Save the invitation")
SAVE_HUB_ACCESS = QT_TRANSLATE_NOOP("SyncArea", "Save the hub access")


class SyncArea(QScrollArea):
    """Connect to a hub; then devices, held operations and conflicts."""

    def __init__(
        self,
        workspace: Workspace,
        shell: Shell,
        *,
        choose_invitation_path: PathChooser | None = None,
        choose_bundle_path: PathChooser | None = None,
        choose_access_path: PathChooser | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("syncArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._ws = workspace
        self._shell = shell
        self._choose_path = choose_invitation_path or save_path_chooser(
            SAVE_INVITATION, FileType.INVITATION
        )
        self.choose_access_path = choose_access_path or save_path_chooser(
            SAVE_HUB_ACCESS, FileType.HUB_ACCESS
        )
        self.devices: list[DeviceView] = []
        self.device_actions = DeviceActions(self, workspace, self._choose_path)
        inner = QWidget(self)
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 20, 24, 20)
        self.header = AreaHeader(inner, TITLE, EXPLANATION)
        layout.addWidget(self.header)
        self.error = MessageLabel(inner)
        self.error.setObjectName("syncError")
        self.notice = MessageLabel(inner, role="notice")
        self.notice.setObjectName("syncNotice")
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.crossed_note = CrossedApprovalNote(workspace, inner, "syncCrossedNote")
        layout.addWidget(self.crossed_note)  # approved minutes that miss a later change

        self.connect_box = QGroupBox(inner)
        self.connect_box.setObjectName("connectHubBox")
        form = QFormLayout(self.connect_box)
        self.connect_intro = QLabel(self.connect_box)
        self.connect_intro.setWordWrap(True)
        form.addRow(self.connect_intro)
        self.dsn_label = QLabel(self.connect_box)
        self.dsn_edit = QLineEdit(self.connect_box)
        self.dsn_edit.setObjectName("hubDsnEdit")
        self.dsn_edit.setPlaceholderText("host=hub.gemeente.be dbname=livcr user=livcr_coord")
        form.addRow(self.dsn_label, self.dsn_edit)
        self.password_label = QLabel(self.connect_box)
        self.password_edit = QLineEdit(self.connect_box)
        self.password_edit.setObjectName("hubPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.password_label, self.password_edit)
        self.connect_button = QPushButton(self.connect_box)
        self.connect_button.setObjectName("connectHubButton")
        set_role(self.connect_button, "primary")
        self.connect_button.clicked.connect(self.connect_to_hub)
        form.addRow("", self.connect_button)
        self.connect_busy_bar = _busy_bar(self.connect_box, "connectBusyBar")
        form.addRow(self.connect_busy_bar)
        self.connector = HubConnector(self, workspace)
        layout.addWidget(self.connect_box)
        self.no_hub = NoHubLaptops(
            workspace,
            self.error,
            self.notice,
            inner,
            choose_invitation_path=self._choose_path,
            choose_bundle_path=choose_bundle_path,
        )
        layout.addWidget(self.no_hub)

        self.connected = QWidget(inner)
        body = QVBoxLayout(self.connected)
        body.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.invite_button = QPushButton(self.connected)
        self.invite_button.setObjectName("inviteButton")
        self.approve_button = QPushButton(self.connected)
        self.approve_button.setObjectName("approveButton")
        self.revoke_button = QPushButton(self.connected)
        self.revoke_button.setObjectName("revokeButton")
        self.refresh_button = QPushButton(self.connected)
        self.refresh_button.setObjectName("refreshDevicesButton")
        self.hub_access_button = QPushButton(self.connected)
        self.hub_access_button.setObjectName("hubAccessButton")
        for button in (
            self.invite_button,
            self.approve_button,
            self.revoke_button,
            self.hub_access_button,
            self.refresh_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch()
        body.addLayout(row)
        self.by_file = ByFileLaptops(
            workspace,
            self.error,
            self.notice,
            self.connected,
            choose_invitation_path=self._choose_path,
        )
        body.addWidget(self.by_file)
        self.busy_bar = _busy_bar(self.connected, "hubBusyBar")
        body.addWidget(self.busy_bar)
        self.devices_heading = QLabel(self.connected)
        set_role(self.devices_heading, "subtitle")
        body.addWidget(self.devices_heading)
        self.device_table = read_only_table(self.connected, "deviceTable", 4)
        self.device_table.setMinimumHeight(150)
        self.device_table.itemSelectionChanged.connect(self._selection_changed)
        body.addWidget(self.device_table)
        self.held_heading = QLabel(self.connected)
        set_role(self.held_heading, "subtitle")
        body.addWidget(self.held_heading)
        self.rechecked_note = QLabel(self.connected)
        self.rechecked_note.setObjectName("recheckedNote")
        self.rechecked_note.setWordWrap(True)
        body.addWidget(self.rechecked_note)
        self.held_table = read_only_table(self.connected, "heldTable", 4, wrap=True)
        self.held_table.setMinimumHeight(110)
        body.addWidget(self.held_table)
        self.conflicts = ConflictPanel(workspace, self.connected, own_only=False)
        body.addWidget(self.conflicts)
        layout.addWidget(self.connected)
        layout.addStretch()

        self.invite_button.clicked.connect(self.invite)
        self.approve_button.clicked.connect(self.approve_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.refresh_button.clicked.connect(self.load_devices)
        self.hub_access_button.clicked.connect(self.hub_access_selected)
        self.retranslate_ui()
        self.refresh()
        watch_changes(self, workspace, lambda changes: changes.changed_records, self.refresh_held)

    # -- reading -------------------------------------------------------------------------------

    def is_connected(self) -> bool:
        return sync_status(self._ws).connected

    def refresh(self) -> None:
        """Show the connect form and the laptops by file, or the connected parts; ask the hub
        for its devices."""
        connected = self.is_connected()
        self.crossed_note.show_all()
        self.connect_box.setVisible(not connected)
        self.no_hub.setVisible(not connected)
        self.connected.setVisible(connected)
        if not connected:
            self.no_hub.refresh()
        else:
            self.load_devices()
            self.refresh_held()

    def load_devices(self) -> None:
        """Ask the hub for the laptops (in the background)."""
        workspace = self._ws

        def work() -> list[DeviceView]:
            with hub_of(workspace) as (_link, client):
                return device_views(workspace, client)

        self.refresh_button.setEnabled(False)
        run_in_background(work, self._devices_loaded, self._hub_failed, parent=self)

    def _devices_loaded(self, views: list[DeviceView]) -> None:
        self.refresh_button.setEnabled(True)
        self.devices = views
        self.error.clear_message()
        language = current_language()
        self.device_table.setRowCount(len(views))
        for row, view in enumerate(views):
            last = (
                format_datetime(in_brussels(view.last_contact), language, "short")
                if view.last_contact
                else "—"
            )
            owner = view.owner
            if view.is_coordinator:
                owner = self.tr("{owner} (this LIVC-R's coordinator laptop)").format(owner=owner)
            self.device_table.setItem(row, 0, table_cell(owner, view.device_id))
            self.device_table.setItem(row, 1, table_cell(show_text(view.status_text)))
            self.device_table.setItem(row, 2, table_cell(last))
            fingerprint = table_cell(view.fingerprint)
            fingerprint.setFont(_monospace())
            self.device_table.setItem(row, 3, fingerprint)
        self._selection_changed()
        self.refresh_held()

    def _hub_failed(self, error: Exception) -> None:
        self.refresh_button.setEnabled(True)
        if not isinstance(error, DomainError):
            raise error
        self.error.show_message(show_error(error))

    def refresh_held(self) -> None:
        """The operations held on this laptop, quarantined first."""
        self.crossed_note.show_all()  # an approval that arrived with a round
        if not self.is_connected():
            return
        owners = {d.device_id: d.owner for d in self.devices}
        views = held_views(self._ws, owners)
        language = current_language()
        self.held_table.setRowCount(len(views))
        for row, view in enumerate(views):
            state = self.tr("Quarantined") if view.quarantined else self.tr("Waiting")
            self.held_table.setItem(row, 0, table_cell(state, view.op_id))
            self.held_table.setItem(row, 1, table_cell(show_text(view.reason)))
            self.held_table.setItem(row, 2, table_cell(view.owner or "—"))
            self.held_table.setItem(
                row,
                3,
                table_cell(format_datetime(in_brussels(view.received_at), language, "short")),
            )
        self.held_heading.setText(self.tr("Held on this laptop ({count})").format(count=len(views)))
        rechecked = applied_after_upgrade(self._ws.db)
        self.rechecked_note.setVisible(rechecked > 0)
        self.rechecked_note.setText(
            self.tr(
                "After the app was upgraded, %n quarantined change(s) passed its checks and "
                "were applied.",
                "",
                rechecked,
            )
        )
        self.conflicts.refresh()

    def selected_device(self) -> DeviceView | None:
        rows = self.device_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.devices[row] if row < len(self.devices) else None

    def select_device(self, owner: str, status: str) -> None:
        """Select the laptop of an owner in a status (for tests and scripted use)."""
        for row, view in enumerate(self.devices):
            if view.owner == owner and view.status == status:
                self.device_table.selectRow(row)
                return

    def refresh_selection(self) -> None:
        """Enable the actions the selected laptop allows (none while a hub call runs)."""
        self._selection_changed()

    def _selection_changed(self) -> None:
        device = None if self.device_actions.busy else self.selected_device()
        self.approve_button.setEnabled(device is not None and device.status == "enrolled")
        self.revoke_button.setEnabled(
            device is not None and device.status != "revoked" and not device.is_coordinator
        )
        self.hub_access_button.setEnabled(  # a first access, or written again
            device is not None and device.status == "approved" and not device.is_coordinator
        )

    # -- acting --------------------------------------------------------------------------------

    def connect_to_hub(self) -> None:
        """Connect this LIVC-R to the hub typed in (coordinator), in the background."""
        self.connector.connect_to(self.dsn_edit.text().strip(), self.password_edit.text())

    def connected_to_hub(self, password_kept: bool) -> None:
        """The hub took this LIVC-R: show its laptops (and say so if no keyring kept the
        password)."""
        self.password_edit.clear()
        if not password_kept:
            self.notice.show_message(
                self.tr(
                    "This computer has no keyring to keep the hub's password: the app "
                    "cannot sync in the background."
                )
            )
        self._shell.show_status(self.tr("Connected to the hub."))
        self.refresh()

    def approve_selected(self) -> None:
        """Approve the selected waiting laptop by the fingerprint its owner reads out."""
        device = self.selected_device()
        if device is not None:
            self.device_actions.approve(device)

    def revoke_selected(self) -> None:
        """Revoke the selected laptop, after the final-step confirmation."""
        device = self.selected_device()
        if device is not None:
            self.device_actions.revoke(device)

    def invite(self) -> None:
        """Write an invitation file for a member's laptop."""
        self.device_actions.invite()

    def hub_access_selected(self) -> None:
        """Write the hub access of the selected laptop (again, for one that has its login)."""
        device = self.selected_device()
        if device is not None:
            self.device_actions.hub_access(device, self.choose_access_path)

    # -- language ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.connect_box.setTitle(self.tr("Connect to a hub"))
        self.connect_intro.setText(
            self.tr(
                "The municipality's IT gives you the hub's address and the coordinator login's "
                "password. The password is kept in this computer's keyring, never in the data "
                "folder."
            )
        )
        self.dsn_label.setText(self.tr("Hub address"))
        self.password_label.setText(self.tr("Password"))
        self.connect_button.setText(self.tr("Connect"))
        self.invite_button.setText(self.tr("Invite a member…"))
        self.approve_button.setText(self.tr("Approve…"))
        self.revoke_button.setText(self.tr("Revoke…"))
        self.hub_access_button.setText(self.tr("Hub access for this laptop…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.devices_heading.setText(self.tr("Laptops"))
        self.device_table.setHorizontalHeaderLabels(
            [self.tr("Owner"), self.tr("Status"), self.tr("Last contact"), self.tr("Fingerprint")]
        )
        self.held_table.setHorizontalHeaderLabels(
            [
                self.tr("State"),
                self.tr("Reason"),
                self.tr("From the laptop of"),
                self.tr("Received"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.devices:
                self._devices_loaded(self.devices)
        super().changeEvent(event)


def _busy_bar(parent: QWidget, name: str) -> QProgressBar:
    """A thin bar that moves while a hub call runs (no end known), hidden until then."""
    bar = QProgressBar(parent)
    bar.setObjectName(name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


def _monospace():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontDatabase

    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
