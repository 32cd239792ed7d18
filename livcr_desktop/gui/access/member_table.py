"""The member register as a table model: name, organisation, current roles, account.

Kept apart from members_area.py (the area that shows it) so that each module has one job.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.services.access.members import MemberView

Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    """The register as a table: name, organisation, current roles, account."""

    COLUMNS = 4

    def __init__(self, today: date) -> None:
        super().__init__()
        self._members: list[MemberView] = []
        self._today = today

    def set_members(self, members: list[MemberView]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._members = members
        self.endResetModel()

    def member(self, row: int) -> MemberView:
        """The member shown in a row."""
        return self._members[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        member = self._members[index.row()]
        column = index.column()
        if column == 0:
            return (
                member.full_name
                if member.active
                else self.tr("{name} (former)").format(name=member.full_name)
            )
        if column == 1:
            return member.organisation_name
        if column == 2:
            return ", ".join(
                show_text(r.role.short_label)
                + (f" – {r.municipality_name}" if r.municipality_name else "")
                for r in member.roles_on(self._today)
            )
        if member.account is None:
            return self.tr("no account")
        if not member.account.active:
            return self.tr("{user} (ended)").format(user=member.account.username)
        return member.account.username

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Current roles"),
            self.tr("Account"),
        )[section]
