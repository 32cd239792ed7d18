"""Two small forms of the live item: a one-off guest who signs the secrecy acknowledgement on
this laptop, and a partner's refusal to take part or representation by a supervisor.

The guest reads the acknowledgement and ticks it; without the tick the guest is not recorded
(the service refuses, the dialog keeps what was typed).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from livcr_desktop.domain.item_people import (
    GUEST_ACKNOWLEDGEMENT,
    GuestDraft,
    StanceDraft,
    StanceKind,
)
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.form_dialog import FormDialog, text_box
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.services.meetings.item_people import ItemPeopleService


class GuestDialog(FormDialog):
    """A guest at this item: who, from where, and the acknowledgement the guest ticks."""

    def __init__(self, service: ItemPeopleService, item_id: str, parent: QWidget | None) -> None:
        super().__init__(parent, object_name="guestDialog", submit=self._save)
        self._service, self._item_id = service, item_id
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("guestName")
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("guestOrganisation")
        self.function_edit = QLineEdit(self)
        self.function_edit.setObjectName("guestFunction")
        self.acknowledgement = QLabel(self)
        self.acknowledgement.setWordWrap(True)
        self.acknowledge_check = QCheckBox(self)
        self.acknowledge_check.setObjectName("guestAcknowledges")
        self.labels = {
            "guest_name": self.add_row("guest_name", self.name_edit),
            "guest_organisation": self.add_row("guest_organisation", self.organisation_edit),
            "guest_function": self.add_row("guest_function", self.function_edit),
        }
        self.form.addRow(self.acknowledgement)
        self.form.addRow(self.acknowledge_check)
        self.feedback.fields["acknowledgement"] = self.acknowledge_check
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.add_guest(
            self._item_id,
            GuestDraft(
                self.name_edit.text(), self.organisation_edit.text(), self.function_edit.text()
            ),
            acknowledged=self.acknowledge_check.isChecked(),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(show_text(QT_TRANSLATE_NOOP("GuestDialog", "A guest at this item")))
        self.set_intro(
            show_text(
                QT_TRANSLATE_NOOP(
                    "GuestDialog",
                    "Hand the laptop to the guest: the guest reads the text below and ticks it. "
                    "Only then is the guest recorded at this item.",
                )
            )
        )
        texts = {
            "guest_name": QT_TRANSLATE_NOOP("GuestDialog", "Full name"),
            "guest_organisation": QT_TRANSLATE_NOOP("GuestDialog", "Organisation"),
            "guest_function": QT_TRANSLATE_NOOP("GuestDialog", "Function"),
        }
        for key, label in self.labels.items():
            label.setText(show_text(texts[key]))
        self.acknowledgement.setText(show_text(GUEST_ACKNOWLEDGEMENT))
        self.acknowledge_check.setText(
            show_text(QT_TRANSLATE_NOOP("GuestDialog", "I acknowledge this duty of secrecy"))
        )


class StanceDialog(FormDialog):
    """A partner invited to this item refuses to take part, or is represented."""

    def __init__(
        self,
        service: ItemPeopleService,
        item_id: str,
        invitees: Sequence[tuple[str, str]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent, object_name="stanceDialog", submit=self._save)
        self._service, self._item_id = service, item_id
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("stanceMember")
        for member_id, name in invitees:
            self.member_combo.addItem(name, member_id)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("stanceKind")
        for kind in StanceKind:
            self.kind_combo.addItem(show_text(kind.label), kind.value)
        self.motivation_box = text_box(self, "stanceMotivation", 80)
        self.representative_edit = QLineEdit(self)
        self.representative_edit.setObjectName("stanceRepresentative")
        self.representative_function_edit = QLineEdit(self)
        self.representative_function_edit.setObjectName("stanceRepresentativeFunction")
        self.labels = {
            "member": self.add_row("member", self.member_combo),
            "kind": self.add_row("kind", self.kind_combo),
            "motivation": self.add_row("motivation", self.motivation_box),
            "representative_name": self.add_row("representative_name", self.representative_edit),
            "representative_function": self.add_row(
                "representative_function", self.representative_function_edit
            ),
        }
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.record_stance(
            self._item_id,
            StanceDraft(
                self.member_combo.currentData() or "",
                StanceKind(self.kind_combo.currentData()),
                self.motivation_box.toPlainText(),
                self.representative_edit.text(),
                self.representative_function_edit.text(),
            ),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            show_text(QT_TRANSLATE_NOOP("StanceDialog", "Refusal or representation"))
        )
        self.set_intro(
            show_text(
                QT_TRANSLATE_NOOP(
                    "StanceDialog",
                    "A partner may refuse to take part in the consultation of a case, with a "
                    "motivation (Flemish decree of 21 May 2021), or be represented by a "
                    "supervisor.",
                )
            )
        )
        texts = {
            "member": QT_TRANSLATE_NOOP("StanceDialog", "Partner"),
            "kind": QT_TRANSLATE_NOOP("StanceDialog", "What"),
            "motivation": QT_TRANSLATE_NOOP("StanceDialog", "Motivation"),
            "representative_name": QT_TRANSLATE_NOOP("StanceDialog", "Represented by"),
            "representative_function": QT_TRANSLATE_NOOP("StanceDialog", "In the function of"),
        }
        for key, label in self.labels.items():
            label.setText(show_text(texts[key]))
