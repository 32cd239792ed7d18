"""The hand-over composer: the coordinator names the receiving LIVC-R and the contact person,
writes the free texts (each checked by the secrecy guard as it is kept, exactly as on a feedback
form), sees what goes and what never goes side by side, puts the hand-over to the table, and,
once the chair signed, makes the transfer note and the sealed bundle.

A person under 18: the youth-protection warning shows at the top, as in the feedback composer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.handover import Contact, HandoverStatus
from livcr_desktop.domain.retention import HANDOVER_YOUTH_PROTECTION
from livcr_desktop.domain.secrecy_guard import SecrecyOverlap
from livcr_desktop.gui.kit.forms import FormFeedback
from livcr_desktop.gui.kit.save_path import default_folder
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.feedback.content import GuardState
from livcr_desktop.services.handover.composing import HandoverService, HandoverView
from livcr_desktop.services.handover.keys import HandoverKeys
from livcr_desktop.services.handover.sending import send
from livcr_desktop.services.workspace import Workspace

ChooseFolder = Callable[[QWidget, Path], Path | None]


def choose_folder(parent: QWidget, start: Path) -> Path | None:
    """The native folder dialog."""
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("HandoverComposer", "Folder for the transfer note and bundle"),
        str(start),
    )
    return Path(name) if name else None


class HandoverComposer(FittedDialog):
    """One hand-over: its details, its texts, the table's decision, and sending it."""

    def __init__(
        self,
        workspace: Workspace,
        handover_id: str,
        parent: QWidget | None = None,
        *,
        choose_target: ChooseFolder = choose_folder,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverComposer")
        self.resize(1000, 680)
        # A message shown grows the dialog to fit it; it never shrinks the texts out of view.
        self.setMinimumSize(880, 600)
        self._ws = workspace
        self._service = HandoverService(workspace)
        self._choose_target = choose_target
        self.handover_id = handover_id
        self.view: HandoverView | None = None
        self.decision_id = ""
        self.sent_note: Path | None = None

        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("handoverTitle")
        set_role(self.title, "title")
        self.title.setWordWrap(True)  # another LIVC-R's name can be long
        outer.addWidget(self.title)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("handoverStatus")
        set_role(self.status_label, "notice")
        outer.addWidget(self.status_label)
        self.youth = MessageLabel(self, role="notice")
        self.youth.setObjectName("handoverYouthWarning")
        outer.addWidget(self.youth)
        self.missing = MessageLabel(self, role="notice")
        self.missing.setObjectName("handoverMissing")
        outer.addWidget(self.missing)
        self.error = MessageLabel(self)
        self.error.setObjectName("handoverError")
        outer.addWidget(self.error)
        self.notice = MessageLabel(self, role="notice")
        self.notice.setObjectName("handoverNotice")
        outer.addWidget(self.notice)

        # Details and texts scroll on a small screen; the messages and buttons stay in view.
        scroll = QScrollArea(self)
        self.body_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.details_box = QGroupBox(body)
        details = QGridLayout(self.details_box)
        details.setColumnStretch(1, 1)
        details.setColumnStretch(3, 1)
        self.receiver_combo = QComboBox(self.details_box)
        self.receiver_combo.setObjectName("handoverReceiver")
        for other in HandoverKeys(workspace).others():
            self.receiver_combo.addItem(f"{other.name} ({other.language.endonym})", other.id)
        self.contact_edits = {
            key: QLineEdit(self.details_box) for key in ("name", "organisation", "phone", "email")
        }
        self.detail_labels = [QLabel(self.details_box) for _ in range(5)]
        # The receiving LIVC-R across the top; the contact person in two columns below.
        places = ((0, 0, 3), (1, 0, 1), (1, 2, 1), (2, 0, 1), (2, 2, 1))
        for label, widget, (row, column, span) in zip(
            self.detail_labels,
            (self.receiver_combo, *self.contact_edits.values()),
            places,
            strict=True,
        ):
            label.setBuddy(widget)
            details.addWidget(label, row, column)
            details.addWidget(widget, row, column + 1, 1, span)
        for key, edit in self.contact_edits.items():
            edit.setObjectName(f"handoverContact_{key}")
        self.save_button = QPushButton(self.details_box)
        self.save_button.setObjectName("handoverSaveDetails")
        self.save_button.clicked.connect(self.save_details)
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        details.addLayout(save_row, 3, 0, 1, 4)
        body_layout.addWidget(self.details_box)
        self.feedback = FormFeedback(
            self.error,
            {
                "receiver": self.receiver_combo,
                "contact_name": self.contact_edits["name"],
                "contact_organisation": self.contact_edits["organisation"],
                "contact_phone": self.contact_edits["phone"],
                "contact_email": self.contact_edits["email"],
            },
        )

        sides = QHBoxLayout()
        self.goes_box = QGroupBox(body)
        goes = QVBoxLayout(self.goes_box)
        self.goes_label = QLabel(self.goes_box)
        self.goes_label.setObjectName("handoverGoes")
        self.goes_label.setWordWrap(True)
        goes.addWidget(self.goes_label)
        self.texts = QListWidget(self.goes_box)
        self.texts.setObjectName("handoverTexts")
        self.texts.setWordWrap(True)
        self.texts.setMinimumHeight(60)
        self.texts.setMaximumHeight(130)
        goes.addWidget(self.texts)
        self.new_text = QPlainTextEdit(self.goes_box)
        self.new_text.setObjectName("handoverNewText")
        self.new_text.setMaximumHeight(80)
        goes.addWidget(self.new_text)
        self.confirm_check = QCheckBox(self.goes_box)
        self.confirm_check.setObjectName("handoverConfirmNotSecret")
        self.confirm_check.hide()
        goes.addWidget(self.confirm_check)
        text_buttons = QHBoxLayout()
        self.add_button = QPushButton(self.goes_box)
        self.add_button.setObjectName("handoverAddText")
        self.add_button.clicked.connect(self.add_text)
        self.remove_button = QPushButton(self.goes_box)
        self.remove_button.setObjectName("handoverRemoveText")
        self.remove_button.clicked.connect(self.remove_text)
        text_buttons.addWidget(self.add_button)
        text_buttons.addWidget(self.remove_button)
        text_buttons.addStretch()
        goes.addLayout(text_buttons)
        goes.addStretch()
        sides.addWidget(self.goes_box, 3)
        self.kept_box = QGroupBox(body)
        kept = QVBoxLayout(self.kept_box)
        self.kept_label = QLabel(self.kept_box)
        self.kept_label.setObjectName("handoverKept")
        self.kept_label.setWordWrap(True)
        kept.addWidget(self.kept_label)
        kept.addStretch()
        sides.addWidget(self.kept_box, 2)
        body_layout.addLayout(sides, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        self.propose_button = QPushButton(self)
        self.propose_button.setObjectName("handoverProposeButton")
        set_role(self.propose_button, "primary")
        self.propose_button.clicked.connect(self.propose)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("handoverSendButton")
        set_role(self.send_button, "primary")
        self.send_button.clicked.connect(self.send)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("handoverCloseButton")
        self.close_button.clicked.connect(self.reject)
        bottom.addStretch()
        bottom.addWidget(self.propose_button)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        self.retranslate_ui()
        self.reload(journal=True)

    # -- reading -------------------------------------------------------------------------------

    def reload(self, *, journal: bool = False) -> None:
        try:
            self.view = self._service.view(self.handover_id, journal=journal)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        view = self.view
        content = view.content
        self.title.setText(
            self.tr("Hand-over of case {code} to {livcr}").format(
                code=content.case_code, livcr=content.receiver.name
            )
        )
        self.status_label.setText(show_text(view.status.label))
        self.youth.show_message(
            show_text(HANDOVER_YOUTH_PROTECTION, code=content.case_code) if content.minor else ""
        )
        self.missing.show_message(
            "\n".join(show_text(m) for m in view.missing) if view.may_edit else ""
        )
        index = self.receiver_combo.findData(content.receiver.livcr_id)
        self.receiver_combo.setCurrentIndex(max(0, index))
        contact = content.contact
        for key, value in (
            ("name", contact.name),
            ("organisation", contact.organisation),
            ("phone", contact.phone),
            ("email", contact.email),
        ):
            self.contact_edits[key].setText(value)
        identity = content.identity
        birth = (
            format_date(identity.birth_date, current_language(), "long")
            if identity.birth_date
            else ""
        )
        trajectory = (
            self.tr("yes, led by: {service}").format(service=show_text(content.service_kind.label))
            if content.trajectory_ran and content.service_kind
            else self.tr("yes")
            if content.trajectory_ran
            else self.tr("no")
        )
        self.goes_label.setText(
            self.tr(
                "✓ The identity: {name} {birth}\n✓ A guidance trajectory ran: {trajectory}\n"
                "✓ The contact person named above\n✓ The texts below, checked by the secrecy guard:"
            ).format(name=identity.display, birth=birth, trajectory=trajectory)
        )
        self.texts.clear()
        states = {t.text: t.state for t in view.texts}
        for text in content.texts:
            state = states.get(text, GuardState.CLEAN)
            mark = "⚠ " if state is GuardState.BLOCKED else "✓ "
            self.texts.addItem(mark + text)
        editing = view.may_edit
        for widget in (
            self.details_box,
            self.new_text,
            self.add_button,
            self.remove_button,
            self.propose_button,
        ):
            widget.setEnabled(editing)
        self.propose_button.setVisible(view.status is HandoverStatus.DRAFT)
        self.send_button.setVisible(view.status in (HandoverStatus.SIGNED, HandoverStatus.SENT))

    # -- composing -----------------------------------------------------------------------------

    def save_details(self) -> None:
        self.error.clear_message()
        contact = Contact(*(self.contact_edits[k].text() for k in self.contact_edits))
        try:
            self._service.save_details(
                self.handover_id, str(self.receiver_combo.currentData() or ""), contact
            )
        except DomainError as error:
            self.feedback.show(error)
            return
        self.reload()

    def add_text(self) -> None:
        self.error.clear_message()
        try:
            self._service.save_text(
                self.handover_id,
                None,
                self.new_text.toPlainText(),
                confirm=self.confirm_check.isVisible() and self.confirm_check.isChecked(),
            )
        except SecrecyOverlap as overlap:
            self.error.show_message(
                show_error(overlap) + "\n" + "\n".join(f"“{p.text}”" for p in overlap.passages)
            )
            self.confirm_check.setChecked(False)
            self.confirm_check.show()
            # Once the check box is laid out: the person sees it and the buttons below it.
            QTimer.singleShot(0, self, self._show_text_buttons)
            return
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.new_text.clear()
        self.confirm_check.hide()
        self.confirm_check.setChecked(False)
        self.reload()

    def _show_text_buttons(self) -> None:
        self.body_scroll.ensureWidgetVisible(self.add_button)

    def remove_text(self) -> None:
        row = self.texts.currentRow()
        if row < 0:
            return
        try:
            self._service.remove_text(self.handover_id, row)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.reload()

    def propose(self) -> None:
        self.error.clear_message()
        try:
            self.decision_id = self._service.propose(self.handover_id, self._translate)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.notice.show_message(
            self.tr(
                "The hand-over is put to the table. Every effective participant gives their "
                "position on the case's item; the chair signs once all agree."
            )
        )

    @staticmethod
    def _translate(context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    def send(self) -> None:
        self.error.clear_message()
        folder = self._choose_target(self, default_folder())
        if folder is None:
            return
        try:
            files = send(self._ws, self.handover_id, folder)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.sent_note = files.note
        self.notice.show_message(
            self.tr(
                "Written: the transfer note {note} and the sealed hand-over {bundle}. Only "
                "{livcr} can open the hand-over: give it to their coordinator, who imports it "
                "with File › Import a hand-over."
            ).format(note=files.note.name, bundle=files.bundle.name, livcr=files.receiver)
        )
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand the case over to another LIVC-R"))
        self.details_box.setTitle(self.tr("To whom, and who to call"))
        for label, text in zip(
            self.detail_labels,
            (
                self.tr("Receiving LIVC-R"),
                self.tr("Contact person"),
                self.tr("Their organisation"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.save_button.setText(self.tr("Save"))
        self.goes_box.setTitle(self.tr("What goes to the other LIVC-R"))
        self.kept_box.setTitle(self.tr("What never goes"))
        self.kept_label.setText(
            self.tr(
                "✗ Notes of the consultation and of the partners\n"
                "✗ Summaries and minutes of the meetings\n"
                "✗ Positions of the participants\n"
                "✗ Updates and evaluations of the guidance trajectory\n\n"
                "They stay within this LIVC-R under shared professional secrecy "
                "(art. 458ter Criminal Code)."
            )
        )
        self.confirm_check.setText(
            self.tr("The highlighted passages are not covered by professional secrecy")
        )
        self.add_button.setText(self.tr("Add the text"))
        self.remove_button.setText(self.tr("Remove the selected text"))
        self.propose_button.setText(self.tr("Put to the table"))
        self.send_button.setText(self.tr("Make the transfer note and the sealed hand-over…"))
        self.close_button.setText(self.tr("Close"))
        if self.view is not None:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
