"""Signing in on top of the open session for one action (the chair's signature in a meeting).

The coordinator's session stays open underneath; the second person proves their passphrase,
the action runs as them, and the app drops back to the coordinator, all of it journaled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from livcr_desktop.domain.accounts import AccountChoice
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.workspace import Workspace

T = TypeVar("T")


class OnTopSignInDialog(FormDialog):
    """Who signs in on top, with their passphrase; `workspace` holds their session after OK."""

    def __init__(
        self,
        access: FolderAccess,
        base: Workspace,
        purpose: str,
        candidates: Iterable[AccountChoice] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="onTopSignInDialog", submit=self._sign_in)
        self._access = access
        self._base = base
        self._purpose = purpose
        self.workspace: Workspace | None = None
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("onTopAccountCombo")
        choices = access.accounts() if candidates is None else list(candidates)
        for choice in choices:
            if choice.account_id != base.actor.account_id:
                self.account_combo.addItem(
                    f"{choice.display_name}  ({choice.username})", choice.account_id
                )
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("onTopPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.account_label = self.add_row("account", self.account_combo)
        self.passphrase_label = self.add_row("passphrase", self.passphrase_edit)
        self.retranslate_ui()

    def _sign_in(self) -> None:
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()  # never left in the field, right or wrong
        self.workspace = self._access.sign_in_on_top(
            self._base, str(self.account_combo.currentData() or ""), passphrase
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Sign in on top"))
        self.set_intro(
            self.tr(
                "{purpose} {name} stays signed in underneath; after this one action the "
                "application returns to them."
            ).format(purpose=self._purpose, name=self._base.actor.display_name)
        )
        self.account_label.setText(self.tr("Who signs in"))
        self.passphrase_label.setText(self.tr("Their passphrase"))


def run_on_top(
    parent: QWidget,
    access: FolderAccess,
    base: Workspace,
    purpose: str,
    action: Callable[[Workspace], T],
    *,
    candidates: Iterable[AccountChoice] | None = None,
    dialog_hook: Callable[[OnTopSignInDialog], None] | None = None,
) -> T | None:
    """Ask for the second person, run `action` as them, then drop back (None if cancelled).

    `dialog_hook` lets tests fill the dialog instead of a person; it is called instead of exec().
    """
    dialog = OnTopSignInDialog(access, base, purpose, candidates, parent)
    if dialog_hook is not None:
        dialog_hook(dialog)
    elif not dialog.exec():
        return None
    on_top = dialog.workspace
    if on_top is None:
        return None
    try:
        return action(on_top)
    finally:
        access.drop_back(on_top)
        on_top.close()
